// The new inbound shipment (ASN) form: the shop's reference, the day it should arrive, and lines
// of SKU, quantity and, for SKUs that track expiry, lot and expiry date. The server's field errors
// (problem+json errors[].field, e.g. lines[1].lot) are shown at the inputs they name; the request
// goes out with an Idempotency-Key so a double click announces one shipment.
import { ApiError, IdempotencyKeys, type Call, type InboundShipmentView, type Paged, type SkuView, type TenantView } from '../api';
import { h, setAttrText, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { setFlash } from '../flash';
import { textOf, type MessageKey, type Text } from '../i18n';
import { hrefOf } from '../router';
import { todayIn } from '../zone';
import { fieldView, type FieldView } from './field';
import { sortInboundErrors, toInboundRequest, type InboundFormErrors, type InboundFormField, type InboundLineField } from './inbound-form';

type Caller = (spec: Call) => Promise<unknown>;

interface LineRow {
  readonly element: HTMLElement;
  readonly fields: Record<InboundLineField, FieldView>;
  readonly title: HTMLElement;
  readonly remove: HTMLButtonElement;
}

export function renderInboundCreatePage({ call, tenant }: { call: Caller; tenant: TenantView }): HTMLElement {
  const reference = fieldView({ testId: 'reference-input', label: 'inbound.form.reference', hint: { key: 'inbound.form.reference.hint' } });
  const expectedOn = fieldView({ testId: 'expected-on-input', label: 'inbound.form.expectedOn', type: 'date' });
  expectedOn.input.setAttribute('min', todayIn(tenant.timeZone));

  const rows: LineRow[] = [];
  const rowsHost = h('div', { class: 'line-rows', 'data-testid': 'inbound-line-rows' });
  const linesError = h('p', { class: 'field-error', 'data-testid': 'inbound-lines-error', hidden: true });
  const addLine = h('button', { type: 'button', class: 'button', 'data-testid': 'inbound-line-add' }, tr('inbound.form.addLine'));
  addLine.addEventListener('click', () => {
    const row = newRow();
    rows.push(row);
    rowsHost.append(row.element);
    renumber();
    row.fields.sku.input.focus();
  });

  function newRow(): LineRow {
    const sku = fieldView({ testId: 'inbound-sku-input', label: 'inbound.form.sku', required: true });
    const qty = fieldView({ testId: 'inbound-qty-input', label: 'inbound.form.qty', required: true, inputmode: 'numeric' });
    const lot = fieldView({ testId: 'inbound-lot-input', label: 'inbound.form.lot' });
    const expiry = fieldView({ testId: 'inbound-expiry-input', label: 'inbound.form.expiry', type: 'date' });
    const title = h('span', { class: 'line-title' });
    const remove = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'inbound-line-remove' }, tr('inbound.form.removeLine'));
    // Whether the SKU tracks lots, from the catalogue, as soon as it is typed: a hint only, the
    // server's answer stays the rule.
    const skuHint = h('p', { class: 'field-hint', 'data-testid': 'inbound-sku-hint', 'aria-live': 'polite' });
    sku.element.append(skuHint);
    let asked = 0;
    sku.input.addEventListener('change', async () => {
      const code = sku.input.value.trim();
      const question = ++asked;
      delete skuHint.dataset['tracked'];
      setText(skuHint, { raw: '' });
      if (!code) return;
      try {
        const page = (await call({ method: 'GET', path: 'catalogue/skus', query: { q: code, limit: 20 } })) as Paged<SkuView>;
        if (question !== asked) return;
        const item = (page.items ?? []).find((s) => s.sku === code);
        if (!item) {
          skuHint.dataset['tracked'] = 'unknown';
          setText(skuHint, { key: 'inbound.form.sku.unknown' });
          return;
        }
        skuHint.dataset['tracked'] = String(item.expiryTracked);
        setText(skuHint, { key: item.expiryTracked ? 'inbound.form.sku.tracked' : 'inbound.form.sku.untracked', params: { name: item.name } });
        for (const view of [lot, expiry]) view.input.setAttribute('aria-required', String(item.expiryTracked));
      } catch {
        // No hint then; the server still checks the line.
      }
    });
    const element = h(
      'fieldset',
      { class: 'line-row', 'data-testid': 'inbound-line-row' },
      h('legend', {}, title),
      sku.element,
      qty.element,
      lot.element,
      expiry.element,
      h('div', { class: 'line-actions' }, remove),
    );
    const row: LineRow = { element, fields: { sku, qty, lot, expiry }, title, remove };
    remove.addEventListener('click', () => {
      const index = rows.indexOf(row);
      if (index < 0 || rows.length === 1) return;
      rows.splice(index, 1);
      element.remove();
      renumber();
      rows[Math.min(index, rows.length - 1)]?.fields.sku.input.focus();
    });
    return row;
  }

  function renumber(): void {
    rows.forEach((row, index) => {
      setText(row.title, { key: 'inbound.form.line', params: { n: index + 1 } });
      setAttrText(row.remove, 'aria-label', 'inbound.form.removeLine.label', { n: index + 1 });
      row.remove.hidden = rows.length === 1;
    });
  }

  const first = newRow();
  rows.push(first);
  rowsHost.append(first.element);
  renumber();

  const summaryText = h('p');
  const summaryList = h('ul');
  const summary = h('div', { class: 'message message--error', 'data-testid': 'inbound-form-error', role: 'alert', hidden: true }, summaryText, summaryList);
  const submitLabel = tr('inbound.form.submit');
  const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-testid': 'inbound-create' }, submitLabel);
  const keys = new IdempotencyKeys();
  let busy = false;

  const lotHint = h('p', { class: 'field-hint' });
  setText(lotHint, { key: 'inbound.form.lot.hint' });
  const section = (title: MessageKey, ...children: HTMLElement[]) => h('fieldset', { class: 'card form-section' }, h('legend', {}, tr(title)), ...children);
  const form = h(
    'form',
    { class: 'order-form', 'data-testid': 'inbound-form', novalidate: true, 'aria-labelledby': 'inbound-new-title' },
    section('inbound.form.shipment', h('div', { class: 'field-grid' }, reference.element, expectedOn.element)),
    section('inbound.form.lines', lotHint, rowsHost, linesError, h('div', { class: 'actions' }, addLine)),
    summary,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void create();
  });

  function viewOf(field: InboundFormField): FieldView | null {
    if (field === 'reference') return reference;
    if (field === 'expectedOn') return expectedOn;
    const match = /^lines\[(\d+)\]\.(\w+)$/.exec(field);
    return match ? rows[Number(match[1])]?.fields[match[2] as InboundLineField] ?? null : null;
  }

  async function create(): Promise<void> {
    if (busy) return;
    clearErrors();
    const result = toInboundRequest({
      reference: reference.input.value,
      expectedOn: expectedOn.input.value,
      lines: rows.map((r) => ({ sku: r.fields.sku.input.value, qty: r.fields.qty.input.value, lot: r.fields.lot.input.value, expiry: r.fields.expiry.input.value })),
    });
    if (!result.ok) {
      showFieldErrors(result.errors);
      showSummary({ key: 'inbound.form.fixFields' }, []);
      return;
    }
    setBusy(true);
    try {
      const body = JSON.stringify(result.request);
      const created = (await call({ method: 'POST', path: 'inbound-shipments', body, contentType: 'application/json', idempotencyKey: keys.keyFor(body) })) as InboundShipmentView;
      setFlash({ key: 'inbound.created' });
      window.location.hash = hrefOf({ name: 'inbound', id: created.id });
    } catch (error) {
      const problem = error instanceof ApiError && error.kind === 'refused' ? error.problem : null;
      if (problem?.errors?.length) {
        const sorted = sortInboundErrors(problem.errors, result.lineRows);
        showFieldErrors(sorted.byField);
        const explanation = problem.detail || problem.title;
        showSummary(sorted.other.length === 0 ? { key: 'inbound.form.fixFields' } : explanation ? { raw: explanation } : { key: 'inbound.form.failed' }, sorted.other);
      } else {
        showSummary(describeFailure(error), []);
      }
    } finally {
      setBusy(false);
    }
  }

  function showFieldErrors(errors: InboundFormErrors): void {
    const unplaced: Text[] = [];
    for (const [field, texts] of Object.entries(errors) as [InboundFormField, Text[]][]) {
      if (!texts.length) continue;
      const text = texts.length === 1 ? texts[0]! : { raw: texts.map(textOf).join(' ') };
      if (field === 'lines') {
        setText(linesError, text);
        linesError.hidden = false;
        continue;
      }
      const view = viewOf(field);
      if (!view) {
        unplaced.push(...texts.map((x) => ({ raw: `${field}: ${textOf(x)}` })));
        continue;
      }
      view.element.classList.add('field--invalid');
      view.input.setAttribute('aria-invalid', 'true');
      setText(view.error, text);
      view.error.hidden = false;
    }
    summaryList.append(...unplaced.map((x) => h('li', {}, textOf(x))));
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  function showSummary(text: Text, more: readonly Text[]): void {
    setText(summaryText, text);
    summaryList.append(...more.map((x) => {
      const li = h('li');
      setText(li, x);
      return li;
    }));
    summaryList.hidden = summaryList.childElementCount === 0;
    summary.hidden = false;
  }

  function clearErrors(): void {
    summary.hidden = true;
    summaryList.replaceChildren();
    linesError.hidden = true;
    for (const view of [reference, expectedOn, ...rows.flatMap((r) => Object.values(r.fields))]) {
      view.element.classList.remove('field--invalid');
      view.input.removeAttribute('aria-invalid');
      view.error.hidden = true;
      setText(view.error, { raw: '' });
    }
  }

  function setBusy(next: boolean): void {
    busy = next;
    submit.disabled = next;
    form.setAttribute('aria-busy', String(next));
    setText(submitLabel, { key: next ? 'inbound.form.submitting' : 'inbound.form.submit' });
  }

  return h(
    'main',
    { class: 'page order-new', id: 'main', 'data-testid': 'inbound-new-page' },
    h('p', {}, h('a', { class: 'back-link', href: hrefOf({ name: 'inbound-list' }) }, '← ', tr('inbound.back'))),
    h('h1', { id: 'inbound-new-title', tabindex: -1 }, tr('inbound.form.title')),
    form,
  );
}
