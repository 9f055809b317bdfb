// Short picks: #/shortpicks lists the open short picks of every shop (a picker found fewer units in
// a bin than the pick list wanted), oldest first. The storekeeper types a line's number (or scans
// the tote) and Enter, sees what was short where, and resolves it: F1 sends the order back to the
// pickers for the missing units from other bins; F2, a typed note and Enter close it. The server's
// refusals (not enough free stock outside the short bin, already resolved) are the red banner.
import { h, setText, tr } from '../dom';
import { lang, type MessageKey, type Text } from '../i18n';
import { formatDateTime } from '../zone';
import { refuse, type ScanAction, type ScanContext, type ScanPage, type ScanPageInstance } from './page';
import { shortPickApi, type ShortPick } from './shortpick-api';
import {
  backFrom, missingUnits, orderLabel, pressClose, pressRepick, rechoose, resolvedText, shortPickPrompt, shortPickScan,
  type ShortPickIntent, type ShortPickState,
} from './shortpick-logic';

export const shortPicksPage: ScanPage = {
  id: 'shortpicks',
  title: 'scan.shortpicks.title',
  roles: ['storekeeper', 'platform-admin'],
  open: (context) => openShortPicks(context),
};

/** The handheld's own zone: "raised at" is read as the warehouse's wall clock. */
const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function said<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text: Text): HTMLElementTagNameMap[K] {
  const element = h(tag, attrs);
  setText(element, text);
  return element;
}

