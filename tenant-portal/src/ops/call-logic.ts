// The operator console's logic without the DOM: the claim countdown, the outcome request built
// from the form (and where each of its server errors belongs), the call-back time in the buyer's
// zone, and KPI figures as text.
import { offsetMs } from '../zone';

export type OutcomeKind = 'CONFIRMED' | 'CANCELLED' | 'UNREACHABLE' | 'CALL_BACK';

/** What is left of the claim: "mm:ss" (or "h:mm:ss"), and whether it has run out. */
export function countdown(untilIso: string, nowMs: number): { readonly text: string; readonly seconds: number; readonly expired: boolean } {
  const until = Date.parse(untilIso);
  if (Number.isNaN(until)) return { text: '—', seconds: 0, expired: true };
  const seconds = Math.max(0, Math.ceil((until - nowMs) / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`;
  return { text: h > 0 ? `${h}:${mmss}` : mmss, seconds, expired: seconds === 0 };
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A wall-clock time in the buyer's zone (as a datetime-local input gives it, "2025-03-01T18:30")
 * as ISO-8601 with that zone's offset at that moment ("2025-03-01T18:30:00+05:00"); null when
 * the text is not such a time. A time skipped by a DST jump is moved forward by the jump.
 */
export function zonedIso(local: string, zone: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second ?? 0);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59) return null;
  let offset = offsetMs(asUtc, zone);
  offset = offsetMs(asUtc - offset, zone);
  const instant = asUtc - offset;
  const wall = new Date(instant + offset);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60000;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export interface LineEdit {
  readonly sku: string;
  /** The quantity as typed. */
  readonly qty: string;
  readonly removed: boolean;
  /** The order's own price for its lines; null for a line the operator added (the catalogue's price). */
  readonly unitPriceMinor: number | null;
  /** The quantity the order has (null for an added line): unchanged lines are not an edit. */
  readonly originalQty: number | null;
}

export interface AddressEdit {
  readonly country: string;
  readonly region: string;
  readonly city: string;
  readonly street: string;
  readonly postalCode: string;
}

export interface OutcomeForm {
  readonly kind: OutcomeKind;
  readonly notes: string;
  readonly reason: string;
  /** datetime-local text, in the buyer's zone. */
  readonly callBackLocal: string;
  readonly buyerZone: string;
  readonly lines: readonly LineEdit[];
  readonly address: AddressEdit;
  readonly originalAddress: AddressEdit;
  readonly deliveryDate: string;
  readonly slotFrom: string;
  readonly slotTo: string;
  readonly paymentForm: string;
  readonly original: { readonly deliveryDate: string; readonly slotFrom: string; readonly slotTo: string; readonly paymentForm: string };
}

export interface BuiltOutcome {
  /** The body to send, or null when the form has errors of its own. */
  readonly request: Record<string, unknown> | null;
  /** Form errors before sending: field (as the server names it) → message key. */
  readonly errors: Readonly<Record<string, 'required' | 'badTime' | 'badQty' | 'noLines'>>;
  /** Index of a sent line (edits.lines[i]) → index of the form's line row. */
  readonly lineRows: readonly number[];
}

/** The request for POST ops/calls/{taskId}/outcome; edits only with CONFIRMED and only what changed. */
export function buildOutcome(form: OutcomeForm): BuiltOutcome {
  const errors: Record<string, 'required' | 'badTime' | 'badQty' | 'noLines'> = {};
  const request: Record<string, unknown> = { outcome: form.kind };
  const notes = form.notes.trim();
  if (notes) request['notes'] = notes;
  const lineRows: number[] = [];
  if (form.kind === 'CANCELLED') {
    if (!form.reason.trim()) errors['reason'] = 'required';
    else request['reason'] = form.reason.trim();
  }
  if (form.kind === 'CALL_BACK') {
    if (!form.callBackLocal.trim()) errors['callBackAt'] = 'required';
    else {
      const at = zonedIso(form.callBackLocal, form.buyerZone);
      if (at === null) errors['callBackAt'] = 'badTime';
      else request['callBackAt'] = at;
    }
  }
  if (form.kind === 'CONFIRMED') {
    const edits: Record<string, unknown> = {};
    const kept: { sku: string; qty: number; unitPriceMinor?: number }[] = [];
    let changed = false;
    form.lines.forEach((line, row) => {
      if (line.removed) {
        if (line.originalQty !== null) changed = true;
        return;
      }
      const sku = line.sku.trim();
      if (!sku && line.originalQty === null && !line.qty.trim()) return; // a blank added row
      const qty = Number(line.qty.trim());
      if (!/^\d+$/.test(line.qty.trim()) || qty <= 0) errors[`edits.lines[${kept.length}].qty`] = 'badQty';
      if (line.originalQty === null || qty !== line.originalQty) changed = true;
      lineRows.push(row);
      kept.push({ sku, qty, ...(line.unitPriceMinor !== null ? { unitPriceMinor: line.unitPriceMinor } : {}) });
    });
    if (changed) {
      if (kept.length === 0) errors['edits.lines'] = 'noLines';
      edits['lines'] = kept;
    }
    const a = form.address;
    const o = form.originalAddress;
    if (a.country !== o.country || a.region !== o.region || a.city !== o.city || a.street !== o.street || a.postalCode !== o.postalCode) {
      edits['address'] = {
        country: a.country.trim(),
        region: a.region.trim() || null,
        city: a.city.trim(),
        street: a.street.trim(),
        postalCode: a.postalCode.trim() || null,
      };
    }
    if (form.deliveryDate !== form.original.deliveryDate) edits['deliveryDate'] = form.deliveryDate || null;
    if (form.slotFrom !== form.original.slotFrom || form.slotTo !== form.original.slotTo) {
      edits['slotFrom'] = form.slotFrom || null;
      edits['slotTo'] = form.slotTo || null;
    }
    if (form.paymentForm !== form.original.paymentForm) edits['paymentForm'] = form.paymentForm;
    if (Object.keys(edits).length > 0) request['edits'] = edits;
  }
  return { request: Object.keys(errors).length > 0 ? null : request, errors, lineRows };
}

/** A server error's field as the form's input: edits.lines[i].qty → row of sent line i. */
export function fieldTarget(field: string, lineRows: readonly number[]): { readonly input: string; readonly row: number | null } {
  const m = /^edits\.lines\[(\d+)\]\.(\w+)$/.exec(field);
  if (m) return { input: `line-${m[2]}`, row: lineRows[Number(m[1])] ?? null };
  return { input: field, row: null };
}

/** Seconds as "45 s", "12 min", "1 h 05 min"; "—" for none. */
export function formatDuration(seconds: number | null | undefined, lang: string): string {
  if (seconds === null || seconds === undefined) return '—';
  const ru = lang === 'ru';
  if (seconds < 60) return `${seconds} ${ru ? 'с' : 's'}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} ${ru ? 'мин' : 'min'}`;
  return `${Math.floor(minutes / 60)} ${ru ? 'ч' : 'h'} ${String(minutes % 60).padStart(2, '0')} ${ru ? 'мин' : 'min'}`;
}

export interface Ratio {
  readonly count: number;
  readonly of: number;
  readonly percent: number | string | null;
}

/** "50.0 % (2 of 4)" (Russian decimal comma); "— (0 of 0)" when there is nothing to count. */
export function formatRatio(ratio: Ratio | null | undefined, lang: string): string {
  if (!ratio) return '—';
  const ru = lang === 'ru';
  const of = ru ? 'из' : 'of';
  if (ratio.percent === null || ratio.percent === undefined) return `— (${ratio.count} ${of} ${ratio.of})`;
  const percent = Number(ratio.percent).toFixed(1);
  return `${ru ? percent.replace('.', ',') : percent} % (${ratio.count} ${of} ${ratio.of})`;
}

/** A decimal figure from the API (attempts per order) in the language's notation. */
export function formatDecimal(value: number | string | null | undefined, lang: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = Number(value).toFixed(2);
  return lang === 'ru' ? text.replace('.', ',') : text;
}

/** The wall clock now in a zone, for a datetime-local input's value ("2025-03-01T18:30"). */
export function localNowIn(zone: string, nowMs: number): string {
  const wall = new Date(nowMs + offsetMs(nowMs, zone));
  return wall.toISOString().slice(0, 16);
}
