// One order: where it is (status and what that means), the buyer, address, goods and money,
// delivery, and its history (who changed what, when, why). Shop administrators and managers can
// cancel it with a reason while the warehouse has not started picking.
import { ApiError, IdempotencyKeys, type Api, type OrderEventView, type OrderView, type TenantView } from '../api';
import { followLang, h, message, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { takeFlash } from '../flash';
import { lang, t, textOf, type MessageKey, type Text } from '../i18n';
import { formatMoney } from '../money';
import { actorText, canCancel, reasonText, statusHint, statusLabel } from '../orders';
import { formatDate, formatDateTime } from '../zone';
import { statusBadge } from './order-status';
import { ordersListHref } from './orders-list';

export interface OrderDetailContext {
  readonly api: Api;
  readonly tenant: TenantView;
  readonly id: string;
  readonly canManage: boolean;
}

export function renderOrderDetailPage({ api, tenant, id, canManage }: OrderDetailContext): HTMLElement {
  const zone = tenant.timeZone;
  const flash = message('order-flash', 'success');
  const pending = takeFlash();
  if (pending) flash.show(pending);
  const failure = message('order-error', 'error');
  const title = h('h1', { tabindex: -1, 'data-testid': 'order-title' });
  setText(title, { key: 'order.loading' });
  const head = h('div', { class: 'order-head' });
  const facts = h('div', { class: 'order-facts' });
  const timeline = h('section', { class: 'card timeline', 'data-testid': 'timeline' });
  const cancelHost = h('div', {});
  const page = h(
    'main',
    { class: 'page order', id: 'main', 'data-testid': 'order-detail-page' },
    h('a', { href: ordersListHref(), class: 'back-link', 'data-testid': 'back-to-orders' }, tr('order.back')),
    title,
    flash.element,
    failure.element,
    head,
    cancelHost,
    facts,
    timeline,
  );

  let order: OrderView | null = null;
  let events: OrderEventView[] | null = null;
  let timelineFailed: unknown = null;

  async function load(): Promise<void> {
    try {
      const [loadedOrder, loadedEvents] = await Promise.all([
        api.order(id),
        api.orderTimeline(id).catch((error: unknown) => {
          timelineFailed = error;
          return null;
        }),
      ]);
      order = loadedOrder;
      events = loadedEvents;
      if (loadedEvents) timelineFailed = null;
      render();
      showCancel(loadedOrder);
    } catch (error) {
      setText(title, { key: 'order.loadFailed' });
      failure.show(describeFailure(error));
    }
  }

  function render(): void {
    if (!order) return;
    const o = order;
    setText(title, o.externalNumber ? { key: 'order.title', params: { number: o.externalNumber } } : { key: 'order.titleNoNumber' });
    const hint = h('p', { class: 'status-hint', 'data-testid': 'order-status-hint' });
    setText(hint, { key: statusHint(o.status) });
    head.replaceChildren(
      h('div', { class: 'order-status-line' }, statusBadge(o.status), hint),
      h(
        'p',
        { class: 'muted' },
        tr('order.received'),
        ': ',
        h('span', { 'data-testid': 'order-received' }, formatDateTime(o.receivedAt, zone, lang())),
        ' · ',
        tr('order.platformId'),
        ': ',
        h('code', { 'data-testid': 'order-id' }, o.id),
      ),
    );
    facts.replaceChildren(
      h('div', { class: 'order-cards' }, ...cards()),
      linesCard(),
    );
    renderTimeline();
  }

  function cards(): HTMLElement[] {
    if (!order) return [];
    const o = order;
    const address = o.buyer.address;
    return [
      card('order.buyer', 'order-buyer', [
        ['order.buyerName', o.buyer.name, 'buyer-name'],
        ['order.phone', o.buyer.phone, 'buyer-phone'],
        ['order.email', o.buyer.email, 'buyer-email'],
        ['order.buyerZone', o.buyer.timeZone, 'buyer-zone'],
      ]),
      card('order.address', 'order-address', [
        ['order.address', [address.postalCode, address.country, address.region, address.city, address.street].filter(Boolean).join(', '), 'address'],
      ]),
      card('order.delivery', 'order-delivery', [
        ['order.deliveryMethod', t(`delivery.${o.deliveryMethod}`), 'delivery-method'],
        ['order.deliveryDate', deliveryWhen(o), 'delivery-when'],
        ['order.payment', t(`payment.${o.paymentForm}`), 'payment-form'],
        ['order.notes', o.notes, 'notes'],
      ]),
    ];
  }

  function linesCard(): HTMLElement {
    const o = order!;
    const money = (minor: number) => formatMoney(minor, o.totals.currency, lang());
    return h(
      'section',
      { class: 'card order-lines', 'data-testid': 'order-lines' },
      h('h2', {}, tr('order.lines')),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, tr('order.col.sku')),
              h('th', { scope: 'col' }, tr('order.col.name')),
              h('th', { scope: 'col', class: 'num' }, tr('order.col.qty')),
              h('th', { scope: 'col', class: 'num' }, tr('order.col.price')),
              h('th', { scope: 'col', class: 'num' }, tr('order.col.amount')),
            ),
          ),
          h(
            'tbody',
            {},
            ...o.lines.map((line) =>
              h(
                'tr',
                { 'data-testid': 'order-line', 'data-sku': line.sku },
                h('td', { 'data-col': 'sku', class: 'sku-code' }, line.sku),
                h('td', { 'data-col': 'name' }, line.name),
                h('td', { 'data-col': 'qty', class: 'num' }, new Intl.NumberFormat(lang()).format(line.qty)),
                h('td', { 'data-col': 'price', class: 'num' }, money(line.unitPriceMinor)),
                h('td', { 'data-col': 'amount', class: 'num' }, money(line.amountMinor)),
              ),
            ),
          ),
          h(
            'tfoot',
            {},
            totalRow('order.goodsTotal', money(o.totals.goodsTotalMinor), 'order-goods-total'),
            totalRow('order.deliveryFee', money(o.totals.deliveryFeeMinor), 'order-delivery-fee'),
            totalRow('order.cod', money(o.totals.codAmountMinor), 'order-cod', true),
          ),
        ),
      ),
    );
  }

  function renderTimeline(): void {
    const heading = h('h2', {}, tr('order.timeline'));
    const zoneHint = h('p', { class: 'field-hint' }, tr('order.timelineZone', { zone }));
    if (!events) {
      const error = h('p', { class: 'message message--error', role: 'alert', 'data-testid': 'timeline-error' });
      setText(error, { raw: `${t('order.timelineFailed')} ${textOf(describeFailure(timelineFailed))}` });
      timeline.replaceChildren(heading, error);
      return;
    }
    timeline.replaceChildren(
      heading,
      zoneHint,
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, tr('order.col.at')),
              h('th', { scope: 'col' }, tr('order.col.actor')),
              h('th', { scope: 'col' }, tr('order.col.change')),
              h('th', { scope: 'col' }, tr('order.col.reason')),
            ),
          ),
          h(
            'tbody',
            {},
            ...events.map((event) =>
              h(
                'tr',
                { 'data-testid': 'timeline-entry', 'data-to': event.to, 'data-from': event.from ?? '' },
                h('td', { 'data-col': 'at', class: 'nowrap' }, formatDateTime(event.at, zone, lang())),
                h('td', { 'data-col': 'actor', 'data-actor': event.actor }, textOf(actorText(event.actor))),
                h(
                  'td',
                  { 'data-col': 'change' },
                  event.from ? h('span', { class: 'muted' }, t(statusLabel(event.from)), ' → ') : null,
                  h('strong', {}, t(statusLabel(event.to))),
                ),
                h('td', { 'data-col': 'reason' }, textOf(reasonText(event.reason))),
              ),
            ),
          ),
        ),
      ),
    );
  }

  /** The cancel button and its form, or why cancelling is over; nothing for a viewer. */
  function showCancel(current: OrderView): void {
    const panel = cancelPanel(current);
    cancelHost.replaceChildren(...(panel ? [panel] : []));
  }

  function cancelPanel(current: OrderView): HTMLElement | null {
    if (!canManage) return null;
    if (!canCancel(current.status)) {
      if (current.status === 'CANCELLED' || current.status === 'REJECTED') return null;
      const closed = h('p', { class: 'field-hint', 'data-testid': 'cancel-closed' });
      setText(closed, { key: 'order.cancel.closed' });
      return closed;
    }
    const open = h('button', { type: 'button', class: 'button button--danger', 'data-testid': 'cancel-open' }, tr('order.cancel'));
    const reason = h('textarea', { id: 'cancel-reason', rows: 2, maxlength: 500, 'data-testid': 'cancel-reason', 'aria-required': 'true', 'aria-describedby': 'cancel-reason-hint cancel-reason-error' });
    const reasonHint = h('p', { class: 'field-hint', id: 'cancel-reason-hint' }, tr('order.cancel.reasonHint'));
    const reasonError = h('p', { class: 'field-error', id: 'cancel-reason-error', 'data-testid': 'cancel-reason-error', hidden: true });
    const error = message('cancel-error', 'error');
    const submitLabel = tr('order.cancel.submit');
    const submit = h('button', { type: 'submit', class: 'button button--danger', 'data-testid': 'cancel-submit' }, submitLabel);
    const keep = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'cancel-keep' }, tr('order.cancel.keep'));
    const form = h(
      'form',
      { class: 'card cancel-form', 'data-testid': 'cancel-form', novalidate: true, hidden: true, 'aria-labelledby': 'cancel-title' },
      h('h2', { id: 'cancel-title' }, tr('order.cancel.title')),
      h('div', { class: 'field' }, h('label', { for: 'cancel-reason' }, tr('order.cancel.reason')), reason, reasonHint, reasonError),
      error.element,
      h('div', { class: 'actions' }, submit, keep),
    );
    const keys = new IdempotencyKeys();
    let busy = false;
    open.addEventListener('click', () => {
      form.hidden = false;
      open.hidden = true;
      reason.focus();
    });
    keep.addEventListener('click', () => {
      form.hidden = true;
      open.hidden = false;
      open.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void cancel();
    });

    async function cancel(): Promise<void> {
      if (busy) return;
      error.clear();
      reasonError.hidden = true;
      reason.removeAttribute('aria-invalid');
      const text = reason.value.trim();
      if (!text) {
        showReasonError({ key: 'validation.required' });
        return;
      }
      busy = true;
      submit.disabled = true;
      setText(submitLabel, { key: 'order.cancel.submitting' });
      try {
        const cancelled = await api.cancelOrder(current.id, text, keys.keyFor(`${current.id}\n${text}`));
        flash.show({ key: 'order.cancel.done' });
        order = cancelled;
        await reloadTimeline();
        render();
        showCancel(cancelled);
      } catch (failed) {
        const problem = failed instanceof ApiError && failed.kind === 'refused' ? failed.problem : null;
        const reasonProblem = problem?.errors?.find((entry) => entry.field === 'reason');
        if (failed instanceof ApiError && failed.status === 409) {
          // Someone else moved the order meanwhile (the call centre, the warehouse): say where it
          // is now and show it so.
          await refresh();
          error.show({ key: 'order.cancel.conflict', params: { status: order ? t(statusLabel(order.status)) : '?' } });
          if (order && !canCancel(order.status)) {
            // The form has nothing left to do; keep the explanation visible beside the status.
            cancelHost.replaceChildren(error.element);
          }
        } else if (reasonProblem) {
          showReasonError({ raw: reasonProblem.message });
        } else {
          error.show(describeFailure(failed));
        }
      } finally {
        busy = false;
        submit.disabled = false;
        setText(submitLabel, { key: 'order.cancel.submit' });
      }
    }

    function showReasonError(text: Text): void {
      setText(reasonError, text);
      reasonError.hidden = false;
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
    }

    return h('div', { class: 'cancel' }, open, form);
  }

  async function reloadTimeline(): Promise<void> {
    try {
      events = await api.orderTimeline(id);
      timelineFailed = null;
    } catch (error) {
      events = null;
      timelineFailed = error;
    }
  }

  async function refresh(): Promise<void> {
    try {
      order = await api.order(id);
    } catch {
      // The page keeps what it showed; the conflict message still explains.
    }
    await reloadTimeline();
    render();
  }

  followLang(page, render);
  void load();
  return page;
}

type Fact = readonly [MessageKey, string | null, string];

function card(heading: MessageKey, testId: string, rows: readonly Fact[]): HTMLElement {
  return h(
    'section',
    { class: 'card facts', 'data-testid': testId },
    h('h2', {}, tr(heading)),
    h(
      'dl',
      {},
      ...rows.flatMap(([label, value, id]) => [h('dt', {}, tr(label)), h('dd', { 'data-testid': id }, value ?? t('order.none'))]),
    ),
  );
}

function totalRow(label: MessageKey, value: string, testId: string, strong = false): HTMLTableRowElement {
  return h(
    'tr',
    { class: strong ? 'total total--strong' : 'total' },
    h('th', { scope: 'row', colspan: 4 }, tr(label)),
    h('td', { class: 'num', 'data-testid': testId }, value),
  );
}

function deliveryWhen(order: OrderView): string {
  if (!order.deliveryDate) return t('order.notSet');
  const date = formatDate(order.deliveryDate, lang());
  if (order.slotFrom && order.slotTo) {
    return t('order.deliveryWhen', { date, from: order.slotFrom.slice(0, 5), to: order.slotTo.slice(0, 5) });
  }
  return t('order.deliveryDay', { date });
}
