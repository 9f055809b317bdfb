import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addTo, countBack, countScan, setQty, tallyKey, undoLast, type CountState } from './count-logic';
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
  assert.deepEqual(state.step === 'items' && state.tally, [
    { barcode: '4006381333931', lot: null, expiry: null, qty: 2 },
    { barcode: '96385074', lot: null, expiry: null, qty: 1 },
  ]);
  const typed = countScan(state, parseScan('12'), count);
  assert.equal(typed.do, 'set');
  if (typed.do === 'set') state = typed.state;
  assert.deepEqual(state.step === 'items' && state.tally, [
    { barcode: '4006381333931', lot: null, expiry: null, qty: 2 },
    { barcode: '96385074', lot: null, expiry: null, qty: 12 },
  ]);
});

test('scanning another bin or count before sending this bin is refused', () => {
  const line = { barcode: '96385074', lot: null, expiry: null, qty: 1 };
  const state: CountState = { step: 'items', code, bin: 'BIN-A-1', tally: [line], last: tallyKey(line) };
  assert.deepEqual(countScan(state, parseScan('BIN-A-2'), count), { do: 'refuse', reason: 'scan.count.submitFirst' });
  assert.deepEqual(countScan(state, parseScan('CNT.alfa.23456789AB'), count), { do: 'refuse', reason: 'scan.count.submitFirst' });
});

test('undo takes one unit of the last line back, dropping the line at zero', () => {
  const a = { barcode: 'A', lot: null, expiry: null, qty: 1 };
  const b = { barcode: 'B', lot: null, expiry: null, qty: 1 };
  const state: CountState = { step: 'items', code, bin: 'BIN-A-1', tally: [a, b], last: tallyKey(b) };
  const once = undoLast(state);
  assert.deepEqual(once, { ...state, tally: [a], last: tallyKey(a) });
  assert.deepEqual(addTo([a], { barcode: 'A', lot: null, expiry: null }, 2), [{ ...a, qty: 3 }]);
  assert.deepEqual(setQty([a], tallyKey(a), 5), [{ ...a, qty: 5 }]);
  assert.deepEqual(countBack(state), { step: 'bin', code });
  assert.deepEqual(countBack({ step: 'bin', code }), { step: 'choose' });
});

test('GS1 scans of two lots of one item are two tally lines, each with its lot and expiry', () => {
  let state: CountState = { step: 'items', code, bin: 'BIN-A-1', tally: [], last: null };
  for (const raw of ['(01)04006381333931(17)270131(10)L1', '(01)04006381333931(17)270228(10)L2', '(01)04006381333931(17)270131(10)L1']) {
    const intent = countScan(state, parseScan(raw), count);
    if (intent.do === 'set') state = intent.state;
  }
  assert.deepEqual(state.step === 'items' && state.tally, [
    { barcode: '4006381333931', lot: 'L1', expiry: '2027-01-31', qty: 2 },
    { barcode: '4006381333931', lot: 'L2', expiry: '2027-02-28', qty: 1 },
  ]);
});
