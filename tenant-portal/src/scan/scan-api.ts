// The warehouse API as the scanner pages use it (staff endpoints under /api/v1/ops/…). Every POST
// carries a fresh Idempotency-Key, so a scan repeated after a lost answer is not counted twice.
import type { Call } from '../api';

export interface ShipmentLine {
  readonly line: number;
  readonly sku: string;
  readonly lot: string | null;
  readonly announced: boolean;
  readonly expected: number;
  readonly received: number;
  readonly damaged: number;
  readonly putAway: number;
  readonly awaitingPutaway: number;
}

export interface Discrepancy {
  readonly kind: string;
  readonly sku: string | null;
  readonly lot: string | null;
  readonly barcode: string | null;
  readonly qty: number;
  readonly note: string | null;
}

export interface Shipment {
  readonly code: string;
  readonly reference: string;
  readonly status: string;
  readonly expectedOn: string | null;
  readonly lines: readonly ShipmentLine[];
  readonly discrepancies: readonly Discrepancy[];
}

/** An open shipment in the dock's list (any shop). */
export interface DockShipment {
  readonly code: string;
  readonly tenant: string;
  readonly reference: string;
  readonly status: string;
  readonly expectedOn: string | null;
  readonly expectedUnits: number;
  readonly receivedUnits: number;
  readonly awaitingPutaway: number;
}

export interface ScanResult {
  readonly code: string;
  readonly status: string;
  readonly line: ShipmentLine;
}

export interface PutawayTask {
  readonly sku: string;
  readonly name: string | null;
  readonly barcodes: readonly string[];
  readonly lot: string | null;
  readonly qty: number;
  readonly suggestedBin: string | null;
  readonly suggestedAddress: string | null;
}

export interface PutawayResult {
  readonly line: ShipmentLine;
  readonly movement: { readonly sku: string; readonly toBin: string | null; readonly qty: number };
}

/** A count as the counter sees it: the bins, never what the books expect in them. */
export interface CountBin {
  readonly bin: string;
  readonly address: string;
  readonly counted: boolean;
}

export interface CountView {
  readonly code: string;
  readonly tenant: string;
  readonly status: string;
  readonly round: number;
  readonly bins: readonly CountBin[];
}

export interface OpenCount {
  readonly code: string;
  readonly tenant: string;
  readonly status: string;
  readonly bins: number;
  readonly countedBins: number;
}

export interface TallyItem {
  readonly barcode: string;
  readonly qty: number;
}

const key = () => crypto.randomUUID();
const json = (body: unknown) => ({ body: JSON.stringify(body), contentType: 'application/json', idempotencyKey: key() });
const at = (code: string) => `ops/inbound/${encodeURIComponent(code)}`;
const countAt = (code: string) => `ops/counts/${encodeURIComponent(code)}`;

export function scanApi(call: (spec: Call) => Promise<unknown>) {
  return {
    async dock(): Promise<DockShipment[]> {
      return ((await call({ method: 'GET', path: 'ops/inbound' })) as DockShipment[] | null) ?? [];
    },
    async shipment(code: string): Promise<Shipment> {
      return (await call({ method: 'GET', path: at(code) })) as Shipment;
    },
    async receive(code: string, barcode: string, lot: string | null, qty: number, damaged: boolean): Promise<ScanResult> {
      return (await call({ method: 'POST', path: `${at(code)}/scans`, ...json({ barcode, lot, qty, damaged }) })) as ScanResult;
    },
    async reportUnknown(code: string, barcode: string, qty: number): Promise<Shipment> {
      return (await call({ method: 'POST', path: `${at(code)}/unknown-barcodes`, ...json({ barcode, qty }) })) as Shipment;
    },
    async close(code: string): Promise<Shipment> {
      return (await call({ method: 'POST', path: `${at(code)}/closure`, idempotencyKey: key() })) as Shipment;
    },
    async putawayTasks(code: string): Promise<PutawayTask[]> {
      return ((await call({ method: 'GET', path: `${at(code)}/putaway` })) as PutawayTask[] | null) ?? [];
    },
    async putAway(code: string, barcode: string, lot: string | null, bin: string, qty: number): Promise<PutawayResult> {
      return (await call({ method: 'POST', path: `${at(code)}/putaways`, ...json({ barcode, lot, bin, qty }) })) as PutawayResult;
    },
    async openCounts(): Promise<OpenCount[]> {
      return ((await call({ method: 'GET', path: 'ops/counts' })) as OpenCount[] | null) ?? [];
    },
    async count(code: string): Promise<CountView> {
      return (await call({ method: 'GET', path: countAt(code) })) as CountView;
    },
    async tally(code: string, bin: string, items: readonly TallyItem[]): Promise<CountView> {
      return (await call({ method: 'POST', path: `${countAt(code)}/tallies`, ...json({ bin, items }) })) as CountView;
    },
  };
}

export type ScanApi = ReturnType<typeof scanApi>;
