// The pick page's steps, pure: no list yet (Enter takes the next one), then for the current pick
// scan its bin, scan the item, then the quantity (Enter: all of it; a number: that many, fewer is a
// short pick; 0 or F2: the bin is empty). Bin and item scans always go to the server, which refuses
// a wrong one (and counts it for the picker's accuracy); only misreads and impossible quantities
// are refused here.
import type { MessageKey } from '../i18n';
import type { PickLine, PickList } from './pick-api';
import type { Scan } from './scan';

export type PickState =
  | { readonly step: 'start' }
  | { readonly step: 'list'; readonly list: PickList };

export type PickIntent =
  | { readonly do: 'claim' }
  | { readonly do: 'scanBin'; readonly list: string; readonly barcode: string }
  | { readonly do: 'scanItem'; readonly list: string; readonly barcode: string }
  | { readonly do: 'confirm'; readonly list: string; readonly qty: number; readonly reason: string | null }
  | { readonly do: 'refuse'; readonly reason: MessageKey; readonly params?: Readonly<Record<string, string | number>> }
  | { readonly do: 'nothing' };

/** The pick the scanner waits on; null before a list is taken or once all are done. */
export function currentPick(state: PickState): PickLine | null {
  return state.step === 'list' ? state.list.current : null;
}

export function pickScan(state: PickState, scan: Scan): PickIntent {
  if (scan.kind === 'bad-check-digit') return { do: 'refuse', reason: 'scan.badCheckDigit' };
  const pick = currentPick(state);
  if (state.step === 'start' || pick === null) {
    if (scan.kind === 'empty') return { do: 'claim' };
    return { do: 'refuse', reason: 'scan.pick.takeList' };
  }
  const list = state.list.id;
  const code = scan.kind === 'item' ? scan.barcode : scan.kind === 'text' ? scan.text : null;
  switch (pick.step) {
    case 'BIN':
      if (code === null) return scan.kind === 'empty' ? { do: 'nothing' } : { do: 'refuse', reason: 'scan.pick.scanBin', params: { bin: pick.bin } };
      return { do: 'scanBin', list, barcode: code };
    case 'ITEM':
      if (code === null) return scan.kind === 'empty' ? { do: 'nothing' } : { do: 'refuse', reason: 'scan.pick.scanItem', params: { sku: pick.sku } };
      return { do: 'scanItem', list, barcode: code };
    case 'QTY': {
      if (scan.kind === 'empty') return { do: 'confirm', list, qty: pick.qty, reason: null };
      const qty = scan.kind === 'qty' ? scan.qty : scan.kind === 'text' && scan.text === '0' ? 0 : null;
      if (qty === null) return { do: 'refuse', reason: 'scan.pick.typeQty', params: { qty: pick.qty } };
      if (qty > pick.qty) return { do: 'refuse', reason: 'scan.pick.tooMany', params: { qty: pick.qty } };
      return { do: 'confirm', list, qty, reason: null };
    }
    case 'DONE':
      return { do: 'nothing' };
  }
}

/** F2 at the item or quantity step: the bin holds none of the item (a short pick of 0). */
export function binEmpty(state: PickState): PickIntent {
  const pick = currentPick(state);
  if (state.step !== 'list' || pick === null || pick.step === 'BIN' || pick.step === 'DONE') {
    return { do: 'refuse', reason: 'scan.pick.binFirst' };
  }
  return { do: 'confirm', list: state.list.id, qty: 0, reason: 'bin empty' };
}

/** What the input's placeholder asks for now. */
export function pickPrompt(state: PickState): MessageKey {
  const pick = currentPick(state);
  if (pick === null) return 'scan.prompt.pickNext';
  return pick.step === 'BIN' ? 'scan.prompt.bin' : pick.step === 'ITEM' ? 'scan.prompt.pickItem' : 'scan.prompt.pickQty';
}

/** The banner after a confirmed quantity: picked in full, short, or the whole list done. */
export function afterConfirm(before: PickLine, qty: number, list: PickList): { kind: 'ok' | 'info'; key: MessageKey } {
  if (list.current === null) return { kind: 'ok', key: 'scan.pick.listDone' };
  return qty < before.qty ? { kind: 'info', key: 'scan.pick.short' } : { kind: 'ok', key: 'scan.pick.picked' };
}
