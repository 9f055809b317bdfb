import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildOutcome, countdown, fieldTarget, formatDuration, formatRatio, localNowIn, zonedIso, type OutcomeForm } from './call-logic';

const address = { country: 'RU', region: 'Москва', city: 'Москва', street: 'Тверская, 1', postalCode: '125009' };
const base: OutcomeForm = {
  kind: 'CONFIRMED',
  notes: '',
  reason: '',
  callBackLocal: '',
  buyerZone: 'Asia/Yekaterinburg',
  lines: [
    { sku: 'TEA-1', qty: '2', removed: false, unitPriceMinor: 10000, originalQty: 2 },
    { sku: 'CUP-1', qty: '1', removed: false, unitPriceMinor: 5000, originalQty: 1 },
  ],
  address,
  originalAddress: address,
  deliveryDate: '2025-03-03',
  slotFrom: '10:00',
  slotTo: '14:00',
  paymentForm: 'COD_CASH',
  original: { deliveryDate: '2025-03-03', slotFrom: '10:00', slotTo: '14:00', paymentForm: 'COD_CASH' },
};

test('countdown shows minutes and seconds left and stops at zero', () => {
  const now = Date.parse('2025-03-01T07:05:00Z');
  assert.deepEqual(countdown('2025-03-01T07:15:00Z', now), { text: '10:00', seconds: 600, expired: false });
  assert.equal(countdown('2025-03-01T07:05:09.200Z', now).text, '0:10');
  assert.deepEqual(countdown('2025-03-01T07:00:00Z', now), { text: '0:00', seconds: 0, expired: true });
  assert.equal(countdown('2025-03-01T08:06:05Z', now).text, '1:01:05');
  assert.equal(countdown('soon', now).expired, true);
});

test('a call-back time is the buyer\'s wall clock with the buyer zone\'s offset', () => {
  assert.equal(zonedIso('2025-03-01T18:30', 'Asia/Yekaterinburg'), '2025-03-01T18:30:00+05:00');
  assert.equal(zonedIso('2025-03-01T09:00', 'Europe/Moscow'), '2025-03-01T09:00:00+03:00');
  assert.equal(zonedIso('2025-07-01T09:00', 'Europe/Berlin'), '2025-07-01T09:00:00+02:00');
  assert.equal(zonedIso('2025-01-01T09:00', 'Europe/Berlin'), '2025-01-01T09:00:00+01:00');
  assert.equal(zonedIso('2025-02-30T09:00', 'Europe/Moscow'), null);
  assert.equal(zonedIso('tomorrow', 'Europe/Moscow'), null);
  assert.equal(localNowIn('Asia/Yekaterinburg', Date.parse('2025-03-01T13:30:00Z')), '2025-03-01T18:30');
});

test('confirming without changes sends no edits', () => {
  const built = buildOutcome(base);
  assert.deepEqual(built.request, { outcome: 'CONFIRMED' });
});

test('a changed quantity sends every kept line with its price; removed lines are left out', () => {
  const built = buildOutcome({
    ...base,
    notes: ' wants it fast ',
    lines: [
      { sku: 'TEA-1', qty: '1', removed: false, unitPriceMinor: 10000, originalQty: 2 },
      { sku: 'CUP-1', qty: '1', removed: true, unitPriceMinor: 5000, originalQty: 1 },
      { sku: 'SPOON-1', qty: '3', removed: false, unitPriceMinor: null, originalQty: null },
    ],
    paymentForm: 'COD_CARD',
  });
  assert.deepEqual(built.request, {
    outcome: 'CONFIRMED',
    notes: 'wants it fast',
    edits: { lines: [{ sku: 'TEA-1', qty: 1, unitPriceMinor: 10000 }, { sku: 'SPOON-1', qty: 3 }], paymentForm: 'COD_CARD' },
  });
  assert.deepEqual(built.lineRows, [0, 2]);
  assert.deepEqual(fieldTarget('edits.lines[1].qty', built.lineRows), { input: 'line-qty', row: 2 });
  assert.deepEqual(fieldTarget('reason', built.lineRows), { input: 'reason', row: null });
});

test('a bad quantity, a missing reason or call-back time stop the request before it is sent', () => {
  const badQty = buildOutcome({ ...base, lines: [{ sku: 'TEA-1', qty: '0', removed: false, unitPriceMinor: 1, originalQty: 2 }] });
  assert.equal(badQty.request, null);
  assert.deepEqual(badQty.errors, { 'edits.lines[0].qty': 'badQty' });
  assert.deepEqual(buildOutcome({ ...base, kind: 'CANCELLED' }).errors, { reason: 'required' });
  assert.deepEqual(buildOutcome({ ...base, kind: 'CANCELLED', reason: ' too dear ' }).request, { outcome: 'CANCELLED', reason: 'too dear' });
  assert.deepEqual(buildOutcome({ ...base, kind: 'CALL_BACK' }).errors, { callBackAt: 'required' });
  assert.deepEqual(buildOutcome({ ...base, kind: 'CALL_BACK', callBackLocal: '2025-03-01T18:30' }).request, {
    outcome: 'CALL_BACK',
    callBackAt: '2025-03-01T18:30:00+05:00',
  });
  assert.deepEqual(buildOutcome({ ...base, kind: 'UNREACHABLE', lines: [] }).request, { outcome: 'UNREACHABLE' });
});

test('KPI figures read as durations and shares in the user\'s language', () => {
  assert.equal(formatDuration(null, 'en'), '—');
  assert.equal(formatDuration(42, 'en'), '42 s');
  assert.equal(formatDuration(1800, 'en'), '30 min');
  assert.equal(formatDuration(5400, 'ru'), '1 ч 30 мин');
  assert.equal(formatRatio({ count: 2, of: 4, percent: 50 }, 'en'), '50.0 % (2 of 4)');
  assert.equal(formatRatio({ count: 1, of: 3, percent: 33.3 }, 'ru'), '33,3 % (1 из 3)');
  assert.equal(formatRatio({ count: 0, of: 0, percent: null }, 'en'), '— (0 of 0)');
});
