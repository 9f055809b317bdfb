// CSV import of SKUs. The server imports a file whole or not at all; on failure the lines and
// columns it names are listed so the file can be fixed and sent again.
import { ApiError, IdempotencyKeys, type Api, type ProblemError } from '../api';
import { h, message, setText, tr } from '../dom';
import { describeFailure } from '../failure';
import { t, type Text } from '../i18n';

/** The id of the heading the page puts above the import; the form is labelled by it. */
export const SKU_IMPORT_TITLE_ID = 'sku-import-title';

export const IMPORT_HEADER = 'sku,name,barcodes,weight_grams,length_mm,width_mm,height_mm,price,expiry_tracked';

/** The API refuses bodies over 5 MiB (infra's BodySizeLimit); saying so before sending is kinder. */
const MAX_FILE_MB = 5;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
const MAX_ERRORS_SHOWN = 500;

export function createSkuImport(api: Api, onImported: () => void): HTMLElement {
  const fileInput = h('input', {
    type: 'file',
    id: 'sku-import-file',
    accept: '.csv,text/csv',
    'data-testid': 'import-file',
  });
  const submitLabel = tr('import.submit');
  const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-testid': 'import-submit' }, submitLabel);
  const result = message('import-result', 'success');
  // The portal's own sentence (translated in place) and the server's explanation (as it came).
  const failureText = h('p', {});
  const failureDetail = h('p', { 'data-testid': 'import-failure-detail' });
  const failure = h('div', { class: 'message message--error', 'data-testid': 'import-failure', role: 'alert', hidden: true }, failureText, failureDetail);
  const errorRows = h('tbody');
  const errorTable = h(
    'table',
    { class: 'import-errors', 'data-testid': 'import-errors', hidden: true },
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col', class: 'num' }, tr('import.col.line')), h('th', { scope: 'col' }, tr('import.col.column')), h('th', { scope: 'col' }, tr('import.col.message'))),
    ),
    errorRows,
  );
  const moreErrors = h('p', { class: 'field-hint', 'data-testid': 'import-more-errors', hidden: true });
  const keys = new IdempotencyKeys();
  let busy = false;

  const form = h(
    'form',
    { class: 'sku-import', 'data-testid': 'import-form', novalidate: true, 'aria-labelledby': SKU_IMPORT_TITLE_ID },
    h('p', {}, tr('import.help')),
    h('pre', { class: 'csv-header' }, h('code', { 'data-testid': 'import-header' }, IMPORT_HEADER)),
    h('p', { class: 'field-hint' }, tr('import.rules')),
    h('p', { class: 'note' }, tr('import.allOrNothing')),
    h('div', { class: 'field' }, h('label', { for: 'sku-import-file' }, tr('import.file')), fileInput),
    result.element,
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
      const answer = await api.importSkus(csv, keys.keyFor(csv));
      result.show({ key: 'import.done', params: { count: answer?.imported ?? 0 } });
      fileInput.value = '';
      onImported();
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
          { 'data-testid': 'import-error-row' },
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
