// Starts the portal: language, settings, sign-in, the shop, then the page the address names
// (#/catalogue, the start page, or one of the order, stock or inbound pages; see router.ts).
import { apiBaseFrom, createApi, createCaller, fetchPortalConfig, SessionExpired, type Api, type PortalConfig, type TenantView } from './api';
import { canManageCatalogue, canManageOrders, signIn, type Session } from './auth';
import { applyLang, h, setText, tr } from './dom';
import { describeFailure } from './failure';
import { initLang, lang, onLangChange, t, type Text } from './i18n';
import { renderHeader } from './header';
import { createNavigation } from './nav';
import { renderCataloguePage } from './pages/catalogue';
import { renderOrderCreatePage } from './pages/order-create';
import { renderOrderDetailPage } from './pages/order-detail';
import { renderOrderImportPage } from './pages/order-import';
import { renderOrdersPage } from './pages/orders-list';
import { parseRoute, type Route } from './router';
import { renderWebhooksPage } from './pages/webhooks';
import { renderNotificationsPage } from './pages/notifications';
import { renderStockPage } from './pages/stock';
import { renderInboundListPage } from './pages/inbound-list';
import { renderInboundCreatePage } from './pages/inbound-create';
import { renderInboundDetailPage } from './pages/inbound-detail';

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
  const options = { base, token: () => session.token(), onUnauthorized: () => session.signInAgain(), lang };
  await start(app, createApi(options), createCaller(options), session);
}

async function start(app: HTMLElement, api: Api, call: Caller, session: Session): Promise<void> {
  showStatus(app, { key: 'app.loading' });
  let tenant: TenantView;
  try {
    tenant = await api.tenant();
  } catch (error) {
    showFatal(app, [{ key: 'error.tenant' }, describeFailure(error)], () => void start(app, api, call, session), () => session.logout());
    return;
  }
  shopName = tenant.name;
  updateTitle();
  const nav = createNavigation(canManageOrders(session.roles));
  const host = h('div', { class: 'page-host' });
  app.replaceChildren(
    renderHeader({ tenantName: tenant.name, username: session.username, onSignOut: () => session.logout() }),
    nav.element,
    host,
  );
  const context = {
    api,
    call,
    tenant,
    canManageCatalogue: canManageCatalogue(session.roles),
    canManageOrders: canManageOrders(session.roles),
    canManageWebhooks: session.roles.has('shop-admin'),
  };
  let first = true;
  const show = () => {
    const route = parseRoute(window.location.hash);
    nav.show(route);
    const page = renderRoute(route, context);
    host.replaceChildren(page);
    // After a move inside the portal, put the keyboard and screen reader at the new page's title.
    if (!first) page.querySelector<HTMLElement>('h1')?.focus();
    first = false;
  };
  window.addEventListener('hashchange', show);
  show();
}

type Caller = ReturnType<typeof createCaller>;

interface PageContext {
  readonly api: Api;
  readonly call: Caller;
  readonly canManageWebhooks: boolean;
  readonly tenant: TenantView;
  readonly canManageCatalogue: boolean;
  readonly canManageOrders: boolean;
}

function renderRoute(route: Route, context: PageContext): HTMLElement {
  const { api, tenant } = context;
  switch (route.name) {
    case 'catalogue':
      return renderCataloguePage({ api, tenant, canManage: context.canManageCatalogue });
    case 'orders':
      return renderOrdersPage({ api, tenant, filters: route.filters, canManage: context.canManageOrders });
    case 'order':
      return renderOrderDetailPage({ api, tenant, id: route.id, canManage: context.canManageOrders });
    case 'order-new':
      return context.canManageOrders ? renderOrderCreatePage({ api, tenant }) : forbiddenPage();
    case 'order-import':
      return context.canManageOrders ? renderOrderImportPage({ api }) : forbiddenPage();
    case 'webhooks':
      return renderWebhooksPage({ call: context.call, tenant, canManage: context.canManageWebhooks });
    case 'notifications':
      return renderNotificationsPage({ call: context.call, canManage: context.canManageWebhooks });
    case 'stock':
      return renderStockPage({ call: context.call, tenant, q: route.q });
    case 'inbound-list':
      return renderInboundListPage({ call: context.call, tenant, canManage: context.canManageOrders });
    case 'inbound-new':
      return context.canManageOrders ? renderInboundCreatePage({ call: context.call, tenant }) : forbiddenPage();
    case 'inbound':
      return renderInboundDetailPage({ call: context.call, tenant, id: route.id, canManage: context.canManageOrders });
  }
}

/** A page this user's role does not include (an address typed or kept from another account). */
function forbiddenPage(): HTMLElement {
  const text = h('p', { class: 'message message--error', role: 'alert', 'data-testid': 'page-forbidden' });
  setText(text, { key: 'error.forbidden' });
  return h('main', { class: 'page', id: 'main' }, text);
}

const app = document.getElementById('app');
if (app) {
  boot(app).catch((error: unknown) => {
    console.error('portal failed to start', error);
    showFatal(app, [{ key: 'error.unexpected' }], () => window.location.reload());
  });
}
