// The new inbound shipment (ASN) form without the DOM: from what was typed to the API's request,
// and from the server's problem fields (lines[1].lot...) back to the form's inputs. Every rule the
// server knows better (SKU in the catalogue, lot and expiry exactly for SKUs that track them,
// quantity range, a reference used once) stays the server's; its answer names the field.
import type { InboundRequest, ProblemError } from '../api';
import type { Text } from '../i18n';
import { parseIsoDate } from '../zone';
import { placeField, rowField, sortErrors, type RowField, type SortedErrors } from './line-fields';

export const INBOUND_FIELDS = ['reference', 'expectedOn', 'lines'] as const;
export type InboundField = (typeof INBOUND_FIELDS)[number];

export const INBOUND_LINE_FIELDS = ['sku', 'qty', 'lot', 'expiry'] as const;
export type InboundLineField = (typeof INBOUND_LINE_FIELDS)[number];

export type InboundFormField = InboundField | RowField<InboundLineField>;

export interface InboundLineValues {
  readonly sku: string;
  readonly qty: string;
  readonly lot: string;
  readonly expiry: string;
}

export interface InboundFormValues {
  readonly reference: string;
  readonly expectedOn: string;
  readonly lines: readonly InboundLineValues[];
}

export type InboundFormErrors = Partial<Record<InboundFormField, Text[]>>;

export type InboundFormResult =
  | { readonly ok: true; readonly request: InboundRequest; readonly lineRows: readonly number[] }
  | { readonly ok: false; readonly errors: InboundFormErrors };

/** Only guards against a number too long to send; the server takes 1 to 100,000. */
const QTY_SENDABLE_MAX = 2_147_483_647;

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** What the server could not even read (a quantity that is no number, a date that is no date), and required inputs. */
export function toInboundRequest(values: InboundFormValues): InboundFormResult {
  const errors: InboundFormErrors = {};
  const add = (field: InboundFormField, text: Text) => (errors[field] ??= []).push(text);
  const expectedOn = optional(values.expectedOn);
  if (expectedOn !== null && !parseIsoDate(expectedOn)) add('expectedOn', { key: 'validation.date' });
  const lines: { sku: string; qty: number | null; lot: string | null; expiry: string | null }[] = [];
  const lineRows: number[] = [];
  values.lines.forEach((line, row) => {
    if (!line.sku.trim() && !line.qty.trim() && !line.lot.trim() && !line.expiry.trim()) return;
    const sku = line.sku.trim();
    if (!sku) add(rowField(row, 'sku'), { key: 'validation.required' });
    let qty: number | null = null;
    const qtyText = line.qty.replace(/[\s\u00a0\u202f]/g, '');
    if (!qtyText) add(rowField(row, 'qty'), { key: 'validation.required' });
    else if (!/^\d+$/.test(qtyText)) add(rowField(row, 'qty'), { key: 'validation.wholeNumber' });
    else if (Number(qtyText) > QTY_SENDABLE_MAX) add(rowField(row, 'qty'), { key: 'validation.tooLarge' });
    else qty = Number(qtyText);
    const expiry = optional(line.expiry);
    if (expiry !== null && !parseIsoDate(expiry)) add(rowField(row, 'expiry'), { key: 'validation.date' });
    lines.push({ sku, qty, lot: optional(line.lot), expiry });
    lineRows.push(row);
  });
  if (lines.length === 0) add('lines', { key: 'inbound.form.noLines' });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, lineRows, request: { reference: optional(values.reference), expectedOn, lines } };
}

/** The input a server field names: "lines[1].lot" → the lot of the row request line 1 came from. */
export function inboundFieldFor(serverField: string, lineRows: readonly number[]): InboundFormField | null {
  return placeField(serverField, INBOUND_FIELDS, INBOUND_LINE_FIELDS, lineRows);
}

export function sortInboundErrors(errors: readonly ProblemError[], lineRows: readonly number[]): SortedErrors<InboundFormField> {
  return sortErrors<InboundFormField>(errors, (field) => inboundFieldFor(field, lineRows));
}
