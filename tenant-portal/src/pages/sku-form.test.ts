import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CreateSkuRequest } from '../api';
import { formFieldFor, sortProblemErrors, splitBarcodes, toCreateRequest, type SkuFormValues } from './sku-form';

const filled: SkuFormValues = {
  sku: ' ABC-1 ',
  name: 'Чайник',
  barcodes: '4600000000017, 4600000000024\n\n4600000000031',
  weight: '1 250',
  length: '100',
  width: '50',
  height: '20',
  price: '1299,00',
  expiry: true,
  substitutes: 'ABC-2,\n ABC-3',
};

test('barcodes are split on commas and line breaks', () => {
  assert.deepEqual(splitBarcodes('a, b\r\nc,,\n d '), ['a', 'b', 'c', 'd']);
  assert.deepEqual(splitBarcodes('  '), []);
});

test('a filled form becomes the create request, price in minor units', () => {
  const result = toCreateRequest(filled, 'RUB');
  assert.ok(result.ok);
  assert.deepEqual(result.request, {
    sku: 'ABC-1',
    name: 'Чайник',
    barcodes: ['4600000000017', '4600000000024', '4600000000031'],
    weightGrams: 1250,
    lengthMm: 100,
    widthMm: 50,
    heightMm: 20,
    priceMinor: 129900,
    expiryTracked: true,
    substitutes: ['ABC-2', 'ABC-3'],
  });
});

test('a substitute the server refuses is named under the substitutes input', () => {
  const sent = { ...(toCreateRequest(filled, 'RUB') as { ok: true; request: CreateSkuRequest }).request };
  const sorted = sortProblemErrors([{ field: 'substitutes[1]', message: 'is not a SKU of the shop' }], sent);
  assert.deepEqual(sorted.byField.substitutes, [{ raw: 'ABC-3: is not a SKU of the shop' }]);
  assert.deepEqual(sorted.other, []);
});

test('empty numbers are sent as null for the server to judge', () => {
  const result = toCreateRequest({ ...filled, weight: '', length: ' ', width: '', height: '', price: '' }, 'RUB');
  assert.ok(result.ok);
  assert.equal(result.request.weightGrams, null);
  assert.equal(result.request.lengthMm, null);
  assert.equal(result.request.priceMinor, null);
});

test('text where a number goes, and missing sku or name, are named', () => {
  const result = toCreateRequest({ ...filled, sku: ' ', name: '', weight: '1.5', height: '-3', price: '12.345' }, 'RUB');
  assert.ok(!result.ok);
  assert.deepEqual(Object.keys(result.errors).sort(), ['height', 'name', 'price', 'sku', 'weight']);
  assert.deepEqual(result.errors.price, [{ key: 'validation.amount', params: { example: '1299.00' } }]);
  assert.deepEqual(result.errors.sku, [{ key: 'validation.required' }]);
  const tooLarge = toCreateRequest({ ...filled, length: '3000000000' }, 'RUB');
  assert.ok(!tooLarge.ok);
  assert.deepEqual(tooLarge.errors.length, [{ key: 'validation.tooLarge' }]);
});

test('server field names find their inputs', () => {
  assert.equal(formFieldFor('barcodes[0]'), 'barcodes');
  assert.equal(formFieldFor('priceMinor'), 'price');
  assert.equal(formFieldFor('weightGrams'), 'weight');
  assert.equal(formFieldFor('create.request.heightMm'), 'height');
  assert.equal(formFieldFor('expiryTracked'), 'expiry');
  assert.equal(formFieldFor('tenant'), null);
});

test('problem errors go under their inputs; a barcode error names the barcode', () => {
  const sent = (toCreateRequest(filled, 'RUB') as { ok: true; request: CreateSkuRequest }).request;
  const sorted = sortProblemErrors(
    [
      { field: 'barcodes[1]', message: 'bad check digit' },
      { field: 'priceMinor', message: 'must be positive' },
      { field: 'sku', message: 'already exists' },
      { field: 'somethingElse', message: 'odd' },
      { message: 'general' },
    ],
    sent,
  );
  assert.deepEqual(sorted.byField.barcodes, [{ raw: '4600000000024: bad check digit' }]);
  assert.deepEqual(sorted.byField.price, [{ raw: 'must be positive' }]);
  assert.deepEqual(sorted.byField.sku, [{ raw: 'already exists' }]);
  assert.deepEqual(sorted.other, [{ raw: 'somethingElse: odd' }, { raw: 'general' }]);
});
