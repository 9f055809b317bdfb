// The count-approval page (supervisor, platform admin): the cycle counts of every shop that wait for
// a decision; one opened shows each line of its round with the books, what was counted and the
// signed variance; approving posts the ADJUSTMENT movements, rejecting (with a note) sends the
// round back to be counted again. The server decides who may (not whoever counted in the round);
// its errors are shown at the field it names.
import { ApiError, type Call } from '../api';
import { h, message, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { lang, type MessageKey } from '../i18n';
import { formatDateTime } from '../zone';
import {
  awaitingDecision, countedByUser, currentLines, decisionRequest, direction, placeErrors, signed, summary,
  type CountReport, type DecisionKind, type OpenCount,
} from './count-logic';

type Caller = (spec: Call) => Promise<unknown>;

const UTC = 'UTC';

export function renderCountsPage(call: Caller, username: string): HTMLElement {
  const listError = message('counts-error', 'error');
  const listHost = h('div', { 'data-testid': 'counts-list' });
  const refresh = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'counts-refresh' }, tr('counts.refresh'));
  const code = h('input', { type: 'text', class: 'input', 'data-testid': 'count-code', autocomplete: 'off' });
  const openCode = h('button', { type: 'button', class: 'button', 'data-testid': 'count-code-open' }, tr('counts.open'));
  const detailHost = h('div', { 'data-testid': 'count-detail-host' });

  const openCount = async (countCode: string) => {
    detailHost.replaceChildren(h('p', { role: 'status' }, tr('counts.loading')));
    const failure = message('count-open-error', 'error');
    try {
      const report = (await call({ method: 'GET', path: `ops/counts/${encodeURIComponent(countCode)}/variances` })) as CountReport;
      detailHost.replaceChildren(renderDetail(call, username, report, () => void loadList()));
    } catch (error) {
      failure.show(explain(error));
      detailHost.replaceChildren(failure.element);
    }
  };

  const loadList = async () => {
    listError.clear();
    refresh.disabled = true;
    try {
      const counts = awaitingDecision((await call({ method: 'GET', path: 'ops/counts' })) as OpenCount[]);
      if (counts.length === 0) {
        listHost.replaceChildren(h('p', { 'data-testid': 'counts-empty' }, tr('counts.none')));
        return;
      }
      const rows = counts.map((c) => {
        const open = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'count-open' }, tr('counts.open'));
        open.addEventListener('click', () => void openCount(c.code));
        return h('tr', { 'data-testid': 'count-row', 'data-code': c.code, 'data-tenant': c.tenant },
          h('td', { 'data-col': 'code' }, c.code),
          h('td', { 'data-col': 'tenant' }, c.tenant),
          h('td', { 'data-col': 'bins' }, String(c.bins)),
          h('td', { 'data-col': 'created' }, formatDateTime(c.createdAt, UTC, lang())),
          h('td', {}, open));
      });
      listHost.replaceChildren(h('div', { class: 'table-scroll' }, h('table', { class: 'table', 'data-testid': 'counts-table' },
        head(['counts.col.code', 'counts.col.tenant', 'counts.col.bins', 'counts.col.created'], true),
        h('tbody', {}, ...rows))));
    } catch (error) {
      listHost.replaceChildren();
      listError.show(explain(error));
    } finally {
      refresh.disabled = false;
    }
  };

  refresh.addEventListener('click', () => void loadList());
  const byCode = () => {
    const text = code.value.trim();
    if (text) void openCount(text);
  };
  openCode.addEventListener('click', byCode);
  code.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') byCode();
  });
  void loadList();

  return h('main', { class: 'page ops-page', id: 'main', 'data-testid': 'counts-page' },
    h('h1', { tabindex: '-1' }, tr('counts.title')),
    h('section', { class: 'card' },
      h('h2', {}, tr('counts.awaiting')),
      h('div', { class: 'actions' }, refresh),
      listError.element, listHost,
      h('div', { class: 'fields' }, h('label', { class: 'field' }, tr('counts.byCode'), code), openCode)),
    detailHost);
}

