// Starts the portal: language, settings, sign-in, the shop, then the catalogue page.
import { apiBaseFrom, createApi, fetchPortalConfig, SessionExpired, type Api, type PortalConfig } from './api';
import { canManageCatalogue, signIn, type Session } from './auth';
import { applyLang, h, setText, tr } from './dom';
import { describeFailure } from './failure';
import { initLang, lang, onLangChange, t, type Text } from './i18n';
import { renderHeader } from './header';
import { renderCataloguePage } from './pages/catalogue';

// Read while this script runs: afterwards document.currentScript is null.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || window.location.href;
let shopName = '';

function updateTitle(): void {
  document.title = shopName ? `${shopName} · ${t('app.title')}` : t('app.title');
}

function showStatus(app: HTMLElement, text: Text): void {
  const status = h('p', { class: 'boot-status', role: 'status', 'data-testid': 'app-status' });
  setText(status, text);
  app.replaceChildren(status);
}

/** A page-wide failure: what failed, why, a way to try again and, once signed in, to sign out. */
function showFatal(app: HTMLElement, texts: readonly Text[], retry: () => void, signOut?: () => void): void {
  const lines = texts.map((text) => {
    const line = h('p');
    setText(line, text);
    return line;
  });
  const buttons = h(
    'div',
    { class: 'actions' },
    h('button', { type: 'button', class: 'button', 'data-testid': 'retry', onclick: retry }, tr('action.retry')),
    signOut ? h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'sign-out', onclick: signOut }, tr('header.signOut')) : null,
  );
  app.replaceChildren(h('div', { class: 'fatal', role: 'alert', 'data-testid': 'app-error' }, ...lines, buttons));
}

async function boot(app: HTMLElement): Promise<void> {
  initLang();
  updateTitle();
  onLangChange(() => {
    applyLang(document);
    updateTitle();
  });
  showStatus(app, { key: 'app.loading' });
  const base = apiBaseFrom(scriptUrl);
  let config: PortalConfig;
  try {
    config = await fetchPortalConfig(base);
  } catch (error) {
    showFatal(app, [{ key: 'error.config' }, describeFailure(error)], () => window.location.reload());
    return;
  }
  showStatus(app, { key: 'app.signingIn' });
  let session: Session;
  try {
    session = await signIn(config, lang);
  } catch (error) {
    if (error instanceof SessionExpired) return; // on the way to the sign-in page
    console.error('sign-in failed', error);
    showFatal(app, [{ key: 'error.signIn' }], () => window.location.reload());
    return;
  }
  const api = createApi({ base, token: () => session.token(), onUnauthorized: () => session.signInAgain(), lang });
  await start(app, api, session);
}

async function start(app: HTMLElement, api: Api, session: Session): Promise<void> {
  showStatus(app, { key: 'app.loading' });
  try {
    const tenant = await api.tenant();
    shopName = tenant.name;
    updateTitle();
    app.replaceChildren(
      renderHeader({ tenantName: tenant.name, username: session.username, onSignOut: () => session.logout() }),
      renderCataloguePage({ api, tenant, canManage: canManageCatalogue(session.roles) }),
    );
  } catch (error) {
    showFatal(app, [{ key: 'error.tenant' }, describeFailure(error)], () => void start(app, api, session), () => session.logout());
  }
}

const app = document.getElementById('app');
if (app) {
  boot(app).catch((error: unknown) => {
    console.error('portal failed to start', error);
    showFatal(app, [{ key: 'error.unexpected' }], () => window.location.reload());
  });
}
