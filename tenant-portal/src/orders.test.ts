import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ORDER_STATUSES } from './api';
import { dictionaries } from './i18n';
import {
  actorText,
  canCancel,
  filterFieldFor,
  reasonText,
  filtersFromParams,
  filtersToParams,
  NO_FILTERS,
  stageCounts,
  stageOf,
  STAGES,
  statusHint,
  statusLabel,
  toListQuery,
  type OrderFilters,
} from './orders';

test('every status is in exactly one stage, in lifecycle order within it', () => {
  const all = STAGES.flatMap((stage) => [...stage.statuses]);
  assert.deepEqual([...all].sort(), [...ORDER_STATUSES].sort());
  assert.equal(new Set(all).size, all.length);
  assert.equal(stageOf('AWAITING_CONFIRMATION'), 'confirmation');
  assert.equal(stageOf('PICKING'), 'warehouse');
  assert.equal(stageOf('OUT_FOR_DELIVERY'), 'delivery');
  assert.equal(stageOf('REFUSED'), 'returns');
  assert.equal(stageOf('REJECTED'), 'cancelled');
});

test('every status has a human name and an explanation in both languages', () => {
  for (const status of ORDER_STATUSES) {
    for (const lang of ['ru', 'en'] as const) {
      const name = dictionaries[lang][statusLabel(status)];
      assert.ok(name && name !== status, `${lang} ${status}`);
      assert.ok(dictionaries[lang][statusHint(status)], `${lang} ${status} hint`);
    }
  }
  assert.equal(dictionaries.en[statusLabel('AWAITING_CONFIRMATION')], 'Awaiting confirmation call');
  assert.equal(dictionaries.ru[statusLabel('CANCELLED')], 'Отменён');
  // Two statuses never share a name: the owner must tell them apart.
  for (const lang of ['ru', 'en'] as const) {
    const names = ORDER_STATUSES.map((status) => dictionaries[lang][statusLabel(status)]);
    assert.equal(new Set(names).size, names.length, lang);
  }
});

test('the shop may cancel until picking starts', () => {
  assert.deepEqual(
    ORDER_STATUSES.filter(canCancel),
    ['RECEIVED', 'AWAITING_CONFIRMATION', 'UNREACHABLE_HOLD', 'CONFIRMED', 'ALLOCATED', 'BACKORDERED'],
  );
});

test('stage counts add up the statuses of each stage', () => {
  const counts = stageCounts({ counts: { AWAITING_CONFIRMATION: 3, UNREACHABLE_HOLD: 1, PACKED: 2, CANCELLED: 4, REJECTED: 1 }, total: 11 });
  assert.deepEqual(counts, { confirmation: 4, warehouse: 2, delivery: 0, delivered: 0, returns: 0, cancelled: 5 });
});

test('filters go into the address and come back the same', () => {
  const filters: OrderFilters = { stage: 'delivery', status: 'IN_TRANSIT', from: '2025-03-01', to: '2025-03-31', phone: '+7 916 123-45-67', external: 'A-1' };
  const query = filtersToParams(filters);
  assert.equal(query, 'stage=delivery&status=IN_TRANSIT&from=2025-03-01&to=2025-03-31&phone=%2B7+916+123-45-67&external=A-1');
  assert.deepEqual(filtersFromParams(new URLSearchParams(query)), filters);
  assert.equal(filtersToParams(NO_FILTERS), '');
});

test('filters from a hand-typed address are cleaned', () => {
  assert.deepEqual(filtersFromParams(new URLSearchParams('stage=nowhere&status=LOST&from=2025-02-30&to=yesterday&phone=%20')), NO_FILTERS);
  // A status lights its own stage's tab, whatever the address says.
  assert.equal(filtersFromParams(new URLSearchParams('stage=returns&status=PICKING')).stage, 'warehouse');
});

test('the list query takes the chosen status, or all of the stage\'s', () => {
  const stage = toListQuery({ ...NO_FILTERS, stage: 'confirmation' }, 'Europe/Moscow');
  assert.ok(stage.ok);
  assert.deepEqual(stage.query.status, ['RECEIVED', 'AWAITING_CONFIRMATION', 'UNREACHABLE_HOLD']);
  const status = toListQuery({ ...NO_FILTERS, stage: 'confirmation', status: 'UNREACHABLE_HOLD' }, 'Europe/Moscow');
  assert.ok(status.ok);
  assert.deepEqual(status.query.status, ['UNREACHABLE_HOLD']);
  const none = toListQuery(NO_FILTERS, 'Europe/Moscow');
  assert.ok(none.ok);
  assert.deepEqual(none.query, { status: [], receivedFrom: null, receivedTo: null, phone: '', externalNumber: '' });
});

test('the shop\'s days become instants in the shop\'s zone, the end made exclusive', () => {
  const moscow = toListQuery({ ...NO_FILTERS, from: '2025-03-01', to: '2025-03-01', phone: ' 8 916 ', external: ' A-7 ' }, 'Europe/Moscow');
  assert.ok(moscow.ok);
  assert.equal(moscow.query.receivedFrom, '2025-02-28T21:00:00.000Z');
  assert.equal(moscow.query.receivedTo, '2025-03-01T21:00:00.000Z');
  assert.equal(moscow.query.phone, '8 916');
  assert.equal(moscow.query.externalNumber, 'A-7');
  const warsaw = toListQuery({ ...NO_FILTERS, to: '2025-03-29' }, 'Europe/Warsaw');
  assert.ok(warsaw.ok);
  assert.equal(warsaw.query.receivedFrom, null);
  // The 30th is the day the clocks change; it still starts at midnight winter time.
  assert.equal(warsaw.query.receivedTo, '2025-03-29T23:00:00.000Z');
});

test('an end before the start is refused at the end', () => {
  const result = toListQuery({ ...NO_FILTERS, from: '2025-03-02', to: '2025-03-01' }, 'Europe/Moscow');
  assert.ok(!result.ok);
  assert.deepEqual(result.errors, { to: { key: 'orders.filter.toBeforeFrom' } });
  const bad = toListQuery({ ...NO_FILTERS, from: '2025-02-30' }, 'Europe/Moscow');
  assert.ok(!bad.ok);
  assert.deepEqual(bad.errors, { from: { key: 'orders.filter.badDate' } });
});

test('the server\'s query fields point at the filter inputs', () => {
  assert.equal(filterFieldFor('phone'), 'phone');
  assert.equal(filterFieldFor('receivedFrom'), 'from');
  assert.equal(filterFieldFor('receivedTo'), 'to');
  assert.equal(filterFieldFor('externalNumber'), 'external');
  assert.equal(filterFieldFor('status'), 'status');
  assert.equal(filterFieldFor('cursor'), null);
});

test('the platform\'s own changes are named, people by their user name', () => {
  assert.deepEqual(actorText('system'), { key: 'order.actor.system' });
  assert.deepEqual(actorText('alfa-manager'), { raw: 'alfa-manager' });
});

test('the platform\'s own reasons are translated; a person\'s stays as typed', () => {
  assert.deepEqual(reasonText('received via CSV import'), { key: 'order.reason.csv' });
  assert.deepEqual(reasonText("awaiting the buyer's confirmation"), { key: 'order.reason.awaitingConfirmation' });
  assert.deepEqual(reasonText('received via API'), { key: 'order.reason.api' });
  assert.deepEqual(reasonText('Покупатель передумал'), { raw: 'Покупатель передумал' });
  assert.deepEqual(reasonText(null), { key: 'order.none' });
  assert.deepEqual(reasonText(' '), { key: 'order.none' });
});
