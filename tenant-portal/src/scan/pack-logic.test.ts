import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../api';
import { normalParcel, type Box, type Parcel } from './pack-api';
import { boxKeys, EMPTY, isIncomplete, packPrompt, packScan, packStep, shortfall, shortfallText, toggleRemoving, withParcel, type PackState } from './pack-logic';
import { parseScan } from './scan';

const boxes: Box[] = [
  { code: 'BOX-S', name: 'S', lengthMm: 200, widthMm: 150, heightMm: 100, maxWeightGrams: 5000 },
  { code: 'BOX-M', name: 'M', lengthMm: 300, widthMm: 200, heightMm: 150, maxWeightGrams: 10000 },
  { code: 'BOX-L', name: 'L', lengthMm: 400, widthMm: 300, heightMm: 200, maxWeightGrams: 20000 },
  { code: 'BOX-XL', name: 'XL', lengthMm: 600, widthMm: 400, heightMm: 400, maxWeightGrams: 30000 },
  { code: 'BOX-XXL', name: 'XXL', lengthMm: 800, widthMm: 600, heightMm: 600, maxWeightGrams: 40000 },
];
const TEA = '4006381333931';
const parcel = (scanned: number, extras: Parcel['extras'] = [], status: Parcel['status'] = 'OPEN'): Parcel => normalParcel({
  id: 'P1', number: 'PCL000000001', tenant: 'alfa', orderId: 'o1', tote: 'TOTE-1', deliveryMethod: 'COURIER', status,
  items: [{ sku: 'TEA-1', name: 'Tea', barcodes: [TEA], expected: 2, scanned }],
  extras, missing: 2 - scanned, extra: extras.reduce((a, e) => a + e.qty, 0), complete: scanned === 2 && extras.length === 0,
} as unknown as Parcel);
const at = (p: Parcel | null, more: Partial<PackState> = {}): PackState => ({ ...EMPTY, parcel: p, ...more });

test('the steps follow the parcel: tote, items until complete, box, weight, done once packed', () => {
  assert.equal(packStep(EMPTY), 'tote');
  assert.equal(packStep(at(parcel(1))), 'items');
  assert.equal(packStep(at(parcel(2, [{ barcode: '96385074', sku: null, name: null, qty: 1 }]))), 'items', 'an extra keeps it open');
  assert.equal(packStep(at(parcel(2))), 'box');
  assert.equal(packStep(at(parcel(2), { box: boxes[1] as Box })), 'weight');
  assert.equal(packStep(at(parcel(2, [], 'PACKED'))), 'done');
});

test('a tote scan opens its parcel; at the start items, boxes and numbers are refused', () => {
  assert.deepEqual(packScan(EMPTY, parseScan('TOTE-7K3M'), boxes), { do: 'open', tote: 'TOTE-7K3M' });
  assert.deepEqual(packScan(EMPTY, parseScan(TEA), boxes), { do: 'refuse', reason: 'scan.pack.scanTote' });
  assert.deepEqual(packScan(EMPTY, parseScan('BOX-M'), boxes), { do: 'refuse', reason: 'scan.pack.scanTote' });
  assert.deepEqual(packScan(EMPTY, parseScan('3'), boxes), { do: 'refuse', reason: 'scan.pack.scanTote' });
  assert.deepEqual(packScan(EMPTY, parseScan(''), boxes), { do: 'nothing' });
});

test('items go to the server as scanned (it says OK or EXTRA); a misread, a number or another tote do not', () => {
  const s = at(parcel(1));
  assert.deepEqual(packScan(s, parseScan(TEA), boxes), { do: 'scanItem', parcel: 'P1', barcode: TEA });
  assert.deepEqual(packScan(s, parseScan('(01)04006381333931(10)L1'), boxes), { do: 'scanItem', parcel: 'P1', barcode: TEA });
  assert.deepEqual(packScan(s, parseScan('C128-TEA'), boxes), { do: 'scanItem', parcel: 'P1', barcode: 'C128-TEA' });
  assert.deepEqual(packScan(s, parseScan('4006381333932'), boxes), { do: 'refuse', reason: 'scan.badCheckDigit' });
  assert.deepEqual(packScan(s, parseScan('2'), boxes), { do: 'refuse', reason: 'scan.pack.scanItem' });
  assert.deepEqual(packScan(s, parseScan('TOTE-OTHER'), boxes), { do: 'refuse', reason: 'scan.pack.finishFirst' });
});

test('F2 arms remove for one scan: that scan takes a unit out, and the answer disarms it', () => {
  const armed = toggleRemoving(at(parcel(2, [{ barcode: '96385074', sku: null, name: null, qty: 1 }])));
  assert.equal(armed.removing, true);
  assert.equal(packPrompt(armed), 'scan.prompt.packRemove');
  assert.deepEqual(packScan(armed, parseScan('96385074'), boxes), { do: 'removeItem', parcel: 'P1', barcode: '96385074' });
  assert.deepEqual(packScan(armed, parseScan('BOX-S'), boxes), { do: 'refuse', reason: 'scan.pack.removeItemNotBox' });
  assert.equal(withParcel(armed, parcel(2)).removing, false);
  assert.equal(toggleRemoving(armed).removing, false, 'F2 again disarms');
  assert.equal(toggleRemoving(EMPTY).removing, false, 'nothing to remove before a tote');
});

