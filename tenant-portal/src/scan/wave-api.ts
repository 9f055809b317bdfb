// The wave API as the storekeeper's wave page uses it: the backlog of shops with ALLOCATED orders
// not yet in a wave, and the release of one shop's wave (/api/v1/ops/picking/…).
import type { Call } from '../api';

/** A shop whose ALLOCATED orders wait for a wave. */
export interface BacklogShop {
  readonly tenant: string;
  readonly name: string;
  readonly allocated: number;
}

/** One order's pick list in a released wave. */
export interface WaveList {
  readonly listId: string;
  readonly orderId: string;
  readonly orderNumber: string | null;
  readonly deliveryMethod: string;
  readonly tote: string;
  readonly picks: number;
  readonly units: number;
}

export interface Wave {
  readonly id: string;
  readonly code: string;
  readonly tenant: string;
  readonly releasedBy: string;
  readonly releasedAt: string;
  readonly lists: readonly WaveList[];
}

const key = () => crypto.randomUUID();
const json = (body: unknown) => ({ body: JSON.stringify(body), contentType: 'application/json', idempotencyKey: key() });

/** The server leaves null fields out of its JSON: they are read back as null here. */
export function normalWave(wave: Wave): Wave {
  return { ...wave, lists: (wave.lists ?? []).map((l) => ({ ...l, orderNumber: l.orderNumber ?? null })) };
}

export function waveApi(call: (spec: Call) => Promise<unknown>) {
  return {
    async backlog(): Promise<BacklogShop[]> {
      return ((await call({ method: 'GET', path: 'ops/picking/backlog' })) as BacklogShop[] | null) ?? [];
    },
    async release(tenant: string): Promise<Wave> {
      return normalWave((await call({ method: 'POST', path: 'ops/picking/waves', ...json({ tenant }) })) as Wave);
    },
  };
}

export type WaveApi = ReturnType<typeof waveApi>;
