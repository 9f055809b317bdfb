import assert from 'node:assert/strict';
import { test } from 'node:test';
import { balancesAfter, expiryState, figuresAddUp, inboundOfReference, journalAgrees, onHandChange, reservationsAgree, stockQueryFromParams } from './stock-view';

const receipt = { from: null, to: 'DOCK-1', qty: 10 };
const damaged = { from: null, to: 'QUARANTINE-1', qty: 1 };
const putaway = { from: 'DOCK-1', to: 'A-01-1', qty: 8 };
const writeOff = { from: 'A-01-1', to: null, qty: 3 };

test('a movement into the warehouse adds units on hand, one out of it takes them, one between bins changes nothing', () => {
  assert.equal(onHandChange(receipt), 10);
  assert.equal(onHandChange(writeOff), -3);
  assert.equal(onHandChange(putaway), 0);
});

test('the running balance walks back from today\'s on hand through the journal, newest first', () => {
  // Oldest → newest: receipt 10, damaged 1, putaway 8, write-off 3: on hand 8.
  const newestFirst = [writeOff, putaway, damaged, receipt];
  assert.deepEqual(balancesAfter(8, newestFirst), [8, 11, 11, 10]);
  assert.equal(journalAgrees(8, newestFirst, true), true);
  assert.equal(journalAgrees(9, newestFirst, true), false, 'a figure the journal does not sum to is shown as such');
  assert.equal(journalAgrees(8, newestFirst.slice(0, 2), false), null, 'not judged while pages are unread');
  // A second page continues from where the first one ended.
  const first = balancesAfter(8, newestFirst.slice(0, 2));
  const carried = first[first.length - 1]! - onHandChange(newestFirst[1]!);
  assert.deepEqual([...first, ...balancesAfter(carried, newestFirst.slice(2))], balancesAfter(8, newestFirst));
});

test('a movement caused by an inbound shipment links to it; other references do not', () => {
  assert.equal(inboundOfReference('asn:0b6f4c1e-2f5a-4d1e-9c3b-7a1d2e3f4a5b'), '0b6f4c1e-2f5a-4d1e-9c3b-7a1d2e3f4a5b');
  assert.equal(inboundOfReference('order:0b6f4c1e-2f5a-4d1e-9c3b-7a1d2e3f4a5b'), null);
  assert.equal(inboundOfReference('asn:../../tenant'), null);
  assert.equal(inboundOfReference(null), null);
});

test('a lot is expired on its expiry day, expiring soon within 30 days, and a lot without expiry has none', () => {
  assert.equal(expiryState('2026-03-01', '2026-03-01'), 'expired');
  assert.equal(expiryState('2026-02-28', '2026-03-01'), 'expired');
  assert.equal(expiryState('2026-03-31', '2026-03-01'), 'soon');
  assert.equal(expiryState('2026-04-01', '2026-03-01'), 'ok');
  assert.equal(expiryState(null, '2026-03-01'), 'none');
  assert.equal(expiryState('2026-02-30', '2026-03-01'), 'none');
});

test('available is on hand less reserved, blocked and awaiting putaway', () => {
  assert.equal(figuresAddUp({ onHand: 12, reserved: 2, blocked: 1, awaitingPutaway: 3, available: 6 }), true);
  assert.equal(figuresAddUp({ onHand: 12, reserved: 2, blocked: 1, awaitingPutaway: 3, available: 9 }), false);
});

test('the search lives in the address, trimmed and bounded', () => {
  assert.equal(stockQueryFromParams(new URLSearchParams('q=%20tea%20')), 'tea');
  assert.equal(stockQueryFromParams(new URLSearchParams('')), '');
  assert.equal(stockQueryFromParams(new URLSearchParams(`q=${'x'.repeat(300)}`)).length, 200);
});

test('the reserved figure is the sum of the reservations, judged once every page is read', () => {
  assert.equal(reservationsAgree(4, [{ qty: 2 }, { qty: 1 }, { qty: 1 }], true), true);
  assert.equal(reservationsAgree(5, [{ qty: 2 }, { qty: 1 }, { qty: 1 }], true), false);
  assert.equal(reservationsAgree(0, [], true), true);
  assert.equal(reservationsAgree(4, [{ qty: 2 }], false), null);
});
