import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigitOk, parseScan } from './scan';

test('short numbers are quantities; 0 and long numbers are not', () => {
  assert.deepEqual(parseScan('5'), { kind: 'qty', qty: 5 });
  assert.deepEqual(parseScan(' 12\r\n'), { kind: 'qty', qty: 12 });
  assert.deepEqual(parseScan('99999'), { kind: 'qty', qty: 99999 });
  assert.equal(parseScan('0').kind, 'text');
  assert.equal(parseScan('123456').kind, 'text');
  assert.deepEqual(parseScan('   '), { kind: 'empty' });
});

test('ASN and count codes are recognised by their shape', () => {
  assert.deepEqual(parseScan('ASN.alfa.7K3M9Q2XAB'), { kind: 'asn', code: 'ASN.alfa.7K3M9Q2XAB' });
  assert.deepEqual(parseScan('CNT.bravo-shop.23456789AB'), { kind: 'count', code: 'CNT.bravo-shop.23456789AB' });
  // 0, O, 1 and I are not in the code alphabet; a wrong length is not a code either.
  assert.equal(parseScan('ASN.alfa.0K3M9Q2XAB').kind, 'text');
  assert.equal(parseScan('ASN.alfa.7K3M9Q2XA').kind, 'text');
  assert.equal(parseScan('ASN.Alfa.7K3M9Q2XAB').kind, 'text');
});

test('EAN-13, EAN-8, UPC-A are items only with a right check digit', () => {
  assert.ok(checkDigitOk('4006381333931'));
  assert.ok(checkDigitOk('96385074'));
  assert.ok(checkDigitOk('036000291452'));
  assert.deepEqual(parseScan('4006381333931'), { kind: 'item', barcode: '4006381333931', lot: null });
  assert.deepEqual(parseScan('4006381333932'), { kind: 'bad-check-digit', text: '4006381333932' });
  assert.deepEqual(parseScan('96385074'), { kind: 'item', barcode: '96385074', lot: null });
  assert.equal(parseScan('96385075').kind, 'bad-check-digit');
});

test('a GTIN-14 with a leading 0 is the EAN-13 on the item', () => {
  assert.deepEqual(parseScan('04006381333931'), { kind: 'item', barcode: '4006381333931', lot: null });
});

test('GS1 element strings give the GTIN and the lot, with or without brackets and symbology id', () => {
  const gs = '\u001d';
  assert.deepEqual(parseScan('(01)04006381333931(17)271231(10)LOT-7'), { kind: 'item', barcode: '4006381333931', lot: 'LOT-7' });
  assert.deepEqual(parseScan(`]C10104006381333931${'10'}A1${gs}17271231`), { kind: 'item', barcode: '4006381333931', lot: 'A1' });
  assert.deepEqual(parseScan('010400638133393117271231'), { kind: 'item', barcode: '4006381333931', lot: null });
  assert.equal(parseScan('(01)04006381333932(10)X').kind, 'bad-check-digit');
});

test('bins, totes and other Code-128 text are text', () => {
  assert.deepEqual(parseScan('BIN-A-01-03-2-B'), { kind: 'text', text: 'BIN-A-01-03-2-B' });
  assert.deepEqual(parseScan('TOTE-17'), { kind: 'text', text: 'TOTE-17' });
});
