// The receive page's steps: choose a shipment (scan its ASN code, or type its number in the list),
// then count items against it (a typed number is the quantity of the next scan, F2 marks the next
// scan damaged), report a barcode the shop does not know, and finish.
import type { MessageKey } from '../i18n';
import type { Scan } from './scan';
import type { DockShipment } from './scan-api';

export const RECEIVE_QTY_MAX = 10_000;

export type ReceiveState =
  | { readonly step: 'choose' }
  | {
      readonly step: 'count';
      readonly code: string;
      /** Units the next item scan counts (typed before it); back to 1 after the scan. */
      readonly qty: number;
      /** The next item scan is damaged (F2); off again after the scan. */
      readonly damaged: boolean;
      /** The last barcode the shop does not know, which F3 reports as a discrepancy. */
      readonly unknown: { readonly barcode: string; readonly qty: number } | null;
    }
  | { readonly step: 'done'; readonly code: string };

export type ReceiveIntent =
  | { readonly do: 'open'; readonly code: string }
  | { readonly do: 'pick'; readonly index: number }
  | { readonly do: 'receive'; readonly barcode: string; readonly lot: string | null; readonly expiry: string | null; readonly qty: number; readonly damaged: boolean }
  | { readonly do: 'set'; readonly state: ReceiveState }
  | { readonly do: 'refuse'; readonly reason: MessageKey }
  | { readonly do: 'nothing' };

/**
 * The shipments the list offers for receiving: announced or being received. The dock's list also
 * has received shipments whose units still wait at the dock (for putaway); scanning items against
 * those is refused (409), so they are not offered here.
 */
export function receivable(dock: readonly DockShipment[]): DockShipment[] {
  return dock.filter((s) => s.status === 'ANNOUNCED' || s.status === 'RECEIVING');
}

export function counting(code: string): ReceiveState {
  return { step: 'count', code, qty: 1, damaged: false, unknown: null };
}

/** What a scan means in the current step. */
export function receiveScan(state: ReceiveState, scan: Scan): ReceiveIntent {
  if (scan.kind === 'empty') return { do: 'nothing' };
  if (scan.kind === 'bad-check-digit') return { do: 'refuse', reason: 'scan.badCheckDigit' };
  if (scan.kind === 'asn') return { do: 'open', code: scan.code };
  switch (state.step) {
    case 'choose':
    case 'done':
      if (scan.kind === 'qty') return { do: 'pick', index: scan.qty - 1 };
      return { do: 'refuse', reason: 'scan.receive.scanAsn' };
    case 'count':
      if (scan.kind === 'qty') {
        if (scan.qty > RECEIVE_QTY_MAX) return { do: 'refuse', reason: 'scan.qtyTooLarge' };
        return { do: 'set', state: { ...state, qty: scan.qty } };
      }
      if (scan.kind === 'count') return { do: 'refuse', reason: 'scan.receive.notACount' };
      if (scan.kind === 'item') return { do: 'receive', barcode: scan.barcode, lot: scan.lot, expiry: scan.expiry, qty: state.qty, damaged: state.damaged };
      return { do: 'receive', barcode: scan.text, lot: null, expiry: null, qty: state.qty, damaged: state.damaged };
  }
}

/** After a counted scan: quantity back to 1, damaged off, nothing unknown pending. */
export function afterReceived(state: ReceiveState): ReceiveState {
  return state.step === 'count' ? { ...state, qty: 1, damaged: false, unknown: null } : state;
}

/** After the server said no SKU of the shop has this barcode: F3 may report it. */
export function afterUnknown(state: ReceiveState, barcode: string): ReceiveState {
  return state.step === 'count' ? { ...state, unknown: { barcode, qty: state.qty }, qty: 1, damaged: false } : state;
}

export function toggleDamaged(state: ReceiveState): ReceiveState {
  return state.step === 'count' ? { ...state, damaged: !state.damaged } : state;
}

/** Esc: from counting back to the list (the shipment stays as counted); from the list, leave. */
export function receiveBack(state: ReceiveState): ReceiveState | null {
  return state.step === 'choose' ? null : { step: 'choose' };
}
