// Money is integer minor units with a currency (kopecks for RUB). Conversion to and from the
// decimal text a person reads and types is done here with integer arithmetic only, never by
// multiplying floating-point numbers.

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormat(lang: string, currency: string): Intl.NumberFormat {
  const cacheKey = `${lang} ${currency}`;
  let format = formatters.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: 'currency', currency });
    formatters.set(cacheKey, format);
  }
  return format;
}

/** Digits after the decimal point of the currency: 2 for RUB, PLN, EUR, USD; 0 for JPY. */
export function minorDigits(currency: string): number {
  try {
    return currencyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2; // an unknown code; Intl refuses it, and two digits is the common case
  }
}

/** 129900, 2 → "1299.00"; -5, 2 → "-0.05"; 1299, 0 → "1299". */
export function minorToDecimal(amountMinor: number, digits: number): string {
  const sign = amountMinor < 0 ? '-' : '';
  const units = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + units;
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

/** The amount as the current language writes money: "1 299,00 ₽" in Russian, "RUB 1,299.00" in English. */
export function formatMoney(amountMinor: number, currency: string, lang: string): string {
  const decimal = minorToDecimal(amountMinor, minorDigits(currency));
  try {
    // A decimal string keeps every digit exact, where a number could round large amounts.
    return currencyFormat(lang, currency).format(decimal as `${number}`);
  } catch {
    return `${decimal} ${currency}`;
  }
}

/** An example amount in the form a person types it in, for hints: "1299.00", or "1299" for JPY. */
export function exampleAmount(currency: string): string {
  return minorToDecimal(1299 * 10 ** minorDigits(currency), minorDigits(currency));
}

export type ParsedAmount =
  | { readonly ok: true; readonly amountMinor: number }
  | { readonly ok: false; readonly error: 'invalid' | 'too-large' };

/**
 * Reads a typed amount into minor units: "1299", "1299.00", "1299,5" (Russian comma) and
 * "1 299,00" (spaces between thousands) are accepted; more fraction digits than the currency has,
 * signs, letters and thousands commas are not.
 */
export function parseAmount(input: string, currency: string): ParsedAmount {
  const digits = minorDigits(currency);
  const compact = input.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(compact);
  if (!match) return { ok: false, error: 'invalid' };
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return { ok: false, error: 'invalid' };
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: 'too-large' };
  return { ok: true, amountMinor: Number(minor) };
}
