// The new-order form: buyer, address, lines (rows added and removed), payment and delivery.
// The server's field errors (problem+json errors[].field, e.g. lines[1].qty) are shown at the
// inputs they name; the order goes out with an Idempotency-Key so a double click makes one order.
import { ApiError, DELIVERY_METHODS, IdempotencyKeys, PAYMENT_FORMS, type Api, type TenantView } from '../api';
import { h, setAttrText, setText, tr } from '../dom';
import { fieldView, type FieldView } from './field';
import { describeFailure } from '../failure';
import { setFlash } from '../flash';
import { textOf, type MessageKey, type Text } from '../i18n';
import { exampleAmount } from '../money';
import { hrefOf } from '../router';
import { todayIn } from '../zone';
import {
  homeCountry,
  sortOrderErrors,
  toOrderRequest,
  type FormErrors,
  type FormField,
  type LineField,
  type OrderFormValues,
} from './order-form';

export interface OrderCreateContext {
  readonly api: Api;
  readonly tenant: TenantView;
}

interface LineRow {
  readonly element: HTMLElement;
  readonly fields: Record<LineField, FieldView>;
  readonly title: HTMLElement;
  readonly remove: HTMLButtonElement;
}

export function renderOrderCreatePage({ api, tenant }: OrderCreateContext): HTMLElement {
  const currency = tenant.currency;
  const fields = {
    externalNumber: fieldView({ testId: 'external-input', label: 'order.form.externalNumber', hint: { key: 'order.form.externalNumber.hint' } }),
    buyerName: fieldView({ testId: 'buyer-name-input', label: 'order.form.buyerName', required: true, autocomplete: 'off' }),
    phone: fieldView({ testId: 'buyer-phone-input', label: 'order.form.phone', required: true, type: 'tel', hint: { key: 'order.form.phone.hint' } }),
    email: fieldView({ testId: 'buyer-email-input', label: 'order.form.email', type: 'email' }),
    country: fieldView({ testId: 'country-input', label: 'order.form.country', required: true, hint: { key: 'order.form.country.hint' } }),
    region: fieldView({ testId: 'region-input', label: 'order.form.region', hint: { key: 'order.form.region.hint' } }),
    city: fieldView({ testId: 'city-input', label: 'order.form.city', required: true }),
    street: fieldView({ testId: 'street-input', label: 'order.form.street', required: true }),
    postalCode: fieldView({ testId: 'postal-code-input', label: 'order.form.postalCode', inputmode: 'numeric' }),
    timeZone: fieldView({ testId: 'time-zone-input', label: 'order.form.timeZone', hint: { key: 'order.form.timeZone.hint' } }),
    paymentForm: fieldView({
      testId: 'payment-form-input',
      label: 'order.form.paymentForm',
      required: true,
      choices: PAYMENT_FORMS.map((form) => [form, `payment.${form}`] as [string, MessageKey]),
    }),
    deliveryMethod: fieldView({
      testId: 'delivery-method-input',
      label: 'order.form.deliveryMethod',
      required: true,
      choices: DELIVERY_METHODS.map((method) => [method, `delivery.${method}`] as [string, MessageKey]),
    }),
    deliveryDate: fieldView({ testId: 'delivery-date-input', label: 'order.form.deliveryDate', type: 'date', hint: { key: 'order.form.deliveryDate.hint' } }),
    slotFrom: fieldView({ testId: 'slot-from-input', label: 'order.form.slotFrom', type: 'time' }),
    slotTo: fieldView({ testId: 'slot-to-input', label: 'order.form.slotTo', type: 'time' }),
    fee: fieldView({
      testId: 'fee-input',
      label: 'order.form.fee',
      labelParams: { currency },
      inputmode: 'decimal',
      hint: { key: 'order.form.fee.hint' },
    }),
    notes: fieldView({ testId: 'notes-input', label: 'order.form.notes', multiline: true }),
  };
  fields.country.input.value = homeCountry(currency);
  fields.deliveryDate.input.setAttribute('min', todayIn(tenant.timeZone));
  const byField: Partial<Record<FormField, FieldView>> = {
    externalNumber: fields.externalNumber,
    'buyer.name': fields.buyerName,
    'buyer.phone': fields.phone,
    'buyer.email': fields.email,
    'buyer.address.country': fields.country,
    'buyer.address.region': fields.region,
    'buyer.address.city': fields.city,
    'buyer.address.street': fields.street,
    'buyer.address.postalCode': fields.postalCode,
    'buyer.timeZone': fields.timeZone,
    paymentForm: fields.paymentForm,
    deliveryMethod: fields.deliveryMethod,
    deliveryDate: fields.deliveryDate,
    slotFrom: fields.slotFrom,
    slotTo: fields.slotTo,
    deliveryFeeMinor: fields.fee,
    notes: fields.notes,
  };

  // Lines: rows of SKU, quantity and an optional price; at least one row stays.
  const rows: LineRow[] = [];
  const rowsHost = h('div', { class: 'line-rows', 'data-testid': 'line-rows' });
  const linesError = h('p', { class: 'field-error', 'data-testid': 'lines-error', hidden: true });
  const addLine = h('button', { type: 'button', class: 'button', 'data-testid': 'line-add' }, tr('order.form.addLine'));
  addLine.addEventListener('click', () => {
    const row = newRow();
    rows.push(row);
    rowsHost.append(row.element);
    renumber();
    row.fields.sku.input.focus();
  });

  function newRow(): LineRow {
    const sku = fieldView({ testId: 'line-sku-input', label: 'order.form.sku', required: true });
    const qty = fieldView({ testId: 'line-qty-input', label: 'order.form.qty', required: true, inputmode: 'numeric' });
    const price = fieldView({
      testId: 'line-price-input',
      label: 'order.form.price',
      labelParams: { currency },
      inputmode: 'decimal',
      hint: { key: 'order.form.price.hint' },
    });
    price.input.setAttribute('placeholder', exampleAmount(currency));
    const title = h('span', { class: 'line-title' });
    const remove = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'line-remove' }, tr('order.form.removeLine'));
    const element = h('fieldset', { class: 'line-row', 'data-testid': 'line-row' }, h('legend', {}, title), sku.element, qty.element, price.element, h('div', { class: 'line-actions' }, remove));
    const row: LineRow = { element, fields: { sku, qty, unitPriceMinor: price }, title, remove };
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
      setText(row.title, { key: 'order.form.line', params: { n: index + 1 } });
      setAttrText(row.remove, 'aria-label', 'order.form.removeLine.label', { n: index + 1 });
      row.remove.hidden = rows.length === 1;
      row.element.dataset['row'] = String(index);
    });
  }

  const first = newRow();
  rows.push(first);
  rowsHost.append(first.element);
  renumber();

  // Summary, submit.
  const summaryText = h('p', {});
  const summaryList = h('ul', {});
  const summary = h('div', { class: 'message message--error', 'data-testid': 'order-form-error', role: 'alert', hidden: true }, summaryText, summaryList);
  const submitLabel = tr('order.form.submit');
  const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-testid': 'order-create' }, submitLabel);
  const keys = new IdempotencyKeys();
  let busy = false;

  const section = (title: MessageKey, ...children: HTMLElement[]) => h('fieldset', { class: 'card form-section' }, h('legend', {}, tr(title)), ...children);
  const form = h(
    'form',
    { class: 'order-form', 'data-testid': 'order-form', novalidate: true, 'aria-labelledby': 'order-new-title' },
    section('order.form.order', fields.externalNumber.element),
    section('order.form.buyer', h('div', { class: 'field-grid' }, fields.buyerName.element, fields.phone.element, fields.email.element)),
    section(
      'order.form.address',
      h('div', { class: 'field-grid' }, fields.country.element, fields.region.element, fields.city.element, fields.postalCode.element),
      fields.street.element,
      fields.timeZone.element,
    ),
    section('order.form.lines', rowsHost, linesError, h('div', { class: 'actions' }, addLine)),
    section(
      'order.form.delivery',
      h('div', { class: 'field-grid' }, fields.paymentForm.element, fields.deliveryMethod.element),
      h('div', { class: 'field-grid field-grid--3' }, fields.deliveryDate.element, fields.slotFrom.element, fields.slotTo.element),
      fields.fee.element,
      fields.notes.element,
    ),
    summary,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void create();
  });

  function readValues(): OrderFormValues {
    const value = (view: FieldView) => view.input.value;
    return {
      externalNumber: value(fields.externalNumber),
      buyerName: value(fields.buyerName),
      phone: value(fields.phone),
      email: value(fields.email),
      country: value(fields.country),
      region: value(fields.region),
      city: value(fields.city),
      street: value(fields.street),
      postalCode: value(fields.postalCode),
      timeZone: value(fields.timeZone),
      lines: rows.map((row) => ({ sku: row.fields.sku.input.value, qty: row.fields.qty.input.value, price: row.fields.unitPriceMinor.input.value })),
      paymentForm: value(fields.paymentForm),
      deliveryMethod: value(fields.deliveryMethod),
      deliveryDate: value(fields.deliveryDate),
      slotFrom: value(fields.slotFrom),
      slotTo: value(fields.slotTo),
      fee: value(fields.fee),
      notes: value(fields.notes),
    };
  }

  function viewOf(field: FormField): FieldView | null {
    const match = /^lines\[(\d+)\]\.(\w+)$/.exec(field);
    if (match) return rows[Number(match[1])]?.fields[match[2] as LineField] ?? null;
    return byField[field] ?? null;
  }

  async function create(): Promise<void> {
    if (busy) return;
    clearErrors();
    const result = toOrderRequest(readValues(), currency);
    if (!result.ok) {
      showFieldErrors(result.errors);
      showSummary({ key: 'order.form.fixFields' }, []);
      return;
    }
    setBusy(true);
    try {
      const created = await api.createOrder(result.request, keys.keyFor(JSON.stringify(result.request)));
      setFlash({ key: 'order.created' });
      window.location.hash = hrefOf({ name: 'order', id: created.id });
    } catch (error) {
      const problem = error instanceof ApiError && error.kind === 'refused' ? error.problem : null;
      if (problem?.errors?.length) {
        const sorted = sortOrderErrors(problem.errors, result.lineRows);
        showFieldErrors(sorted.byField);
        // When every error sits at its input, the summary only says so; otherwise the server's
        // explanation and the errors no input shows.
        const explanation = problem.detail || problem.title;
        showSummary(
          sorted.other.length === 0 ? { key: 'order.form.fixFields' } : explanation ? { raw: explanation } : { key: 'order.form.failed' },
          sorted.other,
        );
      } else {
        showSummary(describeFailure(error), []);
      }
    } finally {
      setBusy(false);
    }
  }

  function showFieldErrors(errors: FormErrors): void {
    let firstInvalid: HTMLElement | null = null;
    const unplaced: Text[] = [];
    for (const [field, texts] of Object.entries(errors) as [FormField, Text[]][]) {
      if (!texts.length) continue;
      if (field === 'lines') {
        setText(linesError, texts.length === 1 ? texts[0]! : { raw: texts.map(textOf).join(' ') });
        linesError.hidden = false;
        firstInvalid ??= rows[0]?.fields.sku.input ?? null;
        continue;
      }
      const view = viewOf(field);
      if (!view) {
        unplaced.push(...texts.map((text) => ({ raw: `${field}: ${textOf(text)}` })));
        continue;
      }
      view.element.classList.add('field--invalid');
      view.input.setAttribute('aria-invalid', 'true');
      setText(view.error, texts.length === 1 ? texts[0]! : { raw: texts.map(textOf).join(' ') });
      view.error.hidden = false;
      firstInvalid ??= view.input;
    }
    if (unplaced.length) summaryList.append(...unplaced.map((text) => h('li', {}, textOf(text))));
    // Focus the first invalid input in the order the form shows them.
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? firstInvalid;
    invalid?.focus();
  }

  function showSummary(text: Text, more: readonly Text[]): void {
    setText(summaryText, text);
    summaryList.append(
      ...more.map((item) => {
        const li = h('li');
        setText(li, item);
        return li;
      }),
    );
    summaryList.hidden = summaryList.childElementCount === 0;
    summary.hidden = false;
  }

  function clearErrors(): void {
    summary.hidden = true;
    summaryList.replaceChildren();
    linesError.hidden = true;
    const all = [...Object.values(fields), ...rows.flatMap((row) => Object.values(row.fields))];
    for (const view of all) {
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
    setText(submitLabel, { key: next ? 'order.form.submitting' : 'order.form.submit' });
  }

  return h('main', { class: 'page order-new', id: 'main', 'data-testid': 'order-new-page' }, h('h1', { id: 'order-new-title', tabindex: -1 }, tr('order.new.title')), form);
}

