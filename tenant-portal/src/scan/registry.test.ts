import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashOf, pagesFor, routeOf } from './registry';

const pages = [
  { id: 'receive', roles: ['storekeeper'] },
  { id: 'pick', roles: ['picker'] },
  { id: 'pack', roles: ['packer', 'storekeeper'] },
];

test('each user sees the pages of their roles, in menu order', () => {
  assert.deepEqual(pagesFor(pages, new Set(['storekeeper'])).map((p) => p.id), ['receive', 'pack']);
  assert.deepEqual(pagesFor(pages, new Set(['picker'])).map((p) => p.id), ['pick']);
  assert.deepEqual(pagesFor(pages, new Set(['shop-admin'])), []);
});

test('the hash picks an allowed page and its parameter; anything else is the menu', () => {
  assert.deepEqual(routeOf('#/receive/ASN.alfa.7K3M9Q2XAB', pages), { pageId: 'receive', param: 'ASN.alfa.7K3M9Q2XAB' });
  assert.deepEqual(routeOf('#/receive', pages), { pageId: 'receive', param: '' });
  assert.deepEqual(routeOf('#/nothing', pages), { pageId: '', param: '' });
  assert.deepEqual(routeOf('', pages), { pageId: '', param: '' });
  assert.deepEqual(routeOf('#state=abc&code=1', pages), { pageId: '', param: '' });
  assert.deepEqual(routeOf('#/pick', pages.slice(0, 1)), { pageId: '', param: '' });
});

test('hashOf and routeOf round-trip a parameter with odd characters', () => {
  const hash = hashOf('count', 'CNT.alfa/2 x');
  assert.deepEqual(routeOf(hash, [{ id: 'count' }]), { pageId: 'count', param: 'CNT.alfa/2 x' });
  assert.equal(hashOf(''), '#/');
});
