// The supervisor's page: KPIs per shop and per operator for a period, a shop's call script
// (ru/en) with save, and the shop's calls of the period with an audit form for one of them.
import { ApiError, type Call } from '../api';
import { h, message, tr } from '../dom';
import { describeFailure } from '../failure';
import { lang, type MessageKey } from '../i18n';
import { formatDateTime, nextDay, todayIn } from '../zone';
import { formatDecimal, formatDuration, formatRatio, type Ratio } from './call-logic';

type Caller = (spec: Call) => Promise<unknown>;

interface TenantKpi {
  readonly tenantId: string;
  readonly orders: number;
  readonly calledOrders: number;
  readonly medianSecondsToFirstCall: number | null;
  readonly p90SecondsToFirstCall: number | null;
  readonly firstCallWithinHour: Ratio;
  readonly confirmationRate: Ratio;
  readonly attempts: number;
  readonly attemptsPerOrder: number | null;
  readonly slaBreaches: number;
}
interface OperatorKpi {
  readonly operator: string;
  readonly attempts: number;
  readonly ordersCalled: number;
  readonly attemptsPerOrder: number | null;
  readonly firstCalls: number;
  readonly medianSecondsToFirstCall: number | null;
  readonly p90SecondsToFirstCall: number | null;
  readonly firstCallWithinHour: Ratio;
  readonly confirmationRate: Ratio;
  readonly slaBreaches: number;
}

const CHECKLIST = ['greeting', 'introducedSelf', 'verifiedBuyer', 'confirmedItems', 'confirmedTotal', 'confirmedAddress', 'confirmedDeliverySlot', 'politeClosing'] as const;
const UTC = 'UTC';

/** A period of whole UTC days [from, to] as the API's instants [from 00:00, day after to 00:00). */
function period(from: string, to: string): { from: string; to: string } {
  return { from: `${from}T00:00:00Z`, to: `${nextDay(to) ?? to}T00:00:00Z` };
}

