// Small DOM building blocks. Translated text is marked with data-i18n attributes so that a
// language switch re-translates the page in place (applyLang) without rebuilding forms and
// losing what the user typed.
import { onLangChange, t, textOf, type MessageKey, type Params, type Text } from './i18n';

type AttrValue = string | number | boolean | null | undefined;
type Handler = (event: Event) => void;

export interface Attrs {
  readonly [name: string]: AttrValue | Handler;
}

export type Child = Node | string | null | undefined | false;

/**
 * Creates an element. Attributes named on* become event listeners; true sets an empty attribute;
 * false, null and undefined leave it out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child);
  }
}

/** A span with a dictionary message that follows the language switch. */
export function tr(key: MessageKey, params?: Params): HTMLSpanElement {
  const span = h('span');
  setText(span, { key, ...(params ? { params } : {}) });
  return span;
}

/** Shows text in a leaf element; dictionary messages keep following the language switch. */
export function setText(element: HTMLElement, text: Text): void {
  if ('raw' in text) {
    delete element.dataset['i18n'];
    delete element.dataset['i18nParams'];
  } else {
    element.dataset['i18n'] = text.key;
    if (text.params) element.dataset['i18nParams'] = JSON.stringify(text.params);
    else delete element.dataset['i18nParams'];
  }
  element.textContent = textOf(text);
}

/** Sets a translated attribute (placeholder, aria-label, title) that follows the language switch. */
export function setAttrText(element: HTMLElement, attribute: string, key: MessageKey, params?: Params): void {
  element.dataset[attrDataKey(attribute)] = params ? `${key} ${JSON.stringify(params)}` : key;
  element.setAttribute(attribute, t(key, params));
}

const TRANSLATED_ATTRIBUTES = ['placeholder', 'aria-label', 'title'] as const;

/** Re-translates everything under root that was marked by setText, tr or setAttrText. */
export function applyLang(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset['i18n'] as MessageKey;
    const params = element.dataset['i18nParams'];
    element.textContent = t(key, params ? (JSON.parse(params) as Params) : undefined);
  }
  for (const attribute of TRANSLATED_ATTRIBUTES) {
    const dataKey = attrDataKey(attribute);
    const selector = `[data-i18n-attr-${attribute}]`;
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      const value = element.dataset[dataKey] ?? '';
      const space = value.indexOf(' ');
      const key = (space < 0 ? value : value.slice(0, space)) as MessageKey;
      const params = space < 0 ? undefined : (JSON.parse(value.slice(space + 1)) as Params);
      element.setAttribute(attribute, t(key, params));
    }
  }
}

// data-i18n-attr-aria-label <-> dataset.i18nAttrAriaLabel
function attrDataKey(attribute: string): string {
  return `i18nAttr${attribute.replace(/(^|-)([a-z])/g, (_whole, _dash: string, letter: string) => letter.toUpperCase())}`;
}

/** A message line (error, success) that is hidden while empty. */
export function message(testId: string, kind: 'error' | 'success'): {
  readonly element: HTMLElement;
  show(text: Text): void;
  clear(): void;
} {
  const element = h('p', {
    class: `message message--${kind}`,
    'data-testid': testId,
    role: kind === 'error' ? 'alert' : 'status',
    hidden: true,
  });
  return {
    element,
    show(text) {
      setText(element, text);
      element.hidden = false;
    },
    clear() {
      setText(element, { raw: '' });
      element.hidden = true;
    },
  };
}

/**
 * Calls listener after every language switch while element is in the document; once the page it
 * belongs to has been replaced, the first switch after that drops the listener.
 */
export function followLang(element: Element, listener: () => void): void {
  const stop = onLangChange(() => {
    if (element.isConnected) listener();
    else stop();
  });
}
