import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../api';
import { failedField, scanFailure, TONES } from './feedback';

test('a refused scan shows the field the server names', () => {
  const error = new ApiError('refused', 422, { status: 422, errors: [{ field: 'barcode', message: 'no SKU of this shop has this barcode' }] });
  assert.deepEqual(scanFailure(error), { raw: 'barcode: no SKU of this shop has this barcode' });
  assert.equal(failedField(error), 'barcode');
  assert.deepEqual(scanFailure(new ApiError('refused', 409, { detail: 'closed' })), { raw: 'closed' });
  assert.equal(failedField(new ApiError('network', 0)), null);
  assert.deepEqual(scanFailure(new ApiError('network', 0)), { key: 'error.network' });
});

test('ok and error sound different', () => {
  assert.notEqual(TONES.ok.hz, TONES.error.hz);
  assert.ok(TONES.error.seconds * TONES.error.times > TONES.ok.seconds * TONES.ok.times);
});
