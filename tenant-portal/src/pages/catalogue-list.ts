// The catalogue list: search, the SKU table, and "load more" while the server has more pages.
import type { Api, SkuView } from '../api';
import { followLang, h, message, setAttrText, setText, tr, type Child } from '../dom';
import { describeFailure, isAbort } from '../failure';
import { lang, t, type MessageKey } from '../i18n';
import { formatMoney } from '../money';

export interface SkuList {
  readonly element: HTMLElement;
  /** Loads the first page again for the current search. */
  reload(): void;
  /** Puts a just-created SKU at the top, marked, whatever the search is, so it is seen at once. */
  showCreated(sku: SkuView): void;
}

const SEARCH_DEBOUNCE_MS = 300;
const SEARCH_MAX_LENGTH = 200;

interface Column {
  readonly id: string;
  readonly label: MessageKey;
  readonly numeric?: boolean;
  readonly content: (sku: SkuView) => Child;
}

const COLUMNS: readonly Column[] = [
  { id: 'sku', label: 'catalogue.col.sku', content: (sku) => h('span', { class: 'sku-code' }, sku.sku) },
  { id: 'name', label: 'catalogue.col.name', content: (sku) => sku.name },
  {
    id: 'barcodes',
    label: 'catalogue.col.barcodes',
    content: (sku) =>
      sku.barcodes.length === 0
        ? t('catalogue.none')
        : h('span', { class: 'barcodes' }, ...sku.barcodes.map((code) => h('span', { class: 'barcode' }, code))),
  },
  { id: 'weight', label: 'catalogue.col.weight', numeric: true, content: (sku) => wholeNumber(sku.weightGrams) },
  {
    id: 'dimensions',
    label: 'catalogue.col.dimensions',
    numeric: true,
    content: (sku) =>
      sku.lengthMm === null && sku.widthMm === null && sku.heightMm === null
        ? t('catalogue.none')
        : [sku.lengthMm, sku.widthMm, sku.heightMm].map(wholeNumber).join(' × '),
  },
  {
    id: 'price',
    label: 'catalogue.col.price',
    numeric: true,
    content: (sku) => (sku.price ? formatMoney(sku.price.amountMinor, sku.price.currency, lang()) : t('catalogue.none')),
  },
  {
    id: 'expiry',
    label: 'catalogue.col.expiry',
    content: (sku) => t(sku.expiryTracked ? 'catalogue.yes' : 'catalogue.no'),
  },
];

function wholeNumber(value: number | null): string {
  return value === null ? t('catalogue.none') : new Intl.NumberFormat(lang()).format(value);
}

export function createSkuList(api: Api): SkuList {
  let query = '';
  let items: SkuView[] = [];
  let nextCursor: string | null = null;
  let loaded = false;
  const createdIds = new Set<string>();
  let inFlight: AbortController | null = null;
  let debounce: number | undefined;

  const searchInput = h('input', {
    type: 'search',
    name: 'q',
    class: 'search-input',
    'data-testid': 'sku-search',
    autocomplete: 'off',
    enterkeyhint: 'search',
    maxlength: SEARCH_MAX_LENGTH,
  });
  setAttrText(searchInput, 'placeholder', 'catalogue.search.placeholder');
  setAttrText(searchInput, 'aria-label', 'catalogue.search.placeholder');
  searchInput.addEventListener('input', () => {
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => search(), SEARCH_DEBOUNCE_MS);
  });
  const searchForm = h(
    'form',
    {
      class: 'search',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault(); // Enter searches at once
        search();
      },
    },
    searchInput,
    h('button', { type: 'submit', class: 'button', 'data-testid': 'sku-search-submit' }, tr('catalogue.search')),
  );

  const body = h('tbody');
  const table = h(
    'table',
    { class: 'sku-table', 'data-testid': 'sku-table' },
    h('thead', {}, h('tr', {}, ...COLUMNS.map((column) => h('th', { scope: 'col', class: column.numeric ? 'num' : null }, tr(column.label))))),
    body,
  );
  const empty = h('p', { class: 'empty', 'data-testid': 'sku-empty', hidden: true }, tr('catalogue.empty'));
  const shown = h('p', { class: 'list-count', 'data-testid': 'sku-count' });
  const failure = message('list-error', 'error');
  const loadMore = h('button', { type: 'button', class: 'button', 'data-testid': 'load-more', hidden: true }, tr('catalogue.loadMore'));
  loadMore.addEventListener('click', () => load(nextCursor));
  const element = h(
    'div',
    { class: 'sku-list' },
    searchForm,
    failure.element,
    h('div', { class: 'table-scroll' }, table),
    empty,
    h('div', { class: 'list-footer' }, shown, loadMore),
  );

  function search(): void {
    window.clearTimeout(debounce);
    query = searchInput.value.trim();
    void load(null);
  }

  /** Loads the first page (cursor null) or the next one; a newer load makes older answers moot. */
  async function load(cursor: string | null): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    setBusy(true);
    failure.clear();
    try {
      const page = await api.skus({ q: query, cursor, signal: controller.signal });
      if (controller !== inFlight) return;
      if (cursor === null) {
        items = [...page.items];
      } else {
        // A SKU created meanwhile can come again on a later page; show it once.
        const seen = new Set(items.map((sku) => sku.id));
        items = [...items, ...page.items.filter((sku) => !seen.has(sku.id))];
      }
      nextCursor = page.nextCursor;
      loaded = true;
      render();
    } catch (error) {
      if (isAbort(error) || controller !== inFlight) return;
      failure.show(describeFailure(error));
    } finally {
      if (controller === inFlight) {
        inFlight = null;
        setBusy(false);
      }
    }
  }

  function setBusy(busy: boolean): void {
    table.setAttribute('aria-busy', String(busy));
    loadMore.disabled = busy;
    if (busy) setText(shown, { key: 'catalogue.loading' });
    else setText(shown, { key: 'catalogue.shown', params: { count: items.length } });
  }

  function render(): void {
    body.replaceChildren(...items.map(row));
    empty.hidden = !loaded || items.length > 0;
    loadMore.hidden = nextCursor === null;
    if (!inFlight) setText(shown, { key: 'catalogue.shown', params: { count: items.length } });
  }

  function row(sku: SkuView): HTMLTableRowElement {
    return h(
      'tr',
      { 'data-testid': 'sku-row', 'data-sku': sku.sku, class: createdIds.has(sku.id) ? 'row-created' : null },
      ...COLUMNS.map((column) => {
        // data-label heads each cell where the table is shown as cards on a narrow screen.
        return h('td', { 'data-col': column.id, 'data-label': t(column.label), class: column.numeric ? 'num' : null }, column.content(sku));
      }),
    );
  }

  // Prices, numbers and yes/no are written in the language; draw the rows again on a switch.
  followLang(element, render);

  return {
    element,
    reload: search,
    showCreated(sku) {
      createdIds.add(sku.id);
      items = [sku, ...items.filter((other) => other.id !== sku.id)];
      empty.hidden = true;
      render();
    },
  };
}
