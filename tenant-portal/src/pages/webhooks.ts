// Webhooks of the shop: the registered endpoints, a form to register one (its signing secret is
// shown this once, with a copy button), pause/resume and delete, and per webhook its delivery log
// (status, HTTP code, attempts, next attempt, last error) with a manual re-send. The shop
// administrator manages; other shop roles read.
import { ApiError, newIdempotencyKey, type Call, type TenantView } from '../api';
import { h, message, setAttrText, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { lang, type MessageKey } from '../i18n';
import { formatDateTime } from '../zone';

type Caller = (spec: Call) => Promise<unknown>;

export interface WebhookView {
  readonly id: string;
  readonly url: string;
  readonly events: readonly string[];
  readonly active: boolean;
  readonly createdAt: string;
}

export interface DeliveryView {
  readonly id: string;
  readonly eventType: string;
  readonly orderId: string | null;
  readonly status: string;
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  readonly nextAttemptAt: string | null;
  readonly createdAt: string;
}

/** The events input ("order.confirmed, order.cancelled" or "*") as the API's list; blank is all. */
export function parseEvents(text: string): string[] {
  const events = text.split(/[\s,;]+/).map((e) => e.trim()).filter((e) => e !== '');
  return events.length === 0 ? ['*'] : events;
}

export function renderWebhooksPage(options: { call: Caller; tenant: TenantView; canManage: boolean }): HTMLElement {
  const { call, tenant, canManage } = options;
  const zone = tenant.timeZone;
  const listError = message('webhooks-error', 'error');
  const list = h('div', { 'data-testid': 'webhook-list' });
  const logHost = h('div');
  const secretBox = h('div', { class: 'card', 'data-testid': 'webhook-secret', hidden: true });

  const load = async () => {
    listError.clear();
    try {
      const page = (await call({ method: 'GET', path: 'webhooks' })) as { items?: WebhookView[] };
      const items = page.items ?? [];
      list.replaceChildren(items.length === 0
        ? h('p', { 'data-testid': 'webhooks-empty' }, tr('wh.none'))
        : h('table', { class: 'table', 'data-testid': 'webhooks-table' }, h('tbody', {}, ...items.map(row))));
    } catch (error) {
      listError.show(describeFailure(error));
    }
  };

  const row = (w: WebhookView): HTMLElement => {
    const state = h('span', { 'data-testid': 'webhook-state', 'data-active': String(w.active) }, tr(w.active ? 'wh.active' : 'wh.paused'));
    const open = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'webhook-log-open' }, tr('wh.log'));
    open.addEventListener('click', () => logHost.replaceChildren(renderLog(call, w, zone, canManage)));
    const actions: HTMLElement[] = [open];
    if (canManage) {
      const toggle = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'webhook-toggle' }, tr(w.active ? 'wh.pause' : 'wh.resume'));
      toggle.addEventListener('click', async () => {
        try {
          await call({ method: 'PUT', path: `webhooks/${encodeURIComponent(w.id)}`, body: JSON.stringify({ url: w.url, events: w.events, active: !w.active }), contentType: 'application/json' });
          await load();
        } catch (error) {
          listError.show(describeFailure(error));
        }
      });
      const remove = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'webhook-delete' }, tr('wh.delete'));
      remove.addEventListener('click', async () => {
        try {
          await call({ method: 'DELETE', path: `webhooks/${encodeURIComponent(w.id)}` });
          logHost.replaceChildren();
          await load();
        } catch (error) {
          listError.show(describeFailure(error));
        }
      });
      actions.push(toggle, remove);
    }
    return h('tr', { 'data-testid': 'webhook-row', 'data-id': w.id, 'data-url': w.url },
      h('td', { 'data-col': 'url' }, h('code', {}, w.url)),
      h('td', { 'data-col': 'events' }, w.events.join(', ') || '*'),
      h('td', { 'data-col': 'state' }, state),
      h('td', { 'data-col': 'created' }, formatDateTime(w.createdAt, zone, lang())),
      h('td', { class: 'actions' }, ...actions));
  };

  let form: HTMLElement | null = null;
  if (canManage) {
    const url = h('input', { type: 'url', class: 'input', id: 'wh-url', 'data-testid': 'webhook-url', placeholder: 'https://shop.example/hooks/fulfil' });
    const urlError = h('span', { class: 'field-error', 'data-testid': 'webhook-url-error', hidden: true });
    const events = h('input', { type: 'text', class: 'input', id: 'wh-events', 'data-testid': 'webhook-events', value: '*' });
    const eventsError = h('span', { class: 'field-error', 'data-testid': 'webhook-events-error', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button', 'data-testid': 'webhook-register' }, tr('wh.register'));
    const formError = message('webhook-form-error', 'error');
    let key = newIdempotencyKey();
    let lastBody = '';
    form = h('form', { class: 'card', 'data-testid': 'webhook-form', novalidate: true },
      h('div', { class: 'fields' },
        h('label', { class: 'field', for: 'wh-url' }, tr('wh.url'), url, urlError),
        h('label', { class: 'field', for: 'wh-events' }, tr('wh.events'), events, eventsError),
        submit),
      formError.element);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      formError.clear();
      for (const e of [urlError, eventsError]) e.hidden = true;
      const body = JSON.stringify({ url: url.value.trim(), events: parseEvents(events.value) });
      if (body !== lastBody) {
        key = newIdempotencyKey();
        lastBody = body;
      }
      submit.disabled = true;
      try {
        const created = (await call({ method: 'POST', path: 'webhooks', body, contentType: 'application/json', idempotencyKey: key })) as WebhookView & { secret: string };
        showSecret(created.secret);
        url.value = '';
        await load();
      } catch (error) {
        const problems = error instanceof ApiError ? error.problem?.errors ?? [] : [];
        const rest: string[] = [];
        for (const p of problems) {
          const target = p.field === 'url' ? urlError : p.field?.startsWith('events') ? eventsError : null;
          if (target) {
            target.textContent = p.message;
            target.hidden = false;
          } else rest.push(p.field ? `${p.field}: ${p.message}` : p.message);
        }
        formError.show(rest.length > 0 ? { raw: rest.join('; ') } : describeFailure(error));
      } finally {
        submit.disabled = false;
      }
    });
  }

  const showSecret = (secret: string) => {
    const value = h('code', { class: 'secret', 'data-testid': 'webhook-secret-value' }, secret);
    const copied = message('webhook-secret-copied', 'success');
    const copy = h('button', { type: 'button', class: 'button', 'data-testid': 'webhook-secret-copy' }, tr('wh.copy'));
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(secret);
      } catch {
        // No clipboard (insecure origin, policy): select the text for the user to copy.
        const range = document.createRange();
        range.selectNodeContents(value);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
      copied.show({ key: 'wh.copied' });
    });
    const hint = h('p');
    setText(hint, { key: 'wh.secret' });
    secretBox.replaceChildren(hint, value, copy, copied.element);
    secretBox.hidden = false;
  };

  void load();
  const title = h('h1', { tabindex: '-1' }, tr('wh.title'));
  const intro = h('p', { class: 'muted' });
  setText(intro, { key: 'wh.intro' });
  const page = h('main', { class: 'page', id: 'main', 'data-testid': 'webhooks-page' }, title, intro, form, secretBox, listError.element, list, logHost);
  setAttrText(page, 'aria-label', 'wh.title');
  return page;
}

