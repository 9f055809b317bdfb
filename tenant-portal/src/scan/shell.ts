// The scanner's screen: one scan input that always has the focus, the result banner under it, the
// page's body, and the page's actions as big buttons bound to F-keys. Enter submits a scan, Esc
// goes back. Scans are handled one at a time in the order they were typed, so a fast scanner
// cannot overtake the server.
import type { Call } from '../api';
import { h, setAttrText, setText, tr } from '../dom';
import type { Text } from '../i18n';
import { beep, scanFailure } from './feedback';
import { ACTION_KEYS, type ScanContext, type ScanPage, type ScanPageInstance, type Signal } from './page';
import { hashOf, routeOf } from './registry';
import { parseScan } from './scan';

export interface ShellOptions {
  readonly call: (spec: Call) => Promise<unknown>;
  readonly username: string;
  readonly roles: ReadonlySet<string>;
  /** The pages this user may open, in menu order. */
  readonly pages: readonly ScanPage[];
}

export function renderShell(options: ShellOptions): HTMLElement {
  const input = h('input', {
    class: 'scan-input',
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
    'data-testid': 'scan-input',
  });
  setAttrText(input, 'aria-label', 'scan.input');
  const banner = h('div', { class: 'scan-banner', role: 'status', 'aria-live': 'assertive', 'data-testid': 'scan-banner', hidden: true });
  const title = h('h1', { class: 'scan-title', 'data-testid': 'scan-title' });
  const host = h('div', { class: 'scan-page' });
  const bar = h('div', { class: 'scan-actions', 'data-testid': 'scan-actions' });
  const busy = h('div', { class: 'scan-busy', 'data-testid': 'scan-busy', hidden: true }, tr('scan.busy'));
  const root = h('main', { class: 'scan', id: 'main' }, title, input, banner, busy, host, bar);

  let current: ScanPageInstance | null = null;
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;

  const signal = (kind: Signal, text: Text) => {
    banner.hidden = false;
    banner.className = `scan-banner scan-banner--${kind}`;
    banner.dataset['result'] = kind;
    setText(banner, text);
    beep(kind);
  };

  const context: ScanContext = {
    call: options.call,
    username: options.username,
    roles: options.roles,
    signal,
    fail: (error) => signal('error', scanFailure(error)),
    go: (pageId, param) => {
      // The page changes at once, not on the hashchange event: a key typed right after (a second
      // Esc) must reach the new page, and browsers may handle input before that event.
      const hash = hashOf(pageId, param);
      if (window.location.hash !== hash) window.location.hash = hash;
      render();
    },
    refresh: () => refresh(),
  };

  function refresh(): void {
    const actions = current?.actions() ?? [];
    bar.replaceChildren(
      ...actions.map((action) => {
        const button = h('button', {
          type: 'button',
          class: 'scan-action',
          'data-testid': action.testId,
          'data-key': action.key,
          ...(action.pressed === undefined ? {} : { 'aria-pressed': String(action.pressed) }),
          onmousedown: (event: Event) => event.preventDefault(), // keep the focus in the scan input
          onclick: () => runAction(action.run),
        });
        const label = h('span');
        setText(label, action.label);
        button.append(h('kbd', {}, action.key), label);
        return button;
      }),
    );
    setAttrText(input, 'placeholder', current ? current.prompt() : 'scan.prompt.menu');
  }

  function enqueue(work: () => void | Promise<void>): void {
    pending++;
    busy.hidden = false;
    queue = queue
      .then(work)
      .catch((error: unknown) => context.fail(error))
      .finally(() => {
        pending--;
        busy.hidden = pending === 0;
        refresh();
        input.focus();
      });
  }

  function runAction(run: () => void | Promise<void>): void {
    enqueue(run);
  }

  /** The hash the screen shows; a hashchange to it (after go) is not rendered twice. */
  let rendered: string | null = null;

  function render(): void {
    rendered = window.location.hash;
    const route = routeOf(window.location.hash, options.pages);
    const page = options.pages.find((p) => p.id === route.pageId);
    if (!page) {
      current = null;
      setText(title, { key: 'scan.menu' });
      host.replaceChildren(renderMenu(options.pages));
    } else {
      setText(title, { key: page.title });
      current = page.open(context, route.param);
      host.replaceChildren(current.element);
    }
    root.dataset['page'] = route.pageId || 'menu';
    refresh();
    input.focus();
  }

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const scan = parseScan(input.value);
      input.value = '';
      enqueue(() => {
        if (current) return current.scan(scan);
        if (scan.kind === 'qty' && scan.qty <= options.pages.length) {
          context.go(options.pages[scan.qty - 1]?.id ?? '');
          return;
        }
        if (scan.kind !== 'empty') signal('error', { key: 'scan.menu.choose' });
      });
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      if (current && !current.back()) context.go('');
      refresh();
      return;
    }
    const key = ACTION_KEYS.find((k) => k === event.key);
    if (key) {
      event.preventDefault();
      const action = current?.actions().find((a) => a.key === key);
      if (action) runAction(action.run);
    }
  });
  // The scan input keeps the focus: a scanner types wherever the focus is.
  input.addEventListener('blur', () => {
    setTimeout(() => {
      if (root.isConnected && document.activeElement !== input) input.focus();
    }, 0);
  });
  window.addEventListener('hashchange', () => {
    if (window.location.hash !== rendered) render(); // the browser's back button, a typed address
  });
  queueMicrotask(render);
  return root;
}

function renderMenu(pages: readonly ScanPage[]): HTMLElement {
  return h(
    'ol',
    { class: 'scan-menu', 'data-testid': 'scan-menu' },
    ...pages.map((page, i) =>
      h('li', {}, h('a', { href: hashOf(page.id), class: 'scan-menu-item', 'data-testid': `menu-${page.id}` }, h('kbd', {}, String(i + 1)), tr(page.title))),
    ),
  );
}
