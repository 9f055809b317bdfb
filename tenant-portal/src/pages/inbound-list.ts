// The shop's inbound shipments (ASN), newest first, with their status, what was expected against
// what the dock counted, and how many discrepancies; filtered by status, "load more" paging.
import { INBOUND_STATUSES, type Call, type InboundShipmentView, type Paged, type TenantView } from '../api';
import { followLang, h, message, setText, tr } from '../dom';
import { describeFailure, isAbort } from '../failure';
import { lang, t, type MessageKey } from '../i18n';
import { hrefOf } from '../router';
import { formatDate, formatDateTime } from '../zone';
import { totalsOf } from './inbound-view';

type Caller = (spec: Call) => Promise<unknown>;

const PAGE_LIMIT = 50;

export function inboundStatusBadge(status: InboundShipmentView['status'], testId = 'inbound-status'): HTMLElement {
  const stage = status === 'RECEIVED' ? 'delivered' : status === 'CANCELLED' ? 'cancelled' : status === 'RECEIVING' ? 'warehouse' : 'confirmation';
  return h('span', { class: `status status--${stage}`, 'data-testid': testId, 'data-status': status }, tr(`inbound.status.${status}` as MessageKey));
}

export function renderInboundListPage(options: { call: Caller; tenant: TenantView; canManage: boolean }): HTMLElement {
  const { call, tenant, canManage } = options;
  let items: InboundShipmentView[] = [];
  let nextCursor: string | null = null;
  let loaded = false;
  let inFlight: AbortController | null = null;

  const filter = h('select', { class: 'input', id: 'inbound-status-filter', 'data-testid': 'inbound-status-filter' });
  const all = h('option', { value: '' });
  setText(all, { key: 'inbound.filter.all' });
  filter.append(all, ...INBOUND_STATUSES.map((s) => {
    const option = h('option', { value: s });
    setText(option, { key: `inbound.status.${s}` as MessageKey });
    return option;
  }));
  filter.addEventListener('change', () => void load(null));

  const body = h('tbody');
  const heads: MessageKey[] = ['inbound.col.code', 'inbound.col.reference', 'inbound.col.status', 'inbound.col.expectedOn', 'inbound.col.created', 'inbound.col.units', 'inbound.col.discrepancies'];
  const table = h('table', { class: 'inbound-table', 'data-testid': 'inbound-table' }, h('thead', {}, h('tr', {}, ...heads.map((k) => h('th', { scope: 'col' }, tr(k))))), body);
  const empty = h('p', { class: 'empty', 'data-testid': 'inbound-empty', hidden: true }, tr('inbound.empty'));
  const shown = h('p', { class: 'list-count', 'data-testid': 'inbound-count' });
  const failure = message('inbound-list-error', 'error');
  const loadMore = h('button', { type: 'button', class: 'button', 'data-testid': 'inbound-load-more', hidden: true }, tr('inbound.loadMore'));
  loadMore.addEventListener('click', () => void load(nextCursor));

  async function load(cursor: string | null): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    table.setAttribute('aria-busy', 'true');
    setText(shown, { key: 'inbound.loading' });
    failure.clear();
    try {
      const page = (await call({
        method: 'GET',
        path: 'inbound-shipments',
        query: { status: filter.value, limit: PAGE_LIMIT, cursor },
        signal: controller.signal,
      })) as Paged<InboundShipmentView>;
      if (controller !== inFlight) return;
      items = cursor === null ? [...(page.items ?? [])] : [...items, ...(page.items ?? [])];
      nextCursor = page.nextCursor ?? null;
      loaded = true;
    } catch (error) {
      if (isAbort(error) || controller !== inFlight) return;
      failure.show(describeFailure(error));
    } finally {
      if (controller === inFlight) {
        inFlight = null;
        table.setAttribute('aria-busy', 'false');
        render();
      }
    }
  }

  function render(): void {
    body.replaceChildren(...items.map(row));
    empty.hidden = !loaded || items.length > 0;
    loadMore.hidden = nextCursor === null;
    setText(shown, { key: 'inbound.shown', params: { count: items.length } });
  }

  function row(s: InboundShipmentView): HTMLTableRowElement {
    const totals = totalsOf(s);
    const n = (v: number) => new Intl.NumberFormat(lang()).format(v);
    return h(
      'tr',
      { 'data-testid': 'inbound-row', 'data-id': s.id, 'data-status': s.status, 'data-reference': s.reference ?? '', 'data-code': s.code },
      h('td', { 'data-col': 'code', class: 'nowrap' }, h('a', { href: hrefOf({ name: 'inbound', id: s.id }), 'data-testid': 'inbound-link' }, s.code)),
      h('td', { 'data-col': 'reference' }, s.reference ?? t('inbound.none')),
      h('td', { 'data-col': 'status' }, inboundStatusBadge(s.status)),
      h('td', { 'data-col': 'expectedOn', class: 'nowrap' }, s.expectedOn ? formatDate(s.expectedOn, lang()) : t('inbound.none')),
      h('td', { 'data-col': 'created', class: 'nowrap' }, formatDateTime(s.createdAt, tenant.timeZone, lang())),
      h('td', { 'data-col': 'units', class: 'num' }, `${n(totals.expected)} / ${n(totals.received + totals.damaged)}`),
      h('td', { 'data-col': 'discrepancies', class: 'num' }, s.discrepancies.length === 0 ? t('inbound.none') : n(s.discrepancies.length)),
    );
  }

  followLang(table, render);
  void load(null);

  const intro = h('p', { class: 'muted' });
  setText(intro, { key: 'inbound.intro' });
  return h(
    'main',
    { class: 'page', id: 'main', 'data-testid': 'inbound-page' },
    h('h1', { tabindex: -1 }, tr('inbound.title')),
    intro,
    canManage ? h('p', {}, h('a', { class: 'button button--primary', href: hrefOf({ name: 'inbound-new' }), 'data-testid': 'inbound-new' }, tr('inbound.new'))) : null,
    h(
      'div',
      { class: 'sku-list' },
      h('label', { class: 'field', for: 'inbound-status-filter' }, tr('inbound.filter.status'), filter),
      failure.element,
      h('div', { class: 'table-scroll' }, table),
      empty,
      h('div', { class: 'list-footer' }, shown, loadMore),
    ),
  );
}
