// The handover API as the dispatcher's handover page uses it (/api/v1/ops/manifests…). Every POST
// carries a fresh Idempotency-Key, so a scan repeated after a lost answer is not applied twice.
import type { Call } from '../api';
import type { MoneyView } from './pack-api';

/** Carriers are the orders' delivery methods; one open manifest per carrier at a time. */
export const CARRIERS = ['POST', 'COURIER', 'CARRIER', 'PARCEL_LOCKER'] as const;
export type Carrier = (typeof CARRIERS)[number];

export interface ManifestParcel {
  readonly number: string;
  readonly tenant: string;
  readonly orderNumber: string | null;
  readonly weightGrams: number | null;
  readonly box: string | null;
  readonly cod: MoneyView | null;
  readonly scannedAt: string | null;
  /** The parcel's status: PACKED on an open manifest, HANDED_OVER once the closing went through. */
  readonly status: string | null;
}

export interface ManifestTotals {
  readonly parcels: number;
  readonly weightGrams: number;
  readonly cod: readonly MoneyView[];
}

export interface Manifest {
  readonly id: string;
  readonly code: string;
  readonly carrier: string;
  readonly status: 'OPEN' | 'CLOSED';
  readonly openedBy: string | null;
  readonly openedAt: string | null;
  readonly closedBy: string | null;
  readonly closedAt: string | null;
  readonly parcels: readonly ManifestParcel[];
  readonly totals: ManifestTotals;
  /** Parcels of a CLOSED manifest whose handover did not go through yet: closing again finishes them. */
  readonly pending: number;
}

/** The server leaves null fields (and may leave empty lists) out of its JSON: read back as null / []. */
export function normalManifest(m: Manifest): Manifest {
  const parcels = (m.parcels ?? []).map((p) => ({
    ...p,
    orderNumber: p.orderNumber ?? null,
    weightGrams: p.weightGrams ?? null,
    box: p.box ?? null,
    cod: p.cod ?? null,
    scannedAt: p.scannedAt ?? null,
    status: p.status ?? null,
  }));
  const totals = m.totals ?? { parcels: parcels.length, weightGrams: 0, cod: [] };
  return {
    ...m,
    openedBy: m.openedBy ?? null,
    openedAt: m.openedAt ?? null,
    closedBy: m.closedBy ?? null,
    closedAt: m.closedAt ?? null,
    parcels,
    totals: { parcels: totals.parcels ?? parcels.length, weightGrams: totals.weightGrams ?? 0, cod: totals.cod ?? [] },
    pending: m.pending ?? 0,
  };
}

const key = () => crypto.randomUUID();
const json = (body: unknown) => ({ body: JSON.stringify(body), contentType: 'application/json', idempotencyKey: key() });
const at = (id: string) => `ops/manifests/${encodeURIComponent(id)}`;

export function handoverApi(call: (spec: Call) => Promise<unknown>) {
  const manifest = async (spec: Call) => normalManifest((await call(spec)) as Manifest);
  return {
    async open(): Promise<Manifest[]> {
      const list = ((await call({ method: 'GET', path: 'ops/manifests', query: { status: 'OPEN' } })) as Manifest[] | null) ?? [];
      return list.map(normalManifest);
    },
    /** By id or by code: scanning the code opens it. */
    get(idOrCode: string): Promise<Manifest> {
      return manifest({ method: 'GET', path: at(idOrCode) });
    },
    start(carrier: string): Promise<Manifest> {
      return manifest({ method: 'POST', path: 'ops/manifests', ...json({ carrier }) });
    },
    scanParcel(id: string, barcode: string): Promise<Manifest> {
      return manifest({ method: 'POST', path: `${at(id)}/parcel-scans`, ...json({ barcode }) });
    },
    takeOff(id: string, number: string): Promise<Manifest> {
      return manifest({ method: 'DELETE', path: `${at(id)}/parcels/${encodeURIComponent(number)}`, idempotencyKey: key() });
    },
    close(id: string): Promise<Manifest> {
      return manifest({ method: 'POST', path: `${at(id)}/closing`, ...json({}) });
    },
  };
}

export type HandoverApi = ReturnType<typeof handoverApi>;
