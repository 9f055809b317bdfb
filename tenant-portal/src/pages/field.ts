// A labelled form input (text, select or textarea) with its hint and its error line, for the forms
// that show the server's field errors at their inputs (new order, new inbound shipment).
import { h, setText, tr } from '../dom';
import type { MessageKey, Params, Text } from '../i18n';

export interface FieldOptions {
  readonly testId: string;
  readonly label: MessageKey;
  readonly labelParams?: Params;
  readonly hint?: Text;
  readonly required?: boolean;
  readonly type?: string;
  readonly inputmode?: string;
  readonly autocomplete?: string;
  readonly choices?: readonly [string, MessageKey][];
  readonly multiline?: boolean;
}

export interface FieldView {
  readonly input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  readonly error: HTMLElement;
  readonly element: HTMLElement;
}

let fieldCounter = 0;

export function fieldView(options: FieldOptions): FieldView {
  const id = `field-${++fieldCounter}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const error = h('p', { class: 'field-error', id: errorId, 'data-testid': `${options.testId}-error`, hidden: true });
  const hint = options.hint ? h('p', { class: 'field-hint', id: hintId }) : null;
  if (hint && options.hint) setText(hint, options.hint);
  const common = {
    id,
    'data-testid': options.testId,
    'aria-describedby': hint ? `${hintId} ${errorId}` : errorId,
    'aria-required': options.required ? 'true' : null,
  };
  let input: FieldView['input'];
  if (options.choices) {
    const select = h('select', common);
    const placeholder = h('option', { value: '' });
    setText(placeholder, { key: 'order.form.choose' });
    select.append(
      placeholder,
      ...options.choices.map(([value, label]) => {
        const option = h('option', { value });
        setText(option, { key: label });
        return option;
      }),
    );
    input = select;
  } else if (options.multiline) {
    input = h('textarea', { ...common, rows: 2 });
  } else {
    input = h('input', {
      ...common,
      type: options.type ?? 'text',
      autocomplete: options.autocomplete ?? 'off',
      inputmode: options.inputmode ?? null,
    });
  }
  const label = h('label', { for: id }, tr(options.label, options.labelParams));
  const element = h('div', { class: 'field' }, label, input, hint, error);
  return { input, error, element };
}
