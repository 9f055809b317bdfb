// Handover to the carriers: #/handover lists the open manifests. A carrier's F-key opens its open
// manifest or starts one; a scanned manifest code (or its line number) opens it. Then each parcel
// given to the driver is scanned onto it: the count, the total weight and the cash-on-delivery
// totals follow. A wrong carrier, an unknown parcel or one on a manifest already is the red banner
// (the server's words). F2 takes the last parcel off; F4 twice (or F4, then Enter) closes the
// manifest: every parcel on it is handed to the carrier.
import { h, setText, tr } from '../dom';
import { lang, type MessageKey } from '../i18n';
import { formatMoney } from '../money';
import { handoverApi, type Manifest } from './handover-api';
import {
  cancelConfirm, CARRIER_KEYS, carrierKey, handedOver, handoverPrompt, handoverScan, pressClose, takeOffLast,
  type HandoverIntent, type HandoverState,
} from './handover-logic';
import { refuse, type ScanAction, type ScanContext, type ScanPage, type ScanPageInstance } from './page';
import { statusBadge } from './receive';

export const handoverPage: ScanPage = {
  id: 'handover',
  title: 'scan.handover.title',
  roles: ['dispatcher'],
  open: (context) => openHandover(context),
};

function openHandover(context: ScanContext): ScanPageInstance {
  const api = handoverApi(context.call);
  const element = h('section', { class: 'scan-body', 'data-testid': 'handover-page' });
  let state: HandoverState = { step: 'choose' };
  let open: Manifest[] = [];
  let loaded = false;

  async function reload(): Promise<boolean> {
    try {
      open = await api.open();
      loaded = true;
      return true;
    } catch (error) {
      context.fail(error);
      return false;
    }
  }

  function draw(): void {
    if (state.step === 'choose') {
      element.replaceChildren(
        h('p', { class: 'scan-hint' }, tr('scan.handover.hint')),
        !loaded
          ? h('p', {}, tr('app.loading'))
          : open.length === 0
            ? h('p', { class: 'scan-empty', 'data-testid': 'handover-none' }, tr('scan.handover.none'))
            : h('ol', { class: 'scan-list', 'data-testid': 'handover-manifests' },
                ...open.map((m, i) => {
                  const key = CARRIER_KEYS.find((k) => k.carrier === m.carrier)?.key;
                  const count = h('span', { class: 'scan-list-sub' });
                  setText(count, { key: 'scan.handover.count', params: { count: m.totals.parcels } });
                  return h('li', { 'data-testid': 'handover-manifest', 'data-code': m.code, 'data-carrier': m.carrier },
                    h('kbd', {}, String(i + 1)),
                    h('span', { class: 'scan-list-main' }, h('span', { class: 'scan-code' }, m.code), ' ', m.carrier),
                    count,
                    key ? h('kbd', {}, key) : '');
                })),
      );
      return;
    }
    const m = state.manifest;
    const count = h('span', { class: 'scan-big', 'data-testid': 'handover-count', 'data-count': String(m.totals.parcels) });
    setText(count, { key: 'scan.handover.count', params: { count: m.totals.parcels } });
    const weight = h('span', { class: 'scan-qty', 'data-testid': 'handover-weight', 'data-grams': String(m.totals.weightGrams) });
    setText(weight, { key: 'scan.handover.weight', params: { grams: m.totals.weightGrams } });
    const cod = h('p', { class: 'scan-subject', 'data-testid': 'handover-cod', 'data-cod': m.totals.cod.map((c) => `${c.currency}:${c.amountMinor}`).join(',') });
    setText(cod, m.totals.cod.length === 0
      ? { key: 'scan.handover.noCod' }
      : { key: 'scan.handover.cod', params: { amount: m.totals.cod.map((c) => formatMoney(c.amountMinor, c.currency, lang())).join(' + ') } });
    const pending = m.pending > 0 ? h('p', { class: 'scan-flag', role: 'alert', 'data-testid': 'handover-pending', 'data-pending': String(m.pending) }) : '';
    if (pending) setText(pending, { key: 'scan.handover.pending', params: { count: m.pending } });
    const confirm = state.confirming ? h('p', { class: 'scan-flag scan-confirm', role: 'alert', 'data-testid': 'handover-confirm' }) : '';
    if (confirm) setText(confirm, { key: 'scan.handover.confirm', params: { code: m.code, count: m.totals.parcels } });
    const last = state.last;
    element.replaceChildren(
      h('p', { class: 'scan-subject', 'data-testid': 'handover-manifest-open', 'data-code': m.code, 'data-carrier': m.carrier, 'data-status': m.status },
        h('strong', { class: 'scan-code' }, m.code), ' ', m.carrier, ' ', statusBadge(m.status)),
      h('div', { class: 'scan-mode' }, count, weight),
      cod,
      pending,
      confirm,
      h('p', { class: 'scan-hint' }, tr('scan.handover.parcels')),
      h('ol', { class: 'scan-list', 'data-testid': 'handover-parcels' },
        ...[...m.parcels].reverse().map((p) => h('li', { 'data-testid': 'handover-parcel', 'data-number': p.number, class: p.number === last ? 'scan-row--last' : '' },
          h('span', { class: 'scan-list-main scan-code', 'data-status': p.status ?? '' }, p.number),
          h('span', { class: 'scan-list-sub' }, `${p.tenant}${p.weightGrams === null ? '' : ` · ${p.weightGrams} g`}${p.cod ? ` · ${formatMoney(p.cod.amountMinor, p.cod.currency, lang())}` : ''}`)))),
    );
  }

  function show(manifest: Manifest, last: string | null = null): void {
    state = { step: 'manifest', manifest, last, confirming: false };
  }

  async function act(intent: HandoverIntent): Promise<void> {
    switch (intent.do) {
      case 'nothing':
        return;
      case 'refuse':
        refuse(context, intent);
        return;
      case 'reload':
        if (await reload()) context.signal('info', { key: 'scan.wave.reloaded' });
        break;
      case 'open':
        try {
          show(await api.get(intent.idOrCode));
        } catch (error) {
          context.fail(error);
          return;
        }
        if (state.step === 'manifest') {
          const m = state.manifest;
          context.signal(m.status === 'OPEN' ? 'ok' : 'info', m.status === 'OPEN'
            ? { key: 'scan.handover.opened', params: { code: m.code, carrier: m.carrier } }
            : { key: 'scan.handover.closed', params: { code: m.code } });
        }
        break;
      case 'start':
        try {
          show(await api.start(intent.carrier));
        } catch (error) {
          context.fail(error);
          await reload(); // the carrier may have an open manifest after all: the list shows it
          break;
        }
        if (state.step === 'manifest') context.signal('ok', { key: 'scan.handover.started', params: { code: state.manifest.code, carrier: state.manifest.carrier } });
        break;
      case 'scanParcel':
        try {
          show(await api.scanParcel(intent.manifest, intent.barcode), intent.barcode);
        } catch (error) {
          context.fail(error);
          break;
        }
        if (state.step === 'manifest') context.signal('ok', { key: 'scan.handover.scanned', params: { number: intent.barcode, count: state.manifest.totals.parcels } });
        break;
      case 'takeOff':
        try {
          show(await api.takeOff(intent.manifest, intent.number));
        } catch (error) {
          context.fail(error);
          break;
        }
        context.signal('info', { key: 'scan.handover.takenOff', params: { number: intent.number } });
        break;
      case 'confirm':
        if (state.step === 'manifest') {
          state = { ...state, confirming: true };
          context.signal('info', { key: 'scan.handover.confirm', params: { code: state.manifest.code, count: state.manifest.totals.parcels } });
        }
        break;
      case 'close': {
        let closed: Manifest;
        try {
          closed = await api.close(intent.manifest);
        } catch (error) {
          state = cancelConfirm(state);
          context.fail(error);
          break;
        }
        show(closed);
        if (closed.pending > 0) {
          context.signal('error', { key: 'scan.handover.pending', params: { count: closed.pending } });
        } else {
          context.signal('ok', { key: 'scan.handover.handed', params: { count: handedOver(closed) } });
        }
        await reload();
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
      const intent = handoverScan(state, scan, open);
      // Any scan but Enter while a close waits for confirmation cancels it (the scan still counts).
      if (intent.do !== 'close') state = cancelConfirm(state);
      await act(intent);
    },
    actions(): readonly ScanAction[] {
      if (state.step === 'choose') {
        return CARRIER_KEYS.map(({ key, carrier }) => {
          const existing = open.find((m) => m.carrier === carrier);
          return {
            key,
            label: existing ? { raw: `${carrier}: ${existing.code}` } : { key: 'scan.handover.newAction', params: { carrier } },
            testId: `handover-carrier-${carrier}`,
            run: () => act(carrierKey(carrier, open)),
          };
        });
      }
      if (state.manifest.status !== 'OPEN') {
        return state.manifest.pending > 0
          ? [{ key: 'F4', label: { key: 'scan.handover.closeAction' }, testId: 'handover-close', run: () => act(pressClose(state)) }]
          : [];
      }
      return [
        { key: 'F2', label: { key: 'scan.handover.takeOffAction' }, testId: 'handover-take-off', run: () => act(takeOffLast(state)) },
        {
          key: 'F4',
          label: { key: state.confirming ? 'scan.handover.confirmAction' : 'scan.handover.closeAction' },
          testId: 'handover-close',
          pressed: state.confirming,
          run: () => act(pressClose(state)),
        },
      ];
    },
    back() {
      if (state.step === 'choose') return false;
      if (state.confirming) {
        state = cancelConfirm(state);
      } else {
        state = { step: 'choose' };
        void reload().then(() => {
          draw();
          context.refresh();
        });
      }
      draw();
      return true;
    },
    prompt(): MessageKey {
      return handoverPrompt(state);
    },
  };
}
