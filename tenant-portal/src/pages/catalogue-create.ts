// The new-SKU form: inputs, the server's field errors shown at the inputs, and a summary.
import { ApiError, IdempotencyKeys, type Api, type SkuView } from '../api';
import { h, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { textOf, type MessageKey, type Params, type Text } from '../i18n';
import { exampleAmount } from '../money';
import { sortProblemErrors, toCreateRequest, type FieldErrors, type SkuFormField, type SkuFormValues } from './sku-form';

type InputKind = 'text' | 'barcodes' | 'whole' | 'amount' | 'checkbox';

interface FieldSpec {
  readonly field: SkuFormField;
  readonly testId: string;
  readonly label: MessageKey;
  readonly labelParams?: Params;
  readonly kind: InputKind;
  readonly hint?: Text;
  readonly required?: boolean;
}

interface FieldView {
  readonly spec: FieldSpec;
  readonly input: HTMLInputElement | HTMLTextAreaElement;
  readonly error: HTMLElement;
  readonly element: HTMLElement;
}

/** The id of the heading the page puts above the form; the form is labelled by it. */
export const SKU_FORM_TITLE_ID = 'sku-form-title';

export function createSkuForm(api: Api, currency: string, onCreated: (sku: SkuView | null) => void): HTMLElement {
  const specs: readonly FieldSpec[] = [
    { field: 'sku', testId: 'sku-input', label: 'create.sku', kind: 'text', required: true },
    { field: 'name', testId: 'name-input', label: 'create.name', kind: 'text', required: true },
    { field: 'barcodes', testId: 'barcodes-input', label: 'create.barcodes', kind: 'barcodes', hint: { key: 'create.barcodes.hint' } },
    { field: 'weight', testId: 'weight-input', label: 'create.weight', kind: 'whole' },
    { field: 'length', testId: 'length-input', label: 'create.length', kind: 'whole' },
    { field: 'width', testId: 'width-input', label: 'create.width', kind: 'whole' },
    { field: 'height', testId: 'height-input', label: 'create.height', kind: 'whole' },
    {
      field: 'price',
      testId: 'price-input',
      label: 'create.price',
      labelParams: { currency },
      kind: 'amount',
      hint: { key: 'create.price.hint', params: { example: exampleAmount(currency) } },
    },
    { field: 'expiry', testId: 'expiry-input', label: 'create.expiry', kind: 'checkbox' },
    { field: 'substitutes', testId: 'substitutes-input', label: 'create.substitutes', kind: 'barcodes', hint: { key: 'create.substitutes.hint' } },
  ];
  const fields = new Map<SkuFormField, FieldView>(specs.map((spec) => [spec.field, fieldView(spec)]));
  const view = (field: SkuFormField): FieldView => fields.get(field)!;

  const summaryText = h('p', {});
  const summaryList = h('ul', {});
  const summary = h('div', { class: 'message message--error', 'data-testid': 'form-error', role: 'alert', hidden: true }, summaryText, summaryList);
  const success = h('p', { class: 'message message--success', 'data-testid': 'form-success', role: 'status', hidden: true });
  const submitLabel = tr('create.submit');
  const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-testid': 'sku-create' }, submitLabel);
  const keys = new IdempotencyKeys();
  let busy = false;

  const form = h(
    'form',
    { class: 'sku-form', 'data-testid': 'sku-form', novalidate: true, 'aria-labelledby': SKU_FORM_TITLE_ID },
    view('sku').element,
    view('name').element,
    view('barcodes').element,
    h('div', { class: 'field-grid' }, view('weight').element, view('length').element, view('width').element, view('height').element),
    view('price').element,
    view('expiry').element,
    view('substitutes').element,
    summary,
    success,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void create();
  });

  async function create(): Promise<void> {
    if (busy) return;
    clearErrors();
    success.hidden = true;
    const result = toCreateRequest(readValues(), currency);
    if (!result.ok) {
      showFieldErrors(result.errors);
      showSummary({ key: 'create.fixFields' }, []);
      return;
    }
    setBusy(true);
    try {
      const created = await api.createSku(result.request, keys.keyFor(JSON.stringify(result.request)));
      form.reset();
      setText(success, { key: 'create.created', params: { sku: created?.sku ?? result.request.sku } });
      success.hidden = false;
      onCreated(created);
      view('sku').input.focus();
    } catch (error) {
      const problem = error instanceof ApiError && error.kind === 'refused' ? error.problem : null;
      if (problem?.errors?.length) {
        const sorted = sortProblemErrors(problem.errors, result.request);
        showFieldErrors(sorted.byField);
        const explanation = problem.detail || problem.title;
        showSummary(explanation ? { raw: explanation } : { key: 'create.failed' }, sorted.other);
      } else {
        showSummary(describeFailure(error), []);
      }
    } finally {
      setBusy(false);
    }
  }

  function readValues(): SkuFormValues {
    const value = (field: SkuFormField) => view(field).input.value;
    return {
      sku: value('sku'),
      name: value('name'),
      barcodes: value('barcodes'),
      weight: value('weight'),
      length: value('length'),
      width: value('width'),
      height: value('height'),
      price: value('price'),
      expiry: (view('expiry').input as HTMLInputElement).checked,
      substitutes: value('substitutes'),
    };
  }

  function showFieldErrors(errors: FieldErrors): void {
    let first: FieldView | null = null;
    for (const { field } of specs) {
      const texts = errors[field];
      if (!texts?.length) continue;
      const fieldView = view(field);
      fieldView.element.classList.add('field--invalid');
      fieldView.input.setAttribute('aria-invalid', 'true');
      // One message is translated in place; several are joined as they stand.
      setText(fieldView.error, texts.length === 1 ? texts[0]! : { raw: texts.map(textOf).join(' ') });
      fieldView.error.hidden = false;
      first ??= fieldView;
    }
    first?.input.focus();
  }

  function showSummary(text: Text, more: readonly Text[]): void {
    setText(summaryText, text);
    summaryList.replaceChildren(
      ...more.map((item) => {
        const li = h('li');
        setText(li, item);
        return li;
      }),
    );
    summaryList.hidden = more.length === 0;
    summary.hidden = false;
  }

  function clearErrors(): void {
    summary.hidden = true;
    for (const fieldView of fields.values()) {
      fieldView.element.classList.remove('field--invalid');
      fieldView.input.removeAttribute('aria-invalid');
      fieldView.error.hidden = true;
      setText(fieldView.error, { raw: '' });
    }
  }

  function setBusy(next: boolean): void {
    busy = next;
    submit.disabled = next;
    form.setAttribute('aria-busy', String(next));
    setText(submitLabel, { key: next ? 'create.submitting' : 'create.submit' });
  }

  return form;
}

