import assert from 'node:assert/strict';
import { test } from 'node:test';
import { templateRequest } from './notifications';

test('cleared template parts are sent as null; text is kept as written', () => {
  assert.deepEqual(templateRequest(' Заказ {{orderNumber}} ', 'Здравствуйте, {{buyerName}}!\n', ''), {
    emailSubject: 'Заказ {{orderNumber}}',
    emailBody: 'Здравствуйте, {{buyerName}}!\n',
    smsText: null,
  });
  assert.deepEqual(templateRequest('', '  ', 'Order {{orderNumber}} confirmed'), {
    emailSubject: null,
    emailBody: null,
    smsText: 'Order {{orderNumber}} confirmed',
  });
});