export function renderSupervisorPage(call: Caller): HTMLElement {
  const today = todayIn(UTC);
  const from = h('input', { type: 'date', class: 'input', 'data-testid': 'kpi-from', value: today });
  const to = h('input', { type: 'date', class: 'input', 'data-testid': 'kpi-to', value: today });
  const show = h('button', { type: 'button', class: 'button', 'data-testid': 'kpi-show' }, tr('sup.show'));
  const kpiError = message('kpi-error', 'error');
  const kpiHost = h('div', { 'data-testid': 'kpi-tables' });
  const cell = (col: string, text: string | number) => h('td', { 'data-col': col }, String(text));
  const head = (keys: MessageKey[]) => h('thead', {}, h('tr', {}, ...keys.map((k) => h('th', {}, tr(k)))));
  const loadKpis = async () => {
    kpiError.clear();
    kpiHost.replaceChildren(); // no figures of an earlier query stay on screen while these load
    try {
      const p = period(from.value, to.value);
      const view = (await call({ method: 'GET', path: 'ops/callcentre/kpis', query: p })) as { tenants: TenantKpi[]; operators: OperatorKpi[] };
      const l = lang();
      const tenants = h('table', { class: 'table', 'data-testid': 'kpi-tenants' },
        head(['sup.col.tenant', 'sup.col.orders', 'sup.col.called', 'sup.col.median', 'sup.col.p90', 'sup.col.withinHour', 'sup.col.confirmation', 'sup.col.attempts', 'sup.col.perOrder', 'sup.col.sla']),
        h('tbody', {}, ...view.tenants.map((k) => h('tr', { 'data-testid': 'kpi-tenant', 'data-tenant': k.tenantId },
          cell('tenant', k.tenantId), cell('orders', k.orders), cell('called', k.calledOrders),
          cell('median', formatDuration(k.medianSecondsToFirstCall, l)), cell('p90', formatDuration(k.p90SecondsToFirstCall, l)),
          cell('withinHour', formatRatio(k.firstCallWithinHour, l)), cell('confirmation', formatRatio(k.confirmationRate, l)),
          cell('attempts', k.attempts), cell('perOrder', formatDecimal(k.attemptsPerOrder, l)), cell('sla', k.slaBreaches)))));
      const operators = h('table', { class: 'table', 'data-testid': 'kpi-operators' },
        head(['sup.col.operator', 'sup.col.attempts', 'sup.col.called', 'sup.col.perOrder', 'sup.col.median', 'sup.col.p90', 'sup.col.withinHour', 'sup.col.confirmation', 'sup.col.sla']),
        h('tbody', {}, ...view.operators.map((k) => h('tr', { 'data-testid': 'kpi-operator', 'data-operator': k.operator },
          cell('operator', k.operator), cell('attempts', k.attempts), cell('called', k.ordersCalled), cell('perOrder', formatDecimal(k.attemptsPerOrder, l)),
          cell('median', formatDuration(k.medianSecondsToFirstCall, l)), cell('p90', formatDuration(k.p90SecondsToFirstCall, l)),
          cell('withinHour', formatRatio(k.firstCallWithinHour, l)), cell('confirmation', formatRatio(k.confirmationRate, l)), cell('sla', k.slaBreaches)))));
      kpiHost.replaceChildren(
        h('h3', {}, tr('sup.perTenant')), view.tenants.length ? tenants : h('p', { 'data-testid': 'kpi-empty' }, tr('sup.noData')),
        h('h3', {}, tr('sup.perOperator')), operators);
    } catch (error) {
      kpiError.show(describeFailure(error));
    }
  };
  show.addEventListener('click', () => void loadKpis());

  // Script and attempts of one shop
  const shop = h('input', { type: 'text', class: 'input', 'data-testid': 'shop-id', value: 'alfa' });
  const open = h('button', { type: 'button', class: 'button', 'data-testid': 'shop-open' }, tr('sup.load'));
  const textRu = h('textarea', { class: 'input', rows: '6', 'data-testid': 'script-ru' });
  const textEn = h('textarea', { class: 'input', rows: '6', 'data-testid': 'script-en' });
  const ruError = h('span', { class: 'field-error', 'data-testid': 'script-ru-error', hidden: true });
  const enError = h('span', { class: 'field-error', 'data-testid': 'script-en-error', hidden: true });
  const version = h('span', { 'data-testid': 'script-version' });
  const save = h('button', { type: 'button', class: 'button', 'data-testid': 'script-save' }, tr('sup.save'));
  const scriptMsg = message('script-saved', 'success');
  const scriptError = message('script-error', 'error');
  let scriptVersion = 0;
  const attemptsHost = h('div', { 'data-testid': 'attempts' });
  const shopError = message('shop-error', 'error');
  const loadShop = async () => {
    shopError.clear();
    scriptMsg.clear();
    const tenant = encodeURIComponent(shop.value.trim());
    // Nothing can be typed or saved until the shop's script is in: a late answer must not
    // overwrite what the supervisor typed, nor a save go out with the previous shop's version.
    const editable = [textRu, textEn, save];
    for (const e of editable) e.disabled = true;
    version.textContent = '';
    try {
      const s = (await call({ method: 'GET', path: `ops/callcentre/tenants/${tenant}/script` })) as { version: number; textRu: string; textEn: string };
      scriptVersion = s.version;
      textRu.value = s.textRu;
      textEn.value = s.textEn;
      version.textContent = `v${s.version}`;
      const p = period(from.value, to.value);
      const page = (await call({ method: 'GET', path: `ops/callcentre/tenants/${tenant}/attempts`, query: { ...p, limit: 200 } })) as { items: AttemptRow[] };
      attemptsHost.replaceChildren(renderAttempts(call, tenant, page.items ?? []));
    } catch (error) {
      shopError.show(describeFailure(error));
    } finally {
      for (const e of editable) e.disabled = false;
    }
  };
  open.addEventListener('click', () => void loadShop());
  save.addEventListener('click', async () => {
    scriptMsg.clear();
    scriptError.clear();
    ruError.hidden = true;
    enError.hidden = true;
    try {
      const saved = (await call({
        method: 'PUT',
        path: `ops/callcentre/tenants/${encodeURIComponent(shop.value.trim())}/script`,
        body: JSON.stringify({ textRu: textRu.value, textEn: textEn.value, version: scriptVersion }),
        contentType: 'application/json',
      })) as { version: number };
      scriptVersion = saved.version;
      version.textContent = `v${saved.version}`;
      scriptMsg.show({ key: 'sup.saved', params: { v: saved.version } });
    } catch (error) {
      const problems = error instanceof ApiError ? error.problem?.errors ?? [] : [];
      for (const p of problems) {
        const target = p.field === 'textRu' ? ruError : p.field === 'textEn' ? enError : null;
        if (target) {
          target.textContent = p.message;
          target.hidden = false;
        }
      }
      scriptError.show(describeFailure(error));
    }
  });
  return h('main', { class: 'page ops-page', id: 'main', 'data-testid': 'supervisor-page' },
    h('h1', { tabindex: '-1' }, tr('sup.title')),
    h('section', { class: 'card' }, h('h2', {}, tr('sup.kpis')),
      h('div', { class: 'fields' }, h('label', { class: 'field' }, tr('sup.from'), from), h('label', { class: 'field' }, tr('sup.to'), to), show),
      kpiError.element, kpiHost),
    h('section', { class: 'card' }, h('h2', {}, tr('sup.script')),
      h('div', { class: 'fields' }, h('label', { class: 'field' }, tr('sup.shop'), shop), open), shopError.element,
      h('label', { class: 'field' }, tr('sup.scriptRu'), textRu, ruError),
      h('label', { class: 'field' }, tr('sup.scriptEn'), textEn, enError),
      h('div', { class: 'actions' }, save, version), scriptMsg.element, scriptError.element),
    h('section', { class: 'card' }, h('h2', {}, tr('sup.attempts')), attemptsHost));
}

