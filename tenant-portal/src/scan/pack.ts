// Packing: #/pack. Scan the tote from picking: the server opens (or resumes) its order's parcel and
// the checklist shows, per SKU, how many the order wants and how many are in the box; extras are
// red. Scan every item into the box; an EXTRA is the red banner and the error beep: take it out
// (F2 arms "remove" for one scan). When nothing is missing or extra, scan the box (or press its
// F-key), type the weight in grams and Enter: the parcel is packed, its number shows big with the
// label (F1 prints it, the number as a Code 128 barcode). Then scan the next tote.
import { ApiError } from '../api';
import { formatMoney } from '../money';
import { h, setText, tr } from '../dom';
import { lang, type MessageKey } from '../i18n';
import { code128Bars, encodable } from './code128';
import { refuse, type ScanAction, type ScanContext, type ScanPage, type ScanPageInstance } from './page';
import { packApi, type Box, type Label, type Parcel } from './pack-api';
import {
  boxKeys, EMPTY, isIncomplete, packPrompt, packScan, packStep, shortfallText, toggleRemoving, withParcel,
  type PackIntent, type PackState,
} from './pack-logic';

export const packPage: ScanPage = {
  id: 'pack',
  title: 'scan.pack.title',
  roles: ['packer'],
  open: (context) => openPack(context),
};

