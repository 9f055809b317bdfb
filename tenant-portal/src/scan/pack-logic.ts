// The pack page's steps, pure. Scan the tote: the server opens (or resumes) the parcel of the order
// picked into it. Then scan every item into the box; the server checks each against the order and
// answers OK or EXTRA (an item the order does not want, or one too many: take it out). F2 arms
// "remove" for the next scan, which takes one unit out instead. Once nothing is missing or extra,
// scan (or choose with its F-key) the box, type the weight in grams + Enter, and the parcel closes.
// Then the label: print it, and scan the next tote.
import { ApiError } from '../api';
import type { MessageKey } from '../i18n';
import { ACTION_KEYS, type ActionKey } from './page';
import type { Box, Label, Parcel } from './pack-api';
import type { Scan } from './scan';

export const WEIGHT_MAX_GRAMS = 50_000;

export interface PackState {
  /** The parcel being packed; null before a tote is scanned. */
  readonly parcel: Parcel | null;
  /** The box chosen (scanned or by F-key); sent with the weight when the parcel closes. */
  readonly box: Box | null;
  /** F2: the next item scan takes one unit out of the box instead of putting one in. */
  readonly removing: boolean;
  /** The packed parcel's label, once loaded. */
  readonly label: Label | null;
}

export const EMPTY: PackState = { parcel: null, box: null, removing: false, label: null };

export type PackStep = 'tote' | 'items' | 'box' | 'weight' | 'done';

export function packStep(state: PackState): PackStep {
  const parcel = state.parcel;
  if (parcel === null) return 'tote';
  if (parcel.status !== 'OPEN') return 'done';
  if (!parcel.complete) return 'items';
  return state.box === null ? 'box' : 'weight';
}

export type PackIntent =
  | { readonly do: 'open'; readonly tote: string }
  | { readonly do: 'scanItem'; readonly parcel: string; readonly barcode: string }
  | { readonly do: 'removeItem'; readonly parcel: string; readonly barcode: string }
  | { readonly do: 'chooseBox'; readonly box: Box }
  | { readonly do: 'close'; readonly parcel: string; readonly box: string; readonly weightGrams: number }
  | { readonly do: 'next' }
  | { readonly do: 'refuse'; readonly reason: MessageKey; readonly params?: Readonly<Record<string, string | number>> }
  | { readonly do: 'nothing' };

const isTote = (text: string) => /^TOTE-/i.test(text);

/** The box a scanned text names (box barcodes are their codes), if any. */
export function boxOf(boxes: readonly Box[], text: string): Box | null {
  const code = text.trim().toUpperCase();
  return boxes.find((b) => b.code.toUpperCase() === code) ?? null;
}

export function packScan(state: PackState, scan: Scan, boxes: readonly Box[]): PackIntent {
  if (scan.kind === 'bad-check-digit') return { do: 'refuse', reason: 'scan.badCheckDigit' };
  const step = packStep(state);
  const text = scan.kind === 'text' ? scan.text : null;
  if (step === 'tote' || step === 'done') {
    if (text !== null && boxOf(boxes, text) === null) return { do: 'open', tote: text };
    if (scan.kind === 'empty') return step === 'done' ? { do: 'next' } : { do: 'nothing' };
    return { do: 'refuse', reason: 'scan.pack.scanTote' };
  }
  const parcel = (state.parcel as Parcel).id;
  if (scan.kind === 'empty') return step === 'weight' ? { do: 'refuse', reason: 'scan.pack.typeWeight' } : { do: 'nothing' };
  if (text !== null) {
    const box = boxOf(boxes, text);
    if (box) return state.removing ? { do: 'refuse', reason: 'scan.pack.removeItemNotBox' } : { do: 'chooseBox', box };
    if (isTote(text)) return { do: 'refuse', reason: 'scan.pack.finishFirst' };
  }
  if (scan.kind === 'qty') {
    if (step !== 'weight' || state.removing) {
      return { do: 'refuse', reason: step === 'box' ? 'scan.pack.scanBox' : 'scan.pack.scanItem' };
    }
    const box = state.box as Box;
    const max = Math.min(box.maxWeightGrams, WEIGHT_MAX_GRAMS);
    if (scan.qty > max) return { do: 'refuse', reason: 'scan.pack.tooHeavy', params: { max, box: box.code } };
    return { do: 'close', parcel, box: box.code, weightGrams: scan.qty };
  }
  const barcode = scan.kind === 'item' ? scan.barcode : text;
  if (barcode === null) return { do: 'refuse', reason: 'scan.pack.scanItem' };
  if (state.removing) return { do: 'removeItem', parcel, barcode };
  // Item scans go to the server in every open step: whatever is scanned is in the box now.
  return { do: 'scanItem', parcel, barcode };
}

/** After the parcel came back from the server (a scan or a removal): F2's "remove" is disarmed again. */
export function withParcel(state: PackState, parcel: Parcel): PackState {
  return { ...state, parcel, removing: false };
}

/** F2: arm or disarm "remove" (only while the parcel is open). */
export function toggleRemoving(state: PackState): PackState {
  const step = packStep(state);
  return step === 'tote' || step === 'done' ? state : { ...state, removing: !state.removing };
}

/** What is wrong with an open parcel, for the banner and the checklist: units missing per SKU, extras. */
export function shortfall(parcel: Parcel): { readonly missing: readonly { sku: string; qty: number }[]; readonly extras: readonly { barcode: string; sku: string | null; qty: number }[] } {
  return {
    missing: parcel.items.filter((i) => i.scanned < i.expected).map((i) => ({ sku: i.sku, qty: i.expected - i.scanned })),
    extras: parcel.extras.map((e) => ({ barcode: e.barcode, sku: e.sku, qty: e.qty })),
  };
}

/** One line for the banner: "missing 1 × TEA-1, 2 × COF-2; extra 4600000000012 × 1". */
export function shortfallText(parcel: Parcel): string {
  const { missing, extras } = shortfall(parcel);
  const parts: string[] = [];
  if (missing.length > 0) parts.push(missing.map((m) => `${m.qty} × ${m.sku}`).join(', '));
  if (extras.length > 0) parts.push(extras.map((e) => `${e.sku ?? e.barcode} × ${e.qty}`).join(', '));
  return parts.join(' | ');
}

/** The F-keys that choose a box, after F2 (remove) and F4: the station's first boxes. */
export const BOX_KEYS: readonly ActionKey[] = ACTION_KEYS.filter((k) => k !== 'F1' && k !== 'F2' && k !== 'F3' && k !== 'F4');

export function boxKeys(boxes: readonly Box[]): { readonly key: ActionKey; readonly box: Box }[] {
  return boxes.slice(0, BOX_KEYS.length).map((box, i) => ({ key: BOX_KEYS[i] as ActionKey, box }));
}

/** What the input's placeholder asks for now. */
export function packPrompt(state: PackState): MessageKey {
  if (state.removing) return 'scan.prompt.packRemove';
  switch (packStep(state)) {
    case 'tote':
      return 'scan.prompt.tote';
    case 'items':
      return 'scan.prompt.packItem';
    case 'box':
      return 'scan.prompt.box';
    case 'weight':
      return 'scan.prompt.weight';
    case 'done':
      return 'scan.prompt.nextTote';
  }
}

/** The server refused to close because something is missing or extra (409 parcel-incomplete). */
export function isIncomplete(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false;
  const type = error.problem?.type ?? '';
  return type.endsWith('/parcel-incomplete') || type === 'parcel-incomplete' || (error.problem?.errors ?? []).some((e) => e.field === 'items');
}