interface AttemptRow {
  readonly id: string;
  readonly orderId: string;
  readonly attempt: number;
  readonly operator: string;
  readonly startedAt: string;
  readonly outcome: string | null;
}

function renderAttempts(call: Caller, tenant: string, items: readonly AttemptRow[]): HTMLElement {
  if (items.length === 0) return h('p', { 'data-testid': 'attempts-empty' }, tr('sup.noAttempts'));
  const auditHost = h('div');
  const rows = items.map((a) => {
    const audit = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'attempt-audit' }, tr('sup.audit'));
    audit.addEventListener('click', () => auditHost.replaceChildren(auditForm(call, tenant, a)));
    return h('tr', { 'data-testid': 'attempt-row', 'data-id': a.id, 'data-order-id': a.orderId },
      h('td', { 'data-col': 'started' }, formatDateTime(a.startedAt, UTC, lang())),
      h('td', { 'data-col': 'operator' }, a.operator),
      h('td', { 'data-col': 'attempt' }, String(a.attempt)),
      h('td', { 'data-col': 'outcome' }, a.outcome ?? '—'),
      h('td', {}, audit));
  });
  return h('div', {},
    h('table', { class: 'table', 'data-testid': 'attempts-table' },
      h('thead', {}, h('tr', {}, ...(['sup.col.started', 'sup.col.operator', 'sup.col.attempts', 'sup.col.outcome'] as MessageKey[]).map((k) => h('th', {}, tr(k))), h('th'))),
      h('tbody', {}, ...rows)),
    auditHost);
}

function auditForm(call: Caller, tenant: string, attempt: AttemptRow): HTMLElement {
  const inputs = CHECKLIST.map((item) => {
    const input = h('input', { type: 'number', min: '0', step: '1', class: 'input input--qty', 'data-testid': `audit-${item}` });
    const error = h('span', { class: 'field-error', 'data-testid': `audit-${item}-error`, hidden: true });
    return { item, input, error, element: h('label', { class: 'field' }, tr(`sup.item.${item}` as MessageKey), input, error) };
  });
  const notes = h('textarea', { class: 'input', rows: '2', 'data-testid': 'audit-notes' });
  const submit = h('button', { type: 'button', class: 'button', 'data-testid': 'audit-save' }, tr('sup.auditSave'));
  const ok = message('audit-saved', 'success');
  const fail = message('audit-error', 'error');
  submit.addEventListener('click', async () => {
    ok.clear();
    fail.clear();
    for (const i of inputs) i.error.hidden = true;
    const items: Record<string, number | null> = {};
    for (const i of inputs) items[i.item] = i.input.value.trim() === '' ? null : Number(i.input.value);
    try {
      const saved = (await call({
        method: 'POST',
        path: `ops/callcentre/tenants/${tenant}/attempts/${encodeURIComponent(attempt.id)}/audit`,
        body: JSON.stringify({ items, notes: notes.value.trim() || null }),
        contentType: 'application/json',
      })) as { score?: number };
      const score = saved.score ?? Object.values(items).reduce<number>((sum, v) => sum + (v ?? 0), 0);
      ok.show({ key: 'sup.audited', params: { score } });
    } catch (error) {
      const problems = error instanceof ApiError ? error.problem?.errors ?? [] : [];
      for (const p of problems) {
        const i = inputs.find((x) => p.field === `items.${x.item}`);
        if (i) {
          i.error.textContent = p.message;
          i.error.hidden = false;
        }
      }
      fail.show(describeFailure(error));
    }
  });
  return h('section', { class: 'card', 'data-testid': 'audit-form', 'data-id': attempt.id },
    h('h3', {}, tr('sup.auditOf'), ` ${attempt.operator} · ${formatDateTime(attempt.startedAt, UTC, lang())}`),
    h('div', { class: 'fields' }, ...inputs.map((i) => i.element)), notes, submit, ok.element, fail.element);
}
