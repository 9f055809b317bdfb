// The platform's REST API as the portal uses it: wire types, one request function that adds the
// bearer token and turns every failure into an ApiError, and one method per call.

export interface PortalConfig {
  readonly keycloakUrl: string;
  readonly realm: string;
  readonly clientId: string;
}

export interface TenantView {
  readonly id: string;
  readonly name: string;
  readonly legalName: string;
  readonly taxId: string;
  readonly currency: string;
  readonly timeZone: string;
  readonly callWindowStart: string;
  readonly callWindowEnd: string;
}

export interface MoneyView {
  readonly amountMinor: number;
  readonly currency: string;
}

export interface SkuView {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly barcodes: readonly string[];
  readonly weightGrams: number | null;
  readonly lengthMm: number | null;
  readonly widthMm: number | null;
  readonly heightMm: number | null;
  readonly price: MoneyView | null;
  readonly expiryTracked: boolean;
  /** Other SKU codes the call-centre may offer when this one is short, preferred first. */
  readonly substitutes?: readonly string[];
  readonly version: number;
}

export interface SkuPage {
  readonly items: readonly SkuView[];
  readonly nextCursor: string | null;
}

/** The currency is not sent: the server takes the tenant's. Empty numeric fields are sent as null. */
export interface CreateSkuRequest {
  readonly sku: string;
  readonly name: string;
  readonly barcodes: readonly string[];
  readonly weightGrams: number | null;
  readonly lengthMm: number | null;
  readonly widthMm: number | null;
  readonly heightMm: number | null;
  readonly priceMinor: number | null;
  readonly expiryTracked: boolean;
  readonly substitutes?: readonly string[];
}

export interface ImportResult {
  readonly imported: number;
}

