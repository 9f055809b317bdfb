// Orders from a CSV file: the columns, an example file to download, and the shared upload form
// with its line-by-line error report; the created orders are listed with links.
import type { Api, OrderImportResult } from '../api';
import { h, tr } from '../dom';
import { hrefOf } from '../router';
import { createCsvImport } from './csv-import';

export interface OrderImportContext {
  readonly api: Api;
}

const TITLE_ID = 'order-import-title';

/** The columns the server requires, and those it also reads (see OrderResource#importCsv). */
export const ORDER_CSV_REQUIRED = ['external_number', 'buyer_name', 'phone', 'country', 'city', 'street', 'payment_form', 'delivery_method', 'sku', 'qty'] as const;
export const ORDER_CSV_OPTIONAL = ['email', 'region', 'postal_code', 'time_zone', 'delivery_date', 'slot_from', 'slot_to', 'delivery_fee', 'cod_amount', 'notes', 'unit_price'] as const;

/** A file to start from: two orders, the first with two lines (its second row leaves the order columns empty). */
export const ORDER_CSV_EXAMPLE = [
  'external_number,buyer_name,phone,email,country,region,city,street,postal_code,payment_form,delivery_method,delivery_fee,notes,sku,qty,unit_price',
  'A-1001,Иван Петров,8 (916) 123-45-67,ivan@example.ru,RU,Московская обл.,Химки,"ул. Ленина, 1, кв. 5",141400,COD_CASH,COURIER,300.00,Позвонить за час,TEA-1,2,1299.00',
  'A-1001,,,,,,,,,,,,,COFFEE-7,1,',
  'A-1002,Анна Смирнова,+375 29 123-45-67,,BY,,Минск,"пр. Независимости, 10",,PREPAID,POST,,,TEA-1,1,',
  '',
].join('\r\n');

export function renderOrderImportPage({ api }: OrderImportContext): HTMLElement {
  // A UTF-8 byte order mark makes Excel open the example with the Cyrillic intact.
  const example = h(
    'a',
    {
      class: 'button',
      'data-testid': 'order-import-example',
      download: 'orders-example.csv',
      href: `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${ORDER_CSV_EXAMPLE}`)}`,
    },
    tr('orderImport.example'),
  );
  const form = createCsvImport<OrderImportResult>({
    testIdPrefix: 'order-import',
    titleId: TITLE_ID,
    help: [
      h('p', {}, tr('orderImport.help')),
      h('p', { class: 'field-label' }, tr('orderImport.required')),
      h('pre', { class: 'csv-header' }, h('code', { 'data-testid': 'order-import-header' }, ORDER_CSV_REQUIRED.join(','))),
      h('p', { class: 'field-label' }, tr('orderImport.optional')),
      h('pre', { class: 'csv-header' }, h('code', { 'data-testid': 'order-import-optional' }, ORDER_CSV_OPTIONAL.join(','))),
      h('p', { class: 'field-hint' }, tr('orderImport.rules')),
      h('p', { class: 'actions' }, example),
      h('p', { class: 'note' }, tr('orderImport.allOrNothing')),
    ],
    upload: (csv, key) => api.importOrders(csv, key),
    done: (result) => ({ key: 'orderImport.done', params: { count: result.imported } }),
    onImported: (result) =>
      h(
        'div',
        { 'data-testid': 'order-import-created' },
        h('p', {}, tr('orderImport.created')),
        h(
          'ul',
          { class: 'created-orders' },
          ...result.orders.map((order) =>
            h(
              'li',
              { 'data-testid': 'order-import-created-row', 'data-external': order.externalNumber },
              h('a', { href: hrefOf({ name: 'order', id: order.id }) }, order.externalNumber),
            ),
          ),
        ),
      ),
  });
  return h(
    'main',
    { class: 'page order-import', id: 'main', 'data-testid': 'order-import-page' },
    h('h1', { id: TITLE_ID, tabindex: -1 }, tr('orderImport.title')),
    h('section', { class: 'card' }, form),
  );
}
