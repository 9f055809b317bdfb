// What a scan is. A keyboard-wedge scanner types a code and Enter into the scan input; a person
// may type the same. parseScan says what kind of thing the text names, without asking the server;
// the page decides what it means in its current step (a bin's barcode and an item's look alike).

export type Scan =
  /** Nothing but blanks: Enter on an empty input. */
  | { readonly kind: 'empty' }
  /** A short number (1-5 digits, not 0): a quantity typed on the keypad, or a menu choice. */
  | { readonly kind: 'qty'; readonly qty: number }
  /** An inbound shipment's code: ASN.<shop>.<10 characters>. */
  | { readonly kind: 'asn'; readonly code: string }
  /** A cycle count's code: CNT.<shop>.<10 characters>. */
  | { readonly kind: 'count'; readonly code: string }
  /**
   * A product code: EAN-8/UPC-A/EAN-13 with a valid check digit, a GTIN-14, or a GS1 element
   * string whose (01) GTIN is taken (as EAN-13 when it starts with 0). lot is GS1 (10) when present.
   */
  | { readonly kind: 'item'; readonly barcode: string; readonly lot: string | null }
  /** A numeric product code whose check digit is wrong: a misread, refused before any call. */
  | { readonly kind: 'bad-check-digit'; readonly text: string }
  /** Anything else (Code-128 text: a bin, a tote, an internal item code). */
  | { readonly kind: 'text'; readonly text: string };

export const QTY_MAX_DIGITS = 5;
const CODE_ALPHABET = '[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}';
const SHOP = '[a-z0-9][a-z0-9-]{1,39}';
const ASN = new RegExp(`^ASN\\.${SHOP}\\.${CODE_ALPHABET}$`);
const COUNT = new RegExp(`^CNT\\.${SHOP}\\.${CODE_ALPHABET}$`);
/** GS1 symbology identifiers a scanner may prefix (]C1 Code-128, ]e0 DataBar, ]d2 DataMatrix, ]Q3 QR). */
const SYMBOLOGY = /^\](C1|e0|d2|Q3)/;
const GS = '\u001d';

export function parseScan(raw: string): Scan {
  const text = raw.replace(/[\r\n]+$/g, '').trim();
  if (text === '') return { kind: 'empty' };
  if (/^[0-9]{1,5}$/.test(text) && Number(text) > 0) return { kind: 'qty', qty: Number(text) };
  if (ASN.test(text)) return { kind: 'asn', code: text };
  if (COUNT.test(text)) return { kind: 'count', code: text };
  const gs1 = parseGs1(text);
  if (gs1) return gs1;
  if (/^[0-9]{8}$|^[0-9]{12,14}$/.test(text)) {
    if (!checkDigitOk(text)) return { kind: 'bad-check-digit', text };
    return { kind: 'item', barcode: gtinToEan(text), lot: null };
  }
  return { kind: 'text', text };
}

/** The GS1 mod-10 check digit of a numeric code (its last digit) is right. */
export function checkDigitOk(code: string): boolean {
  if (!/^[0-9]{8,14}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits.pop() as number;
  let sum = 0;
  // From the right, excluding the check digit: weights 3, 1, 3, 1, …
  digits.reverse().forEach((digit, i) => {
    sum += digit * (i % 2 === 0 ? 3 : 1);
  });
  return (10 - (sum % 10)) % 10 === check;
}

/** A GTIN-14 with a leading 0 is the EAN-13 printed on the item; catalogues hold that. */
function gtinToEan(code: string): string {
  return code.length === 14 && code.startsWith('0') ? code.slice(1) : code;
}

/**
 * A GS1 element string: (01) 14-digit GTIN first, then optional (17) expiry YYMMDD, (10) lot
 * (variable length, ended by the GS character or the end). Written with or without brackets.
 */
function parseGs1(text: string): Scan | null {
  let rest = text.replace(SYMBOLOGY, '');
  if (rest.startsWith('(')) rest = rest.replace(/\((\d{2,4})\)/g, (_all, ai: string) => `${GS}${ai}`).replace(/^\u001d/, '');
  if (!/^01[0-9]{14}/.test(rest) || rest.length === 14) return null;
  const gtin = rest.slice(2, 16);
  if (!checkDigitOk(gtin)) return { kind: 'bad-check-digit', text };
  let lot: string | null = null;
  let i = 16;
  while (i < rest.length) {
    if (rest[i] === GS) {
      i++;
      continue;
    }
    const ai = rest.slice(i, i + 2);
    if (ai === '17' || ai === '15' || ai === '11') {
      i += 8; // fixed: 2 + YYMMDD
    } else if (ai === '10' || ai === '21') {
      const end = rest.indexOf(GS, i + 2);
      const value = rest.slice(i + 2, end < 0 ? undefined : end);
      if (ai === '10') lot = value;
      i = end < 0 ? rest.length : end + 1;
    } else {
      break; // an AI we do not read: the GTIN is what counts
    }
  }
  return { kind: 'item', barcode: gtinToEan(gtin), lot };
}

/** The quantity typed before an item scan; reset to 1 after the scan uses it. */
export function clampQty(qty: number, max: number): number {
  return Math.max(1, Math.min(qty, max));
}