/** The order statuses of DESIGN §3, in lifecycle order (as the server lists its counts). */
export const ORDER_STATUSES = [
  'RECEIVED',
  'AWAITING_CONFIRMATION',
  'UNREACHABLE_HOLD',
  'CONFIRMED',
  'CANCELLED',
  'REJECTED',
  'ALLOCATED',
  'BACKORDERED',
  'PICKING',
  'PACKED',
  'HANDED_TO_CARRIER',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'REFUSED',
  'UNDELIVERED',
  'RETURNING',
  'RETURNED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_FORMS = ['COD_CASH', 'COD_CARD', 'PREPAID'] as const;
export type PaymentForm = (typeof PAYMENT_FORMS)[number];

export const DELIVERY_METHODS = ['COURIER', 'POST', 'PARCEL_LOCKER', 'CARRIER'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export interface OrderAddressView {
  readonly country: string;
  readonly region: string | null;
  readonly city: string;
  readonly street: string;
  readonly postalCode: string | null;
}

/** phone is E.164; timeZone is the buyer's IANA zone (delivery date and slot are in it). */
export interface OrderBuyerView {
  readonly name: string;
  readonly phone: string;
  readonly email: string | null;
  readonly address: OrderAddressView;
  readonly timeZone: string;
}

export interface OrderLineView {
  readonly sku: string;
  readonly name: string;
  readonly qty: number;
  readonly unitPriceMinor: number;
  readonly amountMinor: number;
}

/** codAmountMinor is what the courier collects at the door (0 when prepaid). */
export interface OrderTotalsView {
  readonly goodsTotalMinor: number;
  readonly deliveryFeeMinor: number;
  readonly codAmountMinor: number;
  readonly currency: string;
}

export interface OrderView {
  readonly id: string;
  readonly externalNumber: string | null;
  readonly status: OrderStatus;
  readonly buyer: OrderBuyerView;
  readonly lines: readonly OrderLineView[];
  readonly totals: OrderTotalsView;
  readonly paymentForm: PaymentForm;
  readonly deliveryDate: string | null;
  readonly slotFrom: string | null;
  readonly slotTo: string | null;
  readonly deliveryMethod: DeliveryMethod;
  readonly notes: string | null;
  /** An ISO instant (UTC). */
  readonly receivedAt: string;
  readonly version: number;
}

export interface OrderPage {
  readonly items: readonly OrderView[];
  readonly nextCursor: string | null;
}

/** One status change; from is null for the intake. */
export interface OrderEventView {
  readonly sequence: number;
  readonly from: OrderStatus | null;
  readonly to: OrderStatus;
  readonly actor: string;
  readonly at: string;
  readonly reason: string | null;
}

export interface StatusCounts {
  readonly counts: Readonly<Partial<Record<OrderStatus, number>>>;
  readonly total: number;
}

/** An order as the portal sends it; amounts in minor units; the currency is the shop's. */
export interface CreateOrderRequest {
  readonly externalNumber: string | null;
  readonly buyer: {
    readonly name: string;
    readonly phone: string;
    readonly email: string | null;
    readonly address: {
      readonly country: string;
      readonly region: string | null;
      readonly city: string;
      readonly street: string;
      readonly postalCode: string | null;
    };
    readonly timeZone: string | null;
  };
  readonly lines: readonly { readonly sku: string; readonly qty: number | null; readonly unitPriceMinor: number | null }[];
  readonly deliveryFeeMinor: number | null;
  readonly paymentForm: string;
  readonly deliveryMethod: string;
  readonly deliveryDate: string | null;
  readonly slotFrom: string | null;
  readonly slotTo: string | null;
  readonly notes: string | null;
}

export interface OrderImportResult {
  readonly imported: number;
  readonly orders: readonly { readonly externalNumber: string; readonly id: string }[];
}

/** The list's filters as the API takes them: receivedFrom inclusive, receivedTo exclusive (ISO instants). */
export interface OrderListQuery {
  readonly status: readonly OrderStatus[];
  readonly receivedFrom: string | null;
  readonly receivedTo: string | null;
  readonly phone: string;
  readonly externalNumber: string;
}

/** One lot of a SKU's stock; lot and expiry are null for a SKU that does not track lots. */
export interface StockLotView {
  readonly lot: string | null;
  readonly expiry: string | null;
  readonly onHand: number;
  readonly reserved: number;
  readonly blocked: number;
  readonly awaitingPutaway: number;
  readonly available: number;
}

/**
 * A SKU's stock, live: available = onHand − reserved − blocked − awaitingPutaway; inbound is
 * announced on open inbound shipments and not yet counted at the dock. Lots soonest expiry first.
 */
export interface StockView {
  readonly sku: string;
  readonly name: string;
  readonly onHand: number;
  readonly reserved: number;
  readonly blocked: number;
  readonly awaitingPutaway: number;
  readonly available: number;
  readonly inbound: number;
  readonly lots: readonly StockLotView[];
}

export const MOVEMENT_REASONS = ['RECEIPT', 'PUTAWAY', 'ADJUSTMENT', 'RELOCATION'] as const;
export type MovementReason = (typeof MOVEMENT_REASONS)[number];

/** A row of the stock journal; from/to are bin barcodes, null is outside the warehouse. */
export interface MovementView {
  readonly id: string;
  readonly sku: string;
  readonly lot: string | null;
  readonly expiry: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly qty: number;
  readonly reason: MovementReason;
  readonly reference: string | null;
  readonly note: string | null;
  readonly actor: string;
  readonly at: string;
}

/** A promise of units to an order, not yet released; a SKU's reserved figure is the sum of these. */
export interface ReservationView {
  readonly id: string;
  readonly orderId: string;
  readonly sku: string;
  readonly lot: string | null;
  readonly bin: string;
  readonly qty: number;
  readonly reservedAt: string;
}

export const INBOUND_STATUSES = ['ANNOUNCED', 'RECEIVING', 'RECEIVED', 'CANCELLED'] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];

/** A line of an inbound shipment; announced is false for goods that came without announcement. */
export interface InboundLineView {
  readonly line: number;
  readonly sku: string;
  readonly lot: string | null;
  readonly expiry: string | null;
  readonly announced: boolean;
  readonly expected: number;
  readonly received: number;
  readonly damaged: number;
  readonly putAway: number;
  readonly awaitingPutaway: number;
}

export const DISCREPANCY_KINDS = ['SHORT', 'OVER', 'DAMAGED', 'UNKNOWN_BARCODE'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export interface DiscrepancyView {
  readonly kind: DiscrepancyKind;
  readonly sku: string | null;
  readonly lot: string | null;
  readonly barcode: string | null;
  readonly qty: number;
  readonly note: string | null;
}

/** An announced inbound shipment (ASN) with what the dock counted; code is what the dock scans. */
export interface InboundShipmentView {
  readonly id: string;
  readonly code: string;
  readonly reference: string | null;
  readonly status: InboundStatus;
  readonly expectedOn: string | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
  readonly lines: readonly InboundLineView[];
  readonly discrepancies: readonly DiscrepancyView[];
  readonly version: number;
}

export interface InboundRequest {
  readonly reference: string | null;
  readonly expectedOn: string | null;
  readonly lines: readonly { readonly sku: string; readonly qty: number | null; readonly lot: string | null; readonly expiry: string | null }[];
}

/** A cursor page of any list. */
export interface Paged<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** One entry of a problem's errors: a request field (JSON) or a line and column (CSV import). */
export interface ProblemError {
  readonly field?: string;
  readonly line?: number;
  readonly column?: string;
  readonly message: string;
}

/** RFC 9457 problem details, with the platform's errors extension. */
export interface Problem {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly errors?: readonly ProblemError[];
}

export type ApiErrorKind =
  | 'network' // no answer at all: offline, DNS, connection refused, CORS
  | 'timeout' // no answer within the call's limit
  | 'unauthorized' // 401, or the session could not be refreshed: the portal signs in again
  | 'session-refused' // 401 again right after signing in again: the server does not accept the token
  | 'forbidden' // 403
  | 'server' // 5xx
  | 'refused'; // any other 4xx; problem holds the server's explanation when it sent one

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly problem: Problem | null = null,
  ) {
    super(`${kind}${status ? ` ${status}` : ''}${problem?.detail ? `: ${problem.detail}` : ''}`);
    this.name = 'ApiError';
  }
}