function openPack(context: ScanContext): ScanPageInstance {
  const api = packApi(context.call);
  const element = h('section', { class: 'scan-body', 'data-testid': 'pack-page' });
  let state: PackState = EMPTY;
  let boxes: Box[] = [];

  async function loadBoxes(): Promise<void> {
    try {
      boxes = await api.boxes();
    } catch (error) {
      context.fail(error);
    }
    draw();
    context.refresh();
  }

  function draw(): void {
    const step = packStep(state);
    const parcel = state.parcel;
    if (parcel === null) {
      element.replaceChildren(h('p', { class: 'scan-hint', 'data-testid': 'pack-start' }, tr('scan.pack.startHint')));
      return;
    }
    if (step === 'done') {
      const number = h('p', { class: 'scan-parcel-number', 'data-testid': 'pack-parcel-number', 'data-id': parcel.id, 'data-status': parcel.status }, parcel.number);
      element.replaceChildren(
        number,
        state.label ? renderLabel(state.label) : h('p', {}, tr('app.loading')),
        h('p', { class: 'scan-hint', 'data-testid': 'pack-next-hint' }, tr('scan.pack.nextHint')),
      );
      return;
    }
    const subject = h('p', { class: 'scan-subject', 'data-testid': 'pack-parcel', 'data-id': parcel.id, 'data-number': parcel.number, 'data-status': parcel.status, 'data-step': step },
      h('strong', { class: 'scan-code' }, parcel.number), ' · ', tr('scan.pick.tote'), ' ', h('span', { class: 'scan-code', 'data-testid': 'pack-tote' }, parcel.tote));
    const order = h('p', { class: 'scan-hint' });
    setText(order, { key: 'scan.pack.order', params: { order: parcel.orderNumber ?? parcel.orderId } });
    const summary = h('p', {
      class: parcel.complete ? 'scan-summary scan-summary--ok' : 'scan-summary',
      'data-testid': 'pack-summary', 'data-missing': String(parcel.missing), 'data-extra': String(parcel.extra), 'data-complete': String(parcel.complete),
    });
    setText(summary, { key: 'scan.pack.summary', params: { missing: parcel.missing, extra: parcel.extra } });
    const mode = h('div', { class: 'scan-mode' });
    if (state.removing) mode.append(h('span', { class: 'scan-flag', 'data-testid': 'pack-removing' }, tr('scan.pack.removing')));
    if (state.box) {
      const box = h('span', { class: 'scan-qty', 'data-testid': 'pack-box', 'data-box': state.box.code });
      setText(box, { key: 'scan.pack.box', params: { box: state.box.code } });
      mode.append(box);
    }
    const items = h('table', { class: 'scan-table', 'data-testid': 'pack-items' },
      h('thead', {}, h('tr', {}, h('th', {}, tr('scan.pack.col.item')), h('th', {}, tr('scan.pack.col.scanned')))),
      h('tbody', {}, ...parcel.items.map((item) => {
        const state = item.scanned === item.expected ? 'ok' : item.scanned < item.expected ? 'missing' : 'over';
        return h('tr', { 'data-testid': 'pack-item', 'data-sku': item.sku, 'data-expected': String(item.expected), 'data-scanned': String(item.scanned), 'data-state': state, class: `scan-row--${state}` },
          h('td', {}, h('strong', {}, item.sku), item.name ? h('span', { class: 'scan-list-sub' }, ` ${item.name}`) : ''),
          h('td', { 'data-testid': 'pack-item-count' }, `${item.scanned}/${item.expected}`, state === 'ok' ? ' ✓' : ''));
      })));
    const extras = parcel.extras.length === 0 ? '' : h('div', { class: 'scan-extras', 'data-testid': 'pack-extras' },
      h('p', { class: 'scan-extras-title' }, tr('scan.pack.extras')),
      h('ul', {}, ...parcel.extras.map((e) => h('li', { 'data-testid': 'pack-extra', 'data-barcode': e.barcode, 'data-sku': e.sku ?? '', 'data-qty': String(e.qty) },
        `${e.sku ?? e.barcode}${e.name ? ` ${e.name}` : ''} × ${e.qty}`))));
    const boxList = step === 'box' || step === 'weight'
      ? h('div', { 'data-testid': 'pack-boxes' },
          h('p', { class: 'scan-hint' }, tr('scan.pack.boxes')),
          h('ul', { class: 'scan-list' }, ...boxes.map((b) => {
            const key = boxKeys(boxes).find((k) => k.box.code === b.code)?.key;
            return h('li', { 'data-testid': 'pack-box-option', 'data-box': b.code, class: state.box?.code === b.code ? 'scan-row--last' : '' },
              key ? h('kbd', {}, key) : '', h('span', { class: 'scan-list-main' }, b.code), h('span', { class: 'scan-list-sub' }, `${b.name} · ≤ ${b.maxWeightGrams} g`));
          })))
      : '';
    element.replaceChildren(subject, order, summary, mode, items, extras, boxList);
  }

  async function call(work: () => Promise<Parcel>): Promise<Parcel | null> {
    try {
      return await work();
    } catch (error) {
      context.fail(error);
      return null;
    }
  }

  async function act(intent: PackIntent): Promise<void> {
    switch (intent.do) {
      case 'nothing':
        return;
      case 'refuse':
        refuse(context, intent);
        return;
      case 'next':
        state = EMPTY;
        context.signal('info', { key: 'scan.pack.startHint' });
        break;
      case 'open': {
        const parcel = await call(() => api.open(intent.tote));
        if (!parcel) return;
        state = { ...EMPTY, parcel };
        const resumed = parcel.items.some((i) => i.scanned > 0) || parcel.extras.length > 0;
        context.signal('ok', { key: resumed ? 'scan.pack.resumed' : 'scan.pack.opened', params: { number: parcel.number } });
        if (parcel.status !== 'OPEN') await loadLabel(parcel);
        break;
      }
      case 'scanItem': {
        const parcel = await call(() => api.scanItem(intent.parcel, intent.barcode));
        if (!parcel) break;
        state = withParcel(state, parcel);
        const scan = parcel.lastScan;
        if (scan?.result === 'EXTRA') {
          context.signal('error', { key: 'scan.pack.extra', params: { item: scan.sku ?? scan.barcode } });
        } else if (parcel.complete) {
          context.signal('ok', state.box ? { key: 'scan.pack.boxChosen', params: { box: state.box.code } } : { key: 'scan.pack.complete' });
        } else {
          const item = parcel.items.find((i) => i.sku === scan?.sku);
          context.signal('ok', { key: 'scan.pack.itemOk', params: { sku: scan?.sku ?? intent.barcode, scanned: item?.scanned ?? 0, expected: item?.expected ?? 0 } });
        }
        break;
      }
      case 'removeItem': {
        const parcel = await call(() => api.removeItem(intent.parcel, intent.barcode));
        if (!parcel) break;
        state = withParcel(state, parcel);
        context.signal('info', { key: 'scan.pack.removed', params: { item: intent.barcode } });
        break;
      }
      case 'chooseBox':
        state = { ...state, box: intent.box };
        context.signal(packStep(state) === 'weight' ? 'ok' : 'info',
          { key: packStep(state) === 'weight' ? 'scan.pack.boxChosen' : 'scan.pack.boxChosenIncomplete', params: { box: intent.box.code } });
        break;
      case 'close': {
        let parcel: Parcel;
        try {
          parcel = await api.close(intent.parcel, intent.box, intent.weightGrams);
        } catch (error) {
          if (!isIncomplete(error)) {
            context.fail(error);
            break;
          }
          const now = await call(() => api.get(intent.parcel));
          if (now) state = withParcel(state, now);
          const detail = error instanceof ApiError ? (error.problem?.detail ?? '') : '';
          context.signal('error', { key: 'scan.pack.incomplete', params: { detail, what: now ? shortfallText(now) : '' } });
          break;
        }
        state = withParcel(state, parcel);
        context.signal('ok', { key: 'scan.pack.packed', params: { number: parcel.number } });
        await loadLabel(parcel);
        break;
      }
    }
    draw();
    context.refresh();
  }

  async function loadLabel(parcel: Parcel): Promise<void> {
    try {
      const label = await api.label(parcel.id);
      state = { ...state, label };
    } catch (error) {
      context.fail(error);
    }
  }

  const ready = loadBoxes();
  draw();
  return {
    element,
    async scan(scan) {
      await ready;
      await act(packScan(state, scan, boxes));
    },
    actions(): readonly ScanAction[] {
      const step = packStep(state);
      const actions: ScanAction[] = [];
      if (step === 'done') {
        if (state.label) actions.push({ key: 'F1', label: { key: 'scan.pack.printAction' }, testId: 'pack-print', run: () => window.print() });
        actions.push({ key: 'F4', label: { key: 'scan.pack.nextAction' }, testId: 'pack-next', run: () => act({ do: 'next' }) });
        return actions;
      }
      if (step === 'tote') return actions;
      actions.push({
        key: 'F2',
        label: { key: 'scan.pack.removeAction' },
        testId: 'pack-remove',
        pressed: state.removing,
        run: () => {
          state = toggleRemoving(state);
          context.signal('info', { key: state.removing ? 'scan.pack.removeOn' : 'scan.pack.removeOff' });
          draw();
        },
      });
      if (step === 'box' || step === 'weight') {
        for (const { key, box } of boxKeys(boxes)) {
          actions.push({ key, label: { raw: box.code }, testId: `pack-box-${box.code}`, pressed: state.box?.code === box.code, run: () => act({ do: 'chooseBox', box }) });
        }
      }
      return actions;
    },
    back() {
      if (state.removing) {
        state = toggleRemoving(state);
      } else if (packStep(state) === 'weight') {
        state = { ...state, box: null };
      } else if (packStep(state) === 'done') {
        state = EMPTY;
      } else {
        return false;
      }
      draw();
      return true;
    },
    prompt(): MessageKey {
      return packPrompt(state);
    },
  };
}

