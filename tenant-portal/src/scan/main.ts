// The scanner app at /scan/: warehouse staff (storekeeper, picker, packer, dispatcher) on a 360-px handheld
// with a keyboard-wedge scanner, signed in through Keycloak like the operator console.
//
// How it works
//   - One scan input always has the focus (refocused on blur and after every result). A scanner
//     types the code and Enter; Enter submits. parseScan (scan.ts) says what the text is: a short
//     number (a quantity, or a menu choice), an ASN or count code, an item (EAN/GTIN with a valid
//     check digit, GS1 (01)…(10)…), a misread, or other text (bins, totes).
//   - Every result is signalled twice: a full-width green/red banner (data-testid scan-banner,
//     data-result ok|error|info) and a WebAudio beep of a different tone (feedback.ts).
//   - No mouse needed: Enter submits, Esc goes back one step (then to the menu), a page's actions
//     are bound to F-keys and shown as big buttons, quantities are typed as numbers + Enter.
//   - Texts are in the portal's i18n (keys scan.*), RU and EN.
//
// Adding a page (pick, pack, handover…) is one file:
//   1. src/scan/<name>.ts exports a ScanPage (page.ts): {id, title, roles, open(context, param)}.
//      open returns a ScanPageInstance: its element, scan(scan) for each Enter, actions() for the
//      F-keys of the current step, back() for Esc, prompt() for the input's placeholder. Use
//      context.call for the API, context.signal('ok'|'error'|'info', text) for every result,
//      context.fail(error) for a failed call, context.go(id, param) to change page (#/<id>/<param>).
//   2. One line in PAGES (registry.ts). The menu, the route (#/<id>) and the role filter follow.
//   3. Keep the page's state machine pure in src/scan/<name>-logic.ts with <name>-logic.test.ts
//      (node:test), and its texts as scan.<name>.* keys in i18n.ts (both languages).
import { apiBaseFrom, createCaller, fetchPortalConfig, SessionExpired } from '../api';
import { signIn, type Session } from '../auth';
import { applyLang, h, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { renderHeader } from '../header';
import { initLang, lang, onLangChange, t, type Text } from '../i18n';
import { PAGES, pagesFor } from './registry';
import { renderShell } from './shell';

const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || window.location.href;

function show(app: HTMLElement, testId: string, texts: readonly Text[], alert = false): void {
  const box = h('div', { class: alert ? 'fatal' : 'boot-status', role: alert ? 'alert' : 'status', 'data-testid': testId });
  for (const text of texts) {
    const p = h('p');
    setText(p, text);
    box.append(p);
  }
  app.replaceChildren(box);
}

async function boot(app: HTMLElement): Promise<void> {
  initLang();
  document.title = t('scan.title');
  document.body.classList.add('scanner');
  onLangChange(() => {
    applyLang(document);
    document.title = t('scan.title');
  });
  show(app, 'app-status', [{ key: 'app.loading' }]);
  const base = apiBaseFrom(scriptUrl);
  let session: Session;
  try {
    const config = await fetchPortalConfig(base);
    show(app, 'app-status', [{ key: 'app.signingIn' }]);
    session = await signIn(config, lang);
  } catch (error) {
    if (error instanceof SessionExpired) return;
    show(app, 'app-error', [{ key: 'error.signIn' }, describeFailure(error)], true);
    return;
  }
  const call = createCaller({ base, token: () => session.token(), onUnauthorized: () => session.signInAgain(), lang });
  const header = renderHeader({ tenantName: t('scan.title'), username: session.username, onSignOut: () => session.logout() });
  const pages = pagesFor(PAGES, session.roles);
  if (pages.length === 0) {
    const text = h('p', { class: 'message message--error', role: 'alert', 'data-testid': 'scan-not-for-role' });
    setText(text, { key: 'scan.notForRole' });
    app.replaceChildren(header, h('main', { class: 'page', id: 'main' }, text, h('a', { href: '../portal/', 'data-testid': 'to-portal' }, tr('ops.toPortal'))));
    return;
  }
  app.replaceChildren(header, renderShell({ call, username: session.username, roles: session.roles, pages }));
}

const app = document.getElementById('app');
if (app) {
  boot(app).catch((error: unknown) => {
    console.error('scanner failed to start', error);
    show(app, 'app-error', [{ key: 'error.unexpected' }], true);
  });
}
