import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalList, type PickLine, type PickList } from './pick-api';
import { afterConfirm, binEmpty, pickPrompt, pickScan, type PickState } from './pick-logic';
import { parseScan } from './scan';

const line = (step: PickLine['step'], qty = 3): PickLine => ({
  id: 'p1', seq: 0, bin: 'A-01-1', binAddress: 'A-01-1-1-1', sku: 'TEA-1', name: 'Tea', barcodes: ['4006381333931'],
  lot: null, qty, pickedQty: null, status: 'OPEN', step,
});
const list = (current: PickLine | null): PickList => ({
  id: 'L1', tenant: 'alfa', orderId: 'o1', orderNumber: 'A-1', tote: 'TOTE-1', status: current ? 'CLAIMED' : 'PICKED',
  picksDone: current ? 0 : 1, picksTotal: 1, current, picks: current ? [current] : [],
});
const at = (step: PickLine['step'], qty = 3): PickState => ({ step: 'list', list: list(line(step, qty)) });

test('Enter takes the next list; anything else first is refused', () => {
  assert.deepEqual(pickScan({ step: 'start' }, parseScan('')), { do: 'claim' });
  assert.deepEqual(pickScan({ step: 'start' }, parseScan('A-01-1')), { do: 'refuse', reason: 'scan.pick.takeList' });
  assert.deepEqual(pickScan({ step: 'list', list: list(null) }, parseScan('')), { do: 'claim' }, 'a finished list: Enter takes the next');
});

test('bin, then item, go to the server as scanned (it judges right or wrong); a number is refused there', () => {
  assert.deepEqual(pickScan(at('BIN'), parseScan('B-02-9')), { do: 'scanBin', list: 'L1', barcode: 'B-02-9' });
  assert.deepEqual(pickScan(at('BIN'), parseScan('2')), { do: 'refuse', reason: 'scan.pick.scanBin', params: { bin: 'A-01-1' } });
  assert.deepEqual(pickScan(at('BIN'), parseScan('')), { do: 'nothing' });
  assert.deepEqual(pickScan(at('ITEM'), parseScan('4006381333931')), { do: 'scanItem', list: 'L1', barcode: '4006381333931' });
  assert.deepEqual(pickScan(at('ITEM'), parseScan('C128-TEA')), { do: 'scanItem', list: 'L1', barcode: 'C128-TEA' });
  assert.deepEqual(pickScan(at('ITEM'), parseScan('4006381333932')), { do: 'refuse', reason: 'scan.badCheckDigit' }, 'a misread never leaves the scanner');
});

test('quantity: Enter confirms all, a number that many (short if fewer), 0 the empty bin, more is refused', () => {
  assert.deepEqual(pickScan(at('QTY'), parseScan('')), { do: 'confirm', list: 'L1', qty: 3, reason: null });
  assert.deepEqual(pickScan(at('QTY'), parseScan('2')), { do: 'confirm', list: 'L1', qty: 2, reason: null });
  assert.deepEqual(pickScan(at('QTY'), parseScan('0')), { do: 'confirm', list: 'L1', qty: 0, reason: null });
  assert.deepEqual(pickScan(at('QTY'), parseScan('4')), { do: 'refuse', reason: 'scan.pick.tooMany', params: { qty: 3 } });
  assert.deepEqual(pickScan(at('QTY'), parseScan('4006381333931')), { do: 'refuse', reason: 'scan.pick.typeQty', params: { qty: 3 } });
});

test('F2 (bin empty) only once the bin is scanned', () => {
  assert.deepEqual(binEmpty(at('BIN')), { do: 'refuse', reason: 'scan.pick.binFirst' });
  assert.deepEqual(binEmpty(at('ITEM')), { do: 'confirm', list: 'L1', qty: 0, reason: 'bin empty' });
  assert.deepEqual(binEmpty({ step: 'start' }), { do: 'refuse', reason: 'scan.pick.binFirst' });
});

test('prompts and the banner after a quantity', () => {
  assert.equal(pickPrompt({ step: 'start' }), 'scan.prompt.pickNext');
  assert.equal(pickPrompt(at('BIN')), 'scan.prompt.bin');
  assert.equal(pickPrompt(at('ITEM')), 'scan.prompt.pickItem');
  assert.equal(pickPrompt(at('QTY')), 'scan.prompt.pickQty');
  const next = list(line('BIN'));
  assert.deepEqual(afterConfirm(line('QTY'), 3, next), { kind: 'ok', key: 'scan.pick.picked' });
  assert.deepEqual(afterConfirm(line('QTY'), 1, next), { kind: 'info', key: 'scan.pick.short' });
  assert.deepEqual(afterConfirm(line('QTY'), 3, list(null)), { kind: 'ok', key: 'scan.pick.listDone' });
});

test('a finished list arrives without "current" (nulls are left out): it is read as done', () => {
  const { current: _dropped, ...withoutCurrent } = list(null);
  const done = normalList(withoutCurrent as unknown as PickList);
  assert.equal(done.current, null);
  assert.deepEqual(pickScan({ step: 'list', list: done }, parseScan('')), { do: 'claim' });
});
