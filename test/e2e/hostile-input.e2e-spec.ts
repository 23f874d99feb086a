import { Agent, request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { TestEnvironment } from '../support/test-environment';
import { approvedSupplier, mintKey, orderBody, supplierSignUp } from '../support/scenario';
import type { HttpClient } from '../support/http-client';

/**
 * Hostile input at the HTTP edge, over every operation of the served OpenAPI spec: NUL
 * characters, lone surrogates, bytes that are not UTF-8, over-long path parameters and
 * bodies of other content types are refused with `400`/`415` in the envelope and store
 * nothing; random text never makes the service fail (`5xx`); text with SQL, emoji and
 * right-to-left marks round-trips unchanged where it is legal.
 */
describe('hostile input', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  let port: number;
  const operations: { method: string; template: string; hasBody: boolean; queries: string[] }[] = [];
  let supplierId: string;
  let staff: HttpClient;
  let buyer: HttpClient;
  let sent = 0;

  interface Raw {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }

  /** One request with exactly these bytes, over a keep-alive connection. */
  function send(method: string, path: string, body?: Buffer, headers: Record<string, string> = {}): Promise<Raw> {
    sent++;
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          agent,
          host: '127.0.0.1',
          port,
          method,
          path,
          headers: {
            authorization: `Bearer ${env.adminKey}`,
            ...(body ? { 'content-length': String(body.length) } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
      req.end(body);
    });
  }

  const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
  const JSON_HEADERS = { 'content-type': 'application/json' };

  /** The envelope with the request id of the header, and the security headers. */
  function expectEnvelope(response: Raw, what: string): void {
    const where = `${what} answered ${response.status} ${response.body.slice(0, 300)}`;
    if (response.status >= 500) throw new Error(`a 5xx: ${where}`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
    if (response.status < 400) return;
    const id = response.headers['x-request-id'];
    if (typeof id !== 'string' || id.length === 0) throw new Error(`no X-Request-Id: ${where}`);
    let body: any;
    try {
      body = JSON.parse(response.body);
    } catch {
      // The tracking page answers its errors as HTML.
      if (String(response.headers['content-type']).startsWith('text/html')) return;
      throw new Error(`not JSON: ${where}`);
    }
    if (body?.error?.requestId !== id || typeof body.error.code !== 'string' || !Array.isArray(body.error.details))
      throw new Error(`not the envelope: ${where}`);
  }

  function expectRefused(response: Raw, status: number, what: string): void {
    expectEnvelope(response, what);
    if (response.status !== status)
      throw new Error(`expected ${status}: ${what} answered ${response.status} ${response.body}`);
  }

  async function counts(): Promise<Record<string, number>> {
    const tables = ['supplier', 'product', 'purchase_order', 'shipment', 'api_key', 'webhook_subscription', 'outbox'];
    const rows = await env.query<Record<string, string>>(
      `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`,
    );
    return Object.fromEntries(Object.entries(rows[0]).map(([table, n]) => [table, Number(n)]));
  }

  /** Runs `tasks` with a few at a time. */
  async function pool<T>(tasks: (() => Promise<T>)[], width = 16): Promise<T[]> {
    const results: T[] = new Array(tasks.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: width }, async () => {
        while (next < tasks.length) {
          const i = next++;
          results[i] = await tasks[i]();
        }
      }),
    );
    return results;
  }

  const SOME_ID = '0190b7a6-7f3c-7d3e-8a1b-2c3d4e5f6a7b';
  const fill = (template: string, value: (name: string) => string) =>
    template.replace(/\{([^}]+)\}/g, (_m, name: string) => value(name));

  beforeAll(async () => {
    await env.start();
    port = Number(new URL(env.api.baseUrl).port);
    const spec = (await env.api.get('/docs/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>>;
    };
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'post', 'patch', 'delete', 'put'].includes(method)) continue;
        operations.push({
          method: method.toUpperCase(),
          template,
          hasBody: operation.requestBody !== undefined,
          queries: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        });
      }
    }
    staff = await mintKey(env, { role: 'staff' });
    buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    ({ supplierId } = await approvedSupplier(env, staff));
  }, 180_000);

  afterAll(async () => {
    agent.destroy();
    await env.stop();
  });

  it('reads every operation of the spec', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.filter((o) => o.hasBody).length).toBeGreaterThan(10);
  });

  describe('a body of another content type is 415 and changes nothing', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['form-encoded', { 'content-type': 'application/x-www-form-urlencoded' }, 'role=staff&label=csrf'],
      ['text/plain', { 'content-type': 'text/plain' }, '{"role":"staff","label":"csrf"}'],
      ['no content type', {}, '{"role":"staff","label":"csrf"}'],
      [
        'multipart',
        { 'content-type': 'multipart/form-data; boundary=x' },
        '--x\r\nContent-Disposition: form-data; name="role"\r\n\r\nstaff\r\n--x--\r\n',
      ],
      ['json-like', { 'content-type': 'application/merge-patch+json' }, '{"role":"staff","label":"csrf"}'],
    ];
    it.each(cases)('POST /v1/api-keys with %s', async (what, headers, body) => {
      const before = await counts();
      expectRefused(await send('POST', '/v1/api-keys', Buffer.from(body), headers), 415, what);
      expect(await counts()).toEqual(before);
    });

    it('on every operation that takes a body', async () => {
      const before = await counts();
      const bodied = operations.filter((o) => o.hasBody && !o.template.endsWith('/documents'));
      await pool(
        bodied.flatMap((o) =>
          ['application/x-www-form-urlencoded', 'text/plain', 'text/xml'].map((type) => async () => {
            const path = fill(o.template, () => SOME_ID);
            expectRefused(
              await send(o.method, path, Buffer.from('a=1'), { 'content-type': type }),
              415,
              `${o.method} ${path} ${type}`,
            );
          }),
        ),
      );
      expect(await counts()).toEqual(before);
    });

    it('the upload route takes multipart only', async () => {
      const path = `/v1/suppliers/${supplierId}/documents`;
      expectRefused(
        await send('POST', path, Buffer.from('type=other'), { 'content-type': 'application/x-www-form-urlencoded' }),
        415,
        path,
      );
    });
  });

  describe('NUL, malformed Unicode and over-long parameters are 400 before anything is stored', () => {
    const HOSTILE_TEXT = ['a\u0000b', '\u0000', 'x\ud800y', '\udfff'];
    const HOSTILE_ESCAPED = ['%00', 'a%00b', '%ED%A0%80', '%FF', '%C0%80', '%E0%80', '%', '%zz'];

    it('in a JSON body of every operation', async () => {
      const before = await counts();
      const bodied = operations.filter((o) => o.hasBody && !o.template.endsWith('/documents'));
      const bodies = (text: string) => [
        { label: text },
        { legalName: text, address: text },
        { reason: text },
        { [text]: 'value' },
        { nested: { deep: [text] } },
      ];
      await pool(
        bodied.flatMap((o) =>
          HOSTILE_TEXT.flatMap((text) =>
            bodies(text).map((body) => async () => {
              const path = fill(o.template, () => SOME_ID);
              const response = await send(o.method, path, json(body), JSON_HEADERS);
              // A caller the route never takes (a role, a carrier's signature) is refused first;
              // either way nothing is read or stored.
              const status = response.status === 401 || response.status === 403 ? response.status : 400;
              expectRefused(response, status, `${o.method} ${path}`);
            }),
          ),
        ),
      );
      expect(await counts()).toEqual(before);
    });

    it('as bytes that are not UTF-8 in a body', async () => {
      const before = await counts();
      for (const bytes of [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
        const body = Buffer.concat([Buffer.from('{"role":"staff","label":"'), Buffer.from(bytes), Buffer.from('"}')]);
        expectRefused(await send('POST', '/v1/api-keys', body, JSON_HEADERS), 400, `bytes ${bytes.join(',')}`);
      }
      expect(await counts()).toEqual(before);
    });

    it('in every path parameter and query string', async () => {
      const before = await counts();
      const tasks = operations.flatMap((o) => {
        const params = [...o.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        const inPath = params.flatMap((param) =>
          [...HOSTILE_ESCAPED, 'x'.repeat(201), encodeURIComponent('é'.repeat(300))].map((value) => ({
            path: fill(o.template, (name) => (name === param ? value : SOME_ID)),
          })),
        );
        const inQuery = (o.queries.length > 0 ? o.queries : ['q']).flatMap((q) =>
          HOSTILE_ESCAPED.map((value) => ({ path: `${fill(o.template, () => SOME_ID)}?${q}=${value}` })),
        );
        return [...inPath, ...inQuery].map(({ path }) => async () => {
          const body = o.hasBody && !o.template.endsWith('/documents') ? json({}) : undefined;
          expectRefused(await send(o.method, path, body, body ? JSON_HEADERS : {}), 400, `${o.method} ${path}`);
        });
      });
      expect(tasks.length).toBeGreaterThan(500);
      await pool(tasks);
      expect(await counts()).toEqual(before);
    });
  });

  it('random text in bodies, parameters and queries never makes the service fail', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom("'; DROP TABLE supplier; --", '\u202Eevil\u202C', '🌶️☕', '../../etc/passwd', '%', '{}', 'null'),
    );
    const value = fc.oneof(text, fc.integer(), fc.boolean(), fc.array(text, { maxLength: 3 }));
    const body = fc.dictionary(
      fc.constantFrom('label', 'role', 'reason', 'legalName', 'lines', 'storeCode', 'url', 'q', 'x'),
      value,
    );
    const samples = fc.sample(fc.tuple(fc.nat(), text, text, body), 13_000);
    const tasks = samples.map(([pick, param, query, payload]) => async () => {
      const o = operations[pick % operations.length];
      // Deletions and session ends would take away the keys the run needs.
      const method = o.method === 'DELETE' ? 'GET' : o.method;
      if (method === 'GET' && !operations.some((x) => x.template === o.template && x.method === 'GET')) return;
      const path = `${fill(o.template, () => encodeURIComponent(param))}?${encodeURIComponent(o.queries[0] ?? 'q')}=${encodeURIComponent(query)}`;
      const withBody = o.hasBody && !o.template.endsWith('/documents') && method !== 'GET';
      const response = await send(method, path, withBody ? json(payload) : undefined, withBody ? JSON_HEADERS : {});
      expectEnvelope(response, `${method} ${path}`);
    });
    await pool(tasks);
  }, 240_000);

  it('text with SQL, emoji and right-to-left marks round-trips unchanged where it is legal', async () => {
    const address = "Gashora sector 🌶️, O'Brien's \u202Bمرحبا\u202C; DROP TABLE supplier; -- 辣椒";
    const signUp = await env.api.post(
      '/v1/suppliers',
      supplierSignUp({ address, tradingName: '☕ \u200F Robert"); --' }),
    );
    expect(signUp.status).toBe(201);
    expect(signUp.body.supplier.address).toBe(address);
    const read = await staff.get(`/v1/suppliers/${signUp.body.supplier.id}`);
    expect(read.body.address).toBe(address);
    expect(read.body.tradingName).toBe('☕ \u200F Robert"); --');

    const buyerReference = `PO-🌶️-\u202E${Date.now()}'--`;
    const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId, { buyerReference }));
    expect(order.status).toBe(201);
    expect((await buyer.get(`/v1/purchase-orders/${order.body.id}`)).body.buyerReference).toBe(buyerReference);
  });

  it('sent at least 10,000 requests', () => {
    expect(sent).toBeGreaterThanOrEqual(10_000);
  });
});
