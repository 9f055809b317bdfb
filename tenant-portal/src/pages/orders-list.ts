// The orders list: stage tabs with counts, filters (status, the shop's days, buyer phone, order
// number), the table and "load more". The filters live in the address (#/orders?…), so the list
// comes back as it was from an order's page, and a filtered list can be bookmarked.
import { ApiError, ORDER_STATUSES, type Api, type OrderView, type StatusCounts, type TenantView } from '../api';
import { followLang, h, message, setAttrText, setText, tr, type Child } from '../dom';
import { describeFailure, isAbort } from '../failure';
import { lang, t, textOf, type MessageKey, type Text } from '../i18n';
import { formatMoney } from '../money';
import { filterFieldFor, NO_FILTERS, stageCounts, stageLabel, STAGES, statusLabel, toListQuery, type FilterField, type OrderFilters, type StageId } from '../orders';
import { hrefOf } from '../router';
import { formatDate, formatDateTime } from '../zone';
import { statusBadge } from './order-status';

export interface OrdersPageContext {
  readonly api: Api;
  readonly tenant: TenantView;
  readonly filters: OrderFilters;
  readonly canManage: boolean;
}

/** The list's address last shown, so the order page's "back" returns to the same filters. */
let lastListHref = hrefOf({ name: 'orders', filters: NO_FILTERS });

export function ordersListHref(): string {
  return lastListHref;
}

interface Column {
  readonly id: string;
  readonly label: MessageKey;
  readonly numeric?: boolean;
  readonly content: (order: OrderView, zone: string) => Child;
}

const COLUMNS: readonly Column[] = [
  {
    id: 'external',
    label: 'orders.col.external',
    content: (order) => {
      const link = h('a', { href: hrefOf({ name: 'order', id: order.id }), class: 'order-link', 'data-testid': 'order-link' });
      setText(link, order.externalNumber ? { raw: order.externalNumber } : { key: 'orders.noNumber' });
      return link;
    },
  },
  { id: 'received', label: 'orders.col.received', content: (order, zone) => formatDateTime(order.receivedAt, zone, lang()) },
  {
    id: 'buyer',
    label: 'orders.col.buyer',
    content: (order) => h('span', { class: 'buyer' }, h('span', {}, order.buyer.name), h('span', { class: 'phone' }, order.buyer.phone)),
  },
  { id: 'status', label: 'orders.col.status', content: (order) => statusBadge(order.status) },
  {
    id: 'cod',
    label: 'orders.col.cod',
    numeric: true,
    content: (order) =>
      order.paymentForm === 'PREPAID'
        ? h('span', { class: 'muted' }, t('payment.PREPAID'))
        : formatMoney(order.totals.codAmountMinor, order.totals.currency, lang()),
  },
  {
    id: 'delivery',
    label: 'orders.col.delivery',
    content: (order) =>
      h(
        'span',
        { class: 'delivery' },
        h('span', {}, t(`delivery.${order.deliveryMethod}`)),
        order.deliveryDate ? h('span', { class: 'muted' }, formatDate(order.deliveryDate, lang())) : null,
      ),
  },
];

