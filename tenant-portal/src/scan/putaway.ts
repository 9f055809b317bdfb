// Putaway: #/putaway lists shipments with units at the dock; #/putaway/<ASN code> shows what waits
// with a suggested bin; scan the item (or type its number), then the bin the units went into.
import { h, setText, tr } from '../dom';
import type { MessageKey } from '../i18n';
import { refuse, type ScanContext, type ScanPage, type ScanPageInstance } from './page';
import { putawayBack, putawayScan, type PutawayState } from './putaway-logic';
import { scanApi, type DockShipment, type PutawayTask } from './scan-api';

export const putawayPage: ScanPage = {
  id: 'putaway',
  title: 'scan.putaway.title',
  roles: ['storekeeper'],
  open: (context, param) => openPutaway(context, param),
};

function openPutaway(context: ScanContext, param: string): ScanPageInstance {
  const api = scanApi(context.call);
  const element = h('section', { class: 'scan-body', 'data-testid': 'putaway-page' });
  let state: PutawayState = param ? { step: 'item', code: param } : { step: 'choose' };
  let dock: DockShipment[] = [];
  let tasks: PutawayTask[] = [];

  async function load(): Promise<void> {
    try {
      if (state.step === 'choose') dock = (await api.dock()).filter((s) => s.awaitingPutaway > 0);
      else tasks = await api.putawayTasks(state.code);
    } catch (error) {
      context.fail(error);
      if (state.step !== 'choose') {
        context.go('putaway');
        return;
      }
    }
    draw();
    context.refresh();
  }

  function draw(): void {
    switch (state.step) {
      case 'choose':
        element.replaceChildren(
          h('p', { class: 'scan-hint' }, tr('scan.putaway.chooseHint')),
          dock.length === 0
            ? h('p', { class: 'scan-empty', 'data-testid': 'putaway-none' }, tr('scan.putaway.none'))
            : h('ol', { class: 'scan-list', 'data-testid': 'putaway-shipments' },
                ...dock.map((s, i) => h('li', { 'data-testid': 'putaway-shipment', 'data-code': s.code },
                  h('kbd', {}, String(i + 1)), h('span', { class: 'scan-list-main' }, s.reference, ' · ', s.tenant),
                  h('span', { class: 'scan-list-sub' }, String(s.awaitingPutaway))))),
        );
        return;
      case 'item':
        element.replaceChildren(
          h('p', { class: 'scan-subject' }, h('span', { class: 'scan-code' }, state.code)),
          tasks.length === 0
            ? h('p', { class: 'scan-empty', 'data-testid': 'putaway-done' }, tr('scan.putaway.allDone'))
            : h('ol', { class: 'scan-list', 'data-testid': 'putaway-tasks' },
                ...tasks.map((task, i) => h('li', { 'data-testid': 'putaway-task', 'data-sku': task.sku },
                  h('kbd', {}, String(i + 1)),
                  h('span', { class: 'scan-list-main' }, task.sku, task.lot ? ` (${task.lot})` : '', ' × ', String(task.qty)),
                  h('span', { class: 'scan-list-sub' }, task.suggestedAddress ?? '—')))),
        );
        return;
      case 'bin': {
        const task = state.task;
        const put = h('p', { class: 'scan-big', 'data-testid': 'putaway-what' });
        setText(put, { key: 'scan.putaway.put', params: { qty: state.qty, sku: task.sku } });
        const where = h('p', { class: 'scan-target', 'data-testid': 'putaway-suggested', 'data-bin': task.suggestedBin ?? '' });
        if (task.suggestedBin) setText(where, { key: 'scan.putaway.into', params: { address: task.suggestedAddress ?? task.suggestedBin, bin: task.suggestedBin } });
        else setText(where, { key: 'scan.putaway.noSuggestion' });
        element.replaceChildren(put, where, h('p', { class: 'scan-hint' }, tr('scan.putaway.binHint')));
        return;
      }
    }
  }

  const loaded = load();
  draw();
  return {
    element,
    async scan(scan) {
      await loaded;
      const intent = putawayScan(state, scan, tasks);
      switch (intent.do) {
        case 'nothing':
          return;
        case 'refuse':
          refuse(context, intent);
          return;
        case 'open':
          try {
            tasks = await api.putawayTasks(intent.code);
          } catch (error) {
            context.fail(error);
            return;
          }
          context.signal('ok', { key: 'scan.opened', params: { code: intent.code } });
          context.go('putaway', intent.code);
          return;
        case 'pick': {
          const chosen = dock[intent.index];
          if (!chosen) {
            context.signal('error', { key: 'scan.noSuchLine', params: { n: intent.index + 1 } });
            return;
          }
          context.signal('ok', { key: 'scan.opened', params: { code: chosen.code } });
          context.go('putaway', chosen.code);
          return;
        }
        case 'set': {
          const before = state;
          state = intent.state;
          // The item (or its line) is accepted: ok; a typed quantity at the bin step only changes how many: info.
          if (state.step === 'bin') context.signal(before.step === 'bin' ? 'info' : 'ok', { key: 'scan.putaway.nowBin', params: { sku: state.task.sku, qty: state.qty } });
          draw();
          return;
        }
        case 'putAway': {
          try {
            const result = await api.putAway(intent.code, intent.barcode, intent.lot, intent.bin, intent.qty);
            context.signal('ok', { key: 'scan.putaway.done', params: { qty: intent.qty, sku: result.line.sku, bin: intent.bin } });
            state = { step: 'item', code: intent.code };
            tasks = await api.putawayTasks(intent.code);
          } catch (error) {
            context.fail(error);
          }
          draw();
          return;
        }
      }
    },
    actions() {
      return [];
    },
    back() {
      const previous = putawayBack(state);
      if (previous === null) return false;
      if (previous.step === 'choose') {
        context.go('putaway');
        return true;
      }
      state = previous;
      draw();
      return true;
    },
    prompt(): MessageKey {
      return state.step === 'choose' ? 'scan.prompt.asn' : state.step === 'item' ? 'scan.prompt.item' : 'scan.prompt.bin';
    },
  };
}
