// The shop's stock: per SKU on hand, reserved, blocked, at the dock, available and inbound, with
// search (kept in the address) and "load more" paging. A SKU opens to its lots (expiry, with a
// warning when expired or close) and its journal: every movement with who, when, why, from, to,
// how many, the on-hand figure after it, and whether the whole journal adds up to the figure;
// and the reservations the reserved figure sums, each with the order it is promised to.
import type { Call, MovementView, Paged, ReservationView, StockLotView, StockView, TenantView } from '../api';
import { followLang, h, message, setAttrText, setText, tr, type Child } from '../dom';
import { describeFailure, isAbort } from '../failure';
import { lang, t, type MessageKey } from '../i18n';
import { hrefOf } from '../router';
import { formatDate, formatDateTime, todayIn } from '../zone';
import { balancesAfter, expiryState, inboundOfReference, journalAgrees, onHandChange, reservationsAgree, STOCK_FIGURES, type StockFigure } from './stock-view';
import { signed } from './inbound-view';

type Caller = (spec: Call) => Promise<unknown>;

const PAGE_LIMIT = 50;
const MOVEMENT_PAGE_LIMIT = 50;
const SEARCH_MAX_LENGTH = 200;

export interface StockPageContext {
  readonly call: Caller;
  readonly tenant: TenantView;
  readonly q: string;
}

function number(value: number): string {
  return new Intl.NumberFormat(lang()).format(value);
}

