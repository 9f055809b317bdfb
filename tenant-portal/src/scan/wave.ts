// Wave release: #/wave lists the shops whose ALLOCATED orders wait for picking (most first). The
// storekeeper scans or types a shop id (or its line number, or presses its F-key) and Enter; the
// shop's wave is released and its code, lists and totes are shown. The server's refusals (a shop
// with nothing to release, an unknown shop) are the red banner, naming the problem.
import { h, setText, tr } from '../dom';
import type { MessageKey } from '../i18n';
import { refuse, type ScanAction, type ScanContext, type ScanPage, type ScanPageInstance } from './page';
import { waveApi, type BacklogShop, type Wave } from './wave-api';
import { shopKeys, waveScan, type WaveIntent } from './wave-logic';

export const wavePage: ScanPage = {
  id: 'wave',
  title: 'scan.wave.title',
  roles: ['storekeeper'],
  open: (context) => openWave(context),
};

function openWave(context: ScanContext): ScanPageInstance {
  const api = waveApi(context.call);
  const element = h('section', { class: 'scan-body', 'data-testid': 'wave-page' });
  let backlog: BacklogShop[] = [];
  let loaded = false;
  let last: Wave | null = null;

  async function reload(): Promise<boolean> {
    try {
      backlog = await api.backlog();
      loaded = true;
      return true;
    } catch (error) {
      context.fail(error);
      return false;
    } finally {
      draw();
      context.refresh();
    }
  }

  function draw(): void {
    const keys = new Map(shopKeys(backlog).map((k) => [k.shop.tenant, k.key]));
    const list = !loaded
      ? h('p', {}, tr('app.loading'))
      : backlog.length === 0
        ? h('p', { class: 'scan-empty', 'data-testid': 'wave-none' }, tr('scan.wave.none'))
        : h('ol', { class: 'scan-list', 'data-testid': 'wave-backlog' },
            ...backlog.map((shop, i) => {
              const count = h('span', { class: 'scan-list-sub', 'data-testid': 'wave-shop-allocated' });
              setText(count, { key: 'scan.wave.allocated', params: { count: shop.allocated } });
              return h('li', { 'data-testid': 'wave-shop', 'data-tenant': shop.tenant, 'data-allocated': String(shop.allocated) },
                h('kbd', {}, String(i + 1)),
                h('span', { class: 'scan-list-main' }, shop.name || shop.tenant, ' ', h('span', { class: 'scan-code' }, shop.tenant)),
                count,
                keys.has(shop.tenant) ? h('kbd', { 'data-testid': 'wave-shop-key' }, keys.get(shop.tenant) ?? '') : '');
            }));
    element.replaceChildren(h('p', { class: 'scan-hint' }, tr('scan.wave.hint')), ...(last ? [released(last)] : []), list);
  }

  function released(wave: Wave): HTMLElement {
    const title = h('p', { class: 'scan-big', 'data-testid': 'wave-code', 'data-code': wave.code, 'data-tenant': wave.tenant });
    setText(title, { key: 'scan.wave.last', params: { code: wave.code } });
    const lists = h('p', { class: 'scan-subject', 'data-testid': 'wave-lists', 'data-lists': String(wave.lists.length) });
    setText(lists, { key: 'scan.wave.lists', params: { lists: wave.lists.length, units: wave.lists.reduce((a, l) => a + l.units, 0) } });
    return h('div', { class: 'scan-result', 'data-testid': 'wave-released' },
      title,
      lists,
      h('p', { class: 'scan-hint' }, tr('scan.wave.totes')),
      h('ul', { class: 'scan-totes', 'data-testid': 'wave-totes' },
        ...wave.lists.map((l) => h('li', { class: 'scan-code', 'data-testid': 'wave-tote', 'data-tote': l.tote, 'data-list-id': l.listId, 'data-order-id': l.orderId }, l.tote))));
  }

  async function act(intent: WaveIntent): Promise<void> {
    switch (intent.do) {
      case 'refuse':
        refuse(context, intent);
        return;
      case 'reload':
        if (await reload()) context.signal('info', { key: 'scan.wave.reloaded' });
        return;
      case 'release': {
        try {
          last = await api.release(intent.tenant);
        } catch (error) {
          context.fail(error);
          return;
        }
        context.signal('ok', { key: 'scan.wave.released', params: { code: last.code, tenant: last.tenant, lists: last.lists.length } });
        await reloadQuietly();
        return;
      }
    }
  }

  /** After a release the backlog shrank; a failure to reload keeps the release's green banner. */
  async function reloadQuietly(): Promise<void> {
    try {
      backlog = await api.backlog();
    } catch {
      // The next Enter reloads and says what went wrong.
    }
    draw();
    context.refresh();
  }

  const ready = reload();
  draw();
  return {
    element,
    async scan(scan) {
      await ready;
      await act(waveScan(backlog, scan));
    },
    actions(): readonly ScanAction[] {
      return shopKeys(backlog).map(({ key, shop }) => ({
        key,
        label: { raw: `${shop.tenant} · ${shop.allocated}` },
        testId: `wave-release-${shop.tenant}`,
        run: () => act({ do: 'release', tenant: shop.tenant }),
      }));
    },
    back() {
      return false;
    },
    prompt(): MessageKey {
      return 'scan.prompt.shop';
    },
  };
}