export function renderOrdersPage({ api, tenant, filters, canManage }: OrdersPageContext): HTMLElement {
  const zone = tenant.timeZone;
  const listHref = hrefOf({ name: 'orders', filters });
  lastListHref = listHref;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  // Stage tabs: links, so that each is an address of its own (and back/forward work).
  const countsFailure = message('counts-error', 'error');
  const tabCounts = new Map<StageId | 'all', HTMLElement>();
  const tab = (stage: StageId | null) => {
    const count = h('span', { class: 'tab-count', 'data-testid': 'stage-count' }, '…');
    tabCounts.set(stage ?? 'all', count);
    const current = filters.stage === stage;
    // A tab keeps the dates, phone and number, and drops a chosen status (it belongs to a stage).
    const target: OrderFilters = { ...filters, stage, status: null };
    return h(
      'a',
      { href: hrefOf({ name: 'orders', filters: target }), class: 'tab', 'data-testid': 'stage-tab', 'data-stage': stage ?? 'all', 'aria-current': current ? 'page' : null },
      tr(stage ? stageLabel(stage) : 'stage.all'),
      count,
    );
  };
  const tabs = h('div', { class: 'tabs', role: 'group' }, tab(null), ...STAGES.map((stage) => tab(stage.id)));
  setAttrText(tabs, 'aria-label', 'orders.tabs');

  // Filters.
  const statusSelect = h('select', { id: 'filter-status', 'data-testid': 'filter-status' });
  const fromInput = h('input', { type: 'date', id: 'filter-from', 'data-testid': 'filter-from', value: filters.from });
  const toInput = h('input', { type: 'date', id: 'filter-to', 'data-testid': 'filter-to', value: filters.to });
  const phoneInput = h('input', { type: 'search', id: 'filter-phone', 'data-testid': 'filter-phone', value: filters.phone, autocomplete: 'off', inputmode: 'tel' });
  const externalInput = h('input', { type: 'search', id: 'filter-external', 'data-testid': 'filter-external', value: filters.external, autocomplete: 'off' });
  const filterError = (name: FilterField) => h('p', { class: 'field-error', 'data-testid': `filter-${name}-error`, hidden: true });
  const statusError = filterError('status');
  const fromError = filterError('from');
  const toError = filterError('to');
  const phoneError = filterError('phone');
  const externalError = filterError('external');
  const filterInputs: Record<FilterField, [HTMLElement, HTMLElement]> = {
    status: [statusSelect, statusError],
    from: [fromInput, fromError],
    to: [toInput, toError],
    phone: [phoneInput, phoneError],
    external: [externalInput, externalError],
  };
  /** Shows each message at its filter input and clears the others. */
  const showFilterErrors = (errors: Partial<Record<FilterField, Text>>) => {
    for (const [name, [input, error]] of Object.entries(filterInputs) as [FilterField, [HTMLElement, HTMLElement]][]) {
      const text = errors[name];
      error.hidden = !text;
      if (text) {
        setText(error, text);
        input.setAttribute('aria-invalid', 'true');
      } else {
        input.removeAttribute('aria-invalid');
      }
    }
  };
  let counts: StatusCounts | null = null;
  const fillStatusOptions = () => {
    const chosen = statusSelect.value || filters.status || '';
    const any = h('option', { value: '' }, t('orders.filter.anyStatus'));
    const options = ORDER_STATUSES.map((status) => {
      const label = t(statusLabel(status));
      const text = counts ? t('orders.filter.statusCount', { status: label, count: counts.counts[status] ?? 0 }) : label;
      return h('option', { value: status }, text);
    });
    statusSelect.replaceChildren(any, ...options);
    statusSelect.value = chosen;
  };
  fillStatusOptions();
  const field = (id: string, label: MessageKey, input: HTMLElement, error?: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { for: id }, tr(label)), input, error ?? null);
  const zoneHint = h('p', { class: 'field-hint filters-zone' }, tr('orders.filter.zone', { zone }));
  const filterForm = h(
    'form',
    { class: 'filters', 'data-testid': 'order-filters', role: 'search', novalidate: true },
    field('filter-status', 'orders.filter.status', statusSelect, statusError),
    field('filter-from', 'orders.filter.from', fromInput, fromError),
    field('filter-to', 'orders.filter.to', toInput, toError),
    field('filter-phone', 'orders.filter.phone', phoneInput, phoneError),
    field('filter-external', 'orders.filter.external', externalInput, externalError),
    h(
      'div',
      { class: 'filters-actions' },
      h('button', { type: 'submit', class: 'button button--primary', 'data-testid': 'filter-apply' }, tr('orders.filter.apply')),
      filtered ? h('a', { href: hrefOf({ name: 'orders', filters: NO_FILTERS }), class: 'button button--quiet', 'data-testid': 'filter-reset' }, tr('orders.filter.reset')) : null,
    ),
    zoneHint,
  );
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const status = statusSelect.value;
    const chosen = ORDER_STATUSES.find((candidate) => candidate === status) ?? null;
    const next: OrderFilters = {
      stage: chosen ? STAGES.find((stage) => (stage.statuses as readonly string[]).includes(chosen))?.id ?? null : filters.stage,
      status: chosen,
      from: fromInput.value,
      to: toInput.value,
      phone: phoneInput.value.trim(),
      external: externalInput.value.trim(),
    };
    const checked = toListQuery(next, zone);
    showFilterErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    const href = hrefOf({ name: 'orders', filters: next });
    if (href === window.location.hash) void load(null); // the same filters: hashchange would not fire
    else window.location.hash = href;
  });

  // The table.
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'orders-table', 'data-testid': 'orders-table' },
    h('thead', {}, h('tr', {}, ...COLUMNS.map((column) => h('th', { scope: 'col', class: column.numeric ? 'num' : null }, tr(column.label))))),
    body,
  );
  const empty = h(
    'p',
    { class: 'empty', 'data-testid': 'orders-empty', hidden: true },
    tr(filtered ? 'orders.emptyFiltered' : 'orders.empty'),
    // A shop without orders yet is shown the two ways to make some.
    !filtered && canManage
      ? h(
          'span',
          {},
          ' ',
          h('a', { href: hrefOf({ name: 'order-new' }) }, tr('orders.empty.create')),
          ' ',
          tr('orders.empty.or'),
          ' ',
          h('a', { href: hrefOf({ name: 'order-import' }) }, tr('orders.empty.upload')),
          '.',
        )
      : null,
  );
  const shown = h('p', { class: 'list-count', 'data-testid': 'orders-count' });
  const failure = message('orders-error', 'error');
  const loadMore = h('button', { type: 'button', class: 'button', 'data-testid': 'orders-load-more', hidden: true }, tr('orders.loadMore'));
  loadMore.addEventListener('click', () => void load(nextCursor));

  const title = h('h1', { tabindex: -1 }, tr('orders.title'));
  // Folded on phones unless filters are set, so the list is not pushed below the form.
  const filtersPanel = h(
    'details',
    { class: 'card panel filters-panel', open: filtered || !window.matchMedia('(max-width: 700px)').matches },
    h('summary', {}, h('h2', {}, tr('orders.filters'))),
    filterForm,
  );
  const page = h(
    'main',
    { class: 'page orders', id: 'main', 'data-testid': 'orders-page' },
    title,
    tabs,
    countsFailure.element,
    filtersPanel,
    h('section', { class: 'card orders-list' }, failure.element, h('div', { class: 'table-scroll' }, table), empty, h('div', { class: 'list-footer' }, shown, loadMore)),
  );

  let items: OrderView[] = [];
  let nextCursor: string | null = null;
  let loaded = false;
  let inFlight: AbortController | null = null;

  const query = toListQuery(filters, zone);

  async function load(cursor: string | null): Promise<void> {
    if (!query.ok) return; // filtersFromParams only lets real dates through; nothing to ask
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    setBusy(true);
    failure.clear();
    try {
      const answer = await api.orders(query.query, cursor, controller.signal);
      if (controller !== inFlight) return;
      if (cursor === null) items = [...answer.items];
      else {
        const seen = new Set(items.map((order) => order.id));
        items = [...items, ...answer.items.filter((order) => !seen.has(order.id))];
      }
      nextCursor = answer.nextCursor;
      loaded = true;
      render();
    } catch (error) {
      if (isAbort(error) || controller !== inFlight) return;
      // A filter the server could not read (a phone it cannot parse) is shown at its input.
      const problem = error instanceof ApiError && error.kind === 'refused' ? error.problem : null;
      const atInputs: Partial<Record<FilterField, Text>> = {};
      for (const entry of problem?.errors ?? []) {
        const name = entry.field ? filterFieldFor(entry.field) : null;
        if (name) atInputs[name] = { raw: entry.message };
      }
      if (Object.keys(atInputs).length > 0) {
        showFilterErrors(atInputs);
        filtersPanel.open = true;
        failure.show({ key: 'orders.filter.failed' });
      } else {
        failure.show(describeFailure(error));
      }
    } finally {
      if (controller === inFlight) {
        inFlight = null;
        setBusy(false);
      }
    }
  }

  async function loadCounts(): Promise<void> {
    if (!query.ok) return;
    try {
      counts = await api.orderStatusCounts(query.query.receivedFrom, query.query.receivedTo);
      countsFailure.clear();
      renderCounts();
    } catch (error) {
      countsFailure.show({ raw: `${t('orders.countsFailed')} ${textOf(describeFailure(error))}` });
    }
  }

  function renderCounts(): void {
    fillStatusOptions();
    if (!counts) return;
    const byStage = stageCounts(counts);
    for (const [stage, element] of tabCounts) {
      element.textContent = new Intl.NumberFormat(lang()).format(stage === 'all' ? counts.total : byStage[stage]);
    }
  }

  function setBusy(busy: boolean): void {
    table.setAttribute('aria-busy', String(busy));
    loadMore.disabled = busy;
    if (busy) setText(shown, { key: 'orders.loading' });
    else setText(shown, { key: 'orders.shown', params: { count: items.length } });
  }

  function render(): void {
    body.replaceChildren(...items.map(row));
    empty.hidden = !loaded || items.length > 0;
    loadMore.hidden = nextCursor === null;
    if (!inFlight) setText(shown, { key: 'orders.shown', params: { count: items.length } });
  }

  function row(order: OrderView): HTMLTableRowElement {
    return h(
      'tr',
      { 'data-testid': 'order-row', 'data-id': order.id, 'data-external': order.externalNumber ?? '', 'data-status': order.status },
      ...COLUMNS.map((column) =>
        h('td', { 'data-col': column.id, 'data-label': t(column.label), class: column.numeric ? 'num' : null }, column.content(order, zone)),
      ),
    );
  }

  followLang(page, () => {
    render();
    renderCounts();
  });
  void load(null);
  void loadCounts();
  return page;
}
