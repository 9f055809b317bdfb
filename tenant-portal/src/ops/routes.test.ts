import assert from 'node:assert/strict';
import { test } from 'node:test';
import { opsRoute, opsSections } from './routes';

test('operators get calls, supervisors their page, shop users nothing', () => {
  assert.deepEqual(opsSections(new Set(['operator'])), ['call']);
  assert.deepEqual(opsSections(new Set(['supervisor'])), ['supervisor']);
  assert.deepEqual(opsSections(new Set(['operator', 'supervisor'])), ['call', 'supervisor']);
  assert.deepEqual(opsSections(new Set(['shop-admin'])), []);
});

test('the hash picks one of the user\'s sections, else the first', () => {
  assert.equal(opsRoute('#/supervisor', ['call', 'supervisor']), 'supervisor');
  assert.equal(opsRoute('#/supervisor', ['call']), 'call');
  assert.equal(opsRoute('', ['supervisor']), 'supervisor');
  assert.equal(opsRoute('#state=abc&code=1', ['call']), 'call');
});