/** The shipping label: printed alone (see app.css @media print), the number as Code 128 and as text. */
function renderLabel(label: Label): HTMLElement {
  const row = (key: MessageKey, value: string, testId: string) =>
    h('div', { class: 'label-row' }, h('span', { class: 'label-key' }, tr(key)), h('span', { class: 'label-value', 'data-testid': testId }, value));
  const weight = h('span', { class: 'label-value', 'data-testid': 'pack-label-weight' });
  setText(weight, { key: 'scan.label.weight', params: { grams: label.weightGrams ?? 0, box: label.box ?? '' } });
  const cod = label.cod
    ? h('p', { class: 'label-cod', 'data-testid': 'pack-label-cod', 'data-amount-minor': String(label.cod.amountMinor), 'data-currency': label.cod.currency },
        tr('scan.label.cod'), ': ', h('strong', {}, formatMoney(label.cod.amountMinor, label.cod.currency, lang())))
    : h('p', { class: 'label-cod', 'data-testid': 'pack-label-cod', 'data-amount-minor': '0' }, tr('scan.label.prepaid'));
  return h('article', { class: 'print-label', 'data-testid': 'pack-label', 'data-number': label.parcelNumber },
    barcode(label.barcode),
    h('p', { class: 'label-number', 'data-testid': 'pack-label-number' }, label.parcelNumber),
    h('p', { class: 'label-recipient' }, h('span', { class: 'label-key' }, tr('scan.label.recipient')), ' ',
      h('strong', { 'data-testid': 'pack-label-recipient' }, label.recipient.name), label.recipient.phone ? ` · ${label.recipient.phone}` : ''),
    h('p', { class: 'label-address', 'data-testid': 'pack-label-address' }, label.recipient.address),
    cod,
    row('scan.label.method', label.deliveryMethod, 'pack-label-method'),
    label.deliveryDate ? row('scan.label.date', label.deliveryDate, 'pack-label-date') : '',
    row('scan.label.order', label.orderNumber ?? '', 'pack-label-order'),
    row('scan.label.shop', label.shop.name || label.shop.id, 'pack-label-shop'),
    h('div', { class: 'label-row' }, weight),
  );
}

/** The number as Code 128 bars (SVG), or as large text where it cannot be written so. */
function barcode(text: string): Element {
  if (!encodable(text)) return h('p', { class: 'label-number label-number--big', 'data-testid': 'pack-label-barcode-text' }, text);
  const ns = 'http://www.w3.org/2000/svg';
  const { modules, bars } = code128Bars(text);
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${modules} 50`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'label-barcode');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', text);
  svg.setAttribute('data-testid', 'pack-label-barcode');
  svg.setAttribute('data-text', text);
  svg.setAttribute('data-modules', String(modules));
  for (const bar of bars) {
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('x', String(bar.x));
    rect.setAttribute('y', '0');
    rect.setAttribute('width', String(bar.width));
    rect.setAttribute('height', '50');
    svg.append(rect);
  }
  return svg;
}
