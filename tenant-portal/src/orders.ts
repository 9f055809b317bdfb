// The order list's logic without the DOM: status names and stages, the filters as they stand in
// the address (#/orders?stage=…), and the filters as the API takes them, with the shop's days
// turned into instants in the shop's time zone.
import { ORDER_STATUSES, type OrderListQuery, type OrderStatus, type StatusCounts } from './api';
import type { MessageKey, Text } from './i18n';
import { nextDay, parseIsoDate, startOfDay } from './zone';

/**
 * Where an order is, in the words a shop owner uses: each status belongs to one stage, and the
 * list's tabs are the stages, so that 18 statuses fit on one line and each order's place is clear.
 */
export const STAGES = [
  { id: 'confirmation', statuses: ['RECEIVED', 'AWAITING_CONFIRMATION', 'UNREACHABLE_HOLD'] },
  { id: 'warehouse', statuses: ['CONFIRMED', 'ALLOCATED', 'BACKORDERED', 'PICKING', 'PACKED'] },
  { id: 'delivery', statuses: ['HANDED_TO_CARRIER', 'IN_TRANSIT', 'OUT_FOR_DELIVERY'] },
  { id: 'delivered', statuses: ['DELIVERED'] },
  { id: 'returns', statuses: ['REFUSED', 'UNDELIVERED', 'RETURNING', 'RETURNED'] },
  { id: 'cancelled', statuses: ['CANCELLED', 'REJECTED'] },
] as const satisfies readonly { id: string; statuses: readonly OrderStatus[] }[];

export type StageId = (typeof STAGES)[number]['id'];

const STAGE_IDS: readonly string[] = STAGES.map((stage) => stage.id);

export function isStage(value: string): value is StageId {
  return STAGE_IDS.includes(value);
}

export function isOrderStatus(value: string): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value);
}

export function stageOf(status: OrderStatus): StageId {
  for (const stage of STAGES) if ((stage.statuses as readonly OrderStatus[]).includes(status)) return stage.id;
  return 'confirmation'; // unreachable: every status is in a stage (see orders.test.ts)
}

export function statusesOf(stage: StageId): readonly OrderStatus[] {
  return STAGES.find((candidate) => candidate.id === stage)?.statuses ?? [];
}

/** The status's name for people ("Awaiting confirmation call"), and a sentence on what it means. */
export function statusLabel(status: OrderStatus): MessageKey {
  return `status.${status}`;
}

export function statusHint(status: OrderStatus): MessageKey {
  return `status.${status}.hint`;
}

export function stageLabel(stage: StageId): MessageKey {
  return `stage.${stage}`;
}

/** The shop may cancel until picking starts (the server's state machine decides; 409 otherwise). */
const CANCELLABLE: ReadonlySet<OrderStatus> = new Set(['RECEIVED', 'AWAITING_CONFIRMATION', 'UNREACHABLE_HOLD', 'CONFIRMED', 'BACKORDERED', 'ALLOCATED']);

export function canCancel(status: OrderStatus): boolean {
  return CANCELLABLE.has(status);
}

/** The count of each stage, summed from the server's per-status counts. */
export function stageCounts(counts: StatusCounts): Record<StageId, number> {
  const result = {} as Record<StageId, number>;
  for (const stage of STAGES) {
    result[stage.id] = stage.statuses.reduce((sum, status) => sum + (counts.counts[status] ?? 0), 0);
  }
  return result;
}

/**
 * The list's filters as the user set them. A status, when chosen, narrows the stage's tab to it.
 * Dates are the shop's calendar days (YYYY-MM-DD), both inclusive; empty means open.
 */
export interface OrderFilters {
  readonly stage: StageId | null;
  readonly status: OrderStatus | null;
  readonly from: string;
  readonly to: string;
  readonly phone: string;
  readonly external: string;
}

export const NO_FILTERS: OrderFilters = { stage: null, status: null, from: '', to: '', phone: '', external: '' };

const TEXT_MAX = 100;