function fieldView(spec: FieldSpec): FieldView {
  const id = `sku-field-${spec.field}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = spec.hint ? `${hintId} ${errorId}` : errorId;
  const error = h('p', { class: 'field-error', id: errorId, 'data-testid': `${spec.testId}-error`, hidden: true });
  const hint = spec.hint ? h('p', { class: 'field-hint', id: hintId }) : null;
  if (hint && spec.hint) setText(hint, spec.hint);
  const common = { id, name: spec.field, 'data-testid': spec.testId, 'aria-describedby': describedBy };
  const label = tr(spec.label, spec.labelParams);

  if (spec.kind === 'checkbox') {
    const input = h('input', { ...common, type: 'checkbox' });
    const element = h('div', { class: 'field field--checkbox' }, h('label', { for: id }, input, label), error);
    return { spec, input, error, element };
  }
  const input =
    spec.kind === 'barcodes'
      ? h('textarea', { ...common, rows: 2, spellcheck: 'false', autocomplete: 'off' })
      : h('input', {
          ...common,
          type: 'text',
          autocomplete: 'off',
          'aria-required': spec.required ? 'true' : null,
          // Text inputs, not type=number: a number input silently drops "1299,00" in some browsers.
          inputmode: spec.kind === 'whole' ? 'numeric' : spec.kind === 'amount' ? 'decimal' : null,
          spellcheck: spec.kind === 'text' ? null : 'false',
        });
  const element = h('div', { class: 'field' }, h('label', { for: id }, label), input, hint, error);
  return { spec, input, error, element };
}
