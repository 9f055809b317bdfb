import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalManifest, type Manifest } from './handover-api';
import { cancelConfirm, CARRIER_KEYS, carrierKey, handedOver, handoverPrompt, handoverScan, lastParcel, pressClose, takeOffLast, type HandoverState } from './handover-logic';
import { parseScan } from './scan';

const manifest = (numbers: string[], status: Manifest['status'] = 'OPEN', carrier = 'COURIER', code = 'MAN-000042'): Manifest => normalManifest({
  id: `id-${code}`, code, carrier, status,
  parcels: numbers.map((number, i) => ({ number, tenant: 'alfa', weightGrams: 1000, box: 'BOX-M', scannedAt: `2026-11-23T10:0${i}:00Z` })),
  totals: { parcels: numbers.length, weightGrams: 1000 * numbers.length, cod: [] },
} as unknown as Manifest);
const open = [manifest([], 'OPEN', 'COURIER', 'MAN-000042'), manifest([], 'OPEN', 'POST', 'MAN-000043')];
const on = (m: Manifest, more: Partial<{ last: string | null; confirming: boolean }> = {}): HandoverState => ({ step: 'manifest', manifest: m, last: null, confirming: false, ...more });

test('the list: a scanned manifest code or a line number opens it, Enter reloads, anything else is refused', () => {
  const choose: HandoverState = { step: 'choose' };
  assert.deepEqual(handoverScan(choose, parseScan('MAN-000099'), open), { do: 'open', idOrCode: 'MAN-000099' });
  assert.deepEqual(handoverScan(choose, parseScan('man-000099'), open), { do: 'open', idOrCode: 'MAN-000099' });
  assert.deepEqual(handoverScan(choose, parseScan('2'), open), { do: 'open', idOrCode: 'MAN-000043' });
  assert.deepEqual(handoverScan(choose, parseScan('3'), open), { do: 'refuse', reason: 'scan.noSuchLine', params: { n: 3 } });
  assert.deepEqual(handoverScan(choose, parseScan(''), open), { do: 'reload' });
  assert.deepEqual(handoverScan(choose, parseScan('PCL000000001'), open), { do: 'refuse', reason: 'scan.handover.scanManifest' });
});

test('a carrier key opens its open manifest, or starts one when it has none', () => {
  assert.deepEqual(CARRIER_KEYS.map((k) => `${k.key}:${k.carrier}`), ['F1:POST', 'F2:COURIER', 'F3:CARRIER', 'F4:PARCEL_LOCKER']);
  assert.deepEqual(carrierKey('COURIER', open), { do: 'open', idOrCode: 'MAN-000042' });
  assert.deepEqual(carrierKey('PARCEL_LOCKER', open), { do: 'start', carrier: 'PARCEL_LOCKER' });
  assert.deepEqual(carrierKey('COURIER', [manifest([], 'CLOSED')]), { do: 'start', carrier: 'COURIER' });
});

test('on a manifest every parcel scan goes to the server (it judges carrier, status, duplicates); numbers are refused', () => {
  const s = on(manifest(['PCL000000001']));
  assert.deepEqual(handoverScan(s, parseScan('PCL000000002'), open), { do: 'scanParcel', manifest: 'id-MAN-000042', barcode: 'PCL000000002' });
  assert.deepEqual(handoverScan(s, parseScan('pcl000000002'), open), { do: 'scanParcel', manifest: 'id-MAN-000042', barcode: 'PCL000000002' });
  assert.deepEqual(handoverScan(s, parseScan('4006381333931'), open), { do: 'scanParcel', manifest: 'id-MAN-000042', barcode: '4006381333931' });
  assert.deepEqual(handoverScan(s, parseScan('4006381333932'), open), { do: 'refuse', reason: 'scan.badCheckDigit' });
  assert.deepEqual(handoverScan(s, parseScan('12'), open), { do: 'refuse', reason: 'scan.handover.scanParcel' });
  assert.deepEqual(handoverScan(s, parseScan('MAN-000043'), open), { do: 'open', idOrCode: 'MAN-000043' }, 'another manifest code switches to it');
  assert.deepEqual(handoverScan(s, parseScan(''), open), { do: 'nothing' });
  assert.deepEqual(handoverScan(on(manifest(['PCL1'], 'CLOSED')), parseScan('PCL2'), open), { do: 'refuse', reason: 'scan.handover.closed', params: { code: 'MAN-000042' } });
});

test('F2 takes off the parcel scanned last here, else the newest on the manifest', () => {
  const m = manifest(['PCL000000001', 'PCL000000002']);
  assert.equal(lastParcel(m, null), 'PCL000000002');
  assert.equal(lastParcel(m, 'PCL000000001'), 'PCL000000001');
  assert.equal(lastParcel(m, 'PCL000000009'), 'PCL000000002', 'taken off already: the newest');
  assert.deepEqual(takeOffLast(on(m, { last: 'PCL000000001' })), { do: 'takeOff', manifest: 'id-MAN-000042', number: 'PCL000000001' });
  assert.deepEqual(takeOffLast(on(manifest([]))), { do: 'refuse', reason: 'scan.handover.nothingToTakeOff' });
  assert.deepEqual(takeOffLast({ step: 'choose' }), { do: 'nothing' });
});

test('closing needs a second press of F4 or Enter on the prompt; a scan in between cancels it; empty manifests do not close', () => {
  const m = manifest(['PCL000000001']);
  assert.deepEqual(pressClose(on(m)), { do: 'confirm' });
  const confirming = on(m, { confirming: true });
  assert.equal(handoverPrompt(confirming), 'scan.prompt.confirmClose');
  assert.deepEqual(pressClose(confirming), { do: 'close', manifest: 'id-MAN-000042' });
  assert.deepEqual(handoverScan(confirming, parseScan(''), open), { do: 'close', manifest: 'id-MAN-000042' });
  assert.deepEqual(cancelConfirm(confirming), on(m));
  assert.deepEqual(pressClose(on(manifest([]))), { do: 'refuse', reason: 'scan.handover.empty' });
  assert.deepEqual(pressClose(on(manifest(['PCL1'], 'CLOSED'))), { do: 'refuse', reason: 'scan.handover.closed', params: { code: 'MAN-000042' } });
});

test('prompts, and a manifest without nulls and empty lists in its JSON', () => {
  assert.equal(handoverPrompt({ step: 'choose' }), 'scan.prompt.manifest');
  assert.equal(handoverPrompt(on(manifest([]))), 'scan.prompt.parcel');
  const bare = normalManifest({ id: 'x', code: 'MAN-1', carrier: 'POST', status: 'OPEN' } as unknown as Manifest);
  assert.deepEqual([bare.parcels, bare.totals, bare.closedBy], [[], { parcels: 0, weightGrams: 0, cod: [] }, null]);
});

test('a closed manifest with parcels whose handover did not go through: F4 closes again at once; the handed count leaves them out', () => {
  const pending = normalManifest({ ...manifest(['PCL1', 'PCL2'], 'CLOSED'), pending: 1 });
  assert.deepEqual(pressClose(on(pending)), { do: 'close', manifest: 'id-MAN-000042' });
  assert.equal(handedOver(pending), 1);
  assert.equal(handedOver(manifest(['PCL1', 'PCL2'], 'CLOSED')), 2);
});