/** Filters from the address's query; unknown or malformed values are dropped, never trusted. */
export function filtersFromParams(params: URLSearchParams): OrderFilters {
  const stage = params.get('stage') ?? '';
  const status = params.get('status') ?? '';
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return parseIsoDate(value) ? value : '';
  };
  const text = (name: string) => (params.get(name) ?? '').trim().slice(0, TEXT_MAX);
  const chosenStatus = isOrderStatus(status) ? status : null;
  return {
    // A status implies its stage, so the right tab is lit even for an address typed by hand.
    stage: chosenStatus ? stageOf(chosenStatus) : isStage(stage) ? stage : null,
    status: chosenStatus,
    from: date('from'),
    to: date('to'),
    phone: text('phone'),
    external: text('external'),
  };
}

/** The filters as the address's query ("stage=delivery&from=2025-03-01"), empty ones left out. */
export function filtersToParams(filters: OrderFilters): string {
  const params = new URLSearchParams();
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.status) params.set('status', filters.status);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.phone.trim()) params.set('phone', filters.phone.trim());
  if (filters.external.trim()) params.set('external', filters.external.trim());
  return params.toString();
}

export type DateRangeField = 'from' | 'to';

export type ListQueryResult =
  | { readonly ok: true; readonly query: OrderListQuery }
  | { readonly ok: false; readonly errors: Partial<Record<DateRangeField, Text>> };

/**
 * The filters as the API takes them: the chosen status, or all of the stage's; the days as
 * instants in the shop's zone, "to" made exclusive by taking the start of the next day.
 */
export function toListQuery(filters: OrderFilters, shopZone: string): ListQueryResult {
  const errors: Partial<Record<DateRangeField, Text>> = {};
  const range = dateRange(filters.from, filters.to, shopZone, errors);
  if (!range) return { ok: false, errors };
  return {
    ok: true,
    query: {
      status: filters.status ? [filters.status] : filters.stage ? statusesOf(filters.stage) : [],
      receivedFrom: range.from,
      receivedTo: range.to,
      phone: filters.phone.trim(),
      externalNumber: filters.external.trim(),
    },
  };
}

/** [from, to] shop days → [start of from, start of the day after to) as ISO instants. */
export function dateRange(
  from: string,
  to: string,
  shopZone: string,
  errors: Partial<Record<DateRangeField, Text>> = {},
): { from: string | null; to: string | null } | null {
  const start = from ? startOfDay(from, shopZone) : null;
  const dayAfter = to ? nextDay(to) : null;
  const end = dayAfter ? startOfDay(dayAfter, shopZone) : null;
  if (from && !start) errors.from = { key: 'orders.filter.badDate' };
  if (to && !end) errors.to = { key: 'orders.filter.badDate' };
  if (start && end && from > to) errors.to = { key: 'orders.filter.toBeforeFrom' };
  return Object.keys(errors).length > 0 ? null : { from: start, to: end };
}

export type FilterField = 'status' | 'from' | 'to' | 'phone' | 'external';

/**
 * The filter input a server field of the list's query names: the phone the server could not
 * read is shown at the phone input, a bad receivedTo at the "to" date, and so on.
 */
export function filterFieldFor(serverField: string): FilterField | null {
  const fields: Readonly<Record<string, FilterField>> = {
    status: 'status',
    receivedFrom: 'from',
    receivedTo: 'to',
    phone: 'phone',
    externalNumber: 'external',
  };
  return fields[serverField] ?? null;
}

/** Who made a change, for people: the platform's own moves are named so. */
export function actorText(actor: string): Text {
  return actor === 'system' ? { key: 'order.actor.system' } : { raw: actor };
}

/**
 * The reasons the platform itself writes (OrderService, BatchIntake) in the shop's language; a
 * person's reason is shown as it was typed. The server sends these as English text, not codes, so
 * they are matched exactly; one it adds later shows in English until it is listed here.
 */
const SYSTEM_REASONS: Readonly<Record<string, MessageKey>> = {
  'received via API': 'order.reason.api',
  'received via batch': 'order.reason.batch',
  'received via CSV import': 'order.reason.csv',
  "awaiting the buyer's confirmation": 'order.reason.awaitingConfirmation',
};

export function reasonText(reason: string | null): Text {
  if (reason === null || reason.trim() === '') return { key: 'order.none' };
  const key = SYSTEM_REASONS[reason];
  return key ? { key } : { raw: reason };
}
