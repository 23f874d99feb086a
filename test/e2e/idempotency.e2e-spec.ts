import { createHash } from 'node:crypto';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { approvedSupplier, mintKey, orderBody, supplierSignUp } from '../support/scenario';
import { listAll } from '../support/orders';

/** `Idempotency-Key` on creating POSTs, as the contract describes it. */
describe('Idempotency-Key', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  let buyer: HttpClient;
  let buyerKeyId: string;
  let supplierId: string;

  beforeAll(async () => {
    await env.start();
    const staff = await mintKey(env, { role: 'staff' });
    ({ supplierId } = await approvedSupplier(env, staff));
    const minted = await env.admin.post('/v1/api-keys', {
      role: 'buyer',
      label: 'idempotency buyer',
      storeCode: 'FS-SHA-001',
    });
    buyer = env.api.as(minted.body.key);
    buyerKeyId = minted.body.id;
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  const countOrders = async () =>
    Number((await env.query<{ n: string }>('SELECT count(*) AS n FROM purchase_order'))[0].n);

  it('replays the first status and body with Idempotent-Replayed, creating the order once', async () => {
    const body = orderBody(supplierId);
    const first = await buyer.post('/v1/purchase-orders', body, { 'idempotency-key': 'order-1' });
    const before = await countOrders();
    const replay = await buyer.post('/v1/purchase-orders', body, { 'idempotency-key': 'order-1' });

    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(await countOrders()).toBe(before);
  });

  it('refuses the same key with a different body with 422 IDEMPOTENCY_KEY_REUSED, storing nothing', async () => {
    await buyer.post('/v1/purchase-orders', orderBody(supplierId), { 'idempotency-key': 'order-2' });
    const before = await countOrders();
    const reused = await buyer.post('/v1/purchase-orders', orderBody(supplierId), { 'idempotency-key': 'order-2' });

    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countOrders()).toBe(before);
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_USE while the first request is still running', async () => {
    const body = orderBody(supplierId);
    // The first request's claim, as the API writes it when it starts work on a request.
    const hash = createHash('sha256')
      .update(`POST /v1/purchase-orders\n${JSON.stringify(body)}`)
      .digest('hex');
    await env.query(`INSERT INTO idempotency_key (scope, key, request_hash) VALUES ($1, 'order-3', $2)`, [
      `key:${buyerKeyId}`,
      hash,
    ]);
    const second = await buyer.post('/v1/purchase-orders', body, { 'idempotency-key': 'order-3' });

    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('IDEMPOTENCY_KEY_IN_USE');
  });

  it('scopes keys to the caller: another caller may use the same key', async () => {
    const other = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    const response = await other.post('/v1/purchase-orders', orderBody(supplierId), { 'idempotency-key': 'order-1' });

    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBeNull();
  });

  it('releases the key when the request fails, so a corrected retry goes through', async () => {
    const bad = await buyer.post(
      '/v1/purchase-orders',
      { ...orderBody(supplierId), incoterm: 'FOB' },
      { 'idempotency-key': 'order-4' },
    );
    const good = await buyer.post('/v1/purchase-orders', orderBody(supplierId), { 'idempotency-key': 'order-4' });

    expect(bad.status).toBe(400);
    expect(good.status).toBe(201);
  });

  /** Everything stored for one `Idempotency-Key`, every column as text. */
  const storedRows = (key: string) =>
    env.query<{ row: string; sealed: string | null }>(
      `SELECT t::text AS row, t.sealed_secrets AS sealed FROM idempotency_key t WHERE key = $1`,
      [key],
    );

  it('replays sign-up with the same API key, kept only sealed with the stored answer', async () => {
    const body = supplierSignUp();
    const first = await env.api.post('/v1/suppliers', body, { 'idempotency-key': 'sign-up-1' });
    const replay = await env.api.post('/v1/suppliers', body, { 'idempotency-key': 'sign-up-1' });
    const stored = await storedRows('sign-up-1');

    expect(first.status).toBe(201);
    expect(first.body.apiKey).toMatch(/^cor_exporter_/);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(stored).toHaveLength(1);
    expect(stored[0].row).not.toContain(first.body.apiKey);
    expect(stored[0].row).not.toContain(first.body.apiKey.slice('cor_exporter_'.length));
    expect(stored[0].sealed).toMatch(/^sb1\./);
    expect((await env.api.as(replay.body.apiKey).get(`/v1/suppliers/${first.body.supplier.id}`)).status).toBe(200);
    expect(await env.query('SELECT id FROM supplier WHERE tin = $1', [body.tin])).toHaveLength(1);
  });

  it('replays POST /v1/api-keys with the same key, which works', async () => {
    const body = { role: 'buyer', label: 'replayed key', storeCode: 'FS-SHA-001' };
    const first = await env.admin.post('/v1/api-keys', body, { 'idempotency-key': 'mint-1' });
    const replay = await env.admin.post('/v1/api-keys', body, { 'idempotency-key': 'mint-1' });
    const stored = await storedRows('mint-1');

    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(replay.body.key).toMatch(/^cor_buyer_/);
    expect(stored[0].row).not.toContain(first.body.key);
    expect((await env.api.as(replay.body.key).get('/v1/purchase-orders')).status).toBe(200);
    expect(await env.query('SELECT id FROM api_key WHERE label = $1', [body.label])).toHaveLength(1);
  });

  it('opens a kept secret only for the Idempotency-Key it was kept for', async () => {
    const [a, b] = [supplierSignUp(), supplierSignUp()];
    const first = await env.api.post('/v1/suppliers', a, { 'idempotency-key': 'sign-up-a' });
    const other = await env.api.post('/v1/suppliers', b, { 'idempotency-key': 'sign-up-b' });
    expect([first.status, other.status]).toEqual([201, 201]);
    // Another key's sealed secret, moved onto this key's stored answer, does not open under it.
    await env.query(
      `UPDATE idempotency_key SET sealed_secrets = (SELECT sealed_secrets FROM idempotency_key WHERE key = 'sign-up-a')
        WHERE key = 'sign-up-b'`,
    );
    const replay = await env.api.post('/v1/suppliers', b, { 'idempotency-key': 'sign-up-b' });

    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.supplier).toEqual(other.body.supplier);
    expect(replay.body.apiKey).toBeNull();
    // The first request again under a different key is a new request, not a replay: its TIN is taken.
    const fresh = await env.api.post('/v1/suppliers', a, { 'idempotency-key': 'sign-up-c' });
    expect(fresh.status).toBe(409);
    expect(fresh.headers.get('idempotent-replayed')).toBeNull();
    expect(fresh.raw.toString('utf8')).not.toContain(first.body.apiKey);
  });

  it('forgets a kept secret with the stored answer: a replay after the purge is a new request', async () => {
    const body = { role: 'buyer', label: 'purged key', storeCode: 'FS-SHA-001' };
    const first = await env.admin.post('/v1/api-keys', body, { 'idempotency-key': 'mint-purged' });
    await env.query(`UPDATE idempotency_key SET created_at = now() - interval '49 hours' WHERE key = 'mint-purged'`);
    const again = await env.admin.post('/v1/api-keys', body, { 'idempotency-key': 'mint-purged' });

    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(again.body.key).not.toBe(first.body.key);
    expect(again.body.id).not.toBe(first.body.id);
  });

  it('refuses a malformed key with 400', async () => {
    const response = await buyer.post('/v1/purchase-orders', orderBody(supplierId), {
      'idempotency-key': 'x'.repeat(256),
    });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('creates one order from ten concurrent sends of one request with one key; each answer is the first body or 409 IN_USE', async () => {
    const body = orderBody(supplierId, { buyerReference: `IDEMPOTENT-CONCURRENT-${Date.now()}` });
    const key = 'order-concurrent-1';
    const ordersWithReference = async () =>
      Number(
        (
          await env.query<{ n: string }>(
            'SELECT count(*) AS n FROM purchase_order WHERE store_code = $1 AND buyer_reference = $2',
            [body.storeCode, body.buyerReference],
          )
        )[0].n,
      );

    const responses = await Promise.all(
      Array.from({ length: 10 }, () => buyer.post('/v1/purchase-orders', body, { 'idempotency-key': key })),
    );

    // Not an assertion: how the race went, for whoever reads the run.
    console.info(`idempotency: ten concurrent sends answered ${responses.map((r) => r.status).join(', ')}`);
    expect(responses.map((r) => r.status).filter((s) => s !== 201 && s !== 409)).toEqual([]);
    const created = responses.filter((r) => r.status === 201);
    const originals = created.filter((r) => r.headers.get('idempotent-replayed') === null);
    expect(originals).toHaveLength(1);
    const first = originals[0].body;
    expect(first).toMatchObject({ status: 'submitted', buyerReference: body.buyerReference });
    for (const replay of created.filter((r) => r !== originals[0])) {
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(first);
    }
    for (const busy of responses.filter((r) => r.status === 409))
      expect(busy.body.error.code).toBe('IDEMPOTENCY_KEY_IN_USE');

    expect(await ordersWithReference()).toBe(1);
    const listed = await listAll(buyer, '/v1/purchase-orders', { limit: 200 });
    expect(listed.items.filter((o: { buyerReference: string }) => o.buyerReference === body.buyerReference)).toEqual([
      expect.objectContaining({ id: first.id }),
    ]);

    const replay = await buyer.post('/v1/purchase-orders', body, { 'idempotency-key': key });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first);

    const changed = await buyer.post(
      '/v1/purchase-orders',
      { ...body, lines: [{ ...body.lines[0], quantity: body.lines[0].quantity + 1 }] },
      { 'idempotency-key': key },
    );
    expect(changed.status).toBe(422);
    expect(changed.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await ordersWithReference()).toBe(1);
  });
});
