// The portal's pages as hash routes: #/catalogue, #/orders?…filters, #/orders/new,
// #/orders/import, #/orders/<id>, #/stock?q=, #/inbound, #/inbound/new and #/inbound/<id>. Anything else (an empty hash, or what the sign-in leaves
// behind) is the catalogue, the start page.
import { filtersFromParams, filtersToParams, NO_FILTERS, type OrderFilters } from './orders';
import { stockQueryFromParams } from './pages/stock-view';

export type Route =
  | { readonly name: 'catalogue' }
  | { readonly name: 'orders'; readonly filters: OrderFilters }
  | { readonly name: 'order'; readonly id: string }
  | { readonly name: 'order-new' }
  | { readonly name: 'order-import' }
  | { readonly name: 'webhooks' }
  | { readonly name: 'notifications' }
  | { readonly name: 'stock'; readonly q: string }
  | { readonly name: 'inbound-list' }
  | { readonly name: 'inbound-new' }
  | { readonly name: 'inbound'; readonly id: string };

const ID = /^[0-9A-Za-z-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = text.indexOf('?');
  const path = (queryAt < 0 ? text : text.slice(0, queryAt)).replace(/\/+$/, '');
  const params = new URLSearchParams(queryAt < 0 ? '' : text.slice(queryAt + 1));
  const parts = path.split('/').filter((part) => part !== '');
  if (parts[0] === 'webhooks' && parts.length === 1) return { name: 'webhooks' };
  if (parts[0] === 'notifications' && parts.length === 1) return { name: 'notifications' };
  if (parts[0] === 'stock' && parts.length === 1) return { name: 'stock', q: stockQueryFromParams(params) };
  if (parts[0] === 'inbound') {
    if (parts.length === 1) return { name: 'inbound-list' };
    if (parts.length === 2 && parts[1] === 'new') return { name: 'inbound-new' };
    const inboundId = decodeURIComponent(parts[1] ?? '');
    if (parts.length === 2 && ID.test(inboundId)) return { name: 'inbound', id: inboundId };
    return { name: 'inbound-list' };
  }
  if (parts[0] !== 'orders') return { name: 'catalogue' };
  if (parts.length === 1) return { name: 'orders', filters: filtersFromParams(params) };
  if (parts.length === 2 && parts[1] === 'new') return { name: 'order-new' };
  if (parts.length === 2 && parts[1] === 'import') return { name: 'order-import' };
  const id = decodeURIComponent(parts[1] ?? '');
  if (parts.length === 2 && ID.test(id)) return { name: 'order', id };
  return { name: 'orders', filters: NO_FILTERS };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'catalogue':
      return '#/catalogue';
    case 'orders': {
      const query = filtersToParams(route.filters);
      return query ? `#/orders?${query}` : '#/orders';
    }
    case 'order':
      return `#/orders/${encodeURIComponent(route.id)}`;
    case 'order-new':
      return '#/orders/new';
    case 'order-import':
      return '#/orders/import';
    case 'webhooks':
      return '#/webhooks';
    case 'notifications':
      return '#/notifications';
    case 'stock':
      return route.q ? `#/stock?${new URLSearchParams({ q: route.q }).toString()}` : '#/stock';
    case 'inbound-list':
      return '#/inbound';
    case 'inbound-new':
      return '#/inbound/new';
    case 'inbound':
      return `#/inbound/${encodeURIComponent(route.id)}`;
  }
}

/** Which item of the navigation is lit on the route. */
export function sectionOf(
  route: Route,
): 'catalogue' | 'orders' | 'order-new' | 'order-import' | 'webhooks' | 'notifications' | 'stock' | 'inbound' | 'inbound-new' {
  switch (route.name) {
    case 'stock':
      return 'stock';
    case 'inbound-list':
    case 'inbound':
      return 'inbound';
    case 'inbound-new':
      return 'inbound-new';
    case 'webhooks':
      return 'webhooks';
    case 'notifications':
      return 'notifications';
    case 'catalogue':
      return 'catalogue';
    case 'order-new':
      return 'order-new';
    case 'order-import':
      return 'order-import';
    default:
      return 'orders';
  }
}
