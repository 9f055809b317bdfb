// The new-SKU form without the DOM: from what was typed to a CreateSkuRequest, and from the
// server's problem fields back to the form's inputs.
import type { CreateSkuRequest, ProblemError } from '../api';
import type { Text } from '../i18n';
import { exampleAmount, parseAmount } from '../money';

export const SKU_FORM_FIELDS = ['sku', 'name', 'barcodes', 'weight', 'length', 'width', 'height', 'price', 'expiry', 'substitutes'] as const;
export type SkuFormField = (typeof SKU_FORM_FIELDS)[number];

export interface SkuFormValues {
  readonly sku: string;
  readonly name: string;
  readonly barcodes: string;
  readonly weight: string;
  readonly length: string;
  readonly width: string;
  readonly height: string;
  readonly price: string;
  readonly expiry: boolean;
  /** Other SKU codes to offer when this one is short, preferred first. */
  readonly substitutes: string;
}

export type FieldErrors = Partial<Record<SkuFormField, Text[]>>;

export type FormResult =
  | { readonly ok: true; readonly request: CreateSkuRequest }
  | { readonly ok: false; readonly errors: FieldErrors };

/** "a, b\nc" → ["a", "b", "c"]: commas or line breaks separate barcodes (and SKU codes); blanks are dropped. */
export function splitBarcodes(text: string): string[] {
  return text
    .split(/[,\r\n]+/)
    .map((barcode) => barcode.trim())
    .filter((barcode) => barcode.length > 0);
}

/** Largest value a Java int holds; grams and millimetres beyond it are refused before sending. */
const WHOLE_NUMBER_MAX = 2_147_483_647;

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Text };

/** A non-negative whole number such as grams; spaces between thousands are allowed; empty is null. */
export function parseWholeNumber(input: string): Parsed<number | null> {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: true, value: null };
  if (!/^\d+$/.test(compact)) return { ok: false, error: { key: 'validation.wholeNumber' } };
  const value = Number(compact);
  if (value > WHOLE_NUMBER_MAX) return { ok: false, error: { key: 'validation.tooLarge' } };
  return { ok: true, value };
}

function parsePrice(input: string, currency: string): Parsed<number | null> {
  if (input.trim() === '') return { ok: true, value: null };
  const parsed = parseAmount(input, currency);
  if (parsed.ok) return { ok: true, value: parsed.amountMinor };
  return parsed.error === 'too-large'
    ? { ok: false, error: { key: 'validation.tooLarge' } }
    : { ok: false, error: { key: 'validation.amount', params: { example: exampleAmount(currency) } } };
}

/**
 * Checks only what the server could not even receive (text where a number goes) and the two
 * fields every SKU has; all other rules are the server's, and its answer names the field.
 */
export function toCreateRequest(values: SkuFormValues, currency: string): FormResult {
  const errors: FieldErrors = {};
  const sku = values.sku.trim();
  const name = values.name.trim();
  if (!sku) errors.sku = [{ key: 'validation.required' }];
  if (!name) errors.name = [{ key: 'validation.required' }];
  const numbers = {
    weight: parseWholeNumber(values.weight),
    length: parseWholeNumber(values.length),
    width: parseWholeNumber(values.width),
    height: parseWholeNumber(values.height),
    price: parsePrice(values.price, currency),
  };
  for (const [field, parsed] of Object.entries(numbers) as [SkuFormField, Parsed<number | null>][]) {
    if (!parsed.ok) errors[field] = [parsed.error];
  }
  const { weight, length, width, height, price } = numbers;
  if (Object.keys(errors).length > 0 || !weight.ok || !length.ok || !width.ok || !height.ok || !price.ok) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    request: {
      sku,
      name,
      barcodes: splitBarcodes(values.barcodes),
      weightGrams: weight.value,
      lengthMm: length.value,
      widthMm: width.value,
      heightMm: height.value,
      priceMinor: price.value,
      expiryTracked: values.expiry,
      substitutes: splitBarcodes(values.substitutes),
    },
  };
}

const SERVER_FIELDS: Readonly<Record<string, SkuFormField>> = {
  sku: 'sku',
  name: 'name',
  barcodes: 'barcodes',
  weightGrams: 'weight',
  lengthMm: 'length',
  widthMm: 'width',
  heightMm: 'height',
  priceMinor: 'price',
  price: 'price',
  expiryTracked: 'expiry',
  substitutes: 'substitutes',
};

/**
 * The form input a server field name belongs to: "barcodes[0]" → barcodes, "priceMinor" → price.
 * A Bean Validation path such as "create.request.weightGrams" is matched by its last known part.
 */
export function formFieldFor(serverField: string): SkuFormField | null {
  const parts = serverField.split('.').map((part) => part.replace(/\[.*$/, ''));
  for (let i = parts.length - 1; i >= 0; i--) {
    const field = SERVER_FIELDS[parts[i] ?? ''];
    if (field) return field;
  }
  return null;
}

export interface SortedProblemErrors {
  readonly byField: FieldErrors;
  /** Errors that name no input of the form; the summary shows them. */
  readonly other: readonly Text[];
}

/**
 * Puts each server error under its input. A barcode's (or substitute's) message is prefixed with
 * the code it is about, since one input holds them all.
 */
export function sortProblemErrors(errors: readonly ProblemError[], sent: CreateSkuRequest): SortedProblemErrors {
  const byField: FieldErrors = {};
  const other: Text[] = [];
  for (const error of errors) {
    const field = error.field ? formFieldFor(error.field) : null;
    if (!field) {
      other.push({ raw: error.field ? `${error.field}: ${error.message}` : error.message });
      continue;
    }
    const index = field === 'barcodes' || field === 'substitutes' ? /\[(\d+)\]/.exec(error.field ?? '')?.[1] : undefined;
    const list = field === 'substitutes' ? sent.substitutes ?? [] : sent.barcodes;
    const barcode = index === undefined ? undefined : list[Number(index)];
    (byField[field] ??= []).push({ raw: barcode === undefined ? error.message : `${barcode}: ${error.message}` });
  }
  return { byField, other };
}