export function renderStockPage({ call, tenant, q }: StockPageContext): HTMLElement {
  let items: StockView[] = [];
  let nextCursor: string | null = null;
  let loaded = false;
  let inFlight: AbortController | null = null;
  const open = new Map<string, HTMLTableRowElement>();

  const searchInput = h('input', {
    type: 'search',
    name: 'q',
    class: 'search-input',
    'data-testid': 'stock-search',
    autocomplete: 'off',
    enterkeyhint: 'search',
    maxlength: SEARCH_MAX_LENGTH,
    value: q,
  });
  setAttrText(searchInput, 'placeholder', 'stock.search.placeholder');
  setAttrText(searchInput, 'aria-label', 'stock.search.placeholder');
  const searchForm = h(
    'form',
    {
      class: 'search',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        const next = searchInput.value.trim();
        // The search lives in the address; the same search again just reloads.
        if (next === q) void load(null);
        else window.location.hash = hrefOf({ name: 'stock', q: next });
      },
    },
    searchInput,
    h('button', { type: 'submit', class: 'button', 'data-testid': 'stock-search-submit' }, tr('stock.search')),
  );

  const heads = STOCK_FIGURES.map((figure) => {
    const th = h('th', { scope: 'col', class: 'num', 'data-col': figure }, tr(`stock.col.${figure}` as MessageKey));
    setAttrText(th, 'title', `stock.hint.${figure}` as MessageKey);
    return th;
  });
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'stock-table', 'data-testid': 'stock-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('stock.col.sku')), h('th', { scope: 'col' }, tr('stock.col.name')), ...heads, h('th'))),
    body,
  );
  const empty = h('p', { class: 'empty', 'data-testid': 'stock-empty', hidden: true }, tr('stock.empty'));
  const shown = h('p', { class: 'list-count', 'data-testid': 'stock-count' });
  const failure = message('stock-error', 'error');
  const loadMore = h('button', { type: 'button', class: 'button', 'data-testid': 'stock-load-more', hidden: true }, tr('stock.loadMore'));
  loadMore.addEventListener('click', () => void load(nextCursor));

  async function load(cursor: string | null): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    table.setAttribute('aria-busy', 'true');
    loadMore.disabled = true;
    setText(shown, { key: 'stock.loading' });
    failure.clear();
    try {
      const page = (await call({ method: 'GET', path: 'stock', query: { q, limit: PAGE_LIMIT, cursor }, signal: controller.signal })) as Paged<StockView>;
      if (controller !== inFlight) return;
      const fresh = page.items ?? [];
      if (cursor === null) {
        items = [...fresh];
        open.clear();
      } else {
        const seen = new Set(items.map((s) => s.sku));
        items = [...items, ...fresh.filter((s) => !seen.has(s.sku))];
      }
      nextCursor = page.nextCursor ?? null;
      loaded = true;
    } catch (error) {
      if (isAbort(error) || controller !== inFlight) return;
      failure.show(describeFailure(error));
    } finally {
      if (controller === inFlight) {
        inFlight = null;
        table.setAttribute('aria-busy', 'false');
        loadMore.disabled = false;
        render();
      }
    }
  }

  function render(): void {
    const rows: HTMLTableRowElement[] = [];
    for (const s of items) {
      rows.push(row(s));
      const detail = open.get(s.sku);
      if (detail) rows.push(detail);
    }
    body.replaceChildren(...rows);
    empty.hidden = !loaded || items.length > 0;
    loadMore.hidden = nextCursor === null;
    setText(shown, { key: 'stock.shown', params: { count: items.length } });
  }

  function row(s: StockView): HTMLTableRowElement {
    const expanded = open.has(s.sku);
    const toggle = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'stock-open', 'aria-expanded': String(expanded) }, tr(expanded ? 'stock.close' : 'stock.open'));
    setAttrText(toggle, 'aria-label', 'stock.open.label', { sku: s.sku });
    toggle.addEventListener('click', () => {
      if (open.has(s.sku)) open.delete(s.sku);
      else open.set(s.sku, detailRow(s.sku));
      render();
    });
    const figure = (f: StockFigure): Child => {
      if (f === 'inbound' && s.inbound > 0) return h('a', { href: hrefOf({ name: 'inbound-list' }), 'data-testid': 'stock-inbound-link' }, number(s.inbound));
      return number(s[f]);
    };
    return h(
      'tr',
      { 'data-testid': 'stock-row', 'data-sku': s.sku },
      h('td', { 'data-col': 'sku', 'data-label': t('stock.col.sku') }, h('span', { class: 'sku-code' }, s.sku)),
      h('td', { 'data-col': 'name', 'data-label': t('stock.col.name') }, s.name),
      ...STOCK_FIGURES.map((f) => h('td', { 'data-col': f, class: f === 'available' ? 'num strong' : 'num', 'data-label': t(`stock.col.${f}` as MessageKey) }, figure(f))),
      h('td', { class: 'actions' }, toggle),
    );
  }

  function detailRow(sku: string): HTMLTableRowElement {
    const cell = h('td', { colspan: STOCK_FIGURES.length + 3 });
    cell.append(renderStockDetail(call, tenant, sku));
    return h('tr', { class: 'stock-detail-row' }, cell);
  }

  followLang(table, render);
  void load(null);

  const title = h('h1', { tabindex: -1 }, tr('stock.title'));
  const intro = h('p', { class: 'muted' });
  setText(intro, { key: 'stock.intro' });
  return h(
    'main',
    { class: 'page', id: 'main', 'data-testid': 'stock-page' },
    title,
    intro,
    h('div', { class: 'sku-list' }, searchForm, failure.element, h('div', { class: 'table-scroll' }, table), empty, h('div', { class: 'list-footer' }, shown, loadMore)),
  );
}

