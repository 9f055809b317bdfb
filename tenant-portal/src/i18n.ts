// Every string the portal shows, in Russian and English, and the current language.
// Parameters are written {name} and filled in by t().

export type Lang = 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'en'];

const en = {
  'app.brand': 'Fulfil',
  'app.title': 'Shop portal',
  'app.loading': 'Loading…',
  'app.signingIn': 'Signing in…',
  'lang.switch': 'Language',
  'lang.ru': 'RU',
  'lang.en': 'EN',
  'lang.ru.name': 'Русский',
  'lang.en.name': 'English',
  'header.signOut': 'Sign out',
  'header.user': 'Signed in as {name}',
  'action.retry': 'Try again',

  'error.network': 'No connection to the server. Check your network and try again.',
  'error.timeout': 'The server did not answer in time. Try again.',
  'error.server': 'Server error ({status}). Try again in a few minutes; if it does not go away, contact support.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.sessionExpired': 'Your session has expired. Signing you in again…',
  'error.sessionRefused': 'The server does not accept your sign-in. Sign out and sign in again; if this happens again, contact support.',
  'error.request': 'The request was refused ({status}).',
  'error.unexpected': 'Something went wrong in the portal. Reload the page and try again.',
  'error.config': 'Could not load the portal settings.',
  'error.signIn': 'The sign-in service is not available. Try again later.',
  'error.tenant': 'Could not load your shop.',

  'catalogue.title': 'Catalogue',
  'catalogue.search': 'Search',
  'catalogue.search.placeholder': 'SKU, name or barcode',
  'catalogue.col.sku': 'SKU',
  'catalogue.col.name': 'Name',
  'catalogue.col.barcodes': 'Barcodes',
  'catalogue.col.weight': 'Weight, g',
  'catalogue.col.dimensions': 'L × W × H, mm',
  'catalogue.col.price': 'Price',
  'catalogue.col.expiry': 'Expiry tracked',
  'catalogue.yes': 'Yes',
  'catalogue.no': 'No',
  'catalogue.none': '—',
  'catalogue.empty': 'No SKUs found.',
  'catalogue.loading': 'Loading…',
  'catalogue.loadMore': 'Load more',
  'catalogue.shown': 'Shown: {count}',

  'create.title': 'New SKU',
  'create.sku': 'SKU',
  'create.name': 'Name',
  'create.barcodes': 'Barcodes',
  'create.barcodes.hint': 'One per line or separated by commas.',
  'create.weight': 'Weight, g',
  'create.length': 'Length, mm',
  'create.width': 'Width, mm',
  'create.height': 'Height, mm',
  'create.price': 'Price, {currency}',
  'create.price.hint': 'For example {example}.',
  'create.expiry': 'Track expiry dates',
  'create.submit': 'Create SKU',
  'create.submitting': 'Saving…',
  'create.created': 'SKU {sku} created.',
  'create.failed': 'The SKU was not created.',
  'create.fixFields': 'Check the marked fields.',

  'validation.required': 'Required.',
  'validation.wholeNumber': 'Enter a whole number, for example 250.',
  'validation.amount': 'Enter an amount like {example}.',
  'validation.tooLarge': 'The number is too large.',

  'import.title': 'Import from CSV',
  'import.help': 'A CSV file (UTF-8) whose first line is this header:',
  'import.rules': 'Separate several barcodes with |, write the price as a decimal like 1299.00, and expiry_tracked as true or false.',
  'import.allOrNothing': 'The import is all or nothing: if any line has an error, nothing is imported.',
  'import.file': 'CSV file',
  'import.submit': 'Import',
  'import.submitting': 'Importing…',
  'import.noFile': 'Choose a CSV file first.',
  'import.tooLarge': 'The file is larger than {limit} MB. Split it into smaller files.',
  'import.done': 'Imported SKUs: {count}.',
  'import.failed': 'Nothing was imported. Fix the lines below and import the whole file again.',
  'import.failedNoLines': 'Nothing was imported.',
  'import.col.line': 'Line',
  'import.col.column': 'Column',
  'import.col.message': 'Error',
  'import.moreErrors': 'More errors not shown: {count}.',
};

export type MessageKey = keyof typeof en;

