import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSymbol, code128Bars, code128Values, code128Widths, CODE_B, CODE_C, encodable, PATTERNS, QUIET_ZONE, START_B, START_C, STOP } from './code128';

/** Reads widths back as a scanner would: pattern by pattern to values, the check verified, the text. */
function decode(widths: readonly number[]): string {
  const values: number[] = [];
  let i = 0;
  while (i < widths.length) {
    const size = widths.length - i === 7 ? 7 : 6;
    const pattern = widths.slice(i, i + size).join('');
    const value = PATTERNS.indexOf(pattern);
    assert.ok(value >= 0, `no symbol has the widths ${pattern}`);
    values.push(value);
    i += size;
  }
  assert.equal(values.at(-1), STOP, 'ends with the stop');
  const check = values.at(-2) as number;
  const body = values.slice(0, -2);
  assert.equal(checkSymbol(body), check, 'the check symbol agrees');
  let set = body[0] === START_C ? 'C' : body[0] === START_B ? 'B' : 'A';
  let text = '';
  for (const v of body.slice(1)) {
    if (set === 'C' && v === CODE_B) set = 'B';
    else if (set === 'B' && v === CODE_C) set = 'C';
    else if (set === 'C') text += String(v).padStart(2, '0');
    else text += String.fromCharCode(v + 32);
  }
  return text;
}

test('the table: 107 distinct symbols, each 11 modules wide (the stop 13), three bars and three spaces', () => {
  assert.equal(PATTERNS.length, 107);
  assert.equal(new Set(PATTERNS).size, 107);
  PATTERNS.forEach((pattern, value) => {
    const widths = [...pattern].map(Number);
    assert.equal(widths.reduce((a, b) => a + b, 0), value === STOP ? 13 : 11, `symbol ${value}`);
    assert.ok(widths.every((w) => w >= 1 && w <= 4), `symbol ${value} widths 1-4`);
    // Bars (even positions) of every symbol add up to an even number of modules: the parity check.
    assert.equal(widths.filter((_w, i) => i % 2 === 0).reduce((a, b) => a + b, 0) % 2, 0, `symbol ${value} bar parity`);
  });
  assert.equal(PATTERNS[START_B], '211214');
  assert.equal(PATTERNS[START_C], '211232');
  assert.equal(PATTERNS[0], '212222');
});

test('set B: one symbol per character and the mod-103 check of the standard', () => {
  // "AB": start B 104, A = 33, B = 34; check (104 + 33·1 + 34·2) mod 103 = 205 mod 103 = 102.
  assert.deepEqual(code128Values('AB'), [START_B, 33, 34, 102, STOP]);
  assert.deepEqual(code128Values('TOTE-1'), [START_B, 52, 47, 52, 37, 13, 17, checkSymbol([START_B, 52, 47, 52, 37, 13, 17]), STOP]);
});

test('digits pack two per symbol: all-digit codes start in C, a long tail of digits switches to C', () => {
  // "1234": start C 105, 12, 34; check (105 + 12 + 68) mod 103 = 82.
  assert.deepEqual(code128Values('1234'), [START_C, 12, 34, 82, STOP]);
  const parcel = code128Values('PCL000000123');
  assert.deepEqual(parcel.slice(0, 5), [START_B, 48, 35, 44, 16], 'P C L in B, then the odd digit "0" in B');
  assert.deepEqual(parcel.slice(5, 10), [CODE_C, 0, 0, 1, 23], 'then C: 00 00 01 23');
  assert.ok(parcel.length < 'PCL000000123'.length + 3, 'narrower than set B alone');
});

test('every code reads back as its text, check symbol verified', () => {
  for (const text of ['PCL000000123', 'PCL000000001', 'MAN-000042', 'TOTE-7K3M', '1234', '12345', '7', 'A1234567B', 'BOX-XL', 'a b~{}', '0000000000001']) {
    assert.equal(decode(code128Widths(text)), text, text);
  }
});

test('bars start after the quiet zone and the width is 11 modules a symbol, 13 for the stop, plus both quiet zones', () => {
  const { modules, bars } = code128Bars('AB');
  assert.equal(modules, QUIET_ZONE + 11 * 4 + 13 + QUIET_ZONE);
  assert.equal(bars[0]?.x, QUIET_ZONE);
  assert.equal(bars[0]?.width, 2, 'start B begins with a 2-module bar');
  const last = bars.at(-1);
  assert.equal((last?.x ?? 0) + (last?.width ?? 0), modules - QUIET_ZONE, 'the termination bar ends at the quiet zone');
});

test('text it cannot write is refused, so the label falls back to large text', () => {
  assert.equal(encodable('PCL000000123'), true);
  assert.equal(encodable(''), false);
  assert.equal(encodable('ПОСЫЛКА'), false);
  assert.throws(() => code128Values('ПОСЫЛКА'), RangeError);
});
