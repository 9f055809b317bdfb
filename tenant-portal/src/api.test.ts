import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { ApiError, apiBaseFrom, createApi, IdempotencyKeys, SessionExpired, type Api } from './api';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

interface Seen {
  url: string;
  init: RequestInit;
}

function stub(answer: () => Response | Promise<Response>): Seen[] {
  const seen: Seen[] = [];
  globalThis.fetch = (async (input: URL | RequestInfo, init?: RequestInit) => {
    seen.push({ url: String(input), init: init ?? {} });
    return answer();
  }) as typeof fetch;
  return seen;
}

function api(onUnauthorized: () => boolean = () => true, token: () => Promise<string> = async () => 'tok'): Api {
  return createApi({ base: new URL('http://shop.test/api/v1/'), token, onUnauthorized, lang: () => 'ru' });
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

test('the API lives beside the portal', () => {
  assert.equal(apiBaseFrom('http://h:8080/portal/app.js?v=1').href, 'http://h:8080/api/v1/');
  assert.equal(apiBaseFrom('http://h:8080/fulfil/portal/app.js').href, 'http://h:8080/fulfil/api/v1/');
});

test('a list call sends the token, language, query, limit and cursor', async () => {
  const seen = stub(() => json(200, { items: [], nextCursor: 'c2' }));
  const page = await api().skus({ q: ' чай ', cursor: 'c1' });
  assert.equal(page.nextCursor, 'c2');
  const url = new URL(seen[0]!.url);
  assert.equal(url.pathname, '/api/v1/catalogue/skus');
  assert.equal(url.searchParams.get('q'), 'чай');
  assert.equal(url.searchParams.get('limit'), '50');
  assert.equal(url.searchParams.get('cursor'), 'c1');
  const headers = seen[0]!.init.headers as Record<string, string>;
  assert.equal(headers['Authorization'], 'Bearer tok');
  assert.equal(headers['Accept-Language'], 'ru');
});

test('an empty search and the first page send no q and no cursor', async () => {
  const seen = stub(() => json(200, { items: [], nextCursor: null }));
  await api().skus({ q: '', cursor: null });
  assert.equal(new URL(seen[0]!.url).search, '?limit=50');
});

test('create posts JSON with an Idempotency-Key', async () => {
  const sku = { id: 'u', sku: 'A', name: 'n', barcodes: [], weightGrams: 1, lengthMm: 1, widthMm: 1, heightMm: 1, price: null, expiryTracked: false, version: 1 };
  const seen = stub(() => json(201, sku));
  const request = { sku: 'A', name: 'n', barcodes: [], weightGrams: 1, lengthMm: 1, widthMm: 1, heightMm: 1, priceMinor: 100, expiryTracked: false };
  assert.deepEqual(await api().createSku(request, 'key-1'), sku);
  const headers = seen[0]!.init.headers as Record<string, string>;
  assert.equal(seen[0]!.init.method, 'POST');
  assert.equal(headers['Content-Type'], 'application/json');
  assert.equal(headers['Idempotency-Key'], 'key-1');
  assert.deepEqual(JSON.parse(seen[0]!.init.body as string), request);
});

test('import posts the CSV text as text/csv', async () => {
  const seen = stub(() => json(200, { imported: 2 }));
  assert.deepEqual(await api().importSkus('sku,name\n', 'k'), { imported: 2 });
  assert.equal((seen[0]!.init.headers as Record<string, string>)['Content-Type'], 'text/csv');
  assert.equal(seen[0]!.init.body, 'sku,name\n');
});

test('a problem+json answer keeps its detail and errors', async () => {
  stub(() =>
    json(422, { type: 'about:blank', title: 'Invalid', status: 422, detail: 'Line 3 is wrong', errors: [{ line: 3, column: 'barcodes', message: 'bad' }] }, 'application/problem+json'),
  );
  await assert.rejects(api().importSkus('x', 'k'), (error: unknown) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'refused');
    assert.equal(error.status, 422);
    assert.equal(error.problem?.detail, 'Line 3 is wrong');
    assert.deepEqual(error.problem?.errors, [{ line: 3, column: 'barcodes', message: 'bad' }]);
    return true;
  });
});

