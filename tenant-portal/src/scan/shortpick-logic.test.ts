import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dictionaries, textOf } from '../i18n';
import { parseScan } from './scan';
import { normalShortPick, type ShortPick } from './shortpick-api';
import {
  backFrom, missingUnits, NOTE_MAX, noteOf, orderLabel, pressClose, pressRepick, rechoose, resolvedText, shortPickPrompt,
  shortPickScan, type ShortPickState,
} from './shortpick-logic';

/** As the server sends it: null fields left out. */
function raw(fields: Partial<ShortPick> & Pick<ShortPick, 'id'>): ShortPick {
  return normalShortPick({
    tenant: 'alfa', orderId: '0c6a1f3e-77aa-4bde-9c1e-5d2f00000001', listId: 'l1', tote: 'TOTE-7', sku: 'TEA-1', bin: 'A-01-1',
    expected: 3, picked: 1, reason: 'only one on the shelf', raisedBy: 'picker14', raisedAt: '2026-11-23T09:15:00Z',
    ...fields,
  } as unknown as ShortPick);
}

const first = raw({ id: 'e1', orderNumber: 'A-1001' });
const second = raw({ id: 'e2', tenant: 'bravo', orderId: '9f00aa11-0000-4000-8000-000000000002', tote: 'TOTE-9', expected: 2, picked: 0 });
const open = [first, second];
const list: ShortPickState = { step: 'list' };
const chosen: ShortPickState = { step: 'chosen', pick: first };
const typing: ShortPickState = { step: 'note', pick: first };

test('the server leaves null fields out: they are read back as null, an open one has no action', () => {
  assert.equal(second.orderNumber, null);
  assert.equal(second.lot, null);
  assert.equal(second.action, null);
  assert.equal(second.resolution, null);
  assert.equal(first.orderNumber, 'A-1001');
  assert.equal(raw({ id: 'e3', lot: 'L-7' }).lot, 'L-7');
});

test('on the list a line number chooses its short pick; a number past the list is refused', () => {
  assert.deepEqual(shortPickScan(list, parseScan('1'), open), { do: 'choose', pick: first });
  assert.deepEqual(shortPickScan(list, parseScan('2'), open), { do: 'choose', pick: second });
  assert.deepEqual(shortPickScan(list, parseScan('3'), open), { do: 'refuse', reason: 'scan.noSuchLine', params: { n: 3 } });
  assert.deepEqual(shortPickScan(list, parseScan('1'), []), { do: 'refuse', reason: 'scan.noSuchLine', params: { n: 1 } });
});

test('on the list a scanned tote chooses its short pick (any case); Enter reloads; anything else is refused', () => {
  assert.deepEqual(shortPickScan(list, parseScan('tote-9'), open), { do: 'choose', pick: second });
  assert.deepEqual(shortPickScan(list, parseScan('TOTE-1'), open), { do: 'refuse', reason: 'scan.shortpicks.choose' });
  assert.deepEqual(shortPickScan(list, parseScan(''), open), { do: 'reload' });
  assert.deepEqual(shortPickScan(list, parseScan('4006381333931'), open), { do: 'refuse', reason: 'scan.shortpicks.choose' });
  assert.deepEqual(shortPickScan(list, parseScan('4006381333932'), open), { do: 'refuse', reason: 'scan.badCheckDigit' });
  assert.deepEqual(shortPickScan(list, parseScan('ASN.alfa.7K3M9Q2XAB'), open), { do: 'refuse', reason: 'scan.shortpicks.choose' });
});

test('on the chosen one a scan is refused (F1 or F2 decide); Enter alone does nothing', () => {
  assert.deepEqual(shortPickScan(chosen, parseScan('2'), open), { do: 'refuse', reason: 'scan.shortpicks.chooseAction' });
  assert.deepEqual(shortPickScan(chosen, parseScan('TOTE-9'), open), { do: 'refuse', reason: 'scan.shortpicks.chooseAction' });
  assert.deepEqual(shortPickScan(chosen, parseScan(''), open), { do: 'nothing' });
});

