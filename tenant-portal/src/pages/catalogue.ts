// The catalogue page: the SKU list for everyone; the new-SKU form and CSV import for those who
// may change the catalogue.
import type { Api, TenantView } from '../api';
import { h, tr } from '../dom';
import type { MessageKey } from '../i18n';
import { createSkuForm, SKU_FORM_TITLE_ID } from './catalogue-create';
import { createSkuImport, SKU_IMPORT_TITLE_ID } from './catalogue-import';
import { createSkuList } from './catalogue-list';

export interface CataloguePageContext {
  readonly api: Api;
  readonly tenant: TenantView;
  readonly canManage: boolean;
}

/** Where the forms no longer fit beside the list (see app.css); there they start folded. */
const NARROW = '(max-width: 1100px)';

export function renderCataloguePage({ api, tenant, canManage }: CataloguePageContext): HTMLElement {
  const list = createSkuList(api);
  const tools = canManage
    ? h(
        'div',
        { class: 'catalogue-tools' },
        panel(
          SKU_FORM_TITLE_ID,
          'create.title',
          'sku-form-toggle',
          createSkuForm(api, tenant.currency, (created) => (created ? list.showCreated(created) : list.reload())),
        ),
        panel(SKU_IMPORT_TITLE_ID, 'import.title', 'import-toggle', createSkuImport(api, () => list.reload())),
      )
    : null;
  const page = h(
    'main',
    { class: 'page', id: 'main', 'data-testid': 'catalogue-page' },
    h('h1', {}, tr('catalogue.title')),
    h('div', { class: tools ? 'catalogue catalogue--with-tools' : 'catalogue' }, h('section', { class: 'catalogue-list' }, list.element), tools),
  );
  list.reload();
  return page;
}

/**
 * A titled card that folds. Beside the list (wide screens) it starts open; above the list (tablets,
 * phones) it starts folded, so the list is not pushed below two forms.
 */
function panel(titleId: string, title: MessageKey, toggleTestId: string, body: HTMLElement): HTMLDetailsElement {
  return h(
    'details',
    { class: 'card panel', open: !window.matchMedia(NARROW).matches },
    h('summary', { 'data-testid': toggleTestId }, h('h2', { id: titleId }, tr(title))),
    body,
  );
}
