// The count page's steps: choose a count, scan a bin of it, scan what lies in the bin (a typed
// number is the quantity of the item scanned last), submit the bin (F4). Blind: the page never
// knows what the books expect.
import type { MessageKey } from '../i18n';
import type { CountView, TallyItem } from './scan-api';
import type { Scan } from './scan';

export const COUNT_QTY_MAX = 100_000;

export type CountState =
  | { readonly step: 'choose' }
  | { readonly step: 'bin'; readonly code: string }
  | { readonly step: 'items'; readonly code: string; readonly bin: string; readonly tally: readonly TallyItem[]; readonly last: string | null };

export type CountIntent =
  | { readonly do: 'open'; readonly code: string }
  | { readonly do: 'pick'; readonly index: number }
  | { readonly do: 'set'; readonly state: CountState }
  | { readonly do: 'refuse'; readonly reason: MessageKey; readonly params?: Readonly<Record<string, string | number>> }
  | { readonly do: 'nothing' };

/** Adds qty units of barcode to the tally (a new line at the end, or the existing one grows). */
export function addTo(tally: readonly TallyItem[], barcode: string, qty: number): TallyItem[] {
  const found = tally.some((item) => item.barcode === barcode);
  return found
    ? tally.map((item) => (item.barcode === barcode ? { barcode, qty: item.qty + qty } : item))
    : [...tally, { barcode, qty }];
}

/** The quantity typed after an item: that item's count is set to it (not added). */
export function setQty(tally: readonly TallyItem[], barcode: string, qty: number): TallyItem[] {
  return tally.map((item) => (item.barcode === barcode ? { barcode, qty } : item));
}

export function countScan(state: CountState, scan: Scan, count: CountView | null): CountIntent {
  if (scan.kind === 'empty') return { do: 'nothing' };
  if (scan.kind === 'bad-check-digit') return { do: 'refuse', reason: 'scan.badCheckDigit' };
  if (scan.kind === 'count') {
    if (state.step === 'items' && state.tally.length > 0) return { do: 'refuse', reason: 'scan.count.submitFirst' };
    return { do: 'open', code: scan.code };
  }
  switch (state.step) {
    case 'choose':
      if (scan.kind === 'qty') return { do: 'pick', index: scan.qty - 1 };
      return { do: 'refuse', reason: 'scan.count.scanCount' };
    case 'bin': {
      const text = scan.kind === 'text' ? scan.text : scan.kind === 'item' ? scan.barcode : null;
      const bin = count?.bins.find((b) => b.bin === text);
      if (!bin) return { do: 'refuse', reason: 'scan.count.notABin' };
      if (bin.counted) return { do: 'refuse', reason: 'scan.count.binCounted', params: { bin: bin.address } };
      return { do: 'set', state: { step: 'items', code: state.code, bin: bin.bin, tally: [], last: null } };
    }
    case 'items': {
      if (scan.kind === 'qty') {
        if (state.last === null) return { do: 'refuse', reason: 'scan.count.itemFirst' };
        if (scan.qty > COUNT_QTY_MAX) return { do: 'refuse', reason: 'scan.qtyTooLarge' };
        return { do: 'set', state: { ...state, tally: setQty(state.tally, state.last, scan.qty) } };
      }
      if (scan.kind === 'asn') return { do: 'refuse', reason: 'scan.count.notAnItem' };
      const barcode = scan.kind === 'item' ? scan.barcode : scan.text;
      if (count?.bins.some((b) => b.bin === barcode)) return { do: 'refuse', reason: 'scan.count.submitFirst' };
      return { do: 'set', state: { ...state, tally: addTo(state.tally, barcode, 1), last: barcode } };
    }
  }
}

/** F2 in the items step: the item scanned last is taken off the tally (a wrong scan). */
export function undoLast(state: CountState): CountState {
  if (state.step !== 'items' || state.last === null) return state;
  const last = state.last;
  const tally = state.tally
    .map((item) => (item.barcode === last ? { barcode: last, qty: item.qty - 1 } : item))
    .filter((item) => item.qty > 0);
  return { ...state, tally, last: tally.some((item) => item.barcode === last) ? last : (tally.at(-1)?.barcode ?? null) };
}

export function countBack(state: CountState): CountState | null {
  switch (state.step) {
    case 'choose':
      return null;
    case 'bin':
      return { step: 'choose' };
    case 'items':
      return { step: 'bin', code: state.code };
  }
}