function openShortPicks(context: ScanContext): ScanPageInstance {
  const api = shortPickApi(context.call);
  const element = h('section', { class: 'scan-body', 'data-testid': 'shortpicks-page' });
  let state: ShortPickState = { step: 'list' };
  let open: ShortPick[] = [];
  let loaded = false;

  async function reload(): Promise<boolean> {
    try {
      open = await api.open();
      loaded = true;
      state = rechoose(state, open);
      return true;
    } catch (error) {
      context.fail(error);
      return false;
    }
  }

  /** After a resolution or a refusal: the list is reloaded, but a failure keeps the banner shown. */
  async function reloadQuietly(): Promise<void> {
    try {
      open = await api.open();
      loaded = true;
      state = rechoose(state, open);
    } catch {
      // The next Enter on the list (or F4) reloads and says what went wrong.
    }
  }

  function when(instant: string | null): string {
    return instant === null ? '' : formatDateTime(instant, localZone(), lang());
  }

  /** What was short where: shared by the list's lines and the chosen one's details. */
  function facts(pick: ShortPick): HTMLElement[] {
    const lot = pick.lot === null ? '' : said('span', { 'data-testid': 'shortpick-lot' }, { key: 'scan.shortpicks.lot', params: { lot: pick.lot } });
    return [
      h('div', { class: 'scan-code', 'data-testid': 'shortpick-tote' }, pick.tote ?? ''),
      h('div', { 'data-testid': 'shortpick-sku' }, h('span', { class: 'scan-code' }, pick.sku), lot ? ' · ' : '', lot),
      said('div', { 'data-testid': 'shortpick-bin' }, { key: 'scan.shortpicks.bin', params: { bin: pick.bin } }),
      said('div', { class: 'scan-qty', 'data-testid': 'shortpick-counts' },
        { key: 'scan.shortpicks.counts', params: { expected: pick.expected, picked: pick.picked } }),
      said('div', { class: 'scan-list-sub', 'data-testid': 'shortpick-reason' },
        { key: 'scan.shortpicks.raised', params: { reason: pick.reason ?? '—', by: pick.raisedBy ?? '—', at: when(pick.raisedAt) } }),
    ];
  }

  function dataOf(pick: ShortPick): Record<string, string> {
    return {
      'data-id': pick.id,
      'data-tenant': pick.tenant,
      'data-order-id': pick.orderId,
      'data-tote': pick.tote ?? '',
      'data-sku': pick.sku,
      'data-bin': pick.bin,
      'data-expected': String(pick.expected),
      'data-picked': String(pick.picked),
    };
  }

  function drawList(): void {
    element.replaceChildren(
      h('p', { class: 'scan-hint' }, tr('scan.shortpicks.hint')),
      !loaded
        ? h('p', {}, tr('app.loading'))
        : open.length === 0
          ? h('p', { class: 'scan-empty', 'data-testid': 'shortpicks-none' }, tr('scan.shortpicks.none'))
          : h('ol', { class: 'scan-list', 'data-testid': 'shortpicks-list' },
              ...open.map((pick, i) => h('li', { 'data-testid': 'shortpick', 'data-line': String(i + 1), ...dataOf(pick) },
                h('kbd', {}, String(i + 1)),
                h('div', { class: 'scan-list-main' },
                  h('strong', {}, pick.tenant, ' · ', said('span', { 'data-testid': 'shortpick-order' },
                    { key: 'scan.shortpicks.order', params: { order: orderLabel(pick) } })),
                  ...facts(pick))))),
    );
  }

  function drawChosen(pick: ShortPick, typingNote: boolean): void {
    const missing = said('p', { class: 'scan-big', 'data-testid': 'shortpick-missing', 'data-units': String(missingUnits(pick)) },
      { key: 'scan.shortpicks.missing', params: { units: missingUnits(pick), sku: pick.sku } });
    const note = typingNote
      ? said('p', { class: 'scan-flag scan-confirm', role: 'alert', 'data-testid': 'shortpick-note-mode' }, { key: 'scan.shortpicks.noteMode' })
      : said('p', { class: 'scan-hint', 'data-testid': 'shortpick-actions-hint' }, { key: 'scan.shortpicks.chooseAction' });
    element.replaceChildren(
      h('div', { class: 'scan-subject', 'data-testid': 'shortpick-chosen', 'data-step': state.step, ...dataOf(pick) },
        h('strong', {}, pick.tenant, ' · ', said('span', { 'data-testid': 'shortpick-order' },
          { key: 'scan.shortpicks.order', params: { order: orderLabel(pick) } })),
        ...facts(pick)),
      missing,
      note,
    );
  }

  function draw(): void {
    if (state.step === 'list') drawList();
    else drawChosen(state.pick, state.step === 'note');
  }

  async function act(intent: ShortPickIntent): Promise<void> {
    switch (intent.do) {
      case 'nothing':
        return;
      case 'refuse':
        refuse(context, intent);
        return;
      case 'reload':
        if (await reload()) context.signal('info', { key: 'scan.wave.reloaded' });
        break;
      case 'choose':
        state = { step: 'chosen', pick: intent.pick };
        context.signal('info', { key: 'scan.shortpicks.chosen', params: { order: orderLabel(intent.pick), units: missingUnits(intent.pick) } });
        break;
      case 'typeNote':
        state = { step: 'note', pick: intent.pick };
        context.signal('info', { key: 'scan.shortpicks.noteMode' });
        break;
      case 'resolve': {
        try {
          await api.resolve(intent.pick, intent.action, intent.note);
        } catch (error) {
          context.fail(error);
          await reloadQuietly(); // resolved by someone else meanwhile: the list shows it gone
          break;
        }
        state = { step: 'list' };
        context.signal('ok', resolvedText(intent.action, intent.pick));
        await reloadQuietly();
        break;
      }
    }
    draw();
    context.refresh();
  }

  const ready = reload().then(() => {
    draw();
    context.refresh();
  });
  draw();
  return {
    element,
    async scan(scan) {
      await ready;
      await act(shortPickScan(state, scan, open));
    },
    actions(): readonly ScanAction[] {
      if (state.step === 'list') {
        return [{ key: 'F4', label: { key: 'scan.shortpicks.refreshAction' }, testId: 'shortpicks-refresh', run: () => act({ do: 'reload' }) }];
      }
      return [
        { key: 'F1', label: { key: 'scan.shortpicks.repickAction' }, testId: 'shortpick-repick', run: () => act(pressRepick(state)) },
        {
          key: 'F2',
          label: { key: 'scan.shortpicks.closeAction' },
          testId: 'shortpick-close',
          pressed: state.step === 'note',
          run: () => act(pressClose(state)),
        },
      ];
    },
    back() {
      const previous = backFrom(state);
      if (previous === null) return false;
      state = previous;
      if (state.step === 'list') {
        // Others resolve short picks too: the list is read again on the way back to it.
        void reload().then(() => {
          draw();
          context.refresh();
        });
      }
      draw();
      return true;
    },
    prompt(): MessageKey {
      return shortPickPrompt(state);
    },
  };
}