/** Thrown by the token source when the session cannot be refreshed (and a new sign-in has begun). */
export class SessionExpired extends Error {
  constructor() {
    super('session expired');
    this.name = 'SessionExpired';
  }
}

const CALL_TIMEOUT_MS = 30_000;
const IMPORT_TIMEOUT_MS = 120_000; // a large catalogue is validated and written in one transaction

export const SKU_PAGE_LIMIT = 50;
export const ORDER_PAGE_LIMIT = 50;
const TIMELINE_PAGE_LIMIT = 100;
/** A timeline longer than this many pages is shown cut; no order goes through that many changes. */
const TIMELINE_MAX_PAGES = 10;

/**
 * The base of the API beside the portal: /portal/app.js → /api/v1/. Relative to the script so
 * that the portal keeps working if the application is deployed under a context path.
 */
export function apiBaseFrom(scriptUrl: string): URL {
  return new URL('../api/v1/', scriptUrl);
}

/** GET portal/config, before sign-in and so without a token. */
export async function fetchPortalConfig(base: URL): Promise<PortalConfig> {
  const response = await send(new URL('portal/config', base), { headers: { Accept: 'application/json' } }, CALL_TIMEOUT_MS);
  if (!response.ok) throw await failure(response);
  const body: unknown = await response.json();
  if (!isRecord(body) || !isString(body['keycloakUrl']) || !isString(body['realm']) || !isString(body['clientId'])) {
    throw new ApiError('server', response.status);
  }
  return { keycloakUrl: body['keycloakUrl'], realm: body['realm'], clientId: body['clientId'] };
}

export interface ApiOptions {
  readonly base: URL;
  /** A valid access token, refreshed when it is about to expire; throws SessionExpired. */
  readonly token: () => Promise<string>;
  /** Called on a 401: returns true if a new sign-in has begun, false if the portal gave up. */
  readonly onUnauthorized: () => boolean;
  /** The user's language, sent as Accept-Language so the server can word its problems in it. */
  readonly lang: () => string;
}

export interface SkuQuery {
  readonly q: string;
  readonly cursor: string | null;
  readonly signal?: AbortSignal;
}

