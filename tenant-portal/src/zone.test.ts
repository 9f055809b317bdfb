import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatDateTime, nextDay, offsetMs, parseIsoDate, startOfDay, todayIn } from './zone';

test('a shop day starts at its local midnight, written in UTC', () => {
  assert.equal(startOfDay('2025-03-01', 'Europe/Moscow'), '2025-02-28T21:00:00.000Z');
  assert.equal(startOfDay('2025-03-01', 'Asia/Yekaterinburg'), '2025-02-28T19:00:00.000Z');
  assert.equal(startOfDay('2025-03-01', 'UTC'), '2025-03-01T00:00:00.000Z');
  assert.equal(startOfDay('2025-03-01', 'America/New_York'), '2025-03-01T05:00:00.000Z');
  // Warsaw in summer and winter time.
  assert.equal(startOfDay('2025-07-01', 'Europe/Warsaw'), '2025-06-30T22:00:00.000Z');
  assert.equal(startOfDay('2025-01-15', 'Europe/Warsaw'), '2025-01-14T23:00:00.000Z');
  // The days the clocks change (at 02:00/03:00, after midnight) still start at midnight.
  assert.equal(startOfDay('2025-03-30', 'Europe/Warsaw'), '2025-03-29T23:00:00.000Z');
  assert.equal(startOfDay('2025-10-26', 'Europe/Warsaw'), '2025-10-25T22:00:00.000Z');
});

test('where the clock skips midnight, the day starts when the clock jumps', () => {
  // Chile: on 2024-09-08 the clock went from 24:00 (UTC-4) straight to 01:00 (UTC-3).
  assert.equal(startOfDay('2024-09-08', 'America/Santiago'), '2024-09-08T04:00:00.000Z');
  assert.equal(startOfDay('2024-09-09', 'America/Santiago'), '2024-09-09T03:00:00.000Z');
});

test('dates that are not real are refused', () => {
  assert.equal(startOfDay('2025-02-30', 'Europe/Moscow'), null);
  assert.equal(startOfDay('01.03.2025', 'Europe/Moscow'), null);
  assert.equal(parseIsoDate('2025-13-01'), null);
  assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
});

test('the next day crosses months and years', () => {
  assert.equal(nextDay('2025-02-28'), '2025-03-01');
  assert.equal(nextDay('2024-02-28'), '2024-02-29');
  assert.equal(nextDay('2025-12-31'), '2026-01-01');
});

test('offsets and today follow the zone', () => {
  const noon = Date.parse('2025-03-01T12:00:00Z');
  assert.equal(offsetMs(noon, 'Europe/Moscow'), 3 * 3600_000);
  assert.equal(offsetMs(noon, 'America/New_York'), -5 * 3600_000);
  // 22:30 UTC is already the next day in Moscow.
  assert.equal(todayIn('Europe/Moscow', Date.parse('2025-03-01T22:30:00Z')), '2025-03-02');
  assert.equal(todayIn('UTC', Date.parse('2025-03-01T22:30:00Z')), '2025-03-01');
});

test('instants are shown as the zone\'s wall clock in the language', () => {
  assert.equal(formatDateTime('2025-03-01T21:30:00Z', 'Europe/Moscow', 'ru'), '02.03.2025, 00:30');
  assert.equal(formatDateTime('2025-03-01T21:30:00Z', 'Europe/Warsaw', 'en'), '03/01/2025, 22:30');
  assert.equal(formatDate('2025-03-02', 'ru'), '02.03.2025');
});
