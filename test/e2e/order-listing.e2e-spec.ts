import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { approvedSupplier, mintKey, orderBody } from '../support/scenario';
import { expectError } from '../support/onboarding';
import { createOrder, inPool, listAll, uniqueReference, type PageWalk } from '../support/orders';

const ORDERS = 1_000;
const CONCURRENCY = 16;
const STORES = ['FS-SHA-001', 'FS-BJS-001', 'FS-CAN-001'];

interface Listed {
  id: string;
  createdAt: string;
}

/**
 * Acceptance: GET /v1/purchase-orders pages through a thousand orders newest first, every
 * order that existed when paging started exactly once, while new orders keep arriving.
 * Black-box: it holds for any paging that keeps the contract. The "newest first" tests fail
 * for paging by id alone: ids are made part-way through the creating transaction while
 * createdAt is its start, so under concurrent creation the two orders disagree.
 */
describe('paging through purchase orders', () => {
  const env = new TestEnvironment();
  /** An HQ buyer (no storeCode): sees the orders of every store. */
  let hq: HttpClient;
  let supplierId: string;

  const create = async (i: number): Promise<Listed> =>
    createOrder(
      hq,
      orderBody(supplierId, { storeCode: STORES[i % STORES.length], buyerReference: uniqueReference('LIST') }),
    );

  beforeAll(async () => {
    await env.start();
    const staff = await mintKey(env, { role: 'staff' });
    ({ supplierId } = await approvedSupplier(env, staff));
    hq = await mintKey(env, { role: 'buyer' });
    const started = Date.now();
    const created = await inPool(ORDERS, CONCURRENCY, create);
    console.info(`order-listing: created ${created.length} orders in ${Date.now() - started} ms`);
  }, 180_000);

  afterAll(async () => {
    await env.stop();
  });

  const allIds = async () => (await env.query<{ id: string }>('SELECT id FROM purchase_order')).map((r) => r.id);

  /**
   * Keeps creating orders (a few at a time) until stopped; returns every order it created.
   * The paging below also awaits one creation between every two pages, so inserts land
   * between pages for certain, and these race with the page requests themselves.
   */
  function startInserting(concurrency = 3): { stop: () => Promise<string[]> } {
    let running = true;
    const ids: string[] = [];
    let i = 0;
    const loops = Array.from({ length: concurrency }, async () => {
      while (running) ids.push((await create(i++)).id);
    });
    return {
      stop: async () => {
        running = false;
        await Promise.all(loops);
        return ids;
      },
    };
  }

  /**
   * Newest first: createdAt descending, ties by id descending. The API shows createdAt to the
   * millisecond while the database keeps microseconds, so two orders with the same createdAt
   * over HTTP may be ordered either by id or by the finer stored time; both keep "newest first".
   * Returns the pairs out of order (empty when all is well).
   */
  async function outOfOrder(items: Listed[]): Promise<string[]> {
    const stored = new Map(
      (
        await env.query<{ id: string; us: string }>(
          `SELECT id::text AS id, (extract(epoch FROM created_at) * 1000000)::bigint::text AS us
             FROM purchase_order WHERE id = ANY($1::uuid[])`,
          [items.map((o) => o.id)],
        )
      ).map((r) => [r.id, BigInt(r.us)]),
    );
    const problems: string[] = [];
    for (let i = 0; i + 1 < items.length; i++) {
      const [a, b] = [items[i], items[i + 1]];
      const [msA, msB] = [Date.parse(a.createdAt), Date.parse(b.createdAt)];
      const ok = msA > msB || (msA === msB && (a.id > b.id || stored.get(a.id)! > stored.get(b.id)!));
      if (!ok) problems.push(`#${i} ${a.id} ${a.createdAt} before #${i + 1} ${b.id} ${b.createdAt}`);
    }
    return problems;
  }

  async function pageWhileInserting(limit: number) {
    const existing = await allIds();
    const inserter = startInserting();
    const insertedBetweenPages: string[] = [];
    let walk: PageWalk<Listed>;
    try {
      walk = await listAll<Listed>(hq, '/v1/purchase-orders', {
        limit,
        between: async () => {
          insertedBetweenPages.push((await create(0)).id);
        },
      });
    } finally {
      insertedBetweenPages.push(...(await inserter.stop()));
    }
    return { existing, walk, inserted: insertedBetweenPages };
  }

  function expectCompleteWalk(
    { existing, walk, inserted }: { existing: string[]; walk: PageWalk<Listed>; inserted: string[] },
    limit: number,
  ) {
    const returned = walk.items.map((o) => o.id);
    // Paging really raced with inserts: at least one new order per page.
    expect(inserted.length).toBeGreaterThanOrEqual(walk.pages.length);
    // Every page within the limit, each but the last pointing on; the last ends with null.
    expect(walk.pages.filter((p) => p.items.length > limit)).toEqual([]);
    expect(walk.pages.slice(0, -1).filter((p) => p.items.length === 0 || typeof p.nextCursor !== 'string')).toEqual([]);
    expect(walk.pages[walk.pages.length - 1].nextCursor).toBeNull();
    // No order twice; every order that existed before paging started, exactly once.
    const duplicates = returned.filter((id, i) => returned.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    const seen = new Set(returned);
    expect(existing.filter((id) => !seen.has(id))).toEqual([]);
    // Nothing that is not an order (anything new was inserted during the walk).
    const known = new Set([...existing, ...inserted]);
    expect(returned.filter((id) => !known.has(id))).toEqual([]);
  }

  describe.each([
    { limit: 50, why: 'the default page size' },
    { limit: 200, why: 'the largest page' },
    // ~150 page boundaries: with orders arriving every few milliseconds, some boundary falls
    // between two orders whose createdAt share a millisecond, where a cursor that keeps less
    // precision than the ordering skips (or repeats) an order.
    { limit: 7, why: 'small pages: many boundaries between orders made in the same millisecond' },
  ])('with limit $limit ($why), while new orders are inserted', ({ limit }) => {
    let result: Awaited<ReturnType<typeof pageWhileInserting>> | undefined;

    it('returns every order that existed before paging started exactly once, no duplicates, and ends with nextCursor null', async () => {
      const started = Date.now();
      result = await pageWhileInserting(limit);
      console.info(
        `order-listing: limit ${limit}, ${result.walk.pages.length} pages, ${result.walk.items.length} items, ` +
          `${result.inserted.length} inserted meanwhile, ${Date.now() - started} ms`,
      );
      expect(result.existing.length).toBeGreaterThanOrEqual(ORDERS);
      expect(result.walk.pages.length).toBeGreaterThanOrEqual(Math.ceil(ORDERS / limit));
      expectCompleteWalk(result, limit);
    });

    // Paging by id alone fails this by a few hundred milliseconds under concurrent creation;
    // the (createdAt, id) keyset holds it, and a cursor cut to milliseconds loses orders.
    it('returns them newest first: createdAt descending, ties by id descending', async () => {
      if (!result) throw new Error('the walk of the previous test did not run');
      const problems = await outOfOrder(result.walk.items);
      expect({ outOfOrder: problems.length, first: problems.slice(0, 10) }).toEqual({ outOfOrder: 0, first: [] });
    });
  });

  it('answers 50 by default and takes limits 1 to 200', async () => {
    const byDefault = await hq.get('/v1/purchase-orders');
    expect(byDefault.status).toBe(200);
    expect(byDefault.body.items).toHaveLength(50);
    expect(byDefault.body.nextCursor).toEqual(expect.any(String));
    const one = await hq.get('/v1/purchase-orders?limit=1');
    expect(one.body.items).toHaveLength(1);
    expect(one.body.items[0].id).toBe(byDefault.body.items[0].id);
    // The cursor of a one-item page leads on to the second order.
    const next = await hq.get(`/v1/purchase-orders?limit=1&cursor=${encodeURIComponent(one.body.nextCursor)}`);
    expect(next.body.items.map((o: Listed) => o.id)).toEqual([byDefault.body.items[1].id]);
    expect((await hq.get('/v1/purchase-orders?limit=200')).body.items).toHaveLength(200);
  });

  it.each(['0', '201', '-1', '1000', 'ten', '1.5'])('refuses limit=%p with 400 VALIDATION_FAILED', async (limit) => {
    expectError(await hq.get(`/v1/purchase-orders?limit=${limit}`), 400, 'VALIDATION_FAILED');
  });

  it.each([
    ['not a cursor', 'not-a-cursor'],
    ['punctuation', '!!!!'],
    ['base64url of text', Buffer.from('hello, world').toString('base64url')],
    ['base64url of an empty object', Buffer.from('{}').toString('base64url')],
    ['base64url of a date and no id', Buffer.from('2026-01-01T00:00:00.000Z|nope').toString('base64url')],
    ['too long', 'a'.repeat(300)],
  ])('refuses an invalid cursor (%s) with 400 VALIDATION_FAILED', async (_, cursor) => {
    expectError(await hq.get(`/v1/purchase-orders?cursor=${encodeURIComponent(cursor)}`), 400, 'VALIDATION_FAILED');
  });
});
