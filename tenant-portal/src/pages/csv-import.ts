// A CSV upload form (catalogue SKUs, orders). The server takes a file whole or not at all; on
// failure the lines and columns it names are listed so the file can be fixed and sent again.
import { ApiError, IdempotencyKeys, type ProblemError } from '../api';
import { h, message, setText, tr, type Child } from '../dom';
import { describeFailure } from '../failure';
import { t, type Text } from '../i18n';

/** The API refuses bodies over 5 MiB (infra's BodySizeLimit); saying so before sending is kinder. */
const MAX_FILE_MB = 5;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
const MAX_ERRORS_SHOWN = 500;

export interface CsvImportOptions<R> {
  /**
   * The test ids are this prefix and -form, -file, -submit, -result, -failure, -failure-detail,
   * -errors, -error-row and -more-errors.
   */
  readonly testIdPrefix: string;
  /** The id of the heading above the form; the form is labelled by it. */
  readonly titleId: string;
  /** What the file must look like, shown above the file input. */
  readonly help: readonly Child[];
  readonly upload: (csv: string, idempotencyKey: string) => Promise<R>;
  /** The success message. */
  readonly done: (result: R) => Text;
  /** Called after a successful upload; may return more to show under the success message. */
  readonly onImported: (result: R) => HTMLElement | void;
}

export function createCsvImport<R>(options: CsvImportOptions<R>): HTMLElement {
  const id = (suffix: string) => `${options.testIdPrefix}-${suffix}`;
  const fileInputId = `${options.titleId}-file`;
  const fileInput = h('input', { type: 'file', id: fileInputId, accept: '.csv,text/csv', 'data-testid': id('file') });
  const submitLabel = tr('import.submit');
  const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-testid': id('submit') }, submitLabel);
  const result = message(id('result'), 'success');
  const resultMore = h('div', { class: 'import-more' });
  // The portal's own sentence (translated in place) and the server's explanation (as it came).
  const failureText = h('p', {});
  const failureDetail = h('p', { 'data-testid': id('failure-detail') });
  const failure = h('div', { class: 'message message--error', 'data-testid': id('failure'), role: 'alert', hidden: true }, failureText, failureDetail);
  const errorRows = h('tbody');
  const errorTable = h(
    'table',
    { class: 'import-errors', 'data-testid': id('errors'), hidden: true },
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col', class: 'num' }, tr('import.col.line')), h('th', { scope: 'col' }, tr('import.col.column')), h('th', { scope: 'col' }, tr('import.col.message'))),
    ),
    errorRows,
  );
  const moreErrors = h('p', { class: 'field-hint', 'data-testid': id('more-errors'), hidden: true });
  const keys = new IdempotencyKeys();
  let busy = false;

  const form = h(
    'form',
    { class: 'csv-import', 'data-testid': id('form'), novalidate: true, 'aria-labelledby': options.titleId },
    ...options.help,
    h('div', { class: 'field' }, h('label', { for: fileInputId }, tr('import.file')), fileInput),
    result.element,
    resultMore,
    failure,
    h('div', { class: 'table-scroll' }, errorTable),
    moreErrors,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void importFile();
  });

  async function importFile(): Promise<void> {
    if (busy) return;
    result.clear();
    resultMore.replaceChildren();
    failure.hidden = true;
    showErrors([]);
    const file = fileInput.files?.[0];
    if (!file) {
      showFailure({ key: 'import.noFile' }, null);
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      showFailure({ key: 'import.tooLarge', params: { limit: MAX_FILE_MB } }, null);
      return;
    }
    setBusy(true);
    try {
      const csv = await readCsv(file);
      // A Windows-1251 file grows when sent as UTF-8; what counts is what is sent.
      if (new Blob([csv]).size > MAX_FILE_BYTES) {
        showFailure({ key: 'import.tooLarge', params: { limit: MAX_FILE_MB } }, null);
        return;
      }
      const answer = await options.upload(csv, keys.keyFor(csv));
      result.show(options.done(answer));
      fileInput.value = '';
      const more = options.onImported(answer);
      if (more) resultMore.replaceChildren(more);
    } catch (error) {
      const problem = error instanceof ApiError && error.kind === 'refused' ? error.problem : null;
      if (problem) {
        const errors = problem.errors ?? [];
        showFailure({ key: errors.length ? 'import.failed' : 'import.failedNoLines' }, problem.detail || problem.title || null);
        showErrors(errors);
      } else {
        showFailure(describeFailure(error), null);
      }
    } finally {
      setBusy(false);
    }
  }

  function showFailure(text: Text, serverExplanation: string | null): void {
    setText(failureText, text);
    failureDetail.textContent = serverExplanation ?? '';
    failureDetail.hidden = !serverExplanation;
    failure.hidden = false;
  }

  function showErrors(errors: readonly ProblemError[]): void {
    const none = t('catalogue.none');
    errorRows.replaceChildren(
      ...errors.slice(0, MAX_ERRORS_SHOWN).map((error) =>
        h(
          'tr',
          { 'data-testid': id('error-row') },
          h('td', { class: 'num', 'data-col': 'line' }, error.line === undefined ? none : String(error.line)),
          h('td', { 'data-col': 'column' }, error.column ?? error.field ?? none),
          h('td', { 'data-col': 'message' }, error.message),
        ),
      ),
    );
    errorTable.hidden = errors.length === 0;
    const hiddenCount = errors.length - MAX_ERRORS_SHOWN;
    moreErrors.hidden = hiddenCount <= 0;
    if (hiddenCount > 0) setText(moreErrors, { key: 'import.moreErrors', params: { count: hiddenCount } });
  }

  function setBusy(next: boolean): void {
    busy = next;
    submit.disabled = next;
    form.setAttribute('aria-busy', String(next));
    setText(submitLabel, { key: next ? 'import.submitting' : 'import.submit' });
  }

  return form;
}

/**
 * The file as text. Excel on a Russian Windows saves "CSV" in Windows-1251, not UTF-8; a file that
 * is not valid UTF-8 is read as Windows-1251 so that Cyrillic names arrive intact. A UTF-8 byte
 * order mark is dropped.
 */
export async function readCsv(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}
