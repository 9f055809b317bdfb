// The picking API as the scanner's pick page uses it (/api/v1/ops/picking/lists…). Every POST
// carries a fresh Idempotency-Key, so a scan repeated after a lost answer is not applied twice.
import type { Call } from '../api';

export type PickStep = 'BIN' | 'ITEM' | 'QTY' | 'DONE';

export interface PickLine {
  readonly id: string;
  readonly seq: number;
  readonly bin: string;
  readonly binAddress: string;
  readonly sku: string;
  readonly name: string | null;
  readonly barcodes: readonly string[];
  readonly lot: string | null;
  readonly qty: number;
  readonly pickedQty: number | null;
  readonly status: 'OPEN' | 'PICKED' | 'SHORT';
  readonly step: PickStep;
}

export interface PickList {
  readonly id: string;
  readonly tenant: string;
  readonly orderId: string;
  readonly orderNumber: string | null;
  readonly tote: string;
  readonly status: 'OPEN' | 'CLAIMED' | 'PICKED';
  readonly picksDone: number;
  readonly picksTotal: number;
  readonly current: PickLine | null;
  readonly picks: readonly PickLine[];
}

/** The server leaves null fields out of its JSON: a finished list arrives without "current". */
export function normalList(list: PickList): PickList {
  return { ...list, current: list.current ?? null };
}

const key = () => crypto.randomUUID();
const json = (body: unknown) => ({ body: JSON.stringify(body), contentType: 'application/json', idempotencyKey: key() });
const at = (id: string) => `ops/picking/lists/${encodeURIComponent(id)}`;

export function pickApi(call: (spec: Call) => Promise<unknown>) {
  return {
    /** The list the picker holds, else the next one; null when no list waits (204). */
    async next(): Promise<PickList | null> {
      const list = (await call({ method: 'POST', path: 'ops/picking/lists/next', ...json({}) })) as PickList | null;
      return list ? normalList(list) : null;
    },
    async list(id: string): Promise<PickList> {
      return normalList((await call({ method: 'GET', path: at(id) })) as PickList);
    },
    async scanBin(id: string, barcode: string): Promise<PickList> {
      return normalList((await call({ method: 'POST', path: `${at(id)}/bin-scans`, ...json({ barcode }) })) as PickList);
    },
    async scanItem(id: string, barcode: string): Promise<PickList> {
      return normalList((await call({ method: 'POST', path: `${at(id)}/item-scans`, ...json({ barcode }) })) as PickList);
    },
    async confirm(id: string, qty: number, reason: string | null): Promise<PickList> {
      return normalList((await call({ method: 'POST', path: `${at(id)}/confirmations`, ...json({ qty, reason }) })) as PickList);
    },
  };
}

export type PickApi = ReturnType<typeof pickApi>;