/** One SKU opened: its lots and its journal, read fresh so that the journal meets today's figure. */
function renderStockDetail(call: Caller, tenant: TenantView, sku: string): HTMLElement {
  const zone = tenant.timeZone;
  const failure = message('stock-detail-error', 'error');
  const lotsBody = h('tbody');
  const movementsBody = h('tbody');
  const noMovements = h('p', { class: 'empty', 'data-testid': 'movements-empty', hidden: true }, tr('stock.movements.none'));
  const check = h('p', { 'data-testid': 'journal-check', 'data-agrees': 'unknown' });
  const more = h('button', { type: 'button', class: 'button', 'data-testid': 'movements-more', hidden: true }, tr('stock.movements.more'));
  let view: StockView | null = null;
  let movements: MovementView[] = [];
  let cursor: string | null = null;
  const reservationsBody = h('tbody');
  const noReservations = h('p', { class: 'empty', 'data-testid': 'reservations-empty', hidden: true }, tr('stock.reservations.none'));
  const reservationsCheck = h('p', { 'data-testid': 'reservations-check', 'data-agrees': 'unknown' });
  const moreReservations = h('button', { type: 'button', class: 'button', 'data-testid': 'reservations-more', hidden: true }, tr('stock.reservations.more'));
  let reservations: ReservationView[] = [];
  let reservationsCursor: string | null = null;

  const path = `stock/${encodeURIComponent(sku)}`;

  async function loadAll(): Promise<void> {
    failure.clear();
    try {
      // The figure first, then the journal: a movement between the two calls shows as a mismatch
      // the check explains, never as a silently wrong balance.
      view = (await call({ method: 'GET', path })) as StockView;
      movements = [];
      cursor = null;
      reservations = [];
      reservationsCursor = null;
      await Promise.all([loadMovements(), loadReservations()]);
    } catch (error) {
      failure.show(describeFailure(error));
    }
  }

  async function loadMovements(): Promise<void> {
    try {
      const page = (await call({ method: 'GET', path: `${path}/movements`, query: { limit: MOVEMENT_PAGE_LIMIT, cursor } })) as Paged<MovementView>;
      movements = [...movements, ...(page.items ?? [])];
      cursor = page.nextCursor ?? null;
      render();
    } catch (error) {
      failure.show(describeFailure(error));
    }
  }
  more.addEventListener('click', () => void loadMovements());

  async function loadReservations(): Promise<void> {
    try {
      const page = (await call({ method: 'GET', path: `${path}/reservations`, query: { limit: MOVEMENT_PAGE_LIMIT, cursor: reservationsCursor } })) as Paged<ReservationView>;
      reservations = [...reservations, ...(page.items ?? [])];
      reservationsCursor = page.nextCursor ?? null;
      render();
    } catch (error) {
      failure.show(describeFailure(error));
    }
  }
  moreReservations.addEventListener('click', () => void loadReservations());

  function render(): void {
    if (!view) return;
    const today = todayIn(zone);
    lotsBody.replaceChildren(...view.lots.map((l) => lotRow(l, today)));
    const balances = balancesAfter(view.onHand, movements);
    movementsBody.replaceChildren(...movements.map((m, i) => movementRow(m, balances[i] ?? 0)));
    noMovements.hidden = movements.length > 0;
    more.hidden = cursor === null;
    const agrees = journalAgrees(view.onHand, movements, cursor === null);
    check.dataset['agrees'] = agrees === null ? 'unknown' : String(agrees);
    check.className = agrees === false ? 'message message--error' : 'muted';
    const sum = movements.reduce((total, m) => total + onHandChange(m), 0);
    reservationsBody.replaceChildren(...reservations.map(reservationRow));
    noReservations.hidden = reservations.length > 0;
    moreReservations.hidden = reservationsCursor === null;
    const reservedAgree = reservationsAgree(view.reserved, reservations, reservationsCursor === null);
    reservationsCheck.dataset['agrees'] = reservedAgree === null ? 'unknown' : String(reservedAgree);
    reservationsCheck.className = reservedAgree === false ? 'message message--error' : 'muted';
    const reservedSum = reservations.reduce((total, r) => total + r.qty, 0);
    if (reservedAgree === null) setText(reservationsCheck, { key: 'stock.journal.partial' });
    else if (reservedAgree) setText(reservationsCheck, { key: 'stock.reservations.agree', params: { reserved: view.reserved } });
    else setText(reservationsCheck, { key: 'stock.reservations.differ', params: { sum: reservedSum, reserved: view.reserved } });
    if (agrees === null) setText(check, { key: 'stock.journal.partial' });
    else if (agrees) setText(check, { key: 'stock.journal.agrees', params: { onHand: view.onHand } });
    else setText(check, { key: 'stock.journal.differs', params: { sum, onHand: view.onHand } });
  }

  function lotRow(l: StockLotView, today: string): HTMLTableRowElement {
    const state = expiryState(l.expiry, today);
    const warning =
      state === 'expired' || state === 'soon'
        ? h('span', { class: 'badge--warn', 'data-testid': 'lot-expiry-state', 'data-state': state }, tr(state === 'expired' ? 'stock.expired' : 'stock.expiringSoon'))
        : null;
    const figures: (keyof StockLotView)[] = ['onHand', 'reserved', 'blocked', 'awaitingPutaway', 'available'];
    return h(
      'tr',
      { 'data-testid': 'lot-row', 'data-lot': l.lot ?? '' },
      h('td', { 'data-col': 'lot' }, l.lot ?? t('stock.noLot')),
      h('td', { 'data-col': 'expiry' }, l.expiry ? formatDate(l.expiry, lang()) : '—', warning ? ' ' : null, warning),
      ...figures.map((f) => h('td', { 'data-col': f, class: 'num' }, number(l[f] as number))),
    );
  }

  function reservationRow(r: ReservationView): HTMLTableRowElement {
    return h(
      'tr',
      { 'data-testid': 'reservation-row', 'data-order-id': r.orderId },
      h('td', { 'data-col': 'order' }, h('a', { href: hrefOf({ name: 'order', id: r.orderId }), 'data-testid': 'reservation-order' }, r.orderId.slice(0, 8))),
      h('td', { 'data-col': 'at', class: 'nowrap' }, formatDateTime(r.reservedAt, zone, lang())),
      h('td', { 'data-col': 'lot' }, r.lot ?? ''),
      h('td', { 'data-col': 'bin' }, r.bin),
      h('td', { 'data-col': 'qty', class: 'num' }, number(r.qty)),
    );
  }

  function movementRow(m: MovementView, balance: number): HTMLTableRowElement {
    const asn = inboundOfReference(m.reference);
    const reference: Child = asn
      ? h('a', { href: hrefOf({ name: 'inbound', id: asn }), 'data-testid': 'movement-asn' }, t('stock.asn'))
      : (m.reference ?? '');
    const change = onHandChange(m);
    return h(
      'tr',
      { 'data-testid': 'movement-row', 'data-id': m.id, 'data-reason': m.reason },
      h('td', { 'data-col': 'at', class: 'nowrap' }, formatDateTime(m.at, zone, lang())),
      h('td', { 'data-col': 'actor' }, m.actor),
      h('td', { 'data-col': 'reason' }, t(`stock.reason.${m.reason}` as MessageKey)),
      h('td', { 'data-col': 'from' }, m.from ?? t('stock.outside')),
      h('td', { 'data-col': 'to' }, m.to ?? t('stock.outside')),
      h('td', { 'data-col': 'qty', class: 'num' }, number(m.qty)),
      h('td', { 'data-col': 'change', class: 'num' }, signed(change)),
      h('td', { 'data-col': 'balance', class: 'num' }, number(balance)),
      h('td', { 'data-col': 'lot' }, m.lot ?? ''),
      h('td', { 'data-col': 'reference' }, reference),
      h('td', { 'data-col': 'note' }, m.note ?? ''),
    );
  }

  const element = h(
    'div',
    { class: 'stock-detail', 'data-testid': 'stock-detail', 'data-sku': sku },
    failure.element,
    h('h2', {}, tr('stock.lots')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { 'data-testid': 'lots-table' },
        h(
          'thead',
          {},
          h('tr', {}, ...(['stock.col.lot', 'stock.col.expiry', 'stock.col.onHand', 'stock.col.reserved', 'stock.col.blocked', 'stock.col.awaitingPutaway', 'stock.col.available'] as MessageKey[]).map((k) => h('th', { scope: 'col' }, tr(k)))),
        ),
        lotsBody,
      ),
    ),
    h('h2', {}, tr('stock.reservations')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { 'data-testid': 'reservations-table' },
        h('thead', {}, h('tr', {}, ...(['stock.rs.order', 'stock.rs.at', 'stock.mv.lot', 'stock.rs.bin', 'stock.mv.qty'] as MessageKey[]).map((k) => h('th', { scope: 'col' }, tr(k))))),
        reservationsBody,
      ),
    ),
    noReservations,
    moreReservations,
    reservationsCheck,
    h('h2', {}, tr('stock.journal')),
    h('p', { class: 'muted' }, tr('stock.journal.intro')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { 'data-testid': 'movements-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(['stock.mv.at', 'stock.mv.actor', 'stock.mv.reason', 'stock.mv.from', 'stock.mv.to', 'stock.mv.qty', 'stock.mv.change', 'stock.mv.balance', 'stock.mv.lot', 'stock.mv.reference', 'stock.mv.note'] as MessageKey[]).map((k) =>
              h('th', { scope: 'col' }, tr(k)),
            ),
          ),
        ),
        movementsBody,
      ),
    ),
    noMovements,
    more,
    check,
  );
  followLang(element, render);
  void loadAll();
  return element;
}
