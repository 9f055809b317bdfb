import assert from 'node:assert/strict';
import { test } from 'node:test';
import { putawayBack, putawayScan, taskOf, type PutawayState } from './putaway-logic';
import type { PutawayTask } from './scan-api';
import { parseScan } from './scan';

const tea: PutawayTask = { sku: 'TEA-1', name: 'Tea', barcodes: ['4006381333931'], lot: null, qty: 10, suggestedBin: 'BIN-A-1', suggestedAddress: 'A-1' };
const milk: PutawayTask = { sku: 'MILK', name: 'Milk', barcodes: ['96385074'], lot: 'L2', qty: 4, suggestedBin: null, suggestedAddress: null };
const code = 'ASN.alfa.7K3M9Q2XAB';

test('an item scan finds its task by barcode (and lot); a number picks a task', () => {
  assert.equal(taskOf([tea, milk], '96385074', null), milk);
  assert.equal(taskOf([tea, milk], '96385074', 'L1'), null);
  const byScan = putawayScan({ step: 'item', code }, parseScan('4006381333931'), [tea, milk]);
  assert.deepEqual(byScan, { do: 'set', state: { step: 'bin', code, task: tea, barcode: '4006381333931', qty: 10 } });
  const byNumber = putawayScan({ step: 'item', code }, parseScan('2'), [tea, milk]);
  assert.deepEqual(byNumber, { do: 'set', state: { step: 'bin', code, task: milk, barcode: '96385074', qty: 4 } });
  assert.equal(putawayScan({ step: 'item', code }, parseScan('3'), [tea, milk]).do, 'refuse');
  assert.deepEqual(putawayScan({ step: 'item', code }, parseScan('5901234123457'), [tea]), { do: 'refuse', reason: 'scan.putaway.notWaiting' });
});

test('at the bin step a number changes how many (not above what waits) and the bin scan puts away', () => {
  const state: PutawayState = { step: 'bin', code, task: tea, barcode: '4006381333931', qty: 10 };
  assert.deepEqual(putawayScan(state, parseScan('11'), [tea]), { do: 'refuse', reason: 'scan.putaway.tooMany', params: { qty: 10 } });
  const fewer = putawayScan(state, parseScan('6'), [tea]);
  assert.deepEqual(fewer, { do: 'set', state: { ...state, qty: 6 } });
  assert.deepEqual(putawayScan({ ...state, qty: 6 }, parseScan('BIN-A-1'), [tea]), {
    do: 'putAway', code, barcode: '4006381333931', lot: null, bin: 'BIN-A-1', qty: 6,
  });
  assert.deepEqual(putawayScan(state, parseScan('4006381333931'), [tea]), { do: 'refuse', reason: 'scan.putaway.scanBin' });
});

test('Esc walks back: bin → item → list → out', () => {
  const state: PutawayState = { step: 'bin', code, task: tea, barcode: '4006381333931', qty: 10 };
  assert.deepEqual(putawayBack(state), { step: 'item', code });
  assert.deepEqual(putawayBack({ step: 'item', code }), { step: 'choose' });
  assert.equal(putawayBack({ step: 'choose' }), null);
});
