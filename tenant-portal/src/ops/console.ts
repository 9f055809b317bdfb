// The operator's page: "Next call", the claimed call (shop, script, buyer, order with stock,
// previous calls, claim countdown), the order edits and the outcome buttons.
import { ApiError, type Call, type OrderView } from '../api';
import { h, message, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { lang, onLangChange, t, type MessageKey } from '../i18n';
import { formatMoney } from '../money';
import { formatDateTime } from '../zone';
import { buildOutcome, countdown, fieldTarget, localNowIn, type LineEdit, type OutcomeKind } from './call-logic';

type Caller = (spec: Call) => Promise<unknown>;

interface StockView {
  readonly known: boolean;
  readonly availableQty: number | null;
  readonly source: string | null;
}
interface LineStockView {
  readonly sku: string;
  readonly name: string;
  readonly qty: number;
  readonly stock: StockView | null;
  readonly shortage: boolean | null;
  readonly substitutes: readonly { sku: string; name: string; availableQty: number; unitPriceMinor: number }[] | null;
}
interface AttemptView {
  readonly id: string;
  readonly attempt: number;
  readonly operator: string;
  readonly startedAt: string;
  readonly outcome: string | null;
  readonly notes: string | null;
  readonly reason: string | null;
}
export interface CallView {
  readonly taskId: string;
  readonly kind: 'CONFIRMATION' | 'PRE_DELIVERY';
  readonly attempt: number;
  readonly tenantId: string;
  readonly tenantName: string;
  readonly script: { readonly version: number; readonly textRu: string; readonly textEn: string } | null;
  readonly order: OrderView;
  readonly lines: readonly LineStockView[];
  readonly buyerLocalTime: string;
  readonly claimedUntil: string;
  readonly previousAttempts: readonly AttemptView[];
}

const OUTCOMES: readonly OutcomeKind[] = ['CONFIRMED', 'CANCELLED', 'UNREACHABLE', 'CALL_BACK'];

export function renderConsolePage(call: Caller): HTMLElement {
  const nextButton = h('button', { type: 'button', class: 'button button--big', 'data-testid': 'next-call' }, tr('ops.next'));
  const hint = h('span', { class: 'muted' }, tr('ops.nextHint'));
  const status = message('call-status', 'success');
  const failure = message('call-error', 'error');
  const done = message('outcome-done', 'success');
  const host = h('div', { class: 'call-host' });
  const start = h('div', { class: 'next-call', 'data-testid': 'next-call-panel' }, nextButton, hint);
  const page = h('main', { class: 'page ops-page', id: 'main', 'data-testid': 'ops-console-page' },
    h('h1', { tabindex: '-1' }, tr('ops.nav.call')), done.element, start, status.element, failure.element, host);
  let busy = false;
  let stopTimer: (() => void) | null = null;

  const showStart = () => {
    stopTimer?.();
    stopTimer = null;
    host.replaceChildren();
    start.hidden = false;
    nextButton.focus();
  };

  const pull = async () => {
    if (busy || start.hidden) return;
    busy = true;
    status.show({ key: 'ops.loadingCall' });
    failure.clear();
    done.clear();
    try {
      const view = (await call({ method: 'POST', path: 'ops/calls/next' })) as CallView | null;
      status.clear();
      if (!view) {
        setText(status.element, { key: 'ops.none' });
        status.element.dataset['testid'] = 'no-calls';
        status.element.hidden = false;
        return;
      }
      status.element.dataset['testid'] = 'call-status';
      start.hidden = true;
      const card = renderCall(call, view, (outcome) => {
        done.show({ key: 'ops.recorded', params: { outcome: t(`ops.out.${outcome}` as MessageKey) } });
        showStart();
      });
      host.replaceChildren(card.element);
      stopTimer = card.stop;
    } catch (error) {
      status.clear();
      failure.show(describeFailure(error));
    } finally {
      busy = false;
    }
  };
  nextButton.addEventListener('click', () => void pull());
  const onKey = (event: KeyboardEvent) => {
    if (!page.isConnected) {
      document.removeEventListener('keydown', onKey);
      return;
    }
    if (start.hidden) return;
    const target = event.target as HTMLElement | null;
    if (target && target !== nextButton && /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)) return;
    if (event.key === 'Enter' || event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      void pull();
    }
  };
  document.addEventListener('keydown', onKey);
  return page;
}

