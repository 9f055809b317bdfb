// Starts the operator console at /ops/: sign-in with the same Keycloak client as the shop portal,
// then, by role, the operator's calls (#/call), the supervisor's page (#/supervisor) and the count
// approval of supervisors and platform admins (#/counts). A user with none of these roles (a shop
// user) is told this console is not for them.
import { apiBaseFrom, createCaller, fetchPortalConfig, SessionExpired } from '../api';
import { signIn, type Session } from '../auth';
import { applyLang, h, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { initLang, lang, onLangChange, t, type Text } from '../i18n';
import { renderHeader } from '../header';
import { renderConsolePage } from './console';
import { renderCountsPage } from './counts';
import { opsRoute, opsSections, type OpsSection } from './routes';
import { renderSupervisorPage } from './supervisor';

const NAV: Readonly<Record<OpsSection, 'ops.nav.call' | 'ops.nav.supervisor' | 'ops.nav.counts'>> = {
  call: 'ops.nav.call',
  supervisor: 'ops.nav.supervisor',
  counts: 'ops.nav.counts',
};

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
  document.title = t('ops.title');
  onLangChange(() => {
    applyLang(document);
    document.title = t('ops.title');
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
  const sections = opsSections(session.roles);
  const header = renderHeader({ tenantName: t('ops.title'), username: session.username, onSignOut: () => session.logout() });
  const host = h('div', { class: 'page-host' });
  if (sections.length === 0) {
    const text = h('p', { class: 'message message--error', role: 'alert', 'data-testid': 'ops-not-for-role' });
    setText(text, { key: 'ops.notForRole' });
    app.replaceChildren(header, h('main', { class: 'page', id: 'main' }, text, h('a', { href: '../portal/', 'data-testid': 'to-portal' }, tr('ops.toPortal'))));
    return;
  }
  const links = sections.map((section) =>
    h('a', { href: `#/${section}`, class: 'nav-link', 'data-testid': `nav-${section}`, 'data-section': section }, tr(NAV[section])));
  app.replaceChildren(header, h('nav', { class: 'nav' }, ...links), host);
  const render = () => {
    const section = opsRoute(window.location.hash, sections);
    for (const link of links) {
      if (link.dataset['section'] === section) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    host.replaceChildren(
      section === 'call' ? renderConsolePage(call) : section === 'counts' ? renderCountsPage(call, session.username) : renderSupervisorPage(call));
  };
  window.addEventListener('hashchange', render);
  render();
}

const app = document.getElementById('app');
if (app) {
  boot(app).catch((error: unknown) => {
    console.error('console failed to start', error);
    show(app, 'app-error', [{ key: 'error.unexpected' }], true);
  });
}
