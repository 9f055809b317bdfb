import assert from 'node:assert/strict';
import { test } from 'node:test';
import { opsRoute, opsSections } from './routes';

test('operators get calls, supervisors their page and count approval, shop users nothing', () => {
  assert.deepEqual(opsSections(new Set(['operator'])), ['call']);
  assert.deepEqual(opsSections(new Set(['supervisor'])), ['supervisor', 'counts']);
  assert.deepEqual(opsSections(new Set(['operator', 'supervisor'])), ['call', 'supervisor', 'counts']);
  assert.deepEqual(opsSections(new Set(['shop-admin'])), []);
});

test('platform admins and the warehouse lead (storekeeper and supervisor) decide on counts; a storekeeper alone does not', () => {
  assert.deepEqual(opsSections(new Set(['platform-admin'])), ['counts']);
  assert.deepEqual(opsSections(new Set(['storekeeper', 'supervisor'])), ['supervisor', 'counts']);
  assert.deepEqual(opsSections(new Set(['storekeeper'])), []);
  assert.equal(opsRoute('#/counts', ['supervisor', 'counts']), 'counts');
  assert.equal(opsRoute('#/counts', ['call']), 'call');
});

test('the hash picks one of the user\'s sections, else the first', () => {
  assert.equal(opsRoute('#/supervisor', ['call', 'supervisor']), 'supervisor');
  assert.equal(opsRoute('#/supervisor', ['call']), 'call');
  assert.equal(opsRoute('', ['supervisor']), 'supervisor');
  assert.equal(opsRoute('#state=abc&code=1', ['call']), 'call');
});
