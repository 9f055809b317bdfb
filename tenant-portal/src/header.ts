// The top bar: the shop's name, the language switch, who is signed in, and sign-out.
import { h, setAttrText, tr } from './dom';
import { LANGS, lang, onLangChange, setLang, type Lang } from './i18n';

export interface HeaderContext {
  readonly tenantName: string;
  readonly username: string;
  readonly onSignOut: () => void;
}

export function renderHeader({ tenantName, username, onSignOut }: HeaderContext): HTMLElement {
  const switches = LANGS.map((code) => languageButton(code));
  const group = h('div', { class: 'lang-switch', role: 'group' }, ...switches);
  setAttrText(group, 'aria-label', 'lang.switch');
  const user = h('span', { class: 'user', 'data-testid': 'user-name' }, username);
  setAttrText(user, 'title', 'header.user', { name: username });
  const signOut = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'sign-out', onclick: onSignOut }, tr('header.signOut'));
  onLangChange(() => {
    for (const button of switches) button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang()));
  });
  return h(
    'header',
    { class: 'topbar' },
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark' }, tr('app.brand')), h('span', { class: 'tenant-name', 'data-testid': 'tenant-name' }, tenantName)),
    h('div', { class: 'session' }, group, user, signOut),
  );
}

function languageButton(code: Lang): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'lang', lang: code, 'data-lang': code, 'data-testid': `lang-${code}`, 'aria-pressed': String(code === lang()), onclick: () => setLang(code) },
    tr(code === 'ru' ? 'lang.ru' : 'lang.en'),
  );
  setAttrText(button, 'title', code === 'ru' ? 'lang.ru.name' : 'lang.en.name');
  return button;
}
