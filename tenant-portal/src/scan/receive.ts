// Receive at the dock: #/receive lists the shipments that can still be received (announced or being
// received; not those received whose units wait at the dock for putaway); #/receive/<ASN code>
// counts against one.
import { h, setText, tr } from '../dom';
import type { MessageKey } from '../i18n';
import { failedField } from './feedback';
import type { ScanAction, ScanContext, ScanPage, ScanPageInstance } from './page';
import { afterReceived, afterUnknown, counting, receivable, receiveBack, receiveScan, toggleDamaged, type ReceiveState } from './receive-logic';
import { scanApi, type DockShipment, type Shipment } from './scan-api';

export const receivePage: ScanPage = {
  id: 'receive',
  title: 'scan.receive.title',
  roles: ['storekeeper'],
  open: (context, param) => openReceive(context, param),
};

function openReceive(context: ScanContext, param: string): ScanPageInstance {
  const api = scanApi(context.call);
  const element = h('section', { class: 'scan-body', 'data-testid': 'receive-page' });
  let state: ReceiveState = param ? counting(param) : { step: 'choose' };
  let dock: DockShipment[] = [];
  // Until the dock's list is in, the page says it is loading (not "no shipments").
  let dockLoaded = false;
  let shipment: Shipment | null = null;

  async function load(): Promise<void> {
    try {
      if (state.step === 'choose') {
        dock = receivable(await api.dock());
        dockLoaded = true;
      } else {
        shipment = await api.shipment(state.code);
      }
    } catch (error) {
      dockLoaded = true;
      context.fail(error);
      if (state.step !== 'choose') {
        state = { step: 'choose' };
        context.go('receive');
        return;
      }
    }
    draw();
    context.refresh();
  }

  function draw(): void {
    if (state.step === 'choose') {
      element.replaceChildren(
        hint('scan.receive.chooseHint'),
        !dockLoaded
          ? h('p', { class: 'scan-empty', 'data-testid': 'receive-loading' }, tr('app.loading'))
          : dock.length === 0
          ? h('p', { class: 'scan-empty', 'data-testid': 'receive-none' }, tr('scan.receive.none'))
          : h('ol', { class: 'scan-list', 'data-testid': 'receive-list' },
              ...dock.map((s, i) => h('li', { 'data-testid': 'receive-item', 'data-code': s.code },
                h('kbd', {}, String(i + 1)),
                h('span', { class: 'scan-list-main' }, s.reference, ' · ', s.tenant),
                h('span', { class: 'scan-list-sub' }, `${s.receivedUnits}/${s.expectedUnits}`)))),
      );
      return;
    }
    if (!shipment) {
      element.replaceChildren(h('p', {}, tr('app.loading')));
      return;
    }
    const s = shipment;
    const mode = h('div', { class: 'scan-mode' });
    if (state.step === 'count') {
      const qty = h('span', { class: 'scan-qty', 'data-testid': 'receive-qty' });
      setText(qty, { key: 'scan.qtyNext', params: { qty: state.qty } });
      mode.append(qty);
      if (state.damaged) mode.append(h('span', { class: 'scan-flag', 'data-testid': 'receive-damaged' }, tr('scan.receive.damaged')));
      if (state.unknown) {
        const unknown = h('span', { class: 'scan-flag', 'data-testid': 'receive-unknown' });
        setText(unknown, { key: 'scan.receive.unknownPending', params: { barcode: state.unknown.barcode } });
        mode.append(unknown);
      }
    }
    element.replaceChildren(
      h('p', { class: 'scan-subject', 'data-testid': 'receive-shipment' }, h('strong', {}, s.reference), ' ', h('span', { class: 'scan-code' }, s.code), ' ', statusBadge(s.status)),
      mode,
      h('table', { class: 'scan-table', 'data-testid': 'receive-lines' },
        h('thead', {}, h('tr', {}, h('th', {}, tr('scan.col.sku')), h('th', {}, tr('scan.col.received')), h('th', {}, tr('scan.col.damaged')))),
        h('tbody', {}, ...s.lines.map((l) => h('tr', { 'data-testid': 'receive-line', 'data-sku': l.sku },
          h('td', {}, l.sku, l.lot ? ` (${l.lot})` : ''),
          h('td', { 'data-testid': 'receive-line-count' }, `${l.received}/${l.expected}`),
          h('td', {}, String(l.damaged)))))),
      s.discrepancies.length === 0 ? '' : h('ul', { class: 'scan-discrepancies', 'data-testid': 'receive-discrepancies' },
        ...s.discrepancies.map((d) => h('li', { 'data-kind': d.kind }, `${d.kind}: ${d.sku ?? d.barcode ?? ''} × ${d.qty}`))),
    );
  }

  async function open(code: string): Promise<void> {
    state = counting(code);
    shipment = null;
    try {
      shipment = await api.shipment(code);
    } catch (error) {
      state = { step: 'choose' };
      context.fail(error);
      return;
    }
    context.signal('ok', { key: 'scan.opened', params: { code } });
    context.go('receive', code);
  }

  const instance: ScanPageInstance = {
    element,
    async scan(scan) {
      await loaded;
      const intent = receiveScan(state, scan);
      switch (intent.do) {
        case 'nothing':
          return;
        case 'refuse':
          context.signal('error', { key: intent.reason });
          return;
        case 'open':
          await open(intent.code);
          return;
        case 'pick': {
          const chosen = dock[intent.index];
          if (!chosen) {
            context.signal('error', { key: 'scan.noSuchLine', params: { n: intent.index + 1 } });
            return;
          }
          await open(chosen.code);
          return;
        }
        case 'set':
          state = intent.state;
          context.signal('info', { key: 'scan.qtySet', params: { qty: state.step === 'count' ? state.qty : 1 } });
          draw();
          return;
        case 'receive': {
          if (state.step !== 'count') return;
          const code = state.code;
          try {
            const result = await api.receive(code, intent.barcode, intent.lot, intent.expiry, intent.qty, intent.damaged);
            state = afterReceived(state);
            shipment = await api.shipment(code);
            context.signal('ok', {
              key: intent.damaged ? 'scan.receive.countedDamaged' : 'scan.receive.counted',
              params: { qty: intent.qty, sku: result.line.sku, received: result.line.received, expected: result.line.expected },
            });
          } catch (error) {
            if (failedField(error) === 'barcode') {
              state = afterUnknown(state, intent.barcode);
              context.signal('error', { key: 'scan.receive.unknown', params: { barcode: intent.barcode } });
            } else {
              context.fail(error);
            }
          }
          draw();
          return;
        }
      }
    },
    actions() {
      if (state.step !== 'count') return [];
      const current = state;
      const actions: ScanAction[] = [
        {
          key: 'F2',
          label: { key: 'scan.receive.damagedAction' },
          testId: 'action-damaged',
          pressed: current.damaged,
          run: () => {
            state = toggleDamaged(state);
            draw();
          },
        },
      ];
      if (current.unknown) {
        const unknown = current.unknown;
        actions.push({
          key: 'F3',
          label: { key: 'scan.receive.reportAction' },
          testId: 'action-report-unknown',
          run: async () => {
            shipment = await api.reportUnknown(current.code, unknown.barcode, unknown.qty);
            if (state.step === 'count') state = { ...state, unknown: null };
            context.signal('ok', { key: 'scan.receive.reported', params: { barcode: unknown.barcode, qty: unknown.qty } });
            draw();
          },
        });
      }
      actions.push({
        key: 'F4',
        label: { key: 'scan.receive.finishAction' },
        testId: 'action-finish',
        run: async () => {
          shipment = await api.close(current.code);
          state = { step: 'done', code: current.code };
          const short = shipment.discrepancies.filter((d) => d.kind === 'SHORT').length;
          context.signal('ok', { key: 'scan.receive.finished', params: { discrepancies: shipment.discrepancies.length, short } });
          draw();
        },
      });
      return actions;
    },
    back() {
      const previous = receiveBack(state);
      if (previous === null) return false;
      context.go('receive');
      return true;
    },
    prompt(): MessageKey {
      return state.step === 'count' ? 'scan.prompt.item' : 'scan.prompt.asn';
    },
  };
  // Opened at #/receive/<code> (also after a reload) counting resumes where it was.
  const loaded = load();
  draw();
  return instance;
}

function hint(key: MessageKey): HTMLElement {
  return h('p', { class: 'scan-hint' }, tr(key));
}

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `scan-status scan-status--${status.toLowerCase()}`, 'data-testid': 'status' }, status);
}
