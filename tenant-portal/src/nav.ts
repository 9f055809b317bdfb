// The sections of the portal: the catalogue, the orders, the stock and the inbound shipments, and
// for those who may change them, the new-order form, the CSV upload and the new inbound shipment.
import { h, setAttrText, tr } from './dom';
import type { MessageKey } from './i18n';
import { hrefOf, sectionOf, type Route } from './router';
import { NO_FILTERS } from './orders';

export interface Navigation {
  readonly element: HTMLElement;
  /** Lights the item of the route's section. */
  show(route: Route): void;
}

type Section = ReturnType<typeof sectionOf>;

export function createNavigation(canManageOrders: boolean): Navigation {
  const items: [Section, Route, MessageKey, string][] = [
    ['catalogue', { name: 'catalogue' }, 'nav.catalogue', 'nav-catalogue'],
    ['orders', { name: 'orders', filters: NO_FILTERS }, 'nav.orders', 'nav-orders'],
  ];
  if (canManageOrders) {
    items.push(['order-new', { name: 'order-new' }, 'nav.orderNew', 'nav-order-new']);
    items.push(['order-import', { name: 'order-import' }, 'nav.orderImport', 'nav-order-import']);
  }
  items.push(['stock', { name: 'stock', q: '' }, 'stock.nav', 'nav-stock']);
  items.push(['inbound', { name: 'inbound-list' }, 'inbound.nav', 'nav-inbound']);
  if (canManageOrders) items.push(['inbound-new', { name: 'inbound-new' }, 'inbound.navNew', 'nav-inbound-new']);
  items.push(['webhooks', { name: 'webhooks' }, 'wh.nav', 'nav-webhooks']);
  items.push(['notifications', { name: 'notifications' }, 'nt.nav', 'nav-notifications']);
  const links = items.map(([section, route, label, testId]) => {
    const link = h('a', { href: hrefOf(route), class: 'nav-link', 'data-testid': testId, 'data-section': section }, tr(label));
    return link;
  });
  const element = h('nav', { class: 'nav' }, ...links);
  setAttrText(element, 'aria-label', 'nav.label');
  return {
    element,
    show(route) {
      const current = sectionOf(route);
      for (const link of links) {
        if (link.dataset['section'] === current) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
    },
  };
}