test('a box scan (any case) chooses the box; then a typed weight closes, up to what the box carries', () => {
  const complete = at(parcel(2));
  assert.deepEqual(packScan(complete, parseScan('box-m'), boxes), { do: 'chooseBox', box: boxes[1] });
  assert.deepEqual(packScan(complete, parseScan('1250'), boxes), { do: 'refuse', reason: 'scan.pack.scanBox' });
  const boxed = at(parcel(2), { box: boxes[0] as Box });
  assert.deepEqual(packScan(boxed, parseScan('1250'), boxes), { do: 'close', parcel: 'P1', box: 'BOX-S', weightGrams: 1250 });
  assert.deepEqual(packScan(boxed, parseScan('5001'), boxes), { do: 'refuse', reason: 'scan.pack.tooHeavy', params: { max: 5000, box: 'BOX-S' } });
  assert.deepEqual(packScan(boxed, parseScan(''), boxes), { do: 'refuse', reason: 'scan.pack.typeWeight' });
  assert.deepEqual(packScan(boxed, parseScan('BOX-L'), boxes), { do: 'chooseBox', box: boxes[2] }, 'another box replaces it');
  assert.deepEqual(packScan(boxed, parseScan(TEA), boxes), { do: 'scanItem', parcel: 'P1', barcode: TEA }, 'one more item is in the box: the server calls it extra');
  assert.deepEqual(packScan(at(parcel(2), { box: boxes[4] as Box }), parseScan('45000'), boxes), { do: 'refuse', reason: 'scan.pack.tooHeavy', params: { max: 40000, box: 'BOX-XXL' } });
});

test('packed: Enter is "next tote", a tote scan opens the next parcel at once', () => {
  const done = at(parcel(2, [], 'PACKED'));
  assert.deepEqual(packScan(done, parseScan(''), boxes), { do: 'next' });
  assert.deepEqual(packScan(done, parseScan('TOTE-NEXT'), boxes), { do: 'open', tote: 'TOTE-NEXT' });
  assert.equal(packPrompt(done), 'scan.prompt.nextTote');
});

test('what is missing and extra, for the checklist and the banner after a refused closing', () => {
  const p = parcel(1, [{ barcode: '96385074', sku: null, name: null, qty: 1 }, { barcode: TEA, sku: 'TEA-1', name: 'Tea', qty: 2 }]);
  assert.deepEqual(shortfall(p), {
    missing: [{ sku: 'TEA-1', qty: 1 }],
    extras: [{ barcode: '96385074', sku: null, qty: 1 }, { barcode: TEA, sku: 'TEA-1', qty: 2 }],
  });
  assert.equal(shortfallText(p), '1 × TEA-1 | 96385074 × 1, TEA-1 × 2');
  assert.equal(shortfallText(parcel(2)), '');
});

test('boxes get the F-keys after F1-F4, as many as there are keys', () => {
  assert.deepEqual(boxKeys(boxes).map((b) => [b.key, b.box.code]), [['F6', 'BOX-S'], ['F7', 'BOX-M'], ['F8', 'BOX-L'], ['F9', 'BOX-XL']]);
});

test('a parcel without nulls and empty lists in its JSON is read with them', () => {
  const p = normalParcel({ id: 'P', number: 'PCL1', tenant: 'alfa', orderId: 'o', tote: 'T', deliveryMethod: 'POST', status: 'OPEN' } as unknown as Parcel);
  assert.deepEqual([p.items, p.extras, p.box, p.lastScan, p.complete, p.missing], [[], [], null, null, false, 0]);
});

test('a refused closing is "incomplete" only for 409 parcel-incomplete (or naming items), not for a bad weight', () => {
  const incomplete = new ApiError('refused', 409, { type: 'https://fulfil.example/problems/parcel-incomplete', detail: '1 missing, 2 extra', errors: [{ field: 'items', message: '1 missing, 2 extra' }] });
  assert.equal(isIncomplete(incomplete), true);
  assert.equal(isIncomplete(new ApiError('refused', 409, { type: 'https://fulfil.example/problems/conflict', errors: [{ field: 'items', message: 'x' }] })), true);
  assert.equal(isIncomplete(new ApiError('refused', 409, { type: 'https://fulfil.example/problems/conflict', errors: [{ field: 'status', message: 'already packed' }] })), false);
  assert.equal(isIncomplete(new ApiError('refused', 422, { errors: [{ field: 'weightGrams', message: 'at most 5000' }] })), false);
  assert.equal(isIncomplete(new Error('network')), false);
});