export interface Api {
  tenant(): Promise<TenantView>;
  skus(query: SkuQuery): Promise<SkuPage>;
  /** Returns the created SKU, or null when the server answered 201 without a body. */
  createSku(request: CreateSkuRequest, idempotencyKey: string): Promise<SkuView | null>;
  importSkus(csv: string, idempotencyKey: string): Promise<ImportResult>;
  orders(query: OrderListQuery, cursor: string | null, signal?: AbortSignal): Promise<OrderPage>;
  orderStatusCounts(receivedFrom: string | null, receivedTo: string | null, signal?: AbortSignal): Promise<StatusCounts>;
  order(id: string): Promise<OrderView>;
  /** Every status change of the order, oldest first (all pages). */
  orderTimeline(id: string): Promise<OrderEventView[]>;
  createOrder(request: CreateOrderRequest, idempotencyKey: string): Promise<OrderView>;
  cancelOrder(id: string, reason: string, idempotencyKey: string): Promise<OrderView>;
  importOrders(csv: string, idempotencyKey: string): Promise<OrderImportResult>;
}

export interface Call {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | null>>;
  readonly body?: string;
  readonly contentType?: string;
  readonly idempotencyKey?: string;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * One authorised call to the API: adds the token, Accept-Language and Idempotency-Key, answers the
 * parsed JSON body (null for an empty one, e.g. 204) and turns every failure into an ApiError.
 * The operator console and the webhook page use it for the calls the Api below does not name.
 */
export function createCaller(options: ApiOptions): (spec: Call) => Promise<unknown> {
  return async function call(spec: Call): Promise<unknown> {
    const url = new URL(spec.path, options.base);
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value !== null && value !== '') url.searchParams.set(name, String(value));
    }
    let token: string;
    try {
      token = await options.token();
    } catch (error) {
      if (error instanceof SessionExpired) throw new ApiError('unauthorized', 401);
      throw error;
    }
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': options.lang(),
      Authorization: `Bearer ${token}`,
    };
    if (spec.contentType) headers['Content-Type'] = spec.contentType;
    if (spec.idempotencyKey) headers['Idempotency-Key'] = spec.idempotencyKey;
    const init: RequestInit = { method: spec.method, headers, cache: 'no-store' };
    if (spec.body !== undefined) init.body = spec.body;
    const response = await send(url, init, spec.timeoutMs ?? CALL_TIMEOUT_MS, spec.signal);
    if (response.status === 401) {
      throw new ApiError(options.onUnauthorized() ? 'unauthorized' : 'session-refused', 401, await readProblem(response));
    }
    if (!response.ok) throw await failure(response);
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : null;
  };
}

export function createApi(options: ApiOptions): Api {
  const call = createCaller(options);
  return {
    async tenant() {
      return (await call({ method: 'GET', path: 'tenant' })) as TenantView;
    },
    async skus(query) {
      const page = (await call({
        method: 'GET',
        path: 'catalogue/skus',
        query: { q: query.q.trim(), limit: SKU_PAGE_LIMIT, cursor: query.cursor },
        ...(query.signal ? { signal: query.signal } : {}),
      })) as SkuPage;
      return { items: page.items ?? [], nextCursor: page.nextCursor ?? null };
    },
    async createSku(request, idempotencyKey) {
      const created = await call({
        method: 'POST',
        path: 'catalogue/skus',
        body: JSON.stringify(request),
        contentType: 'application/json',
        idempotencyKey,
      });
      return isRecord(created) && isString(created['sku']) ? (created as unknown as SkuView) : null;
    },
    async importSkus(csv, idempotencyKey) {
      return (await call({
        method: 'POST',
        path: 'catalogue/skus/import',
        body: csv,
        contentType: 'text/csv',
        idempotencyKey,
        timeoutMs: IMPORT_TIMEOUT_MS,
      })) as ImportResult;
    },
    async orders(query, cursor, signal) {
      const page = (await call({
        method: 'GET',
        path: 'orders',
        query: {
          status: query.status.join(','),
          receivedFrom: query.receivedFrom,
          receivedTo: query.receivedTo,
          phone: query.phone.trim(),
          externalNumber: query.externalNumber.trim(),
          limit: ORDER_PAGE_LIMIT,
          cursor,
        },
        ...(signal ? { signal } : {}),
      })) as OrderPage;
      return { items: page.items ?? [], nextCursor: page.nextCursor ?? null };
    },
    async orderStatusCounts(receivedFrom, receivedTo, signal) {
      const counts = (await call({
        method: 'GET',
        path: 'orders/status-counts',
        query: { receivedFrom, receivedTo },
        ...(signal ? { signal } : {}),
      })) as StatusCounts;
      return { counts: counts.counts ?? {}, total: counts.total ?? 0 };
    },
    async order(id) {
      return (await call({ method: 'GET', path: `orders/${encodeURIComponent(id)}` })) as OrderView;
    },
    async orderTimeline(id) {
      const events: OrderEventView[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < TIMELINE_MAX_PAGES; pages++) {
        const page = (await call({
          method: 'GET',
          path: `orders/${encodeURIComponent(id)}/timeline`,
          query: { limit: TIMELINE_PAGE_LIMIT, cursor },
        })) as { items?: OrderEventView[]; nextCursor?: string | null };
        events.push(...(page.items ?? []));
        cursor = page.nextCursor ?? null;
        if (cursor === null) break;
      }
      return events;
    },
    async createOrder(request, idempotencyKey) {
      return (await call({
        method: 'POST',
        path: 'orders',
        body: JSON.stringify(request),
        contentType: 'application/json',
        idempotencyKey,
      })) as OrderView;
    },
    async cancelOrder(id, reason, idempotencyKey) {
      return (await call({
        method: 'POST',
        path: `orders/${encodeURIComponent(id)}/cancellation`,
        body: JSON.stringify({ reason }),
        contentType: 'application/json',
        idempotencyKey,
      })) as OrderView;
    },
    async importOrders(csv, idempotencyKey) {
      const result = (await call({
        method: 'POST',
        path: 'orders/import',
        body: csv,
        contentType: 'text/csv',
        idempotencyKey,
        timeoutMs: IMPORT_TIMEOUT_MS,
      })) as OrderImportResult;
      return { imported: result?.imported ?? 0, orders: result?.orders ?? [] };
    },
  };
}

