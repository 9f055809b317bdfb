import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addTo, countBack, countScan, setQty, undoLast, type CountState } from './count-logic';
import type { CountView } from './scan-api';
import { parseScan } from './scan';

const code = 'CNT.alfa.7K3M9Q2XAB';
const count: CountView = {
  code,
  tenant: 'alfa',
  status: 'COUNTING',
  round: 1,
  bins: [
    { bin: 'BIN-A-1', address: 'A-1', counted: false },
    { bin: 'BIN-A-2', address: 'A-2', counted: true },
  ],
};

test('a bin of the sheet opens it; other bins and counted ones are refused', () => {
  assert.deepEqual(countScan({ step: 'bin', code }, parseScan('BIN-A-1'), count), {
    do: 'set', state: { step: 'items', code, bin: 'BIN-A-1', tally: [], last: null },
  });
  assert.deepEqual(countScan({ step: 'bin', code }, parseScan('BIN-Z-9'), count), { do: 'refuse', reason: 'scan.count.notABin' });
  assert.deepEqual(countScan({ step: 'bin', code }, parseScan('BIN-A-2'), count), { do: 'refuse', reason: 'scan.count.binCounted', params: { bin: 'A-2' } });
});

test('items add up; a typed number sets the last item\'s quantity; a number before any item is refused', () => {
  let state: CountState = { step: 'items', code, bin: 'BIN-A-1', tally: [], last: null };
  assert.deepEqual(countScan(state, parseScan('7'), count), { do: 'refuse', reason: 'scan.count.itemFirst' });
  for (const raw of ['4006381333931', '4006381333931', '96385074']) {
    const intent = countScan(state, parseScan(raw), count);
    assert.equal(intent.do, 'set');
    if (intent.do === 'set') state = intent.state;
  }
  assert.deepEqual(state.step === 'items' && state.tally, [{ barcode: '4006381333931', qty: 2 }, { barcode: '96385074', qty: 1 }]);
  const typed = countScan(state, parseScan('12'), count);
  assert.equal(typed.do, 'set');
  if (typed.do === 'set') state = typed.state;
  assert.deepEqual(state.step === 'items' && state.tally, [{ barcode: '4006381333931', qty: 2 }, { barcode: '96385074', qty: 12 }]);
});

test('scanning another bin or count before sending this bin is refused', () => {
  const state: CountState = { step: 'items', code, bin: 'BIN-A-1', tally: [{ barcode: '96385074', qty: 1 }], last: '96385074' };
  assert.deepEqual(countScan(state, parseScan('BIN-A-2'), count), { do: 'refuse', reason: 'scan.count.submitFirst' });
  assert.deepEqual(countScan(state, parseScan('CNT.alfa.23456789AB'), count), { do: 'refuse', reason: 'scan.count.submitFirst' });
});

test('undo takes one unit of the last item back, dropping the line at zero', () => {
  const state: CountState = { step: 'items', code, bin: 'BIN-A-1', tally: [{ barcode: 'A', qty: 1 }, { barcode: 'B', qty: 1 }], last: 'B' };
  const once = undoLast(state);
  assert.deepEqual(once, { ...state, tally: [{ barcode: 'A', qty: 1 }], last: 'A' });
  assert.deepEqual(addTo([{ barcode: 'A', qty: 1 }], 'A', 2), [{ barcode: 'A', qty: 3 }]);
  assert.deepEqual(setQty([{ barcode: 'A', qty: 1 }], 'A', 5), [{ barcode: 'A', qty: 5 }]);
  assert.deepEqual(countBack(state), { step: 'bin', code });
  assert.deepEqual(countBack({ step: 'bin', code }), { step: 'choose' });
});
