// Cycle count, blind: #/count lists the open counts; #/count/<CNT code> shows its bins (never what
// the books expect); scan a bin, scan what lies in it (a typed number sets the quantity of the
// item scanned last), F4 sends the bin's tally. F2 takes the last scan back.
import { h, setText, tr } from '../dom';
import type { MessageKey } from '../i18n';
import { countBack, countScan, tallyKey, undoLast, type CountState } from './count-logic';
import { refuse, type ScanAction, type ScanContext, type ScanPage, type ScanPageInstance } from './page';
import { scanApi, type CountView, type OpenCount } from './scan-api';
import { statusBadge } from './receive';

export const countPage: ScanPage = {
  id: 'count',
  title: 'scan.count.title',
  roles: ['storekeeper'],
  open: (context, param) => openCount(context, param),
};

function openCount(context: ScanContext, param: string): ScanPageInstance {
  const api = scanApi(context.call);
  const element = h('section', { class: 'scan-body', 'data-testid': 'count-page' });
  let state: CountState = param ? { step: 'bin', code: param } : { step: 'choose' };
  let open: OpenCount[] = [];
  let count: CountView | null = null;

  async function load(): Promise<void> {
    try {
      if (state.step === 'choose') open = await api.openCounts();
      else count = await api.count(state.code);
    } catch (error) {
      context.fail(error);
      if (state.step !== 'choose') {
        context.go('count');
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
          h('p', { class: 'scan-hint' }, tr('scan.count.chooseHint')),
          open.length === 0
            ? h('p', { class: 'scan-empty', 'data-testid': 'count-none' }, tr('scan.count.none'))
            : h('ol', { class: 'scan-list', 'data-testid': 'count-list' },
                ...open.map((c, i) => h('li', { 'data-testid': 'count-item', 'data-code': c.code },
                  h('kbd', {}, String(i + 1)), h('span', { class: 'scan-list-main' }, c.code),
                  h('span', { class: 'scan-list-sub' }, `${c.countedBins}/${c.bins}`)))),
        );
        return;
      case 'bin': {
        if (!count) {
          element.replaceChildren(h('p', {}, tr('app.loading')));
          return;
        }
        const c = count;
        element.replaceChildren(
          h('p', { class: 'scan-subject', 'data-testid': 'count-subject' }, h('span', { class: 'scan-code' }, c.code), ' ', statusBadge(c.status)),
          c.status !== 'COUNTING'
            ? h('p', { class: 'scan-empty', 'data-testid': 'count-closed' }, tr('scan.count.notCounting'))
            : h('p', { class: 'scan-hint' }, tr('scan.count.binHint')),
          h('ol', { class: 'scan-list', 'data-testid': 'count-bins' },
            ...c.bins.map((b) => h('li', { 'data-testid': 'count-bin', 'data-bin': b.bin, 'data-counted': String(b.counted) },
              h('span', { class: 'scan-list-main' }, b.address),
              h('span', { class: 'scan-list-sub' }, b.counted ? '✓' : '')))),
        );
        return;
      }
      case 'items': {
        const address = count?.bins.find((b) => b.bin === (state.step === 'items' ? state.bin : ''))?.address ?? state.bin;
        const title = h('p', { class: 'scan-big', 'data-testid': 'count-bin-open' });
        setText(title, { key: 'scan.count.inBin', params: { bin: address } });
        const last = state.last;
        element.replaceChildren(
          title,
          h('p', { class: 'scan-hint' }, tr('scan.count.itemsHint')),
          state.tally.length === 0
            ? h('p', { class: 'scan-empty', 'data-testid': 'count-empty-bin' }, tr('scan.count.emptySoFar'))
            : h('table', { class: 'scan-table', 'data-testid': 'count-tally' },
                h('tbody', {}, ...state.tally.map((item) => h('tr', { 'data-testid': 'count-tally-line', 'data-barcode': item.barcode, 'data-lot': item.lot ?? '', class: tallyKey(item) === last ? 'scan-row--last' : '' },
                  h('td', {}, item.barcode, item.lot ? ` (${item.lot})` : ''), h('td', { 'data-testid': 'count-tally-qty' }, String(item.qty)))))),
        );
        return;
      }
    }
  }

  async function openCode(code: string): Promise<void> {
    try {
      count = await api.count(code);
    } catch (error) {
      context.fail(error);
      return;
    }
    context.signal('ok', { key: 'scan.opened', params: { code } });
    context.go('count', code);
  }

  const loaded = load();
  draw();
  return {
    element,
    async scan(scan) {
      await loaded;
      const intent = countScan(state, scan, count);
      switch (intent.do) {
        case 'nothing':
          return;
        case 'refuse':
          refuse(context, intent);
          return;
        case 'open':
          await openCode(intent.code);
          return;
        case 'pick': {
          const chosen = open[intent.index];
          if (!chosen) {
            context.signal('error', { key: 'scan.noSuchLine', params: { n: intent.index + 1 } });
            return;
          }
          await openCode(chosen.code);
          return;
        }
        case 'set': {
          const before = state;
          state = intent.state;
          if (state.step === 'items' && before.step === 'bin') {
            context.signal('ok', { key: 'scan.count.binOpened', params: { bin: state.bin } });
          } else if (state.step === 'items' && state.last) {
            const last = state.last;
            const line = state.tally.find((item) => tallyKey(item) === last);
            // An item scan is accepted (ok); a typed quantity only corrects the tally (info).
            context.signal(scan.kind === 'qty' ? 'info' : 'ok', { key: 'scan.count.tallied', params: { barcode: line ? line.barcode + (line.lot ? ` (${line.lot})` : '') : '', qty: line?.qty ?? 0 } });
          }
          draw();
          return;
        }
      }
    },
    actions() {
      if (state.step !== 'items') return [];
      const current = state;
      const actions: ScanAction[] = [
        {
          key: 'F2',
          label: { key: 'scan.count.undoAction' },
          testId: 'action-undo',
          run: () => {
            state = undoLast(state);
            context.signal('info', { key: 'scan.count.undone' });
            draw();
          },
        },
        {
          key: 'F4',
          label: { key: 'scan.count.submitAction' },
          testId: 'action-submit-bin',
          run: async () => {
            count = await api.tally(current.code, current.bin, current.tally);
            state = { step: 'bin', code: current.code };
            const left = count.bins.filter((b) => !b.counted).length;
            context.signal('ok', left === 0 ? { key: 'scan.count.allCounted' } : { key: 'scan.count.binSent', params: { left } });
            draw();
          },
        },
      ];
      return actions;
    },
    back() {
      const previous = countBack(state);
      if (previous === null) return false;
      if (previous.step === 'choose') {
        context.go('count');
        return true;
      }
      state = previous;
      draw();
      return true;
    },
    prompt(): MessageKey {
      return state.step === 'choose' ? 'scan.prompt.count' : state.step === 'bin' ? 'scan.prompt.bin' : 'scan.prompt.item';
    },
  };
}
