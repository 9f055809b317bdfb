import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  awaitingDecision, countedByUser, currentLines, decisionRequest, direction, placeErrors, signed, summary,
  type CountLine, type OpenCount,
} from './count-logic';

const open = (code: string, status: OpenCount['status'], createdAt: string): OpenCount =>
  ({ code, tenant: 'alfa', status, bins: 2, countedBins: 2, createdAt });

const line = (round: number, bin: string, sku: string, expected: number, counted: number, lot: string | null = null): CountLine =>
  ({ round, bin, address: null, sku, lot, expected, counted, variance: counted - expected, countedBy: 'storekeeper', countedAt: '2026-11-23T10:00:00Z' });

test('only counts awaiting approval wait for a decision, oldest first', () => {
  const counts = [
    open('CNT.alfa.B', 'AWAITING_APPROVAL', '2026-11-23T10:00:00Z'),
    open('CNT.alfa.C', 'COUNTING', '2026-11-22T10:00:00Z'),
    open('CNT.bravo.A', 'AWAITING_APPROVAL', '2026-11-21T10:00:00Z'),
    open('CNT.alfa.D', 'AWAITING_APPROVAL', '2026-11-23T10:00:00Z'),
  ];
  assert.deepEqual(awaitingDecision(counts).map((c) => c.code), ['CNT.bravo.A', 'CNT.alfa.B', 'CNT.alfa.D']);
  assert.deepEqual(awaitingDecision([]), []);
});

test('the decision is about the current round only, by bin, SKU and lot', () => {
  const lines = [line(1, 'BIN-B', 'TEA', 5, 4), line(2, 'BIN-B', 'TEA', 5, 5), line(2, 'BIN-A', 'TEA', 3, 3, 'L2'),
    line(2, 'BIN-A', 'TEA', 3, 2, 'L1'), line(2, 'BIN-A', 'COFFEE', 0, 1)];
  const current = currentLines({ round: 2, lines });
  assert.deepEqual(current.map((l) => `${l.bin}/${l.sku}/${l.lot ?? ''}`), ['BIN-A/COFFEE/', 'BIN-A/TEA/L1', 'BIN-A/TEA/L2', 'BIN-B/TEA/']);
  assert.ok(current.every((l) => l.round === 2));
});

test('a variance is shown with its sign, zero without one', () => {
  assert.equal(signed(-2, 'en'), '-2');
  assert.equal(signed(3, 'en'), '+3');
  assert.equal(signed(0, 'en'), '0');
  assert.equal(signed(1500, 'en'), '+1,500');
  assert.equal(signed(-1500, 'ru').replace(/\s/g, ' '), '-1 500');
  assert.equal(direction(-1), 'short');
  assert.equal(direction(4), 'over');
  assert.equal(direction(0), 'even');
});

test('the round in figures: lines off, units short and over', () => {
  assert.deepEqual(summary([line(1, 'A', 'TEA', 10, 8), line(1, 'B', 'TEA', 3, 3), line(1, 'C', 'COFFEE', 0, 1)]), { off: 2, short: 2, over: 1 });
  assert.deepEqual(summary([]), { off: 0, short: 0, over: 0 });
});

test('a rejection needs a note; an approval may go without; a long note is stopped at the note', () => {
  assert.deepEqual(decisionRequest('CNT.alfa.7K3M', 'reject', '  '), { ok: false, field: 'note', key: 'counts.noteRequired' });
  assert.deepEqual(decisionRequest('CNT.alfa.7K3M', 'reject', ' shelf 3 again '),
    { ok: true, path: 'ops/counts/CNT.alfa.7K3M/rejection', body: { note: 'shelf 3 again' } });
  assert.deepEqual(decisionRequest('CNT.alfa.7K3M', 'approve', ''), { ok: true, path: 'ops/counts/CNT.alfa.7K3M/approval', body: { note: null } });
  assert.deepEqual(decisionRequest('CNT.alfa.7K3M', 'approve', 'x'.repeat(501)), { ok: false, field: 'note', key: 'counts.noteTooLong' });
  const ok = decisionRequest('CNT.alfa.7K3M', 'approve', 'x'.repeat(500));
  assert.equal(ok.ok, true);
  const odd = decisionRequest('CNT/a b', 'approve', '');
  assert.equal(odd.ok && odd.path, 'ops/counts/CNT%2Fa%20b/approval');
});

test('the server\'s named fields: note at the note, the rest listed with their field', () => {
  const placed = placeErrors([
    { field: 'note', message: 'is required' },
    { field: 'approver', message: 'you counted in this round' },
    { message: 'no field' },
  ]);
  assert.deepEqual(placed.note, ['is required']);
  assert.deepEqual(placed.other, [{ field: 'approver', message: 'you counted in this round' }, { field: '', message: 'no field' }]);
});

test('whoever counted in the round is told another person decides', () => {
  assert.equal(countedByUser({ counters: ['storekeeper', 'warehouse-lead'] }, 'warehouse-lead'), true);
  assert.equal(countedByUser({ counters: ['storekeeper'] }, 'supervisor'), false);
});