/** fetch with a time limit; a failure without an answer becomes ApiError network or timeout. */
async function send(url: URL, init: RequestInit, timeoutMs: number, signal?: AbortSignal): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    if (timedOut) throw new ApiError('timeout', 0);
    if (signal?.aborted) throw error; // the caller gave up on this answer; it knows why
    throw new ApiError('network', 0);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

async function failure(response: Response): Promise<ApiError> {
  const problem = await readProblem(response);
  if (response.status === 401) return new ApiError('unauthorized', 401, problem);
  if (response.status === 403) return new ApiError('forbidden', 403, problem);
  if (response.status >= 500) return new ApiError('server', response.status, problem);
  return new ApiError('refused', response.status, problem);
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/json/i.test(type)) return null;
  try {
    const body: unknown = await response.json();
    return isRecord(body) ? toProblem(body) : null;
  } catch {
    return null; // a broken body; the status alone still says what happened
  }
}

function toProblem(body: Record<string, unknown>): Problem {
  const errors = Array.isArray(body['errors'])
    ? body['errors'].filter(isRecord).map((entry): ProblemError => ({
        message: isString(entry['message']) ? entry['message'] : '',
        ...(isString(entry['field']) ? { field: entry['field'] } : {}),
        ...(typeof entry['line'] === 'number' ? { line: entry['line'] } : {}),
        ...(isString(entry['column']) ? { column: entry['column'] } : {}),
      }))
    : undefined;
  return {
    ...(isString(body['type']) ? { type: body['type'] } : {}),
    ...(isString(body['title']) ? { title: body['title'] } : {}),
    ...(typeof body['status'] === 'number' ? { status: body['status'] } : {}),
    ...(isString(body['detail']) ? { detail: body['detail'] } : {}),
    ...(errors ? { errors } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** A random UUID for Idempotency-Key; crypto.randomUUID only exists on secure origins. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Keeps one Idempotency-Key per request body: sending the same body again (a retry after a lost
 * answer, a double click) reuses the key so the server replays its first answer instead of acting
 * twice; a changed body gets a new key.
 */
export class IdempotencyKeys {
  private lastBody: string | null = null;
  private lastKey = '';

  keyFor(body: string): string {
    if (body !== this.lastBody) {
      this.lastBody = body;
      this.lastKey = newIdempotencyKey();
    }
    return this.lastKey;
  }
}