function renderLog(call: Caller, w: WebhookView, zone: string, canManage: boolean): HTMLElement {
  const body = h('tbody');
  const failure = message('deliveries-error', 'error');
  const resent = message('delivery-resent', 'success');
  const empty = h('p', { 'data-testid': 'deliveries-empty', hidden: true }, tr('wh.noDeliveries'));
  const refresh = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'deliveries-refresh' }, tr('wh.refresh'));
  const when = (instant: string | null) => (instant ? formatDateTime(instant, zone, lang()) : '—');
  const load = async () => {
    failure.clear();
    try {
      const page = (await call({ method: 'GET', path: `webhooks/${encodeURIComponent(w.id)}/deliveries`, query: { limit: 100 } })) as { items?: DeliveryView[] };
      const items = page.items ?? [];
      empty.hidden = items.length > 0;
      body.replaceChildren(...items.map((d) => {
        const cells = [
          h('td', { 'data-col': 'event' }, d.eventType),
          h('td', { 'data-col': 'status' }, d.status),
          h('td', { 'data-col': 'code' }, d.lastStatusCode === null ? '—' : String(d.lastStatusCode)),
          h('td', { 'data-col': 'attempts' }, String(d.attempts)),
          h('td', { 'data-col': 'next' }, when(d.nextAttemptAt)),
          h('td', { 'data-col': 'error' }, d.lastError ?? ''),
          h('td', { 'data-col': 'created' }, when(d.createdAt)),
        ];
        if (canManage) {
          const resend = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'delivery-resend' }, tr('wh.resend'));
          resend.addEventListener('click', async () => {
            resent.clear();
            try {
              await call({ method: 'POST', path: `webhooks/${encodeURIComponent(w.id)}/deliveries/${encodeURIComponent(d.id)}/resend`, body: '{}', contentType: 'application/json', idempotencyKey: newIdempotencyKey() });
              resent.show({ key: 'wh.resent' });
              await load();
            } catch (error) {
              failure.show(describeFailure(error));
            }
          });
          cells.push(h('td', {}, resend));
        } else cells.push(h('td'));
        return h('tr', { 'data-testid': 'delivery-row', 'data-id': d.id, 'data-status': d.status, 'data-event': d.eventType, 'data-order-id': d.orderId ?? '' }, ...cells);
      }));
    } catch (error) {
      failure.show(describeFailure(error));
    }
  };
  refresh.addEventListener('click', () => void load());
  void load();
  const heads: MessageKey[] = ['wh.col.event', 'wh.col.status', 'wh.col.code', 'wh.col.attempts', 'wh.col.next', 'wh.col.error', 'wh.col.created'];
  return h('section', { class: 'card', 'data-testid': 'delivery-log', 'data-webhook-id': w.id },
    h('h2', {}, tr('wh.log'), ` · ${w.url}`), refresh, resent.element, failure.element, empty,
    h('table', { class: 'table', 'data-testid': 'deliveries-table' }, h('thead', {}, h('tr', {}, ...heads.map((k) => h('th', {}, tr(k))), h('th'))), body));
}
