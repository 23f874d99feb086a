import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient, HttpResponse } from '../support/http-client';
import {
  CHILI_PRODUCT,
  SAMPLE_PDF,
  approvedSupplier,
  futureDate,
  mintKey,
  orderBody,
  shipmentBody,
  supplierSignUp,
  uploadDocument,
} from '../support/scenario';

/**
 * Bad input and access control, over HTTP against the built apps: malformed JSON, unknown
 * fields and wrong types are `400 VALIDATION_FAILED` in the contract's envelope and store
 * nothing; a missing, unknown or revoked key is `401`; another tenant's object is `404`;
 * a route the role may never use is `403`.
 */
describe('bad input and access control', () => {
  // Many sign-ups come from one address here; the public rate limit is not under test.
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  let staff: HttpClient;
  let buyer: HttpClient; // FS-SHA-001
  let otherBuyer: HttpClient; // FS-SHA-002
  let supplierId: string; // approved, with CHILI_PRODUCT
  let exporter: HttpClient;
  let draftSupplier: { id: string; tin: string; exporter: HttpClient };
  let ownOrderId: string; // FS-SHA-001, submitted
  let otherStoreOrderId: string; // FS-SHA-002, submitted
  let confirmedOrderId: string; // FS-SHA-001, confirmed

  beforeAll(async () => {
    await env.start();
    staff = await mintKey(env, { role: 'staff' });
    buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    otherBuyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-002' });
    ({ supplierId, exporter } = await approvedSupplier(env, staff));

    const draft = supplierSignUp({
      legalName: 'Nyamasheke Coffee Company',
      categories: ['coffee'],
      district: 'Nyamasheke',
    });
    const signUp = await env.api.post('/v1/suppliers', draft);
    if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${JSON.stringify(signUp.body)}`);
    draftSupplier = { id: signUp.body.supplier.id, tin: draft.tin as string, exporter: env.api.as(signUp.body.apiKey) };

    ownOrderId = (await created(buyer.post('/v1/purchase-orders', orderBody(supplierId)))).id;
    otherStoreOrderId = (
      await created(otherBuyer.post('/v1/purchase-orders', orderBody(supplierId, { storeCode: 'FS-SHA-002' })))
    ).id;
    confirmedOrderId = (await created(buyer.post('/v1/purchase-orders', orderBody(supplierId)))).id;
    const confirmed = await exporter.post(`/v1/purchase-orders/${confirmedOrderId}/confirm`);
    if (confirmed.status !== 200)
      throw new Error(`confirm failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  }, 180_000);

  afterAll(async () => {
    await env.stop();
  });

  async function created(request: Promise<HttpResponse>): Promise<any> {
    const response = await request;
    if (response.status !== 201)
      throw new Error(`expected 201, got ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** The contract's error envelope, exactly, with the request id of the response header and nothing internal. */
  function expectError(response: HttpResponse, status: number, code: string): void {
    expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { error: { code } } });
    expect(Object.keys(response.body)).toEqual(['error']);
    expect(Object.keys(response.body.error).sort()).toEqual(['code', 'details', 'message', 'requestId']);
    expect(response.body.error.message).toEqual(expect.any(String));
    expect(response.body.error.message.length).toBeGreaterThan(0);
    expect(Array.isArray(response.body.error.details)).toBe(true);
    expect(response.headers.get('x-request-id')).toEqual(expect.any(String));
    expect(response.body.error.requestId).toBe(response.headers.get('x-request-id'));
    expect(response.raw.toString('utf8')).not.toMatch(
      /\n\s+at |node_modules|\.[jt]s:\d+|QueryFailedError|SELECT |INSERT /,
    );
  }

  function expectFieldError(response: HttpResponse, field: string): void {
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(response.body.error.details).toContainEqual(expect.objectContaining({ field, issue: expect.any(String) }));
  }

  /** Row counts of everything a refused request could have written. */
  async function counts(): Promise<Record<string, number>> {
    const tables = [
      'supplier',
      'supplier_document',
      'product',
      'purchase_order',
      'purchase_order_line',
      'shipment',
      'shipment_package',
      'outbox',
      'api_key',
    ];
    const rows = await env.query<Record<string, string>>(
      `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`,
    );
    return Object.fromEntries(Object.entries(rows[0]).map(([table, n]) => [table, Number(n)]));
  }

  function storedFiles(dir = join(env.dataDir, 'files')): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? storedFiles(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  }

  type Body = Record<string, any>;
  interface Route {
    client: () => HttpClient;
    path: () => string;
    body: () => Body;
  }

  const routes: Record<string, Route> = {
    'POST /v1/suppliers': { client: () => env.api, path: () => '/v1/suppliers', body: () => supplierSignUp() },
    'POST /v1/purchase-orders': {
      client: () => buyer,
      path: () => '/v1/purchase-orders',
      body: () => orderBody(supplierId),
    },
    'POST /v1/purchase-orders/:id/shipments': {
      client: () => exporter,
      path: () => `/v1/purchase-orders/${confirmedOrderId}/shipments`,
      body: () => shipmentBody(10),
    },
    'POST /v1/suppliers/:id/products': {
      client: () => exporter,
      path: () => `/v1/suppliers/${supplierId}/products`,
      body: () => ({ ...structuredClone(CHILI_PRODUCT), sku: `GSH-CHILI-DW-${randomBytes(3).toString('hex')}` }),
    },
  };
  const routeNames = Object.keys(routes);

  async function sendAltered(routeName: string, alter: (body: Body) => void): Promise<HttpResponse> {
    const route = routes[routeName];
    const body = route.body();
    alter(body);
    return route.client().post(route.path(), body);
  }

  describe('malformed JSON', () => {
    it.each(routeNames)('%s answers 400 VALIDATION_FAILED and stores nothing', async (routeName) => {
      const route = routes[routeName];
      const before = await counts();
      const response = await route.client().send('POST', route.path(), '{"legalName": "Gashora Chili", "lines": [', {
        'content-type': 'application/json',
      });
      expectError(response, 400, 'VALIDATION_FAILED');
      expect(await counts()).toEqual(before);
    });
  });

  describe('an unknown field', () => {
    const cases: [string, string, (body: Body) => void][] = [
      ['POST /v1/suppliers', 'nickname', (b) => (b.nickname = 'Gashora')],
      ['POST /v1/suppliers', 'contact.extra', (b) => (b.contact.extra = 'WhatsApp only')],
      ['POST /v1/purchase-orders', 'priority', (b) => (b.priority = 'high')],
      ['POST /v1/purchase-orders', 'lines[0].foo', (b) => (b.lines[0].foo = 1)],
      ['POST /v1/purchase-orders/:id/shipments', 'carrier', (b) => (b.carrier = 'express')],
      ['POST /v1/purchase-orders/:id/shipments', 'packages[0].colour', (b) => (b.packages[0].colour = 'brown')],
      ['POST /v1/suppliers/:id/products', 'origin', (b) => (b.origin = 'Bugesera')],
      ['POST /v1/suppliers/:id/products', 'name.fr', (b) => (b.name.fr = 'Piment séché')],
      ['POST /v1/suppliers/:id/products', 'attributes.colour', (b) => (b.attributes.colour = 'red')],
    ];

    it.each(cases)(
      '%s with %s answers 400 VALIDATION_FAILED naming the field and stores nothing',
      async (routeName, field, alter) => {
        const before = await counts();
        const response = await sendAltered(routeName, alter);
        expectFieldError(response, field);
        expect(await counts()).toEqual(before);
      },
    );
  });

  describe('a wrong type', () => {
    const cases: [string, string, (body: Body) => void][] = [
      ['POST /v1/suppliers', 'categories', (b) => (b.categories = 'chili')],
      ['POST /v1/suppliers', 'contact.phone', (b) => (b.contact.phone = 250788123456)],
      ['POST /v1/purchase-orders', 'lines[0].quantity', (b) => (b.lines[0].quantity = '40')],
      ['POST /v1/purchase-orders', 'lines[0].unitPrice', (b) => (b.lines[0].unitPrice = 23.5)],
      ['POST /v1/purchase-orders/:id/shipments', 'lines[0].quantity', (b) => (b.lines[0].quantity = '10')],
      [
        'POST /v1/purchase-orders/:id/shipments',
        'packages[0].grossWeightKg',
        (b) => (b.packages[0].grossWeightKg = 26.4),
      ],
      ['POST /v1/suppliers/:id/products', 'shelfLifeDays', (b) => (b.shelfLifeDays = '365')],
      ['POST /v1/suppliers/:id/products', 'unitNetWeightKg', (b) => (b.unitNetWeightKg = 5)],
      // An array where the contract wants an object (for arrays of objects, the array is named).
      ['POST /v1/suppliers', 'contact', (b) => (b.contact = [b.contact])],
      ['POST /v1/suppliers/:id/products', 'name', (b) => (b.name = [b.name])],
      ['POST /v1/suppliers/:id/products', 'attributes', (b) => (b.attributes = [])],
      ['POST /v1/purchase-orders/:id/shipments', 'lines', (b) => (b.lines = [b.lines])],
    ];

    it.each(cases)(
      '%s with a wrong %s answers 400 VALIDATION_FAILED naming the field and stores nothing',
      async (routeName, field, alter) => {
        const before = await counts();
        const response = await sendAltered(routeName, alter);
        expectFieldError(response, field);
        expect(await counts()).toEqual(before);
      },
    );

    it('names the field in the message, as lines[0].quantity', async () => {
      const response = await sendAltered('POST /v1/purchase-orders', (b) => (b.lines[0].quantity = '40'));
      expect(response.body.error.message).toContain('lines[0].quantity');
    });
  });

  describe('request id', () => {
    it('echoes a client-sent X-Request-Id in the header and in the envelope', async () => {
      const response = await buyer.send('POST', '/v1/purchase-orders', '{"storeCode":', {
        'content-type': 'application/json',
        'x-request-id': 'bad-input-e2e-0001',
      });
      expectError(response, 400, 'VALIDATION_FAILED');
      expect(response.headers.get('x-request-id')).toBe('bad-input-e2e-0001');
      expect(response.body.error.requestId).toBe('bad-input-e2e-0001');
    });

    it('gives each request its own id when the client sends none', async () => {
      const [a, b] = await Promise.all([env.api.get('/v1/purchase-orders'), env.api.get('/v1/purchase-orders')]);
      expectError(a, 401, 'UNAUTHENTICATED');
      expectError(b, 401, 'UNAUTHENTICATED');
      expect(a.body.error.requestId).not.toBe(b.body.error.requestId);
    });
  });

  // Values that pass a naive check but that no calendar or column can hold: 400, never 500.
  describe('values out of range', () => {
    it.each(['2027-02-30', '2027-04-31'])(
      'refuses the impossible requestedDeliveryDate %s with 400 VALIDATION_FAILED, storing nothing',
      async (date) => {
        const before = await counts();
        const response = await buyer.post(
          '/v1/purchase-orders',
          orderBody(supplierId, { requestedDeliveryDate: date }),
        );
        expectFieldError(response, 'requestedDeliveryDate');
        expect(await counts()).toEqual(before);
      },
    );

    it('refuses a line total too large to store with 400, not 500, storing nothing', async () => {
      const before = await counts();
      const response = await buyer.post(
        '/v1/purchase-orders',
        orderBody(supplierId, {
          lines: [{ sku: CHILI_PRODUCT.sku, quantity: 1_000_000, unitPrice: '9999999999999.99' }],
        }),
      );
      expect({ status: response.status, code: response.body?.error?.code }).toEqual({
        status: 400,
        code: expect.stringMatching(/^(VALIDATION_FAILED|BUSINESS_RULE_VIOLATED)$/),
      });
      expectError(response, 400, response.body.error.code);
      expect(await counts()).toEqual(before);
    });
  });

  describe('domain rules on well-formed input', () => {
    it('refuses a sea incoterm (FOB) with a message saying it is a sea term, storing nothing', async () => {
      const before = await counts();
      const response = await buyer.post('/v1/purchase-orders', orderBody(supplierId, { incoterm: 'FOB' }));
      expectFieldError(response, 'incoterm');
      expect(response.body.error.message).toMatch(/sea/i);
      expect(await counts()).toEqual(before);
    });

    it('refuses a USD unit price with three decimals ("23.505"), storing nothing', async () => {
      const before = await counts();
      const response = await buyer.post(
        '/v1/purchase-orders',
        orderBody(supplierId, { lines: [{ sku: CHILI_PRODUCT.sku, quantity: 40, unitPrice: '23.505' }] }),
      );
      expectFieldError(response, 'lines[0].unitPrice');
      expect(await counts()).toEqual(before);
    });

    it('answers 409 CONFLICT to a sign-up with a TIN already registered, storing nothing', async () => {
      const before = await counts();
      const response = await env.api.post(
        '/v1/suppliers',
        supplierSignUp({ tin: draftSupplier.tin, legalName: 'Another Cooperative' }),
      );
      expectError(response, 409, 'CONFLICT');
      expect(response.body.error.details).toContainEqual(expect.objectContaining({ field: 'tin' }));
      expect(await counts()).toEqual(before);
    });

    it('answers 409 INVALID_STATE_TRANSITION naming from and action when confirming a confirmed order', async () => {
      const response = await exporter.post(`/v1/purchase-orders/${confirmedOrderId}/confirm`);
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
      expect(response.body.error.details).toContainEqual(
        expect.objectContaining({ from: 'confirmed', action: 'confirm' }),
      );
      const order = await exporter.get(`/v1/purchase-orders/${confirmedOrderId}`);
      expect(order.body.history.map((h: { to: string }) => h.to)).toEqual(['submitted', 'confirmed']);
    });
  });

  describe('authentication', () => {
    const protectedRoutes: [string, string, () => Body | undefined][] = [
      ['GET', '/v1/purchase-orders', () => undefined],
      ['POST', '/v1/purchase-orders', () => orderBody(supplierId)],
      ['GET', '/v1/suppliers', () => undefined],
      ['GET', '/v1/tasks', () => undefined],
      ['GET', '/v1/stores', () => undefined],
      ['GET', '/v1/shipments', () => undefined],
    ];

    it.each(protectedRoutes)('%s %s without a key answers 401 UNAUTHENTICATED', async (method, path, body) => {
      const before = await counts();
      const response = method === 'GET' ? await env.api.get(path) : await env.api.post(path, body());
      expectError(response, 401, 'UNAUTHENTICATED');
      expect(await counts()).toEqual(before);
    });

    it.each(protectedRoutes)('%s %s with an unknown key answers 401 UNAUTHENTICATED', async (method, path, body) => {
      const stranger = env.api.as(`cor_buyer_${randomBytes(32).toString('base64url')}`);
      const before = await counts();
      const response = method === 'GET' ? await stranger.get(path) : await stranger.post(path, body());
      expectError(response, 401, 'UNAUTHENTICATED');
      expect(await counts()).toEqual(before);
    });

    it('answers 401 to a key that is not a Bearer token', async () => {
      const response = await env.api.get('/v1/purchase-orders', {
        authorization: `Basic ${Buffer.from('buyer:secret').toString('base64')}`,
      });
      expectError(response, 401, 'UNAUTHENTICATED');
    });

    it('stops a revoked key at once', async () => {
      const minted = await env.admin.post('/v1/api-keys', {
        role: 'buyer',
        label: 'to be revoked',
        storeCode: 'FS-SHA-001',
      });
      expect(minted.status).toBe(201);
      const revocable = env.api.as(minted.body.key);
      expect((await revocable.get('/v1/purchase-orders')).status).toBe(200);

      const revoked = await env.admin.delete(`/v1/api-keys/${minted.body.id}`);
      expect(revoked.status).toBe(204);

      expectError(await revocable.get('/v1/purchase-orders'), 401, 'UNAUTHENTICATED');
      expectError(await revocable.get(`/v1/purchase-orders/${ownOrderId}`), 401, 'UNAUTHENTICATED');
    });

    it('refuses to mint a key scoped to a store or supplier that does not exist', async () => {
      const keysBefore = await env.query('SELECT id FROM api_key');
      const noStore = await env.admin.post('/v1/api-keys', {
        role: 'buyer',
        label: 'nowhere',
        storeCode: 'FS-XXX-999',
      });
      const noSupplier = await env.admin.post('/v1/api-keys', {
        role: 'exporter',
        label: 'nobody',
        supplierId: '01900000-0000-7000-8000-000000000000',
      });

      expectError(noStore, 400, 'BUSINESS_RULE_VIOLATED');
      expectError(noSupplier, 400, 'BUSINESS_RULE_VIOLATED');
      expect(await env.query('SELECT id FROM api_key')).toEqual(keysBefore);
    });
  });

  describe('tenancy', () => {
    it('answers 404 NOT_FOUND to a buyer of FS-SHA-001 reading an order of FS-SHA-002', async () => {
      expect((await otherBuyer.get(`/v1/purchase-orders/${otherStoreOrderId}`)).status).toBe(200);
      const response = await buyer.get(`/v1/purchase-orders/${otherStoreOrderId}`);
      expectError(response, 404, 'NOT_FOUND');
    });

    it('lists to a store buyer only the orders of its own store', async () => {
      const response = await buyer.get('/v1/purchase-orders?limit=200');
      expect(response.status).toBe(200);
      const ids = response.body.items.map((o: { id: string }) => o.id);
      expect(ids).toEqual(expect.arrayContaining([ownOrderId, confirmedOrderId]));
      expect(ids).not.toContain(otherStoreOrderId);
      expect(new Set(response.body.items.map((o: { storeCode: string }) => o.storeCode))).toEqual(
        new Set(['FS-SHA-001']),
      );
    });

    it('answers 404 NOT_FOUND to an exporter reading another supplier', async () => {
      expect((await draftSupplier.exporter.get(`/v1/suppliers/${draftSupplier.id}`)).status).toBe(200);
      expectError(await exporter.get(`/v1/suppliers/${draftSupplier.id}`), 404, 'NOT_FOUND');
      expectError(await draftSupplier.exporter.get(`/v1/suppliers/${supplierId}`), 404, 'NOT_FOUND');
    });

    it('answers 404 NOT_FOUND to an exporter reading an order of another supplier', async () => {
      expectError(await draftSupplier.exporter.get(`/v1/purchase-orders/${ownOrderId}`), 404, 'NOT_FOUND');
    });

    it('answers 404 NOT_FOUND to an exporter adding a product to another supplier, storing nothing', async () => {
      const before = await counts();
      const response = await draftSupplier.exporter.post(`/v1/suppliers/${supplierId}/products`, {
        ...CHILI_PRODUCT,
        sku: 'NYA-INTRUDER-1',
      });
      expectError(response, 404, 'NOT_FOUND');
      expect(await counts()).toEqual(before);
    });
  });

  describe('roles', () => {
    it('answers 403 FORBIDDEN to an exporter listing the staff task queue', async () => {
      expectError(await exporter.get('/v1/tasks'), 403, 'FORBIDDEN');
    });

    it('answers 403 FORBIDDEN to a buyer confirming its own order, which stays submitted', async () => {
      const response = await buyer.post(`/v1/purchase-orders/${ownOrderId}/confirm`);
      expectError(response, 403, 'FORBIDDEN');
      expect((await buyer.get(`/v1/purchase-orders/${ownOrderId}`)).body.status).toBe('submitted');
    });

    it('answers 403 FORBIDDEN to a buyer rejecting its own order', async () => {
      expectError(
        await buyer.post(`/v1/purchase-orders/${ownOrderId}/reject`, { reason: 'changed our mind' }),
        403,
        'FORBIDDEN',
      );
    });

    it('answers 403 FORBIDDEN to a non-admin minting a key, storing nothing', async () => {
      const before = await counts();
      expectError(await staff.post('/v1/api-keys', { role: 'admin', label: 'escalation' }), 403, 'FORBIDDEN');
      expect(await counts()).toEqual(before);
    });
  });

  describe('document upload', () => {
    it('answers 415 UNSUPPORTED_MEDIA_TYPE to a text file named .pdf, storing no row and no file', async () => {
      const before = await counts();
      const filesBefore = storedFiles();
      const text = Buffer.from('This is not a PDF, only a text file with a .pdf name.\n', 'utf8');
      const response = await uploadDocument(
        draftSupplier.exporter,
        draftSupplier.id,
        { type: 'rdb_certificate' },
        text,
        'rdb-certificate.pdf',
      );
      expectError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(await counts()).toEqual(before);
      expect(storedFiles()).toEqual(filesBefore);
    });

    it('answers 413 PAYLOAD_TOO_LARGE to a file over 10 MiB, storing no row and no file', async () => {
      const before = await counts();
      const filesBefore = storedFiles();
      const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]);
      const response = await uploadDocument(
        draftSupplier.exporter,
        draftSupplier.id,
        { type: 'tax_clearance', expiresOn: futureDate(365) },
        big,
        'tax-clearance.pdf',
      );
      expectError(response, 413, 'PAYLOAD_TOO_LARGE');
      expect(await counts()).toEqual(before);
      expect(storedFiles()).toEqual(filesBefore);
    });

    it('accepts the same supplier a real PDF (the refusals above were about the file)', async () => {
      const response = await uploadDocument(draftSupplier.exporter, draftSupplier.id, { type: 'rdb_certificate' });
      expect(response.status).toBe(201);
      expect(response.body.contentType).toBe('application/pdf');
    });
  });

  describe('request size', () => {
    it.each([
      [
        'POST /v1/suppliers',
        () => env.api,
        '/v1/suppliers',
        () => supplierSignUp({ address: 'x'.repeat(1024 * 1024 + 16) }),
      ],
      [
        'POST /v1/purchase-orders',
        () => buyer,
        '/v1/purchase-orders',
        () => orderBody(supplierId, { namedPlace: 'x'.repeat(1024 * 1024 + 16) }),
      ],
    ] as [string, () => HttpClient, string, () => Body][])(
      '%s with a JSON body over 1 MiB answers 413 PAYLOAD_TOO_LARGE',
      async (_name, client, path, body) => {
        const before = await counts();
        const response = await client().post(path, body());
        expectError(response, 413, 'PAYLOAD_TOO_LARGE');
        expect(await counts()).toEqual(before);
      },
    );
  });

  // Last: the unaltered bodies are accepted, so every refusal above was about the alteration.
  describe('control', () => {
    it.each(routeNames)('%s accepts the unaltered body', async (routeName) => {
      const route = routes[routeName];
      const response = await route.client().post(route.path(), route.body());
      expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    });
  });
});
