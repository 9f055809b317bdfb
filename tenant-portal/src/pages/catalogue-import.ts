// CSV import of SKUs: the header to use and the rules, then the shared upload form.
import type { Api } from '../api';
import { h, tr } from '../dom';
import { createCsvImport } from './csv-import';

/** The id of the heading the page puts above the import; the form is labelled by it. */
export const SKU_IMPORT_TITLE_ID = 'sku-import-title';

export const IMPORT_HEADER = 'sku,name,barcodes,weight_grams,length_mm,width_mm,height_mm,price,expiry_tracked';

export function createSkuImport(api: Api, onImported: () => void): HTMLElement {
  return createCsvImport({
    testIdPrefix: 'import',
    titleId: SKU_IMPORT_TITLE_ID,
    help: [
      h('p', {}, tr('import.help')),
      h('pre', { class: 'csv-header' }, h('code', { 'data-testid': 'import-header' }, IMPORT_HEADER)),
      h('p', { class: 'field-hint' }, tr('import.rules')),
      h('p', { class: 'note' }, tr('import.allOrNothing')),
    ],
    upload: (csv, key) => api.importSkus(csv, key),
    done: (answer) => ({ key: 'import.done', params: { count: answer?.imported ?? 0 } }),
    onImported: () => onImported(),
  });
}