const ru: Record<MessageKey, string> = {
  'app.brand': 'Fulfil',
  'app.title': 'Кабинет магазина',
  'app.loading': 'Загрузка…',
  'app.signingIn': 'Вход…',
  'lang.switch': 'Язык',
  'lang.ru': 'RU',
  'lang.en': 'EN',
  'lang.ru.name': 'Русский',
  'lang.en.name': 'English',
  'header.signOut': 'Выйти',
  'header.user': 'Вы вошли как {name}',
  'action.retry': 'Повторить',

  'error.network': 'Нет связи с сервером. Проверьте подключение и повторите попытку.',
  'error.timeout': 'Сервер не ответил вовремя. Повторите попытку.',
  'error.server': 'Ошибка сервера ({status}). Повторите через несколько минут; если ошибка не исчезнет, обратитесь в поддержку.',
  'error.forbidden': 'У вас нет прав на это действие.',
  'error.sessionExpired': 'Сеанс истёк. Выполняется повторный вход…',
  'error.sessionRefused': 'Сервер не принимает ваш вход. Выйдите и войдите снова; если это повторится, обратитесь в поддержку.',
  'error.request': 'Запрос отклонён ({status}).',
  'error.unexpected': 'В работе портала произошла ошибка. Обновите страницу и повторите попытку.',
  'error.config': 'Не удалось загрузить настройки портала.',
  'error.signIn': 'Сервис входа недоступен. Повторите попытку позже.',
  'error.tenant': 'Не удалось загрузить данные магазина.',

  'catalogue.title': 'Каталог',
  'catalogue.search': 'Найти',
  'catalogue.search.placeholder': 'Артикул, название или штрихкод',
  'catalogue.col.sku': 'Артикул',
  'catalogue.col.name': 'Наименование',
  'catalogue.col.barcodes': 'Штрихкоды',
  'catalogue.col.weight': 'Вес, г',
  'catalogue.col.dimensions': 'Д × Ш × В, мм',
  'catalogue.col.price': 'Цена',
  'catalogue.col.expiry': 'Учёт сроков годности',
  'catalogue.yes': 'Да',
  'catalogue.no': 'Нет',
  'catalogue.none': '—',
  'catalogue.empty': 'Товары не найдены.',
  'catalogue.loading': 'Загрузка…',
  'catalogue.loadMore': 'Показать ещё',
  'catalogue.shown': 'Показано: {count}',

  'create.title': 'Новый товар',
  'create.sku': 'Артикул',
  'create.name': 'Наименование',
  'create.barcodes': 'Штрихкоды',
  'create.barcodes.hint': 'По одному в строке или через запятую.',
  'create.weight': 'Вес, г',
  'create.length': 'Длина, мм',
  'create.width': 'Ширина, мм',
  'create.height': 'Высота, мм',
  'create.price': 'Цена, {currency}',
  'create.price.hint': 'Например, {example}.',
  'create.expiry': 'Учитывать сроки годности',
  'create.submit': 'Создать товар',
  'create.submitting': 'Сохранение…',
  'create.created': 'Товар {sku} создан.',
  'create.failed': 'Товар не создан.',
  'create.fixFields': 'Проверьте отмеченные поля.',

  'validation.required': 'Обязательное поле.',
  'validation.wholeNumber': 'Введите целое число, например 250.',
  'validation.amount': 'Введите сумму, например {example}.',
  'validation.tooLarge': 'Слишком большое число.',

  'import.title': 'Импорт из CSV',
  'import.help': 'CSV-файл (UTF-8), первая строка которого — такой заголовок:',
  'import.rules': 'Несколько штрихкодов разделяйте знаком |, цену пишите десятичным числом, например 1299.00, а expiry_tracked — true или false.',
  'import.allOrNothing': 'Импорт выполняется целиком: если хотя бы в одной строке есть ошибка, ничего не импортируется.',
  'import.file': 'CSV-файл',
  'import.submit': 'Импортировать',
  'import.submitting': 'Импорт…',
  'import.noFile': 'Сначала выберите CSV-файл.',
  'import.tooLarge': 'Файл больше {limit} МБ. Разделите его на файлы поменьше.',
  'import.done': 'Импортировано товаров: {count}.',
  'import.failed': 'Ничего не импортировано. Исправьте строки ниже и загрузите весь файл снова.',
  'import.failedNoLines': 'Ничего не импортировано.',
  'import.col.line': 'Строка',
  'import.col.column': 'Столбец',
  'import.col.message': 'Ошибка',
  'import.moreErrors': 'Ещё ошибок не показано: {count}.',
};

export const dictionaries: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, ru };

export type Params = Readonly<Record<string, string | number>>;

/** Something to show the user: a dictionary message, or text that came from the server as it is. */
export type Text = { readonly key: MessageKey; readonly params?: Params } | { readonly raw: string };

const STORAGE_KEY = 'fulfil.portal.lang';
let current: Lang = 'en';
const listeners = new Set<() => void>();

export function t(key: MessageKey, params?: Params): string {
  const template = dictionaries[current][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function textOf(text: Text): string {
  return 'raw' in text ? text.raw : t(text.key, text.params);
}

export function lang(): Lang {
  return current;
}

/** The saved choice if there is one, else the browser's language: Russian for ru*, English otherwise. */
export function detectLang(saved: string | null, browserLanguage: string | undefined): Lang {
  if (saved === 'ru' || saved === 'en') return saved;
  return browserLanguage?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function initLang(): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, policy); the browser language still works.
  }
  current = detectLang(saved, navigator.language);
  document.documentElement.lang = current;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered across visits, but the switch still works for this one.
  }
  document.documentElement.lang = next;
  for (const listener of listeners) listener();
}

/** Calls listener after every language switch; returns a function that stops it. */
export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
