// The packing API as the packer's pack page uses it (/api/v1/ops/packing/…). Every POST carries a
// fresh Idempotency-Key, so a scan repeated after a lost answer is not applied twice.
import type { Call } from '../api';

/** A box at the packing station; its barcode is its code. */
export interface Box {
  readonly code: string;
  readonly name: string;
  readonly lengthMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly maxWeightGrams: number;
}

export interface ParcelItem {
  readonly sku: string;
  readonly name: string | null;
  readonly barcodes: readonly string[];
  readonly expected: number;
  readonly scanned: number;
}

/** A unit in the box that the order does not want (unknown, not in the order, or one too many). */
export interface ParcelExtra {
  readonly barcode: string;
  readonly sku: string | null;
  readonly name: string | null;
  readonly qty: number;
}

export interface LastScan {
  readonly barcode: string;
  readonly sku: string | null;
  /** OK: the order wants it; EXTRA: it does not (take it out); REMOVED: taken out (item-removals). */
  readonly result: 'OK' | 'EXTRA' | 'REMOVED';
}

export type ParcelStatus = 'OPEN' | 'PACKED' | 'HANDED_OVER';

export interface Parcel {
  readonly id: string;
  readonly number: string;
  readonly tenant: string;
  readonly orderId: string;
  readonly orderNumber: string | null;
  readonly tote: string;
  readonly deliveryMethod: string;
  readonly status: ParcelStatus;
  readonly packer: string | null;
  readonly box: string | null;
  readonly weightGrams: number | null;
  readonly manifest: string | null;
  readonly items: readonly ParcelItem[];
  readonly extras: readonly ParcelExtra[];
  readonly missing: number;
  readonly extra: number;
  readonly complete: boolean;
  readonly lastScan: LastScan | null;
}

export interface MoneyView {
  readonly amountMinor: number;
  readonly currency: string;
}

export interface Label {
  readonly parcelNumber: string;
  readonly barcode: string;
  readonly orderNumber: string | null;
  readonly shop: { readonly id: string; readonly name: string };
  readonly recipient: { readonly name: string; readonly phone: string | null; readonly address: string };
  readonly deliveryMethod: string;
  readonly deliveryDate: string | null;
  readonly cod: MoneyView | null;
  readonly weightGrams: number | null;
  readonly box: string | null;
  readonly packedAt: string | null;
}

/** The server leaves null fields (and may leave empty lists) out of its JSON: read back as null / []. */
export function normalParcel(p: Parcel): Parcel {
  return {
    ...p,
    orderNumber: p.orderNumber ?? null,
    packer: p.packer ?? null,
    box: p.box ?? null,
    weightGrams: p.weightGrams ?? null,
    manifest: p.manifest ?? null,
    items: (p.items ?? []).map((i) => ({ ...i, name: i.name ?? null, barcodes: i.barcodes ?? [], scanned: i.scanned ?? 0 })),
    extras: (p.extras ?? []).map((e) => ({ ...e, sku: e.sku ?? null, name: e.name ?? null })),
    missing: p.missing ?? 0,
    extra: p.extra ?? 0,
    complete: p.complete ?? false,
    lastScan: p.lastScan ? { ...p.lastScan, sku: p.lastScan.sku ?? null } : null,
  };
}

export function normalLabel(l: Label): Label {
  return {
    ...l,
    barcode: l.barcode ?? l.parcelNumber,
    orderNumber: l.orderNumber ?? null,
    recipient: { ...l.recipient, phone: l.recipient?.phone ?? null, name: l.recipient?.name ?? '', address: l.recipient?.address ?? '' },
    deliveryDate: l.deliveryDate ?? null,
    cod: l.cod ?? null,
    weightGrams: l.weightGrams ?? null,
    box: l.box ?? null,
    packedAt: l.packedAt ?? null,
  };
}

const key = () => crypto.randomUUID();
const json = (body: unknown) => ({ body: JSON.stringify(body), contentType: 'application/json', idempotencyKey: key() });
const at = (id: string) => `ops/packing/parcels/${encodeURIComponent(id)}`;

export function packApi(call: (spec: Call) => Promise<unknown>) {
  const parcel = async (spec: Call) => normalParcel((await call(spec)) as Parcel);
  return {
    async boxes(): Promise<Box[]> {
      return ((await call({ method: 'GET', path: 'ops/packing/boxes' })) as Box[] | null) ?? [];
    },
    /** The tote's order's parcel: a new one, or the one already open (resumed). */
    open(tote: string): Promise<Parcel> {
      return parcel({ method: 'POST', path: 'ops/packing/parcels', ...json({ tote }) });
    },
    get(id: string): Promise<Parcel> {
      return parcel({ method: 'GET', path: at(id) });
    },
    scanItem(id: string, barcode: string): Promise<Parcel> {
      return parcel({ method: 'POST', path: `${at(id)}/item-scans`, ...json({ barcode }) });
    },
    removeItem(id: string, barcode: string): Promise<Parcel> {
      return parcel({ method: 'POST', path: `${at(id)}/item-removals`, ...json({ barcode }) });
    },
    close(id: string, box: string, weightGrams: number): Promise<Parcel> {
      return parcel({ method: 'POST', path: `${at(id)}/closing`, ...json({ box, weightGrams }) });
    },
    async label(id: string): Promise<Label> {
      return normalLabel((await call({ method: 'GET', path: `${at(id)}/label` })) as Label);
    },
  };
}

export type PackApi = ReturnType<typeof packApi>;
