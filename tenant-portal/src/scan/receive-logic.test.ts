import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterReceived, afterUnknown, counting, receivable, receiveBack, receiveScan, toggleDamaged } from './receive-logic';
import type { DockShipment } from './scan-api';
import { parseScan } from './scan';

test('in the list, an ASN opens it and a number picks a line', () => {
  assert.deepEqual(receiveScan({ step: 'choose' }, parseScan('ASN.alfa.7K3M9Q2XAB')), { do: 'open', code: 'ASN.alfa.7K3M9Q2XAB' });
  assert.deepEqual(receiveScan({ step: 'choose' }, parseScan('2')), { do: 'pick', index: 1 });
  assert.deepEqual(receiveScan({ step: 'choose' }, parseScan('4006381333931')), { do: 'refuse', reason: 'scan.receive.scanAsn' });
});

test('counting: a typed number is the next scan\'s quantity, damaged applies once, then both reset', () => {
  let state = counting('ASN.alfa.7K3M9Q2XAB');
  const qty = receiveScan(state, parseScan('12'));
  assert.equal(qty.do, 'set');
  if (qty.do !== 'set') return;
  state = toggleDamaged(qty.state);
  assert.deepEqual(receiveScan(state, parseScan('4006381333931')), { do: 'receive', barcode: '4006381333931', lot: null, expiry: null, qty: 12, damaged: true });
  state = afterReceived(state);
  assert.deepEqual(receiveScan(state, parseScan('4006381333931')), { do: 'receive', barcode: '4006381333931', lot: null, expiry: null, qty: 1, damaged: false });
});

test('a misread is refused before any call; an unknown barcode can then be reported with its quantity', () => {
  const state = counting('ASN.alfa.7K3M9Q2XAB');
  assert.deepEqual(receiveScan(state, parseScan('4006381333932')), { do: 'refuse', reason: 'scan.badCheckDigit' });
  const withQty = { ...state, qty: 3 };
  const after = afterUnknown(withQty, '2000000000008');
  assert.deepEqual(after.step === 'count' && after.unknown, { barcode: '2000000000008', qty: 3 });
  assert.equal(after.step === 'count' && after.qty, 1);
});

test('quantities over the limit are refused; Esc goes back to the list, then out', () => {
  const state = counting('ASN.alfa.7K3M9Q2XAB');
  assert.deepEqual(receiveScan(state, parseScan('20000')), { do: 'refuse', reason: 'scan.qtyTooLarge' });
  assert.deepEqual(receiveBack(state), { step: 'choose' });
  assert.equal(receiveBack({ step: 'choose' }), null);
});

test('a GS1 scan brings its lot and expiry to the receipt', () => {
  const state = counting('ASN.alfa.7K3M9Q2XAB');
  assert.deepEqual(receiveScan(state, parseScan('(01)04006381333931(17)270131(10)L7')), {
    do: 'receive', barcode: '4006381333931', lot: 'L7', expiry: '2027-01-31', qty: 1, damaged: false,
  });
});

test('the list offers only shipments that can still be received, not received ones with units at the dock', () => {
  const at = (code: string, status: string, receivedUnits: number, awaitingPutaway: number): DockShipment =>
    ({ code, tenant: 'alfa', reference: code, status, expectedOn: null, expectedUnits: 5, receivedUnits, awaitingPutaway });
  const dock = [at('ASN.a', 'ANNOUNCED', 0, 0), at('ASN.b', 'RECEIVED', 5, 5), at('ASN.c', 'RECEIVING', 2, 2), at('ASN.d', 'CANCELLED', 1, 1)];
  assert.deepEqual(receivable(dock).map((s) => s.code), ['ASN.a', 'ASN.c'], 'in the dock\'s order');
  assert.deepEqual(receivable([]), []);
});
