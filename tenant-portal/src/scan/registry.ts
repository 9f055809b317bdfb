// The scanner app's pages, in menu order, and the route from the hash to one of them. Adding a page
// is one file exporting a ScanPage and one line in PAGES (see main.ts).
import type { ScanPage } from './page';
import { countPage } from './count';
import { handoverPage } from './handover';
import { packPage } from './pack';
import { pickPage } from './pick';
import { putawayPage } from './putaway';
import { receivePage } from './receive';
import { shortPicksPage } from './shortpick';
import { wavePage } from './wave';

export const PAGES: readonly ScanPage[] = [
  receivePage,
  putawayPage,
  countPage,
  wavePage,
  shortPicksPage,
  pickPage,
  packPage,
  handoverPage,
];

/** The pages a user with these roles may open, in menu order. */
export function pagesFor<P extends Pick<ScanPage, 'roles'>>(pages: readonly P[], roles: ReadonlySet<string>): P[] {
  return pages.filter((page) => page.roles.some((role) => roles.has(role)));
}

export interface Route {
  /** '' for the menu. */
  readonly pageId: string;
  readonly param: string;
}

/** #/receive/ASN.alfa.X → {pageId: 'receive', param: 'ASN.alfa.X'}; an unknown or forbidden page → the menu. */
export function routeOf(hash: string, allowed: readonly Pick<ScanPage, 'id'>[]): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path.includes('=')) return { pageId: '', param: '' }; // Keycloak's return (#state=…&code=…)
  const slash = path.indexOf('/');
  const id = slash < 0 ? path : path.slice(0, slash);
  const param = slash < 0 ? '' : decodeURIComponent(path.slice(slash + 1));
  return allowed.some((page) => page.id === id) ? { pageId: id, param } : { pageId: '', param: '' };
}

export function hashOf(pageId: string, param?: string): string {
  return pageId === '' ? '#/' : `#/${pageId}${param ? `/${encodeURIComponent(param)}` : ''}`;
}
