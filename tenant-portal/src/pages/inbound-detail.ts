// One inbound shipment: the code the dock scans, its status and dates, every line received against
// expected (good, damaged, on shelves, at the dock, the difference and its state), and the
// discrepancies as the storekeepers recorded them (short, over, damaged, unknown barcode). The
// shop may withdraw an announcement the dock has not started counting.
import { newIdempotencyKey, type Call, type DiscrepancyView, type InboundLineView, type InboundShipmentView, type TenantView } from '../api';
import { followLang, h, message, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { takeFlash } from '../flash';
import { lang, t, type MessageKey } from '../i18n';
import { hrefOf } from '../router';
import { formatDate, formatDateTime } from '../zone';
import { inboundStatusBadge } from './inbound-list';
import { canCancel, lineProgress, signed } from './inbound-view';

type Caller = (spec: Call) => Promise<unknown>;

export function renderInboundDetailPage(options: { call: Caller; tenant: TenantView; id: string; canManage: boolean }): HTMLElement {
  const { call, tenant, id, canManage } = options;
  const zone = tenant.timeZone;
  const flash = message('inbound-flash', 'success');
  const failure = message('inbound-error', 'error');
  const content = h('div', { class: 'order' });
  const title = h('h1', { tabindex: -1, 'data-testid': 'inbound-title' }, tr('inbound.title'));
  let shipment: InboundShipmentView | null = null;

  const pending = takeFlash();
  if (pending) flash.show(pending);

  async function load(): Promise<void> {
    failure.clear();
    try {
      shipment = (await call({ method: 'GET', path: `inbound-shipments/${encodeURIComponent(id)}` })) as InboundShipmentView;
      render();
    } catch (error) {
      content.replaceChildren();
      failure.show(describeFailure(error));
    }
  }

  function render(): void {
    const s = shipment;
    if (!s) return;
    setText(title, { key: 'inbound.detail.title', params: { code: s.code } });
    const n = (v: number) => new Intl.NumberFormat(lang()).format(v);
    const fact = (label: MessageKey, value: Node | string, testId: string) => [h('dt', {}, tr(label)), h('dd', { 'data-testid': testId }, value)];
    const facts = h(
      'dl',
      {},
      ...fact('inbound.detail.code', h('code', {}, s.code), 'inbound-code'),
      ...fact('inbound.detail.status', inboundStatusBadge(s.status), 'inbound-status-cell'),
      ...fact('inbound.detail.reference', s.reference ?? t('inbound.none'), 'inbound-reference'),
      ...fact('inbound.detail.expectedOn', s.expectedOn ? formatDate(s.expectedOn, lang()) : t('inbound.none'), 'inbound-expected-on'),
      ...fact('inbound.detail.createdAt', formatDateTime(s.createdAt, zone, lang()), 'inbound-created'),
      ...fact('inbound.detail.closedAt', s.closedAt ? formatDateTime(s.closedAt, zone, lang()) : t('inbound.none'), 'inbound-closed'),
    );

    const lineHeads: MessageKey[] = [
      'inbound.line.sku', 'inbound.line.lot', 'inbound.line.expiry', 'inbound.line.expected', 'inbound.line.received',
      'inbound.line.damaged', 'inbound.line.difference', 'inbound.line.state', 'inbound.line.putAway', 'inbound.line.awaiting',
    ];
    const lineRow = (l: InboundLineView) => {
      const p = lineProgress(l, s.status);
      return h(
        'tr',
        { 'data-testid': 'inbound-line', 'data-sku': l.sku, 'data-lot': l.lot ?? '', 'data-state': p.state },
        h('td', { 'data-col': 'sku' }, h('a', { href: hrefOf({ name: 'stock', q: l.sku }), 'data-testid': 'inbound-line-stock', title: t('inbound.stockLink', { sku: l.sku }) }, l.sku)),
        h('td', { 'data-col': 'lot' }, l.lot ?? ''),
        h('td', { 'data-col': 'expiry' }, l.expiry ? formatDate(l.expiry, lang()) : ''),
        h('td', { 'data-col': 'expected', class: 'num' }, l.announced ? n(l.expected) : t('inbound.line.unannounced')),
        h('td', { 'data-col': 'received', class: 'num' }, n(l.received)),
        h('td', { 'data-col': 'damaged', class: 'num' }, n(l.damaged)),
        h('td', { 'data-col': 'difference', class: 'num' }, signed(p.difference)),
        h('td', { 'data-col': 'state' }, h('span', { class: p.state === 'short' || p.state === 'over' ? 'badge--warn' : '' }, tr(`inbound.state.${p.state}` as MessageKey))),
        h('td', { 'data-col': 'putAway', class: 'num' }, n(l.putAway)),
        h('td', { 'data-col': 'awaiting', class: 'num' }, n(l.awaitingPutaway)),
      );
    };
    const lines = h(
      'section',
      { class: 'card' },
      h('h2', {}, tr('inbound.detail.lines')),
      h(
        'div',
        { class: 'table-scroll' },
        h('table', { 'data-testid': 'inbound-lines' }, h('thead', {}, h('tr', {}, ...lineHeads.map((k) => h('th', { scope: 'col' }, tr(k))))), h('tbody', {}, ...s.lines.map(lineRow))),
      ),
    );

    const discrepancyRow = (d: DiscrepancyView) =>
      h(
        'tr',
        { 'data-testid': 'discrepancy', 'data-kind': d.kind, 'data-sku': d.sku ?? '', 'data-barcode': d.barcode ?? '' },
        h('td', { 'data-col': 'kind' }, tr(`inbound.kind.${d.kind}` as MessageKey)),
        h('td', { 'data-col': 'item' }, d.sku ? `${d.sku}${d.lot ? ` · ${d.lot}` : ''}` : (d.barcode ?? '')),
        h('td', { 'data-col': 'qty', class: 'num' }, n(d.qty)),
        h('td', { 'data-col': 'note' }, d.note ?? ''),
      );
    const discHeads: MessageKey[] = ['inbound.disc.kind', 'inbound.disc.item', 'inbound.disc.qty', 'inbound.disc.note'];
    const discrepancies = h(
      'section',
      { class: 'card', 'data-testid': 'discrepancies' },
      h('h2', {}, tr('inbound.detail.discrepancies')),
      h('p', { class: 'muted' }, tr('inbound.detail.discrepancies.intro')),
      s.discrepancies.length === 0
        ? h('p', { class: 'empty', 'data-testid': 'discrepancies-none' }, tr('inbound.detail.discrepancies.none'))
        : h(
            'div',
            { class: 'table-scroll' },
            h('table', {}, h('thead', {}, h('tr', {}, ...discHeads.map((k) => h('th', { scope: 'col' }, tr(k))))), h('tbody', {}, ...s.discrepancies.map(discrepancyRow))),
          ),
    );

    const refresh = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'inbound-refresh' }, tr('inbound.refresh'));
    refresh.addEventListener('click', () => {
      flash.clear();
      void load();
    });
    const actions = h('div', { class: 'actions' }, refresh);
    if (canManage && canCancel(s.status)) {
      const cancel = h('button', { type: 'button', class: 'button button--danger', 'data-testid': 'inbound-cancel' }, tr('inbound.cancel'));
      cancel.addEventListener('click', async () => {
        cancel.disabled = true;
        failure.clear();
        try {
          shipment = (await call({
            method: 'POST',
            path: `inbound-shipments/${encodeURIComponent(s.id)}/cancellation`,
            contentType: 'application/json',
            idempotencyKey: newIdempotencyKey(),
          })) as InboundShipmentView;
          flash.show({ key: 'inbound.cancelled' });
          render();
        } catch (error) {
          cancel.disabled = false;
          failure.show(describeFailure(error));
        }
      });
      actions.append(cancel);
    }
    content.replaceChildren(h('section', { class: 'card facts' }, facts), lines, discrepancies, actions);
  }

  followLang(content, render);
  void load();
  return h(
    'main',
    { class: 'page', id: 'main', 'data-testid': 'inbound-detail-page' },
    h('p', {}, h('a', { class: 'back-link', href: hrefOf({ name: 'inbound-list' }), 'data-testid': 'back-to-inbound' }, '← ', tr('inbound.back'))),
    title,
    flash.element,
    failure.element,
    content,
  );
}
