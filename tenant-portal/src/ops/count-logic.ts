// The supervisor's count approval without the DOM: which counts wait for a decision, the lines of
// the round to decide (books, counted, signed variance), the decision's request (a rejection needs
// a note) and where each of the server's named fields is shown.
import type { Lang, MessageKey } from '../i18n';

export type CountStatus = 'COUNTING' | 'AWAITING_APPROVAL' | 'ADJUSTED' | 'CLOSED';

/** An open count as GET ops/counts lists it (any shop). */
export interface OpenCount {
  readonly code: string;
  readonly tenant: string;
  readonly status: CountStatus;
  readonly bins: number;
  readonly countedBins: number;
  readonly createdAt: string;
}

export interface CountLine {
  readonly round: number;
  readonly bin: string;
  readonly address: string | null;
  readonly sku: string;
  readonly lot: string | null;
  readonly expected: number;
  readonly counted: number;
  readonly variance: number;
  readonly countedBy: string;
  readonly countedAt: string;
}

export interface CountDecision {
  readonly round: number;
  readonly decision: string;
  readonly actor: string;
  readonly note: string | null;
  readonly at: string;
}

/** GET ops/counts/{code}/variances, and the answer to an approval or rejection. */
export interface CountReport {
  readonly code: string;
  readonly tenant: string;
  readonly status: CountStatus;
  readonly round: number;
  readonly note: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly counters: readonly string[];
  readonly lines: readonly CountLine[];
  readonly decisions: readonly CountDecision[];
  readonly adjustments: readonly unknown[];
}

export type DecisionKind = 'approve' | 'reject';

/** As the server allows (DecisionRequest.NOTE_MAX). */
export const NOTE_MAX = 500;

/** The counts that wait for someone to decide, oldest first. */
export function awaitingDecision(counts: readonly OpenCount[]): OpenCount[] {
  return counts
    .filter((c) => c.status === 'AWAITING_APPROVAL')
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.code.localeCompare(b.code));
}

/**
 * The lines of the count's current round (what a decision is about; earlier rounds were rejected),
 * by bin, then SKU, then lot.
 */
export function currentLines(report: Pick<CountReport, 'round' | 'lines'>): CountLine[] {
  return report.lines
    .filter((l) => l.round === report.round)
    .sort((a, b) => a.bin.localeCompare(b.bin) || a.sku.localeCompare(b.sku) || (a.lot ?? '').localeCompare(b.lot ?? ''));
}

/** A variance with its sign: "+2", "-3", "0" (grouped as the language writes numbers). */
export function signed(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(value);
}

/** Which way a line is off: for styling and for the test to read. */
export function direction(variance: number): 'short' | 'over' | 'even' {
  return variance < 0 ? 'short' : variance > 0 ? 'over' : 'even';
}

/** The round in figures: lines that differ, units missing and units found. */
export function summary(lines: readonly CountLine[]): { readonly off: number; readonly short: number; readonly over: number } {
  let off = 0;
  let short = 0;
  let over = 0;
  for (const l of lines) {
    if (l.variance !== 0) off++;
    if (l.variance < 0) short -= l.variance;
    else over += l.variance;
  }
  return { off, short, over };
}

/** True when the user counted in the round: the server will refuse their decision (naming approver). */
export function countedByUser(report: Pick<CountReport, 'counters'>, username: string): boolean {
  return report.counters.includes(username);
}

export type DecisionBody =
  | { readonly ok: true; readonly path: string; readonly body: { readonly note: string | null } }
  | { readonly ok: false; readonly field: 'note'; readonly key: MessageKey };

/**
 * The request for a decision: approval with an optional note, rejection with a required one (the
 * counters must know what to look at); a note the server would refuse is stopped here, at the note.
 */
export function decisionRequest(code: string, kind: DecisionKind, note: string): DecisionBody {
  const text = note.trim();
  if (kind === 'reject' && text === '') return { ok: false, field: 'note', key: 'counts.noteRequired' };
  if (text.length > NOTE_MAX) return { ok: false, field: 'note', key: 'counts.noteTooLong' };
  const path = `ops/counts/${encodeURIComponent(code)}/${kind === 'approve' ? 'approval' : 'rejection'}`;
  return { ok: true, path, body: { note: text === '' ? null : text } };
}

export interface FieldError {
  readonly field?: string | null;
  readonly message: string;
}

/**
 * Where the server's named fields go: {@code note} at the note; anything else (approver, status,
 * qty…) in the list under the buttons, each with the field it names.
 */
export function placeErrors(errors: readonly FieldError[]): { readonly note: string[]; readonly other: { readonly field: string; readonly message: string }[] } {
  const note: string[] = [];
  const other: { field: string; message: string }[] = [];
  for (const e of errors) {
    if (e.field === 'note') note.push(e.message);
    else other.push({ field: e.field ?? '', message: e.message });
  }
  return { note, other };
}
