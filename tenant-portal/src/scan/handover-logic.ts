// The handover page's steps, pure. The open manifests are listed; a carrier's F-key opens its open
// manifest or starts one (one open manifest per carrier), a scanned manifest code or a typed line
// number opens that one. Then every parcel handed to the carrier's driver is scanned onto it (the
// server refuses unknown parcels, another carrier's, unpacked ones and parcels on a manifest
// already); F2 takes the last one off again; F4 closes the manifest after a confirming second
// press (or Enter on the prompt): its parcels are handed over.
import type { MessageKey } from '../i18n';
import { CARRIERS, type Carrier, type Manifest } from './handover-api';
import type { ActionKey } from './page';
import type { Scan } from './scan';

export type HandoverState =
  | { readonly step: 'choose' }
  | {
      readonly step: 'manifest';
      readonly manifest: Manifest;
      /** The parcel scanned last on this screen, which F2 takes off first. */
      readonly last: string | null;
      /** F4 was pressed once: F4 again or Enter closes the manifest, any other scan cancels. */
      readonly confirming: boolean;
    };

export type HandoverIntent =
  | { readonly do: 'open'; readonly idOrCode: string }
  | { readonly do: 'start'; readonly carrier: Carrier }
  | { readonly do: 'scanParcel'; readonly manifest: string; readonly barcode: string }
  | { readonly do: 'takeOff'; readonly manifest: string; readonly number: string }
  | { readonly do: 'confirm' }
  | { readonly do: 'close'; readonly manifest: string }
  | { readonly do: 'reload' }
  | { readonly do: 'refuse'; readonly reason: MessageKey; readonly params?: Readonly<Record<string, string | number>> }
  | { readonly do: 'nothing' };

/** Carriers' F-keys on the list: F1 POST, F2 COURIER, F3 CARRIER, F4 PARCEL_LOCKER. */
export const CARRIER_KEYS: readonly { readonly key: ActionKey; readonly carrier: Carrier }[] = CARRIERS.map((carrier, i) => ({
  key: (['F1', 'F2', 'F3', 'F4'] as const)[i] as ActionKey,
  carrier,
}));

const isManifestCode = (text: string) => /^MAN-/i.test(text);

export function handoverScan(state: HandoverState, scan: Scan, open: readonly Manifest[]): HandoverIntent {
  if (scan.kind === 'bad-check-digit') return { do: 'refuse', reason: 'scan.badCheckDigit' };
  const text = scan.kind === 'text' ? scan.text : scan.kind === 'item' ? scan.barcode : null;
  if (state.step === 'choose') {
    if (scan.kind === 'empty') return { do: 'reload' };
    if (scan.kind === 'qty') {
      const chosen = open[scan.qty - 1];
      return chosen ? { do: 'open', idOrCode: chosen.code } : { do: 'refuse', reason: 'scan.noSuchLine', params: { n: scan.qty } };
    }
    if (text !== null && isManifestCode(text)) return { do: 'open', idOrCode: text.toUpperCase() };
    return { do: 'refuse', reason: 'scan.handover.scanManifest' };
  }
  const manifest = state.manifest;
  if (scan.kind === 'empty') return state.confirming ? { do: 'close', manifest: manifest.id } : { do: 'nothing' };
  if (text !== null && isManifestCode(text)) return { do: 'open', idOrCode: text.toUpperCase() };
  if (manifest.status !== 'OPEN') return { do: 'refuse', reason: 'scan.handover.closed', params: { code: manifest.code } };
  if (text === null) return { do: 'refuse', reason: 'scan.handover.scanParcel' };
  return { do: 'scanParcel', manifest: manifest.id, barcode: text.toUpperCase() };
}

/** A carrier's F-key: its open manifest if it has one, else a new one. */
export function carrierKey(carrier: Carrier, open: readonly Manifest[]): HandoverIntent {
  const existing = open.find((m) => m.carrier === carrier && m.status === 'OPEN');
  return existing ? { do: 'open', idOrCode: existing.code } : { do: 'start', carrier };
}

/** The parcel F2 takes off: the one scanned last here while it is still on, else the newest on the manifest. */
export function lastParcel(manifest: Manifest, last: string | null): string | null {
  if (last !== null && manifest.parcels.some((p) => p.number === last)) return last;
  const newest = [...manifest.parcels].sort((a, b) => (a.scannedAt ?? '').localeCompare(b.scannedAt ?? '')).at(-1);
  return newest?.number ?? null;
}

export function takeOffLast(state: HandoverState): HandoverIntent {
  if (state.step !== 'manifest') return { do: 'nothing' };
  if (state.manifest.status !== 'OPEN') return { do: 'refuse', reason: 'scan.handover.closed', params: { code: state.manifest.code } };
  const number = lastParcel(state.manifest, state.last);
  return number === null ? { do: 'refuse', reason: 'scan.handover.nothingToTakeOff' } : { do: 'takeOff', manifest: state.manifest.id, number };
}

/**
 * F4: the first press asks to confirm, the second (or Enter) closes. On a closed manifest whose
 * handover did not go through for some parcels (pending), F4 closes again at once to finish them.
 */
export function pressClose(state: HandoverState): HandoverIntent {
  if (state.step !== 'manifest') return { do: 'nothing' };
  const manifest = state.manifest;
  if (manifest.status !== 'OPEN') {
    return manifest.pending > 0 ? { do: 'close', manifest: manifest.id } : { do: 'refuse', reason: 'scan.handover.closed', params: { code: manifest.code } };
  }
  if (manifest.parcels.length === 0) return { do: 'refuse', reason: 'scan.handover.empty' };
  return state.confirming ? { do: 'close', manifest: manifest.id } : { do: 'confirm' };
}

/** A scan (not Enter) while the close waits for confirmation cancels it; the scan itself counts. */
export function cancelConfirm(state: HandoverState): HandoverState {
  return state.step === 'manifest' && state.confirming ? { ...state, confirming: false } : state;
}

/** Parcels a closing handed over: all on the manifest but the pending ones. */
export function handedOver(manifest: Manifest): number {
  return Math.max(0, manifest.totals.parcels - manifest.pending);
}

export function handoverPrompt(state: HandoverState): MessageKey {
  if (state.step === 'choose') return 'scan.prompt.manifest';
  if (state.confirming) return 'scan.prompt.confirmClose';
  return state.manifest.status === 'OPEN' ? 'scan.prompt.parcel' : 'scan.prompt.manifest';
}
