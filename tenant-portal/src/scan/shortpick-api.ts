// The pick-exception API as the storekeeper's short-picks page uses it
// (/api/v1/ops/picking/exceptions…): the open short picks of every shop, and the resolution of one
// (re-pick the missing units from other bins, or close it with a note). The POST carries a fresh
// Idempotency-Key, so a key pressed again after a lost answer is not applied twice.
import type { Call } from '../api';

export type ShortPickAction = 'REPICK' | 'CLOSE';

/** A short pick: the bin held fewer units than the order's pick wanted. */
export interface ShortPick {
  readonly id: string;
  readonly tenant: string;
  readonly orderId: string;
  readonly orderNumber: string | null;
  readonly listId: string | null;
  readonly tote: string | null;
  readonly sku: string;
  readonly lot: string | null;
  /** The barcode of the bin that was short. */
  readonly bin: string;
  readonly expected: number;
  readonly picked: number;
  readonly reason: string | null;
  readonly raisedBy: string | null;
  /** ISO instant. */
  readonly raisedAt: string | null;
  readonly resolvedBy: string | null;
  readonly resolvedAt: string | null;
  /** The resolution's note. */
  readonly resolution: string | null;
  /** How it was resolved; null while open. */
  readonly action: ShortPickAction | null;
}

/** The server leaves null fields out of its JSON: every optional field is read back as null here. */
export function normalShortPick(raw: ShortPick): ShortPick {
  return {
    ...raw,
    orderNumber: raw.orderNumber ?? null,
    listId: raw.listId ?? null,
    tote: raw.tote ?? null,
    lot: raw.lot ?? null,
    expected: raw.expected ?? 0,
    picked: raw.picked ?? 0,
    reason: raw.reason ?? null,
    raisedBy: raw.raisedBy ?? null,
    raisedAt: raw.raisedAt ?? null,
    resolvedBy: raw.resolvedBy ?? null,
    resolvedAt: raw.resolvedAt ?? null,
    resolution: raw.resolution ?? null,
    action: raw.action ?? null,
  };
}

const at = (id: string) => `ops/picking/exceptions/${encodeURIComponent(id)}`;

export function shortPickApi(call: (spec: Call) => Promise<unknown>) {
  return {
    /** The open short picks of every shop, oldest first (the server sends at most 200). */
    async open(): Promise<ShortPick[]> {
      const list = ((await call({ method: 'GET', path: 'ops/picking/exceptions' })) as ShortPick[] | null) ?? [];
      return list.map(normalShortPick);
    },
    /** Resolves one as its shop; the note is left out when there is none (a re-pick needs none). */
    async resolve(pick: ShortPick, action: ShortPickAction, note: string | null): Promise<ShortPick> {
      const body = note === null ? { tenant: pick.tenant, action } : { tenant: pick.tenant, action, note };
      const resolved = await call({
        method: 'POST',
        path: `${at(pick.id)}/resolution`,
        body: JSON.stringify(body),
        contentType: 'application/json',
        idempotencyKey: crypto.randomUUID(),
      });
      return normalShortPick(resolved as ShortPick);
    },
  };
}

export type ShortPickApi = ReturnType<typeof shortPickApi>;
