// The new-order form without the DOM: from what was typed to a CreateOrderRequest, and from the
// server's problem fields (JSON paths such as lines[1].qty) back to the form's inputs.
//
// Form fields are named by the server's JSON paths, except that a line's index is the row of the
// form: blank rows are not sent, so request line 1 may be row 2.
import type { CreateOrderRequest, ProblemError } from '../api';
import type { Text } from '../i18n';
import { exampleAmount, parseAmount } from '../money';
import { placeField, rowField, sortErrors, type RowField } from './line-fields';

export const ORDER_FIELDS = [
  'externalNumber',
  'buyer.name',
  'buyer.phone',
  'buyer.email',
  'buyer.address.country',
  'buyer.address.region',
  'buyer.address.city',
  'buyer.address.street',
  'buyer.address.postalCode',
  'buyer.timeZone',
  'lines',
  'paymentForm',
  'deliveryMethod',
  'deliveryDate',
  'slotFrom',
  'slotTo',
  'deliveryFeeMinor',
  'notes',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

export const LINE_FIELDS = ['sku', 'qty', 'unitPriceMinor'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

/** A form field: an order field, or a field of the form's row n, e.g. "lines[1].qty". */
export type FormField = OrderField | RowField<LineField>;

export function lineField(row: number, field: LineField): FormField {
  return rowField(row, field);
}

export interface OrderLineValues {
  readonly sku: string;
  readonly qty: string;
  readonly price: string;
}

export interface OrderFormValues {
  readonly externalNumber: string;
  readonly buyerName: string;
  readonly phone: string;
  readonly email: string;
  readonly country: string;
  readonly region: string;
  readonly city: string;
  readonly street: string;
  readonly postalCode: string;
  readonly timeZone: string;
  readonly lines: readonly OrderLineValues[];
  readonly paymentForm: string;
  readonly deliveryMethod: string;
  readonly deliveryDate: string;
  readonly slotFrom: string;
  readonly slotTo: string;
  readonly fee: string;
  readonly notes: string;
}

export type FormErrors = Partial<Record<FormField, Text[]>>;

export type OrderFormResult =
  | {
      readonly ok: true;
      readonly request: CreateOrderRequest;
      /** The form row of each request line: lineRows[i] is the row of request line i. */
      readonly lineRows: readonly number[];
    }
  | { readonly ok: false; readonly errors: FormErrors };

/** The country a shop's buyers mostly live in, as its currency tells; the form's default. */
export function homeCountry(currency: string): string {
  const byCurrency: Readonly<Record<string, string>> = {
    RUB: 'RU', BYN: 'BY', KZT: 'KZ', UAH: 'UA', UZS: 'UZ', KGS: 'KG', AMD: 'AM', GEL: 'GE', AZN: 'AZ', MDL: 'MD', TJS: 'TJ', PLN: 'PL',
  };
  return byCurrency[currency] ?? '';
}

const QTY_PATTERN = /^\d+$/;
/** Far above any quantity the server takes (10,000); only guards against a number too long to send. */
const QTY_SENDABLE_MAX = 2_147_483_647;

function blank(line: OrderLineValues): boolean {
  return !line.sku.trim() && !line.qty.trim() && !line.price.trim();
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Checks what the server could not even receive (text where a number goes), the fields every
 * order has, and that there is a line; every other rule (SKUs in the catalogue, quantity range,
 * phone, dates) is the server's, and its answer names the field.
 */
export function toOrderRequest(values: OrderFormValues, currency: string): OrderFormResult {
  const errors: FormErrors = {};
  const add = (field: FormField, text: Text) => (errors[field] ??= []).push(text);
  const required: readonly [FormField, string][] = [
    ['buyer.name', values.buyerName],
    ['buyer.phone', values.phone],
    ['buyer.address.country', values.country],
    ['buyer.address.city', values.city],
    ['buyer.address.street', values.street],
    ['paymentForm', values.paymentForm],
    ['deliveryMethod', values.deliveryMethod],
  ];
  for (const [field, value] of required) if (!value.trim()) add(field, { key: 'validation.required' });
  if (Boolean(values.slotFrom.trim()) !== Boolean(values.slotTo.trim())) {
    add(values.slotFrom.trim() ? 'slotTo' : 'slotFrom', { key: 'order.form.slotBoth' });
  }

  const lines: { sku: string; qty: number | null; unitPriceMinor: number | null }[] = [];
  const lineRows: number[] = [];
  values.lines.forEach((line, row) => {
    if (blank(line)) return;
    const sku = line.sku.trim();
    if (!sku) add(lineField(row, 'sku'), { key: 'validation.required' });
    let qty: number | null = null;
    const qtyText = line.qty.replace(/[\s\u00a0\u202f]/g, '');
    if (!qtyText) add(lineField(row, 'qty'), { key: 'validation.required' });
    else if (!QTY_PATTERN.test(qtyText)) add(lineField(row, 'qty'), { key: 'validation.wholeNumber' });
    else if (Number(qtyText) > QTY_SENDABLE_MAX) add(lineField(row, 'qty'), { key: 'validation.tooLarge' });
    else qty = Number(qtyText);
    const price = amount(line.price, currency);
    if (!price.ok) add(lineField(row, 'unitPriceMinor'), price.error);
    lines.push({ sku, qty, unitPriceMinor: price.ok ? price.value : null });
    lineRows.push(row);
  });
  if (lines.length === 0) add('lines', { key: 'order.form.noLines' });
  const fee = amount(values.fee, currency);
  if (!fee.ok) add('deliveryFeeMinor', fee.error);

  if (Object.keys(errors).length > 0 || !fee.ok) return { ok: false, errors };
  return {
    ok: true,
    lineRows,
    request: {
      externalNumber: optional(values.externalNumber),
      buyer: {
        name: values.buyerName.trim(),
        phone: values.phone.trim(),
        email: optional(values.email),
        address: {
          country: values.country.trim().toUpperCase(),
          region: optional(values.region),
          city: values.city.trim(),
          street: values.street.trim(),
          postalCode: optional(values.postalCode),
        },
        timeZone: optional(values.timeZone),
      },
      lines,
      deliveryFeeMinor: fee.value,
      paymentForm: values.paymentForm,
      deliveryMethod: values.deliveryMethod,
      deliveryDate: optional(values.deliveryDate),
      slotFrom: optional(values.slotFrom),
      slotTo: optional(values.slotTo),
      notes: optional(values.notes),
    },
  };
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Text };

/** An optional amount typed in the shop's currency ("1299,00") as minor units; empty is null. */
function amount(input: string, currency: string): Parsed<number | null> {
  if (input.trim() === '') return { ok: true, value: null };
  const parsed = parseAmount(input, currency);
  if (parsed.ok) return { ok: true, value: parsed.amountMinor };
  return parsed.error === 'too-large'
    ? { ok: false, error: { key: 'validation.tooLarge' } }
    : { ok: false, error: { key: 'validation.amount', params: { example: exampleAmount(currency) } } };
}

/**
 * The form field a server field names, or null: "buyer.phone" → buyer.phone; "lines[1].qty" →
 * the qty of the row that request line 1 came from; "lines[0]" → that row's SKU (see line-fields.ts).
 */
export function formFieldFor(serverField: string, lineRows: readonly number[]): FormField | null {
  return placeField(serverField, ORDER_FIELDS, LINE_FIELDS, lineRows);
}

export interface SortedOrderErrors {
  readonly byField: FormErrors;
  /** Errors that name no input of the form (currency, codAmountMinor, the request as a whole). */
  readonly other: readonly Text[];
}

/** Puts each server error under its input; the rest go to the summary, with their field named. */
export function sortOrderErrors(errors: readonly ProblemError[], lineRows: readonly number[]): SortedOrderErrors {
  return sortErrors<FormField>(errors, (field) => formFieldFor(field, lineRows));
}
