// The wave page's choices, pure: the backlog lists the shops whose ALLOCATED orders wait; the
// storekeeper scans or types a shop's id, types its line number, or presses the F-key shown next to
// it, and the shop's wave is released. Enter on an empty input reloads the backlog. The server
// judges the rest (a shop with nothing to release is its red banner, naming the problem).
import type { MessageKey } from '../i18n';
import type { ActionKey } from './page';
import { ACTION_KEYS } from './page';
import type { Scan } from './scan';
import type { BacklogShop } from './wave-api';

export type WaveIntent =
  | { readonly do: 'release'; readonly tenant: string }
  | { readonly do: 'reload' }
  | { readonly do: 'refuse'; readonly reason: MessageKey; readonly params?: Readonly<Record<string, string | number>> };

/** A shop id as the platform writes it (lower case letters, digits, dashes; 2-40 characters). */
const SHOP_ID = /^[a-z0-9][a-z0-9-]{1,39}$/;

export function waveScan(backlog: readonly BacklogShop[], scan: Scan): WaveIntent {
  switch (scan.kind) {
    case 'empty':
      return { do: 'reload' };
    case 'qty': {
      const shop = backlog[scan.qty - 1];
      return shop ? { do: 'release', tenant: shop.tenant } : { do: 'refuse', reason: 'scan.noSuchLine', params: { n: scan.qty } };
    }
    case 'text': {
      const tenant = scan.text.toLowerCase();
      return SHOP_ID.test(tenant) ? { do: 'release', tenant } : { do: 'refuse', reason: 'scan.wave.scanShop' };
    }
    default:
      return { do: 'refuse', reason: 'scan.wave.scanShop' };
  }
}

/** The F-keys of the backlog's first shops, in order (one key a shop, as many as there are keys). */
export function shopKeys(backlog: readonly BacklogShop[]): { readonly key: ActionKey; readonly shop: BacklogShop }[] {
  return backlog.slice(0, ACTION_KEYS.length).map((shop, i) => ({ key: ACTION_KEYS[i] as ActionKey, shop }));
}
