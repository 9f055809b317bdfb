import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canManageCatalogue, canManageOrders, rolesOf, usernameOf } from './auth';

test('roles come from groups and realm_access.roles', () => {
  assert.deepEqual([...rolesOf({ groups: ['shop-viewer'], realm_access: { roles: ['offline_access', 'shop-viewer'] } })].sort(), [
    'offline_access',
    'shop-viewer',
  ]);
  assert.deepEqual([...rolesOf({ realm_access: { roles: ['shop-manager'] } })], ['shop-manager']);
  assert.deepEqual([...rolesOf({ groups: 'shop-admin' })], []);
});

test('only shop-admin and shop-manager may change the catalogue', () => {
  assert.equal(canManageCatalogue(new Set(['shop-viewer'])), false);
  assert.equal(canManageCatalogue(new Set(['shop-viewer', 'shop-manager'])), true);
  assert.equal(canManageCatalogue(new Set(['shop-admin'])), true);
  assert.equal(canManageCatalogue(new Set()), false);
});

test('the user name is preferred_username, else upn, else sub', () => {
  assert.equal(usernameOf({ preferred_username: 'anna', upn: 'anna@alfa', sub: 'x' }), 'anna');
  assert.equal(usernameOf({ upn: 'anna@alfa', sub: 'x' }), 'anna@alfa');
  assert.equal(usernameOf({ sub: 'x' }), 'x');
});

test('only shop-admin and shop-manager may create, cancel and upload orders', () => {
  assert.equal(canManageOrders(new Set(['shop-viewer'])), false);
  assert.equal(canManageOrders(new Set(['shop-manager'])), true);
  assert.equal(canManageOrders(new Set(['shop-admin'])), true);
  assert.equal(canManageOrders(new Set(['shop-integration'])), false);
});
