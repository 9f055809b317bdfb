import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exampleAmount, formatMoney, minorDigits, minorToDecimal, parseAmount } from './money';

test('minor digits come from Intl', () => {
  assert.equal(minorDigits('RUB'), 2);
  assert.equal(minorDigits('PLN'), 2);
  assert.equal(minorDigits('EUR'), 2);
  assert.equal(minorDigits('USD'), 2);
  assert.equal(minorDigits('JPY'), 0);
  assert.equal(minorDigits('KWD'), 3);
});

test('minor units to decimal text without floating point', () => {
  assert.equal(minorToDecimal(129900, 2), '1299.00');
  assert.equal(minorToDecimal(5, 2), '0.05');
  assert.equal(minorToDecimal(-5, 2), '-0.05');
  assert.equal(minorToDecimal(1299, 0), '1299');
  assert.equal(minorToDecimal(9007199254740991, 2), '90071992547409.91');
});

test('formats money in the language', () => {
  // Intl separates groups and the sign with (narrow) no-break spaces; compare with plain ones.
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  assert.equal(plain(formatMoney(129900, 'RUB', 'ru')), '1 299,00 ₽');
  assert.equal(plain(formatMoney(129900, 'RUB', 'en')), 'RUB 1,299.00');
  assert.equal(plain(formatMoney(9007199254740991, 'RUB', 'en')), 'RUB 90,071,992,547,409.91');
  assert.equal(plain(formatMoney(1299, 'JPY', 'en')), '¥1,299');
});

test('parses typed amounts into minor units', () => {
  const minor = (input: string, currency = 'RUB') => {
    const parsed = parseAmount(input, currency);
    return parsed.ok ? parsed.amountMinor : parsed.error;
  };
  assert.equal(minor('1299.00'), 129900);
  assert.equal(minor('1299'), 129900);
  assert.equal(minor('1299,5'), 129950);
  assert.equal(minor('1 299,00'), 129900);
  assert.equal(minor('0.07'), 7);
  assert.equal(minor('19.99'), 1999); // 19.99 * 100 is 1998.9999999999998 in floating point
  assert.equal(minor('1299.001'), 'invalid');
  assert.equal(minor('-1'), 'invalid');
  assert.equal(minor('1,299.00'), 'invalid');
  assert.equal(minor('12a'), 'invalid');
  assert.equal(minor(''), 'invalid');
  assert.equal(minor('99999999999999999'), 'too-large');
  assert.equal(minor('1299', 'JPY'), 1299);
  assert.equal(minor('1299.5', 'JPY'), 'invalid');
});

test('example amounts follow the currency', () => {
  assert.equal(exampleAmount('RUB'), '1299.00');
  assert.equal(exampleAmount('JPY'), '1299');
});
