import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formFieldFor, homeCountry, sortOrderErrors, toOrderRequest, type OrderFormValues } from './order-form';

const filled: OrderFormValues = {
  externalNumber: ' A-1001 ',
  buyerName: ' Иван Петров ',
  phone: '8 (916) 123-45-67',
  email: '',
  country: 'ru',
  region: 'Московская обл.',
  city: 'Химки',
  street: 'ул. Ленина, 1',
  postalCode: '',
  timeZone: '',
  lines: [
    { sku: ' TEA-1 ', qty: '2', price: '' },
    { sku: '', qty: '', price: '' },
    { sku: 'COFFEE-7', qty: '1', price: '1 299,50' },
  ],
  paymentForm: 'COD_CASH',
  deliveryMethod: 'COURIER',
  deliveryDate: '2030-03-01',
  slotFrom: '10:00',
  slotTo: '14:00',
  fee: '300',
  notes: '',
};

test('a filled form becomes the request; blank rows are left out and remembered', () => {
  const result = toOrderRequest(filled, 'RUB');
  assert.ok(result.ok);
  assert.deepEqual(result.request, {
    externalNumber: 'A-1001',
    buyer: {
      name: 'Иван Петров',
      phone: '8 (916) 123-45-67',
      email: null,
      address: { country: 'RU', region: 'Московская обл.', city: 'Химки', street: 'ул. Ленина, 1', postalCode: null },
      timeZone: null,
    },
    lines: [
      { sku: 'TEA-1', qty: 2, unitPriceMinor: null },
      { sku: 'COFFEE-7', qty: 1, unitPriceMinor: 129950 },
    ],
    deliveryFeeMinor: 30000,
    paymentForm: 'COD_CASH',
    deliveryMethod: 'COURIER',
    deliveryDate: '2030-03-01',
    slotFrom: '10:00',
    slotTo: '14:00',
    notes: null,
  });
  assert.deepEqual(result.lineRows, [0, 2]);
});

test('required fields, numbers that are not numbers and half a slot are named at their inputs', () => {
  const result = toOrderRequest(
    {
      ...filled,
      buyerName: ' ',
      paymentForm: '',
      slotTo: '',
      fee: 'free',
      lines: [
        { sku: 'TEA-1', qty: 'two', price: '' },
        { sku: '', qty: '1', price: '12.345' },
      ],
    },
    'RUB',
  );
  assert.ok(!result.ok);
  assert.deepEqual(Object.keys(result.errors).sort(), [
    'buyer.name',
    'deliveryFeeMinor',
    'lines[0].qty',
    'lines[1].sku',
    'lines[1].unitPriceMinor',
    'paymentForm',
    'slotTo',
  ]);
  assert.deepEqual(result.errors['lines[0].qty'], [{ key: 'validation.wholeNumber' }]);
  assert.deepEqual(result.errors['lines[1].unitPriceMinor'], [{ key: 'validation.amount', params: { example: '1299.00' } }]);
  assert.deepEqual(result.errors.slotTo, [{ key: 'order.form.slotBoth' }]);
});

test('an order needs a line', () => {
  const result = toOrderRequest({ ...filled, lines: [{ sku: ' ', qty: '', price: '' }] }, 'RUB');
  assert.ok(!result.ok);
  assert.deepEqual(result.errors.lines, [{ key: 'order.form.noLines' }]);
});

test('a quantity of 0 is the server\'s to refuse: it is sent', () => {
  const result = toOrderRequest({ ...filled, lines: [{ sku: 'TEA-1', qty: '0', price: '' }] }, 'RUB');
  assert.ok(result.ok);
  assert.equal(result.request.lines[0]?.qty, 0);
});

test('server fields find their inputs; a line index is mapped to the form row it came from', () => {
  const rows = [0, 2];
  assert.equal(formFieldFor('buyer.phone', rows), 'buyer.phone');
  assert.equal(formFieldFor('buyer.address.street', rows), 'buyer.address.street');
  assert.equal(formFieldFor('lines[0].sku', rows), 'lines[0].sku');
  assert.equal(formFieldFor('lines[1].qty', rows), 'lines[2].qty');
  assert.equal(formFieldFor('lines[1].unitPriceMinor', rows), 'lines[2].unitPriceMinor');
  assert.equal(formFieldFor('lines[1]', rows), 'lines[2].sku');
  assert.equal(formFieldFor('lines', rows), 'lines');
  assert.equal(formFieldFor('create.request.deliveryDate', rows), 'deliveryDate');
  assert.equal(formFieldFor('lines[5].qty', rows), null);
  assert.equal(formFieldFor('lines[0].colour', rows), null);
  assert.equal(formFieldFor('codAmountMinor', rows), null);
  assert.equal(formFieldFor('buyer', rows), null);
});

test('problem errors go under their inputs, the rest into the summary with their field', () => {
  const sorted = sortOrderErrors(
    [
      { field: 'lines[1].qty', message: 'must be between 1 and 10000' },
      { field: 'externalNumber', message: 'is the external number of order 42' },
      { field: 'currency', message: 'must be the shop\'s currency, RUB' },
      { message: 'general' },
    ],
    [0, 1],
  );
  assert.deepEqual(sorted.byField, {
    'lines[1].qty': [{ raw: 'must be between 1 and 10000' }],
    externalNumber: [{ raw: 'is the external number of order 42' }],
  });
  assert.deepEqual(sorted.other, [{ raw: 'currency: must be the shop\'s currency, RUB' }, { raw: 'general' }]);
});

test('the country defaults from the shop\'s currency', () => {
  assert.equal(homeCountry('RUB'), 'RU');
  assert.equal(homeCountry('PLN'), 'PL');
  assert.equal(homeCountry('EUR'), '');
});
