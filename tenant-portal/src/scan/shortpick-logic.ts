// The short-picks page's steps, pure. The open short picks of every shop are listed, oldest first;
// the storekeeper types a line's number (or scans the short tote) and Enter to choose one. On the
// chosen one F1 re-picks the missing units from other bins, and F2 switches the scan input to a
// note: Enter sends it and closes the short pick (an empty note is refused here, before any call).
// Esc goes back one step: from the note to the chosen one, from there to the list. The server
// judges the rest (not enough free stock elsewhere for a re-pick, already resolved).
import type { MessageKey, Params, Text } from '../i18n';
import type { Scan } from './scan';
import type { ShortPick, ShortPickAction } from './shortpick-api';

/** The server's limit on a resolution's note. */
export const NOTE_MAX = 500;

export type ShortPickState =
  | { readonly step: 'list' }
  | { readonly step: 'chosen'; readonly pick: ShortPick }
  /** F2 was pressed on the chosen one: what is typed next is the note that closes it. */
  | { readonly step: 'note'; readonly pick: ShortPick };

export type ShortPickIntent =
  | { readonly do: 'choose'; readonly pick: ShortPick }
  | { readonly do: 'reload' }
  | { readonly do: 'typeNote'; readonly pick: ShortPick }
  | { readonly do: 'resolve'; readonly pick: ShortPick; readonly action: ShortPickAction; readonly note: string | null }
  | { readonly do: 'refuse'; readonly reason: MessageKey; readonly params?: Params }
  | { readonly do: 'nothing' };

export function shortPickScan(state: ShortPickState, scan: Scan, open: readonly ShortPick[]): ShortPickIntent {
  switch (state.step) {
    case 'list':
      return choose(scan, open);
    case 'chosen':
      return scan.kind === 'empty' ? { do: 'nothing' } : { do: 'refuse', reason: 'scan.shortpicks.chooseAction' };
    case 'note': {
      const note = noteOf(scan);
      if (note === '') return { do: 'refuse', reason: 'scan.shortpicks.noteEmpty' };
      if (note.length > NOTE_MAX) return { do: 'refuse', reason: 'scan.shortpicks.noteTooLong', params: { max: NOTE_MAX } };
      return { do: 'resolve', pick: state.pick, action: 'CLOSE', note };
    }
  }
}

/** On the list: Enter reloads, a number chooses its line, a scanned tote its (first) short pick. */
function choose(scan: Scan, open: readonly ShortPick[]): ShortPickIntent {
  switch (scan.kind) {
    case 'empty':
      return { do: 'reload' };
    case 'qty': {
      const pick = open[scan.qty - 1];
      return pick ? { do: 'choose', pick } : { do: 'refuse', reason: 'scan.noSuchLine', params: { n: scan.qty } };
    }
    case 'bad-check-digit':
      return { do: 'refuse', reason: 'scan.badCheckDigit' };
    case 'text': {
      const tote = scan.text.toUpperCase();
      const pick = open.find((p) => p.tote !== null && p.tote.toUpperCase() === tote);
      return pick ? { do: 'choose', pick } : { do: 'refuse', reason: 'scan.shortpicks.choose' };
    }
    default:
      return { do: 'refuse', reason: 'scan.shortpicks.choose' };
  }
}

/**
 * The note as typed (trimmed). The shell hands pages a parsed scan, not the raw text; every kind
 * but an item gives its text back whole (a number loses only its leading zeros). A GS1 string would lose
 * its other elements, but nobody types one as a note.
 */
export function noteOf(scan: Scan): string {
  switch (scan.kind) {
    case 'empty':
      return '';
    case 'qty':
      return String(scan.qty);
    case 'asn':
    case 'count':
      return scan.code;
    case 'item':
      return scan.barcode;
    case 'bad-check-digit':
    case 'text':
      return scan.text;
  }
}

/** F1 on the chosen one (or while typing its note): re-pick the missing units, no note needed. */
export function pressRepick(state: ShortPickState): ShortPickIntent {
  return state.step === 'list' ? { do: 'nothing' } : { do: 'resolve', pick: state.pick, action: 'REPICK', note: null };
}

/** F2 on the chosen one: type the note that closes it; F2 again while typing goes back. */
export function pressClose(state: ShortPickState): ShortPickIntent {
  switch (state.step) {
    case 'list':
      return { do: 'nothing' };
    case 'chosen':
      return { do: 'typeNote', pick: state.pick };
    case 'note':
      return { do: 'choose', pick: state.pick };
  }
}

/** Esc: one step back; null on the list (the shell goes to the menu). */
export function backFrom(state: ShortPickState): ShortPickState | null {
  switch (state.step) {
    case 'list':
      return null;
    case 'chosen':
      return { step: 'list' };
    case 'note':
      return { step: 'chosen', pick: state.pick };
  }
}

/** The chosen short pick again from a reloaded list (it may be gone: resolved by someone else). */
export function rechoose(state: ShortPickState, open: readonly ShortPick[]): ShortPickState {
  if (state.step === 'list') return state;
  const fresh = open.find((p) => p.id === state.pick.id);
  return fresh ? { ...state, pick: fresh } : state;
}

/** The order as people name it: its number, else the first 8 characters of its id. */
export function orderLabel(pick: Pick<ShortPick, 'orderNumber' | 'orderId'>): string {
  return pick.orderNumber ?? pick.orderId.slice(0, 8);
}

/** Units the bin did not give. */
export function missingUnits(pick: Pick<ShortPick, 'expected' | 'picked'>): number {
  return Math.max(0, pick.expected - pick.picked);
}

/** The green banner after a resolution the server accepted. */
export function resolvedText(action: ShortPickAction, pick: ShortPick): Text {
  return action === 'REPICK'
    ? { key: 'scan.shortpicks.repicked', params: { order: orderLabel(pick), units: missingUnits(pick) } }
    : { key: 'scan.shortpicks.closed', params: { order: orderLabel(pick) } };
}

export function shortPickPrompt(state: ShortPickState): MessageKey {
  switch (state.step) {
    case 'list':
      return 'scan.prompt.shortpick';
    case 'chosen':
      return 'scan.prompt.shortpickAction';
    case 'note':
      return 'scan.prompt.note';
  }
}
