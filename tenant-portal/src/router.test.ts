import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NO_FILTERS } from './orders';
import { hrefOf, parseRoute, sectionOf, type Route } from './router';

test('routes come from the hash', () => {
  assert.deepEqual(parseRoute(''), { name: 'catalogue' });
  assert.deepEqual(parseRoute('#/catalogue'), { name: 'catalogue' });
  assert.deepEqual(parseRoute('#/orders'), { name: 'orders', filters: NO_FILTERS });
  assert.deepEqual(parseRoute('#/orders/'), { name: 'orders', filters: NO_FILTERS });
  assert.deepEqual(parseRoute('#/orders/new'), { name: 'order-new' });
  assert.deepEqual(parseRoute('#/orders/import'), { name: 'order-import' });
  assert.deepEqual(parseRoute('#/webhooks'), { name: 'webhooks' });
  assert.deepEqual(parseRoute('#/notifications'), { name: 'notifications' });
  assert.equal(sectionOf({ name: 'webhooks' }), 'webhooks');
  assert.deepEqual(parseRoute('#/orders/0b6f7c9e-2a41-4d4c-9d8e-1f2a3b4c5d6e'), { name: 'order', id: '0b6f7c9e-2a41-4d4c-9d8e-1f2a3b4c5d6e' });
  assert.deepEqual(parseRoute('#/orders?stage=returns&external=A-1'), {
    name: 'orders',
    filters: { ...NO_FILTERS, stage: 'returns', external: 'A-1' },
  });
});

test('what the sign-in leaves in the hash, and nonsense, is the start page or the list', () => {
  assert.deepEqual(parseRoute('#state=abc&session_state=x&code=y'), { name: 'catalogue' });
  assert.deepEqual(parseRoute('#/nowhere'), { name: 'catalogue' });
  assert.deepEqual(parseRoute('#/orders/a/b'), { name: 'orders', filters: NO_FILTERS });
  assert.deepEqual(parseRoute('#/orders/<script>'), { name: 'orders', filters: NO_FILTERS });
});

test('every route goes to an address and back', () => {
  const routes: Route[] = [
    { name: 'catalogue' },
    { name: 'webhooks' },
    { name: 'notifications' },
    { name: 'orders', filters: NO_FILTERS },
    { name: 'orders', filters: { ...NO_FILTERS, status: 'PACKED', stage: 'warehouse', from: '2025-03-01' } },
    { name: 'order', id: '0b6f7c9e-2a41-4d4c-9d8e-1f2a3b4c5d6e' },
    { name: 'order-new' },
    { name: 'order-import' },
  ];
  for (const route of routes) assert.deepEqual(parseRoute(hrefOf(route)), route, hrefOf(route));
  assert.equal(hrefOf({ name: 'orders', filters: NO_FILTERS }), '#/orders');
});

test('an order page belongs to the orders section', () => {
  assert.equal(sectionOf({ name: 'order', id: 'x' }), 'orders');
  assert.equal(sectionOf({ name: 'order-new' }), 'order-new');
  assert.equal(sectionOf({ name: 'catalogue' }), 'catalogue');
});

test('stock and inbound shipments have their routes, the search kept in the address', () => {
  assert.deepEqual(parseRoute('#/stock'), { name: 'stock', q: '' });
  assert.deepEqual(parseRoute('#/stock?q=green%20tea'), { name: 'stock', q: 'green tea' });
  assert.deepEqual(parseRoute('#/inbound'), { name: 'inbound-list' });
  assert.deepEqual(parseRoute('#/inbound/new'), { name: 'inbound-new' });
  assert.deepEqual(parseRoute('#/inbound/0b6f7c9e-2a41-4d4c-9d8e-1f2a3b4c5d6e'), { name: 'inbound', id: '0b6f7c9e-2a41-4d4c-9d8e-1f2a3b4c5d6e' });
  assert.deepEqual(parseRoute('#/inbound/<script>'), { name: 'inbound-list' });
  const routes: Route[] = [
    { name: 'stock', q: '' },
    { name: 'stock', q: 'чай & кофе' },
    { name: 'inbound-list' },
    { name: 'inbound-new' },
    { name: 'inbound', id: '0b6f7c9e-2a41-4d4c-9d8e-1f2a3b4c5d6e' },
  ];
  for (const route of routes) assert.deepEqual(parseRoute(hrefOf(route)), route, hrefOf(route));
  assert.equal(sectionOf({ name: 'inbound', id: 'x' }), 'inbound');
  assert.equal(sectionOf({ name: 'inbound-new' }), 'inbound-new');
  assert.equal(sectionOf({ name: 'stock', q: '' }), 'stock');
});
