// The putaway page's steps: choose a shipment, then an item (scan it, or type the task's number),
// see the suggested bin, scan the bin the units went into (a typed number first changes how many).
import type { MessageKey } from '../i18n';
import type { PutawayTask } from './scan-api';
import type { Scan } from './scan';

export type PutawayState =
  | { readonly step: 'choose' }
  | { readonly step: 'item'; readonly code: string }
  | { readonly step: 'bin'; readonly code: string; readonly task: PutawayTask; readonly barcode: string; readonly qty: number };

export type PutawayIntent =
  | { readonly do: 'open'; readonly code: string }
  | { readonly do: 'pick'; readonly index: number }
  | { readonly do: 'set'; readonly state: PutawayState }
  | { readonly do: 'putAway'; readonly code: string; readonly barcode: string; readonly lot: string | null; readonly bin: string; readonly qty: number }
  | { readonly do: 'refuse'; readonly reason: MessageKey; readonly params?: Readonly<Record<string, string | number>> }
  | { readonly do: 'nothing' };

/** The task an item scan means: the first one whose SKU has the barcode (and the lot, if scanned). */
export function taskOf(tasks: readonly PutawayTask[], barcode: string, lot: string | null): PutawayTask | null {
  return tasks.find((task) => task.barcodes.includes(barcode) && (lot === null || task.lot === lot)) ?? null;
}

export function putawayScan(state: PutawayState, scan: Scan, tasks: readonly PutawayTask[]): PutawayIntent {
  if (scan.kind === 'empty') return { do: 'nothing' };
  if (scan.kind === 'bad-check-digit') return { do: 'refuse', reason: 'scan.badCheckDigit' };
  if (scan.kind === 'asn') return { do: 'open', code: scan.code };
  switch (state.step) {
    case 'choose':
      if (scan.kind === 'qty') return { do: 'pick', index: scan.qty - 1 };
      return { do: 'refuse', reason: 'scan.receive.scanAsn' };
    case 'item': {
      if (scan.kind === 'qty') {
        const task = tasks[scan.qty - 1];
        if (!task) return { do: 'refuse', reason: 'scan.putaway.noSuchTask', params: { n: scan.qty } };
        return { do: 'set', state: binStep(state.code, task, task.barcodes[0] ?? '') };
      }
      const barcode = scan.kind === 'item' ? scan.barcode : scan.kind === 'text' ? scan.text : null;
      if (barcode === null) return { do: 'refuse', reason: 'scan.putaway.scanItem' };
      const task = taskOf(tasks, barcode, scan.kind === 'item' ? scan.lot : null);
      if (!task) return { do: 'refuse', reason: 'scan.putaway.notWaiting' };
      return { do: 'set', state: binStep(state.code, task, barcode) };
    }
    case 'bin': {
      if (scan.kind === 'qty') {
        if (scan.qty > state.task.qty) return { do: 'refuse', reason: 'scan.putaway.tooMany', params: { qty: state.task.qty } };
        return { do: 'set', state: { ...state, qty: scan.qty } };
      }
      if (scan.kind === 'item') return { do: 'refuse', reason: 'scan.putaway.scanBin' };
      if (scan.kind !== 'text') return { do: 'refuse', reason: 'scan.putaway.scanBin' };
      return { do: 'putAway', code: state.code, barcode: state.barcode, lot: state.task.lot, bin: scan.text, qty: state.qty };
    }
  }
}

function binStep(code: string, task: PutawayTask, barcode: string): PutawayState {
  return { step: 'bin', code, task, barcode, qty: task.qty };
}

export function putawayBack(state: PutawayState): PutawayState | null {
  switch (state.step) {
    case 'choose':
      return null;
    case 'item':
      return { step: 'choose' };
    case 'bin':
      return { step: 'item', code: state.code };
  }
}
