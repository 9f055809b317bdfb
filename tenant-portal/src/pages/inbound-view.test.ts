import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InboundLineView } from '../api';
import { canCancel, lineProgress, signed, totalsOf } from './inbound-view';

function line(expected: number, received: number, damaged: number, announced = true): InboundLineView {
  return { line: 0, sku: 'TEA-1', lot: null, expiry: null, announced, expected, received, damaged, putAway: 0, awaitingPutaway: received };
}

test('a line is short only once the receipt is closed; until then the rest is still awaited', () => {
  assert.deepEqual(lineProgress(line(10, 8, 1), 'RECEIVING'), { counted: 9, difference: -1, state: 'awaiting' });
  assert.deepEqual(lineProgress(line(10, 8, 1), 'RECEIVED'), { counted: 9, difference: -1, state: 'short' });
  assert.deepEqual(lineProgress(line(10, 9, 1), 'RECEIVED'), { counted: 10, difference: 0, state: 'complete' });
  assert.deepEqual(lineProgress(line(10, 12, 0), 'RECEIVING'), { counted: 12, difference: 2, state: 'over' });
  assert.deepEqual(lineProgress(line(0, 3, 0, false), 'RECEIVED'), { counted: 3, difference: 3, state: 'over' });
  assert.equal(lineProgress(line(10, 0, 0), 'CANCELLED').state, 'cancelled');
  assert.equal(lineProgress(line(10, 0, 0), 'ANNOUNCED').state, 'awaiting');
});

test('totals sum every line; only an announced shipment can be withdrawn', () => {
  assert.deepEqual(totalsOf({ lines: [line(10, 8, 1), line(5, 5, 0)] }), { lines: 2, expected: 15, received: 13, damaged: 1, putAway: 0 });
  assert.equal(canCancel('ANNOUNCED'), true);
  for (const s of ['RECEIVING', 'RECEIVED', 'CANCELLED'] as const) assert.equal(canCancel(s), false, s);
  assert.equal(signed(-2), '\u22122');
  assert.equal(signed(3), '+3');
  assert.equal(signed(0), '0');
});
