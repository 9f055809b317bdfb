import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseScan } from './scan';
import type { BacklogShop } from './wave-api';
import { normalWave, type Wave } from './wave-api';
import { shopKeys, waveScan } from './wave-logic';

const backlog: BacklogShop[] = [
  { tenant: 'alfa', name: 'Alfa', allocated: 7 },
  { tenant: 'bravo', name: 'Bravo', allocated: 2 },
];

test('a scanned or typed shop id releases that shop (upper case read as lower); a line number its line', () => {
  assert.deepEqual(waveScan(backlog, parseScan('alfa')), { do: 'release', tenant: 'alfa' });
  assert.deepEqual(waveScan(backlog, parseScan('BRAVO')), { do: 'release', tenant: 'bravo' });
  assert.deepEqual(waveScan(backlog, parseScan('charlie-2')), { do: 'release', tenant: 'charlie-2' }, 'not in the list: the server says why');
  assert.deepEqual(waveScan(backlog, parseScan('2')), { do: 'release', tenant: 'bravo' });
  assert.deepEqual(waveScan(backlog, parseScan('3')), { do: 'refuse', reason: 'scan.noSuchLine', params: { n: 3 } });
});

test('Enter reloads the backlog; items, shipments and things that are no shop id are refused', () => {
  assert.deepEqual(waveScan(backlog, parseScan('')), { do: 'reload' });
  assert.deepEqual(waveScan(backlog, parseScan('4006381333931')), { do: 'refuse', reason: 'scan.wave.scanShop' });
  assert.deepEqual(waveScan(backlog, parseScan('ASN.alfa.7K3M9Q2XAB')), { do: 'refuse', reason: 'scan.wave.scanShop' });
  assert.deepEqual(waveScan(backlog, parseScan('TOTE 1')), { do: 'refuse', reason: 'scan.wave.scanShop' });
  assert.deepEqual(waveScan(backlog, parseScan('4006381333932')), { do: 'refuse', reason: 'scan.wave.scanShop' });
});

test('one F-key a shop, in backlog order, for as many shops as there are keys', () => {
  assert.deepEqual(shopKeys(backlog).map((k) => [k.key, k.shop.tenant]), [['F1', 'alfa'], ['F2', 'bravo']]);
  const many = Array.from({ length: 12 }, (_v, i) => ({ tenant: `shop${i}`, name: `Shop ${i}`, allocated: 1 }));
  assert.deepEqual(shopKeys(many).map((k) => k.key), ['F1', 'F2', 'F3', 'F4', 'F6', 'F7', 'F8', 'F9']);
  assert.deepEqual(shopKeys([]), []);
});

test('a released wave keeps its lists in release order; missing order numbers read as null', () => {
  const wave = normalWave({
    id: 'w', code: 'WAVE-1', tenant: 'alfa', releasedBy: 'storekeeper', releasedAt: '2026-11-23T10:00:00Z',
    lists: [
      { listId: 'l1', orderId: 'o1', deliveryMethod: 'COURIER', tote: 'TOTE-A', picks: 2, units: 5 },
      { listId: 'l2', orderId: 'o2', orderNumber: 'A-2', deliveryMethod: 'POST', tote: 'TOTE-B', picks: 1, units: 1 },
    ],
  } as unknown as Wave);
  assert.deepEqual(wave.lists.map((l) => l.tote), ['TOTE-A', 'TOTE-B']);
  assert.equal(wave.lists[0]?.orderNumber, null);
  assert.equal(wave.lists[1]?.orderNumber, 'A-2');
});
