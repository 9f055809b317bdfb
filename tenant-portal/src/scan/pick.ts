// Picking: #/pick takes the picker's list (the one it holds, else the next of any shop) with Enter,
// then walks it pick by pick: scan the bin shown, scan the item, Enter for all units (or type how
// many were there; 0 or F2 when the bin is empty). A wrong bin or item is refused by the server at
// once: red banner and the low beep, and the same pick waits. Esc goes back to the menu.
import { h, setText, tr } from '../dom';
import type { MessageKey } from '../i18n';
import { refuse, type ScanAction, type ScanContext, type ScanPage, type ScanPageInstance } from './page';
import { pickApi, type PickList } from './pick-api';
import { afterConfirm, binEmpty, currentPick, pickPrompt, pickScan, type PickIntent, type PickState } from './pick-logic';

export const pickPage: ScanPage = {
  id: 'pick',
  title: 'scan.pick.title',
  roles: ['picker'],
  open: (context) => openPick(context),
};

function openPick(context: ScanContext): ScanPageInstance {
  const api = pickApi(context.call);
  const element = h('section', { class: 'scan-body', 'data-testid': 'pick-page' });
  let state: PickState = { step: 'start' };

  function draw(): void {
    if (state.step === 'start') {
      element.replaceChildren(h('p', { class: 'scan-hint', 'data-testid': 'pick-start' }, tr('scan.pick.startHint')));
      return;
    }
    const list = state.list;
    const tote = h('p', { class: 'scan-subject' }, tr('scan.pick.tote'), ' ', h('span', { class: 'scan-code', 'data-testid': 'pick-tote' }, list.tote));
    const progress = h('p', { class: 'scan-hint', 'data-testid': 'pick-progress' });
    setText(progress, { key: 'scan.pick.progress', params: { done: list.picksDone, total: list.picksTotal } });
    const pick = list.current;
    if (pick === null) {
      const done = h('p', { class: 'scan-big', 'data-testid': 'pick-list-done' });
      setText(done, { key: 'scan.pick.toteDone', params: { tote: list.tote } });
      element.replaceChildren(tote, progress, done, h('p', { class: 'scan-hint' }, tr('scan.pick.nextHint')));
      return;
    }
    const where = h('p', { class: 'scan-target', 'data-testid': 'pick-bin', 'data-bin': pick.bin },
      pick.binAddress, ' (', pick.bin, ')');
    const what = h('p', { class: 'scan-big', 'data-testid': 'pick-what', 'data-sku': pick.sku });
    setText(what, { key: 'scan.pick.what', params: { qty: pick.qty, sku: pick.sku } });
    const name = h('p', { class: 'scan-hint', 'data-testid': 'pick-name' }, pick.name ?? '', pick.lot ? ` · ${pick.lot}` : '');
    const step = h('p', { class: 'scan-hint', 'data-testid': 'pick-step', 'data-step': pick.step });
    setText(step, { key: pick.step === 'BIN' ? 'scan.pick.stepBin' : pick.step === 'ITEM' ? 'scan.pick.stepItem' : 'scan.pick.stepQty', params: { qty: pick.qty } });
    element.replaceChildren(tote, progress, where, what, name, step);
  }

  async function act(intent: PickIntent): Promise<void> {
    switch (intent.do) {
      case 'nothing':
        return;
      case 'refuse':
        refuse(context, intent);
        return;
      case 'claim': {
        let list: PickList | null;
        try {
          list = await api.next();
        } catch (error) {
          context.fail(error);
          return;
        }
        if (list === null) {
          context.signal('info', { key: 'scan.pick.noList' });
          state = { step: 'start' };
        } else {
          state = { step: 'list', list };
          context.signal('ok', { key: 'scan.pick.listTaken', params: { tote: list.tote, picks: list.picksTotal } });
        }
        break;
      }
      case 'scanBin':
      case 'scanItem':
      case 'confirm': {
        const before = currentPick(state);
        try {
          const list = intent.do === 'scanBin'
            ? await api.scanBin(intent.list, intent.barcode)
            : intent.do === 'scanItem'
              ? await api.scanItem(intent.list, intent.barcode)
              : await api.confirm(intent.list, intent.qty, intent.reason);
          state = { step: 'list', list };
          if (intent.do === 'confirm' && before) {
            const signal = afterConfirm(before, intent.qty, list);
            context.signal(signal.kind, { key: signal.key, params: { qty: intent.qty, sku: before.sku, tote: list.tote } });
          } else {
            context.signal('ok', { key: intent.do === 'scanBin' ? 'scan.pick.binOk' : 'scan.pick.itemOk', params: { qty: before?.qty ?? 0 } });
          }
        } catch (error) {
          context.fail(error);
        }
        break;
      }
    }
    draw();
    context.refresh();
  }

  draw();
  return {
    element,
    scan: (scan) => act(pickScan(state, scan)),
    actions(): readonly ScanAction[] {
      const pick = currentPick(state);
      const actions: ScanAction[] = [];
      if (pick === null) {
        actions.push({ key: 'F1', label: { key: 'scan.pick.next' }, testId: 'pick-next', run: () => act({ do: 'claim' }) });
      } else if (pick.step === 'ITEM' || pick.step === 'QTY') {
        actions.push({ key: 'F2', label: { key: 'scan.pick.empty' }, testId: 'pick-empty', run: () => act(binEmpty(state)) });
      }
      return actions;
    },
    back() {
      return false;
    },
    prompt(): MessageKey {
      return pickPrompt(state);
    },
  };
}
