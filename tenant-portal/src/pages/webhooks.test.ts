import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEvents } from './webhooks';

test('the events input becomes the API\'s list; blank means every event', () => {
  assert.deepEqual(parseEvents(''), ['*']);
  assert.deepEqual(parseEvents(' * '), ['*']);
  assert.deepEqual(parseEvents('order.confirmed, order.cancelled;order.delivered\norder.returned'), [
    'order.confirmed',
    'order.cancelled',
    'order.delivered',
    'order.returned',
  ]);
});