function renderCall(call: Caller, view: CallView, onDone: (outcome: OutcomeKind) => void): { element: HTMLElement; stop: () => void } {
  const order = view.order;
  const zone = order.buyer.timeZone;
  const currency = order.totals.currency;
  // Claim countdown
  const left = h('strong', { 'data-testid': 'claim-countdown' });
  const expired = message('claim-expired', 'error');
  const tick = () => {
    const c = countdown(view.claimedUntil, Date.now());
    left.textContent = c.text;
    if (c.expired) expired.show({ key: 'ops.claimExpired' });
  };
  tick();
  const timer = window.setInterval(tick, 1000);
  // Script in the user's language
  const script = h('div', { class: 'script', 'data-testid': 'call-script' });
  const showScript = () => {
    const text = view.script ? (lang() === 'ru' ? view.script.textRu : view.script.textEn) : '';
    if (text) script.textContent = text;
    else setText(script, { key: 'ops.noScript' });
  };
  showScript();
  const stopLang = onLangChange(() => {
    if (script.isConnected) showScript();
  });
  // Lines
  const rows: { row: HTMLTableRowElement; sku: HTMLInputElement | null; skuText: string; qty: HTMLInputElement; removed: boolean; price: number | null; original: number | null; error: HTMLElement }[] = [];
  const tbody = h('tbody');
  const addRow = (line: LineStockView | null, price: number | null) => {
    const qty = h('input', { type: 'number', min: '1', step: '1', class: 'input input--qty', 'data-testid': 'line-qty', value: line ? String(line.qty) : '1' });
    const error = h('span', { class: 'field-error', 'data-testid': 'line-qty-error', hidden: true });
    const skuInput = line ? null : h('input', { type: 'text', class: 'input', 'data-testid': 'line-sku' });
    const stock = h('td', { 'data-col': 'stock', 'data-testid': 'line-stock' });
    if (line) {
      if (!line.stock || !line.stock.known) {
        stock.append(tr('ops.stockUnknown'));
        if (line.stock?.source) stock.title = line.stock.source;
      } else {
        stock.append(String(line.stock.availableQty ?? 0));
        if (line.shortage) stock.append(' ', h('span', { class: 'badge badge--warn' }, tr('ops.short')));
      }
    }
    const subs = h('td', { 'data-col': 'substitutes', 'data-testid': 'line-substitutes' },
      ...(line?.substitutes ?? []).map((s) => h('div', {}, `${s.sku} ${s.name} (${s.availableQty}, ${formatMoney(s.unitPriceMinor, currency, lang())})`)));
    const remove = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'line-remove' }, tr('ops.remove'));
    const row = h('tr', { 'data-testid': 'call-line', 'data-sku': line?.sku ?? '' },
      h('td', { 'data-col': 'sku' }, line ? line.sku : skuInput),
      h('td', { 'data-col': 'name' }, line?.name ?? ''),
      h('td', { 'data-col': 'qty' }, qty, error),
      stock, subs,
      h('td', {}, remove));
    const entry = { row, sku: skuInput, skuText: line?.sku ?? '', qty, removed: false, price, original: line ? line.qty : null, error };
    remove.addEventListener('click', () => {
      entry.removed = !entry.removed;
      row.classList.toggle('removed', entry.removed);
      setText(remove, { key: entry.removed ? 'ops.restore' : 'ops.remove' });
    });
    rows.push(entry);
    tbody.append(row);
  };
  view.lines.forEach((line) => {
    const price = order.lines.find((l) => l.sku === line.sku)?.unitPriceMinor ?? null;
    addRow(line, price);
  });
  const addLine = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'line-add', onclick: () => addRow(null, null) }, tr('ops.addLine'));
  const linesError = h('p', { class: 'field-error', 'data-testid': 'lines-error', hidden: true });
  // Address, delivery, payment
  const a = order.buyer.address;
  const field = (id: string, label: MessageKey, value: string, type = 'text') => {
    const input = h('input', { type, class: 'input', id: `f-${id}`, 'data-testid': id, value });
    const error = h('span', { class: 'field-error', 'data-testid': `${id}-error`, hidden: true });
    return { input, error, element: h('label', { class: 'field', for: `f-${id}` }, tr(label), input, error) };
  };
  const country = field('address-country', 'ops.country', a.country);
  const region = field('address-region', 'ops.region', a.region ?? '');
  const city = field('address-city', 'ops.city', a.city);
  const street = field('address-street', 'ops.street', a.street);
  const postal = field('address-postalCode', 'ops.postalCode', a.postalCode ?? '');
  const date = field('delivery-date', 'ops.deliveryDate', order.deliveryDate ?? '', 'date');
  const slotFrom = field('slot-from', 'ops.slotFrom', order.slotFrom ?? '', 'time');
  const slotTo = field('slot-to', 'ops.slotTo', order.slotTo ?? '', 'time');
  const payment = h('select', { class: 'input', 'data-testid': 'payment-form' },
    ...['COD_CASH', 'COD_CARD', 'PREPAID'].map((p) => h('option', { value: p, selected: p === order.paymentForm }, p)));
  const paymentError = h('span', { class: 'field-error', 'data-testid': 'payment-form-error', hidden: true });
  const notes = field('notes', 'ops.notes', '');
  const reason = field('reason', 'ops.reason', '');
  const callBack = field('call-back-at', 'ops.callBackAt', '', 'datetime-local');
  callBack.input.min = localNowIn(zone, Date.now());
  const summary = message('outcome-error', 'error');
  const inputs: Record<string, { error: HTMLElement; input: HTMLElement }> = {
    'edits.address.country': country, 'edits.address.region': region, 'edits.address.city': city,
    'edits.address.street': street, 'edits.address.postalCode': postal, 'edits.deliveryDate': date,
    'edits.slotFrom': slotFrom, 'edits.slotTo': slotTo, 'edits.paymentForm': { input: payment, error: paymentError },
    notes, reason, callBackAt: callBack,
  };
  const clearErrors = () => {
    summary.clear();
    linesError.hidden = true;
    for (const entry of [...Object.values(inputs), ...rows]) {
      entry.error.hidden = true;
      entry.error.textContent = '';
    }
    for (const r of rows) (r.sku ?? r.qty).removeAttribute('aria-invalid');
  };
  const placeError = (fieldName: string, text: string, lineRows: readonly number[]): boolean => {
    const target = fieldTarget(fieldName, lineRows);
    if (target.row !== null) {
      const r = rows[target.row];
      if (!r) return false;
      r.error.textContent = text;
      r.error.hidden = false;
      r.qty.setAttribute('aria-invalid', 'true');
      return true;
    }
    if (fieldName === 'edits.lines' || fieldName.startsWith('edits.lines')) {
      linesError.textContent = text;
      linesError.hidden = false;
      return true;
    }
    const input = inputs[fieldName] ?? inputs[fieldName.replace(/^edits\./, '')];
    if (!input) return false;
    input.error.textContent = text;
    input.error.hidden = false;
    input.input.setAttribute('aria-invalid', 'true');
    return true;
  };
  const buttons = OUTCOMES.map((kind) =>
    h('button', { type: 'button', class: `button outcome outcome--${kind.toLowerCase()}`, 'data-testid': `outcome-${kind}`, 'data-outcome': kind }, tr(`ops.out.${kind}` as MessageKey)));
  let sending = false;
  const send = async (kind: OutcomeKind) => {
    if (sending) return;
    clearErrors();
    const built = buildOutcome({
      kind,
      notes: notes.input.value,
      reason: reason.input.value,
      callBackLocal: callBack.input.value,
      buyerZone: zone,
      lines: rows.map((r): LineEdit => ({ sku: r.sku ? r.sku.value : r.skuText, qty: r.qty.value, removed: r.removed, unitPriceMinor: r.price, originalQty: r.original })),
      address: { country: country.input.value, region: region.input.value, city: city.input.value, street: street.input.value, postalCode: postal.input.value },
      originalAddress: { country: a.country, region: a.region ?? '', city: a.city, street: a.street, postalCode: a.postalCode ?? '' },
      deliveryDate: date.input.value,
      slotFrom: slotFrom.input.value,
      slotTo: slotTo.input.value,
      paymentForm: payment.value,
      original: { deliveryDate: order.deliveryDate ?? '', slotFrom: order.slotFrom ?? '', slotTo: order.slotTo ?? '', paymentForm: order.paymentForm },
    });
    if (!built.request) {
      for (const [name, key] of Object.entries(built.errors)) placeError(name, t(`ops.err.${key}` as MessageKey), built.lineRows);
      summary.show({ key: 'ops.err.fix' });
      return;
    }
    sending = true;
    for (const b of buttons) b.disabled = true;
    try {
      await call({ method: 'POST', path: `ops/calls/${encodeURIComponent(view.taskId)}/outcome`, body: JSON.stringify(built.request), contentType: 'application/json' });
      onDone(kind);
    } catch (error) {
      const problems = error instanceof ApiError ? error.problem?.errors ?? [] : [];
      const unplaced = problems.filter((p) => !(p.field && placeError(p.field, p.message, built.lineRows)));
      const text = unplaced.length > 0 ? unplaced.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ') : null;
      summary.show(text ? { raw: text } : problems.length > 0 ? { key: 'ops.err.fix' } : describeFailure(error));
    } finally {
      sending = false;
      for (const b of buttons) b.disabled = false;
    }
  };
  buttons.forEach((b, i) => b.addEventListener('click', () => void send(OUTCOMES[i]!)));
  const previous = view.previousAttempts.length === 0
    ? h('p', { class: 'muted' }, tr('ops.noPrevious'))
    : h('ul', { class: 'attempts' }, ...view.previousAttempts.map((p) =>
        h('li', { 'data-testid': 'previous-attempt', 'data-outcome': p.outcome ?? '' },
          `${formatDateTime(p.startedAt, zone, lang())} · ${p.operator} · ${p.outcome ?? '—'}${p.reason ? ` · ${p.reason}` : ''}${p.notes ? ` · ${p.notes}` : ''}`)));
  const phone = order.buyer.phone;
  const element = h('section', { class: 'call card', 'data-testid': 'call', 'data-task-id': view.taskId, 'data-order-id': order.id },
    h('div', { class: 'call-head' },
      h('h2', { 'data-testid': 'call-shop' }, view.tenantName),
      h('span', { 'data-testid': 'call-kind' }, tr(`ops.kind.${view.kind}` as MessageKey)),
      h('span', {}, tr('ops.attemptNo', { n: view.attempt })),
      h('span', { class: 'countdown' }, tr('ops.claimLeft'), ' ', left)),
    expired.element,
    h('div', { class: 'call-grid' },
      h('section', {}, h('h3', {}, tr('ops.script')), script),
      h('section', {},
        h('h3', {}, tr('ops.buyer')),
        h('p', { 'data-testid': 'buyer-name' }, order.buyer.name),
        h('p', {}, h('a', { href: `tel:${phone}`, 'data-testid': 'buyer-phone' }, phone)),
        h('p', { 'data-testid': 'buyer-time' }, tr('ops.buyerTime', { time: view.buyerLocalTime.replace('T', ' ').slice(0, 16), zone })),
        h('p', {}, tr('ops.order'), ' ', h('strong', { 'data-testid': 'order-external' }, order.externalNumber ?? order.id),
          ' · ', h('span', { 'data-testid': 'order-cod' }, formatMoney(order.totals.codAmountMinor, currency, lang()))))),
    h('h3', {}, tr('ops.lines')),
    h('table', { class: 'table', 'data-testid': 'call-lines' },
      h('thead', {}, h('tr', {}, ...(['ops.col.sku', 'ops.col.name', 'ops.col.qty', 'ops.col.stock', 'ops.col.substitutes'] as MessageKey[]).map((k) => h('th', {}, tr(k))), h('th'))),
      tbody),
    addLine, linesError,
    h('fieldset', { class: 'fields' }, h('legend', {}, tr('ops.address')), country.element, region.element, city.element, street.element, postal.element),
    h('fieldset', { class: 'fields' }, h('legend', {}, tr('ops.delivery')), date.element, slotFrom.element, slotTo.element,
      h('label', { class: 'field' }, tr('ops.paymentForm'), payment, paymentError)),
    h('h3', {}, tr('ops.previous')), previous,
    h('div', { class: 'fields' }, notes.element, reason.element, callBack.element),
    summary.element,
    h('div', { class: 'actions outcomes' }, ...buttons));
  return {
    element,
    stop: () => {
      window.clearInterval(timer);
      stopLang();
    },
  };
}
