import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inboundFieldFor, sortInboundErrors, toInboundRequest } from './inbound-form';

const blank = { sku: '', qty: '', lot: '', expiry: '' };

test('blank rows are not sent; each request line remembers its row; blanks become null', () => {
  const result = toInboundRequest({
    reference: ' PO-117 ',
    expectedOn: '2026-02-03',
    lines: [
      { sku: ' TEA-1 ', qty: '1 200', lot: '', expiry: '' },
      blank,
      { sku: 'MILK-1', qty: '40', lot: ' L-0917 ', expiry: '2026-09-17' },
    ],
  });
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual(result.request, {
    reference: 'PO-117',
    expectedOn: '2026-02-03',
    lines: [
      { sku: 'TEA-1', qty: 1200, lot: null, expiry: null },
      { sku: 'MILK-1', qty: 40, lot: 'L-0917', expiry: '2026-09-17' },
    ],
  });
  assert.deepEqual(result.lineRows, [0, 2]);
});

test('what the server could not read is named at its input before sending', () => {
  const result = toInboundRequest({
    reference: '',
    expectedOn: '03.02.2026',
    lines: [
      { sku: '', qty: 'ten', lot: 'L1', expiry: '2026-02-30' },
      { sku: 'TEA-1', qty: '', lot: '', expiry: '' },
    ],
  });
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(Object.keys(result.errors).sort(), ['expectedOn', 'lines[0].expiry', 'lines[0].qty', 'lines[0].sku', 'lines[1].qty']);
  assert.deepEqual(result.errors['lines[0].qty'], [{ key: 'validation.wholeNumber' }]);
  const empty = toInboundRequest({ reference: 'PO', expectedOn: '', lines: [blank] });
  assert.equal(empty.ok, false);
  if (!empty.ok) assert.deepEqual(empty.errors['lines'], [{ key: 'inbound.form.noLines' }]);
});

test('the server\'s fields land at the row the request line came from', () => {
  const rows = [0, 2];
  assert.equal(inboundFieldFor('reference', rows), 'reference');
  assert.equal(inboundFieldFor('expectedOn', rows), 'expectedOn');
  assert.equal(inboundFieldFor('lines', rows), 'lines');
  assert.equal(inboundFieldFor('lines[1].lot', rows), 'lines[2].lot');
  assert.equal(inboundFieldFor('lines[1].expiry', rows), 'lines[2].expiry');
  assert.equal(inboundFieldFor('lines[0].sku', rows), 'lines[0].sku');
  assert.equal(inboundFieldFor('lines[1]', rows), 'lines[2].sku');
  assert.equal(inboundFieldFor('lines[2].qty', rows), null, 'no such request line');
  assert.equal(inboundFieldFor('lines[0].price', rows), null);
  assert.equal(inboundFieldFor('tenant', rows), null);
  const sorted = sortInboundErrors(
    [
      { field: 'lines[1].lot', message: 'is required: SKU MILK-1 tracks lots' },
      { field: 'reference', message: 'the shop already has an inbound shipment with this reference' },
      { field: 'tenant', message: 'is not yours' },
      { message: 'whole request' },
    ],
    rows,
  );
  assert.deepEqual(sorted.byField, {
    'lines[2].lot': [{ raw: 'is required: SKU MILK-1 tracks lots' }],
    reference: [{ raw: 'the shop already has an inbound shipment with this reference' }],
  });
  assert.deepEqual(sorted.other, [{ raw: 'tenant: is not yours' }, { raw: 'whole request' }]);
});