function renderDetail(call: Caller, username: string, report: CountReport, onDecided: () => void): HTMLElement {
  const l = lang();
  const lines = currentLines(report);
  const figures = summary(lines);
  const rows = lines.map((line) => h('tr', { 'data-testid': 'count-line', 'data-bin': line.bin, 'data-sku': line.sku, 'data-direction': direction(line.variance) },
    h('td', { 'data-col': 'bin' }, line.bin),
    h('td', { 'data-col': 'sku' }, line.sku),
    h('td', { 'data-col': 'lot' }, line.lot ?? '—'),
    h('td', { 'data-col': 'expected', class: 'num' }, String(line.expected)),
    h('td', { 'data-col': 'counted', class: 'num' }, String(line.counted)),
    h('td', { 'data-col': 'variance', class: `num variance variance--${direction(line.variance)}` }, signed(line.variance, l)),
    h('td', { 'data-col': 'countedBy' }, line.countedBy)));
  const table = h('div', { class: 'table-scroll' }, h('table', { class: 'table', 'data-testid': 'count-lines' },
    head(['counts.col.bin', 'counts.col.sku', 'counts.col.lot', 'counts.col.expected', 'counts.col.counted', 'counts.col.variance', 'counts.col.countedBy']),
    h('tbody', {}, ...rows)));

  const status = h('span', { 'data-testid': 'count-status' }, report.status);
  const note = h('textarea', { class: 'input', rows: '2', 'data-testid': 'decision-note' });
  const noteError = h('span', { class: 'field-error', 'data-testid': 'decision-note-error', hidden: true });
  const fieldErrors = h('ul', { class: 'field-errors', 'data-testid': 'decision-field-errors', hidden: true });
  const approve = h('button', { type: 'button', class: 'button', 'data-testid': 'count-approve' }, tr('counts.approve'));
  const reject = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'count-reject' }, tr('counts.reject'));
  const done = message('decision-done', 'success');
  const failed = message('decision-error', 'error');
  const deciding = report.status === 'AWAITING_APPROVAL';
  approve.disabled = !deciding;
  reject.disabled = !deciding;

  const decide = async (kind: DecisionKind) => {
    done.clear();
    failed.clear();
    noteError.hidden = true;
    fieldErrors.hidden = true;
    fieldErrors.replaceChildren();
    const request = decisionRequest(report.code, kind, note.value);
    if (!request.ok) {
      setText(noteError, { key: request.key });
      noteError.hidden = false;
      note.focus();
      return;
    }
    approve.disabled = true;
    reject.disabled = true;
    try {
      const after = (await call({ method: 'POST', path: request.path, body: JSON.stringify(request.body), contentType: 'application/json' })) as CountReport;
      status.textContent = after.status;
      done.show(kind === 'approve'
        ? { key: 'counts.approved', params: { n: after.adjustments.length } }
        : { key: 'counts.rejected', params: { round: after.round } });
      onDecided();
    } catch (error) {
      const placed = placeErrors(error instanceof ApiError ? error.problem?.errors ?? [] : []);
      if (placed.note.length) {
        setText(noteError, { raw: placed.note.join('; ') });
        noteError.hidden = false;
      }
      for (const e of placed.other) {
        fieldErrors.append(h('li', { 'data-testid': 'decision-field-error', 'data-field': e.field }, e.field ? `${e.field}: ${e.message}` : e.message));
      }
      fieldErrors.hidden = placed.other.length === 0;
      failed.show(explain(error));
      approve.disabled = false;
      reject.disabled = false;
    }
  };
  approve.addEventListener('click', () => void decide('approve'));
  reject.addEventListener('click', () => void decide('reject'));

  const hint = countedByUser(report, username)
    ? h('p', { class: 'message message--error', 'data-testid': 'count-counter-hint' }, tr('counts.youCounted'))
    : null;
  return h('section', { class: 'card', 'data-testid': 'count-detail', 'data-code': report.code },
    h('h2', {}, tr('counts.count'), ` ${report.code}`),
    h('div', { class: 'facts' }, h('dl', {},
      h('dt', {}, tr('counts.col.tenant')), h('dd', { 'data-testid': 'count-tenant' }, report.tenant),
      h('dt', {}, tr('counts.status')), h('dd', {}, status),
      h('dt', {}, tr('counts.round')), h('dd', { 'data-testid': 'count-round' }, String(report.round)),
      h('dt', {}, tr('counts.counters')), h('dd', { 'data-testid': 'count-counters' }, report.counters.join(', ') || '—'),
      h('dt', {}, tr('counts.createdBy')), h('dd', {}, `${report.createdBy} · ${formatDateTime(report.createdAt, UTC, l)}`),
      report.note ? h('dt', {}, tr('counts.note')) : null, report.note ? h('dd', {}, report.note) : null)),
    h('p', { 'data-testid': 'count-summary' }, tr('counts.summary', { off: figures.off, short: figures.short, over: figures.over })),
    table,
    hint,
    h('label', { class: 'field' }, tr('counts.decisionNote'), note, noteError),
    h('div', { class: 'actions' }, approve, reject),
    fieldErrors, done.element, failed.element);
}

function head(keys: MessageKey[], action = false): HTMLTableSectionElement {
  return h('thead', {}, h('tr', {}, ...keys.map((k) => h('th', {}, tr(k))), action ? h('th') : null));
}

/** The server's own explanation where it gave one (also for a 403 naming the approver), else the common wording. */
function explain(error: unknown) {
  if (error instanceof ApiError && error.kind === 'forbidden' && error.problem?.detail) return { raw: error.problem.detail };
  return describeFailure(error);
}