test('401 asks for a new sign-in; 403 and 5xx have their own kinds', async () => {
  let signIns = 0;
  stub(() => new Response('', { status: 401 }));
  await assert.rejects(api(() => ++signIns > 0).tenant(), (error: unknown) => error instanceof ApiError && error.kind === 'unauthorized');
  assert.equal(signIns, 1);
  await assert.rejects(api(() => false).tenant(), (error: unknown) => error instanceof ApiError && error.kind === 'session-refused');
  stub(() => json(403, { title: 'Forbidden' }, 'application/problem+json'));
  await assert.rejects(api().tenant(), (error: unknown) => error instanceof ApiError && error.kind === 'forbidden');
  stub(() => new Response('<html>bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
  await assert.rejects(api().tenant(), (error: unknown) => error instanceof ApiError && error.kind === 'server' && error.status === 502);
});

test('no answer at all is a network failure', async () => {
  globalThis.fetch = (async () => {
    throw new TypeError('fetch failed');
  }) as typeof fetch;
  await assert.rejects(api().tenant(), (error: unknown) => error instanceof ApiError && error.kind === 'network');
});

test('an expired session is reported as unauthorized without calling the server', async () => {
  const seen = stub(() => json(200, {}));
  const expired = async (): Promise<string> => {
    throw new SessionExpired();
  };
  await assert.rejects(api(() => true, expired).tenant(), (error: unknown) => error instanceof ApiError && error.kind === 'unauthorized');
  assert.equal(seen.length, 0);
});

test('the same body keeps its Idempotency-Key; a changed body gets a new one', () => {
  const keys = new IdempotencyKeys();
  const first = keys.keyFor('{"sku":"A"}');
  assert.match(first, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(keys.keyFor('{"sku":"A"}'), first);
  assert.notEqual(keys.keyFor('{"sku":"B"}'), first);
});

test('the order list sends its filters, statuses joined by commas, and leaves out empty ones', async () => {
  const seen = stub(() => json(200, { items: [], nextCursor: null }));
  await api().orders(
    { status: ['RECEIVED', 'AWAITING_CONFIRMATION'], receivedFrom: '2025-02-28T21:00:00.000Z', receivedTo: null, phone: ' 8 916 ', externalNumber: '' },
    'c1',
  );
  const url = new URL(seen[0]!.url);
  assert.equal(url.pathname, '/api/v1/orders');
  assert.equal(url.searchParams.get('status'), 'RECEIVED,AWAITING_CONFIRMATION');
  assert.equal(url.searchParams.get('receivedFrom'), '2025-02-28T21:00:00.000Z');
  assert.equal(url.searchParams.get('phone'), '8 916');
  assert.equal(url.searchParams.get('cursor'), 'c1');
  assert.equal(url.searchParams.get('limit'), '50');
  assert.equal(url.searchParams.has('receivedTo'), false);
  assert.equal(url.searchParams.has('externalNumber'), false);
});

test('status counts carry the date range', async () => {
  const seen = stub(() => json(200, { counts: { RECEIVED: 1 }, total: 1 }));
  assert.deepEqual(await api().orderStatusCounts('2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z'), { counts: { RECEIVED: 1 }, total: 1 });
  assert.equal(new URL(seen[0]!.url).search, '?receivedFrom=2025-01-01T00%3A00%3A00Z&receivedTo=2025-02-01T00%3A00%3A00Z');
});

test('the timeline is read page by page until the end', async () => {
  const pages = [
    { items: [{ sequence: 1, from: null, to: 'RECEIVED', actor: 'a', at: 't1', reason: null }], nextCursor: '1' },
    { items: [{ sequence: 2, from: 'RECEIVED', to: 'AWAITING_CONFIRMATION', actor: 'system', at: 't2', reason: 'x' }], nextCursor: null },
  ];
  let call = 0;
  const seen = stub(() => json(200, pages[call++]));
  const events = await api().orderTimeline('abc');
  assert.deepEqual(events.map((event) => event.sequence), [1, 2]);
  assert.equal(new URL(seen[0]!.url).pathname, '/api/v1/orders/abc/timeline');
  assert.equal(new URL(seen[0]!.url).searchParams.has('cursor'), false);
  assert.equal(new URL(seen[1]!.url).searchParams.get('cursor'), '1');
});

test('cancelling posts the reason with an Idempotency-Key; a 409 keeps its problem', async () => {
  const seen = stub(() => json(409, { status: 409, detail: 'Order is CANCELLED', errors: [{ field: 'status', message: 'x' }] }, 'application/problem+json'));
  await assert.rejects(api().cancelOrder('o-1', 'buyer changed mind', 'k-9'), (error: unknown) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 409);
    assert.equal(error.kind, 'refused');
    assert.equal(error.problem?.detail, 'Order is CANCELLED');
    return true;
  });
  assert.equal(new URL(seen[0]!.url).pathname, '/api/v1/orders/o-1/cancellation');
  assert.equal((seen[0]!.init.headers as Record<string, string>)['Idempotency-Key'], 'k-9');
  assert.deepEqual(JSON.parse(seen[0]!.init.body as string), { reason: 'buyer changed mind' });
});

test('an order upload posts text/csv and returns the created orders', async () => {
  const seen = stub(() => json(200, { imported: 1, orders: [{ externalNumber: 'A-1', id: 'u1' }] }));
  assert.deepEqual(await api().importOrders('external_number\n', 'k'), { imported: 1, orders: [{ externalNumber: 'A-1', id: 'u1' }] });
  assert.equal(new URL(seen[0]!.url).pathname, '/api/v1/orders/import');
  assert.equal((seen[0]!.init.headers as Record<string, string>)['Content-Type'], 'text/csv');
});