test('F1 re-picks the chosen one without a note; F2 switches to the note, F2 again back', () => {
  assert.deepEqual(pressRepick(chosen), { do: 'resolve', pick: first, action: 'REPICK', note: null });
  assert.deepEqual(pressRepick(typing), { do: 'resolve', pick: first, action: 'REPICK', note: null });
  assert.deepEqual(pressRepick(list), { do: 'nothing' });
  assert.deepEqual(pressClose(chosen), { do: 'typeNote', pick: first });
  assert.deepEqual(pressClose(typing), { do: 'choose', pick: first });
  assert.deepEqual(pressClose(list), { do: 'nothing' });
});

test('while typing the note Enter closes with it; an empty or too long note is refused before any call', () => {
  assert.deepEqual(shortPickScan(typing, parseScan('  counted: 1 left, stock adjusted \n'), open),
    { do: 'resolve', pick: first, action: 'CLOSE', note: 'counted: 1 left, stock adjusted' });
  assert.deepEqual(shortPickScan(typing, parseScan(''), open), { do: 'refuse', reason: 'scan.shortpicks.noteEmpty' });
  assert.deepEqual(shortPickScan(typing, parseScan('   '), open), { do: 'refuse', reason: 'scan.shortpicks.noteEmpty' });
  assert.deepEqual(shortPickScan(typing, parseScan('x'.repeat(NOTE_MAX)), open),
    { do: 'resolve', pick: first, action: 'CLOSE', note: 'x'.repeat(NOTE_MAX) });
  assert.deepEqual(shortPickScan(typing, parseScan('x'.repeat(NOTE_MAX + 1)), open),
    { do: 'refuse', reason: 'scan.shortpicks.noteTooLong', params: { max: NOTE_MAX } });
});

test('a note is the text typed, whatever it looks like to the scan parser', () => {
  assert.equal(noteOf(parseScan('2')), '2');
  assert.equal(noteOf(parseScan('TOTE-9')), 'TOTE-9', 'a tote is no choice while typing the note');
  assert.equal(shortPickScan(typing, parseScan('1'), open).do, 'resolve', 'a number is a note, not a line');
  assert.equal(noteOf(parseScan('4006381333932')), '4006381333932');
  assert.equal(noteOf(parseScan('4006381333931')), '4006381333931');
  assert.equal(noteOf(parseScan('CNT.alfa.7K3M9Q2XAB')), 'CNT.alfa.7K3M9Q2XAB');
  assert.equal(noteOf(parseScan('')), '');
});

test('Esc goes from the note to the chosen one, from there to the list, from the list off the page', () => {
  assert.deepEqual(backFrom(typing), chosen);
  assert.deepEqual(backFrom(chosen), list);
  assert.equal(backFrom(list), null);
});

test('a reload keeps the chosen one, fresh from the server, or as it was when it is gone', () => {
  const fresher = { ...first, reason: 'bin empty' };
  assert.deepEqual(rechoose(chosen, [second, fresher]), { step: 'chosen', pick: fresher });
  assert.deepEqual(rechoose(typing, [second]), typing);
  assert.deepEqual(rechoose(list, open), list);
});

test('the order is named by its number, else by the start of its id; the missing units are wanted − found', () => {
  assert.equal(orderLabel(first), 'A-1001');
  assert.equal(orderLabel(second), '9f00aa11');
  assert.equal(missingUnits(first), 2);
  assert.equal(missingUnits(second), 2);
  assert.equal(missingUnits({ expected: 1, picked: 3 }), 0);
});

test('after a resolution the banner says what happens: back to the pickers for the missing units, or closed', () => {
  assert.deepEqual(resolvedText('REPICK', first), { key: 'scan.shortpicks.repicked', params: { order: 'A-1001', units: 2 } });
  assert.deepEqual(resolvedText('CLOSE', second), { key: 'scan.shortpicks.closed', params: { order: '9f00aa11' } });
  assert.equal(textOf(resolvedText('REPICK', first)), 'Order A-1001 goes back to the pickers for 2 unit(s).');
  assert.equal(textOf(resolvedText('CLOSE', first)), 'Short pick of order A-1001 closed.');
});

test('the prompt says what to type in each step, in both languages', () => {
  assert.equal(shortPickPrompt(list), 'scan.prompt.shortpick');
  assert.equal(shortPickPrompt(chosen), 'scan.prompt.shortpickAction');
  assert.equal(shortPickPrompt(typing), 'scan.prompt.note');
  for (const state of [list, chosen, typing]) {
    assert.ok(dictionaries.ru[shortPickPrompt(state)]);
    assert.ok(dictionaries.en[shortPickPrompt(state)]);
  }
});
