// The stock page without the DOM: how each journal row changes the shop's units on hand, the
// running balance that ties the journal to the on-hand figure, expiry warnings, and the link from
// a movement to the inbound shipment that caused it.
import type { MovementView, StockView } from '../api';
import { parseIsoDate } from '../zone';

/** Units on hand by the journal row: + from outside into a bin, − out of the warehouse, 0 between bins. */
export function onHandChange(m: Pick<MovementView, 'from' | 'to' | 'qty'>): number {
  if (m.from === null && m.to !== null) return m.qty;
  if (m.from !== null && m.to === null) return -m.qty;
  return 0;
}

/**
 * The on-hand figure right after each movement, newest first as the journal lists them: the
 * newest row leaves today's figure, each older one what was there before the newer rows. Pages
 * loaded one after another continue from where the previous page ended.
 */
export function balancesAfter(onHandNow: number, newestFirst: readonly Pick<MovementView, 'from' | 'to' | 'qty'>[]): number[] {
  const balances: number[] = [];
  let balance = onHandNow;
  for (const m of newestFirst) {
    balances.push(balance);
    balance -= onHandChange(m);
  }
  return balances;
}

/**
 * Whether the whole journal (every page loaded) adds up to the on-hand figure: it starts from
 * nothing, so the balance before the oldest row must be 0. Null while pages are still unread.
 */
export function journalAgrees(onHandNow: number, newestFirst: readonly Pick<MovementView, 'from' | 'to' | 'qty'>[], complete: boolean): boolean | null {
  if (!complete) return null;
  return newestFirst.reduce((sum, m) => sum + onHandChange(m), 0) === onHandNow;
}

/** Whether the reservations (every page loaded) add up to the reserved figure; null while pages are unread. */
export function reservationsAgree(reservedNow: number, reservations: readonly { readonly qty: number }[], complete: boolean): boolean | null {
  if (!complete) return null;
  return reservations.reduce((sum, r) => sum + r.qty, 0) === reservedNow;
}

const ASN_REFERENCE = /^asn:([0-9a-fA-F-]{36})$/;

/** The inbound shipment a movement's reference names ("asn:<id>"), or null. */
export function inboundOfReference(reference: string | null): string | null {
  const match = reference ? ASN_REFERENCE.exec(reference) : null;
  return match ? match[1]! : null;
}

export type ExpiryState = 'expired' | 'soon' | 'ok' | 'none';

/** Days before expiry from which a lot is shown as expiring soon. */
export const EXPIRY_SOON_DAYS = 30;

/** A lot's expiry against the shop's today (both YYYY-MM-DD): expired on its expiry day already. */
export function expiryState(expiry: string | null, today: string): ExpiryState {
  const e = expiry ? parseIsoDate(expiry) : null;
  const t = parseIsoDate(today);
  if (!e || !t) return 'none';
  const days = (Date.UTC(e.year, e.month - 1, e.day) - Date.UTC(t.year, t.month - 1, t.day)) / 86_400_000;
  if (days <= 0) return 'expired';
  return days <= EXPIRY_SOON_DAYS ? 'soon' : 'ok';
}

/** The stock figures in the order the page shows them; available is what new orders can get. */
export const STOCK_FIGURES = ['onHand', 'reserved', 'blocked', 'awaitingPutaway', 'available', 'inbound'] as const;
export type StockFigure = (typeof STOCK_FIGURES)[number];

/** The figures add up: available = on hand − reserved − blocked − awaiting putaway (a check the page shows). */
export function figuresAddUp(s: Pick<StockView, 'onHand' | 'reserved' | 'blocked' | 'awaitingPutaway' | 'available'>): boolean {
  return s.available === s.onHand - s.reserved - s.blocked - s.awaitingPutaway;
}

/** The stock page's search as it lives in the address: #/stock?q=… */
export function stockQueryFromParams(params: URLSearchParams): string {
  return (params.get('q') ?? '').trim().slice(0, 200);
}
