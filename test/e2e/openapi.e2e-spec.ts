import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { OpenApiResponses } from '../support/openapi-responses';
import { TestEnvironment } from '../support/test-environment';

type Schema = Record<string, any>;

/** The contract's error codes, as its error table lists them. */
const CONTRACT_ERROR_CODES = [
  'VALIDATION_FAILED',
  'BUSINESS_RULE_VIOLATED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_STATE_TRANSITION',
  'CONFLICT',
  'IDEMPOTENCY_KEY_IN_USE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
];

/** The `POST`s that create something and honour `Idempotency-Key`. */
const CREATING_POSTS = [
  '/v1/suppliers',
  '/v1/api-keys',
  '/v1/stores',
  '/v1/suppliers/{id}/products',
  '/v1/purchase-orders',
  '/v1/purchase-orders/{id}/shipments',
  '/v1/webhook-subscriptions',
];

const ROOT = resolve(__dirname, '..', '..');
const run = promisify(execFile);

/** The contract's roles, in the order `x-roles` lists them. */
const ROLES = ['admin', 'staff', 'buyer', 'exporter'];

/** The routes anyone may call without a key. */
const PUBLIC_ROUTES = [
  'post /v1/suppliers',
  'get /v1/tracking/{trackingNumber}',
  'get /track/{trackingNumber}',
  'post /v1/carriers/{carrierCode}/events',
  'get /health/live',
  'get /health/ready',
  'post /v1/sessions',
  // The console page itself asks for the key.
  'get /console',
  // Not behind an API key: open, or behind METRICS_TOKEN when one is set.
  'get /metrics',
];

/** The routes about the console session itself, which take the session cookie. */
const SESSION_ROUTES = ['get /v1/sessions/current', 'delete /v1/sessions/current'];

/**
 * The OpenAPI document at /docs/openapi.json, read from the built API as a client generator
 * would read it: the success schemas carry the contract's fields and types, every error is
 * the one shared envelope, and keys, idempotency and request ids are declared where they apply.
 */
describe('the OpenAPI document', () => {
  const env = new TestEnvironment({ PUBLIC_URL: 'https://corridor.example.rw' });
  let spec: Schema;

  beforeAll(async () => {
    await env.start(['api']);
    const response = await env.api.get('/docs/openapi.json');
    expect(response.status).toBe(200);
    spec = response.body;
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  function resolve(ref: string): Schema | undefined {
    return ref
      .replace(/^#\//, '')
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<Schema | undefined>((node, part) => node?.[part], spec);
  }

  /** A schema with its `$ref`s followed and its `allOf` parts merged into one object (later parts refine). */
  function flat(schema: Schema): Schema {
    if (schema.$ref) return flat({ ...resolve(schema.$ref), ...schema, $ref: undefined });
    if (!schema.allOf) return schema;
    const parts = (schema.allOf as Schema[]).map(flat);
    const { allOf: _allOf, ...rest } = schema;
    return parts.reduce<Schema>(
      (merged, part) => ({
        ...part,
        ...merged,
        properties: { ...merged.properties, ...part.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }),
      { ...rest, properties: { ...rest.properties }, required: rest.required ?? [] },
    );
  }

  function operation(method: string, path: string): Schema {
    const op = spec.paths[path]?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
    return op;
  }

  /** The JSON body schema of a route's response with `status`. */
  function body(method: string, path: string, status: string): Schema {
    const schema = operation(method, path).responses[status]?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`${method.toUpperCase()} ${path} has no JSON ${status} schema`);
    return flat(schema);
  }

  function property(schema: Schema, name: string): Schema {
    const found = flat(schema).properties?.[name];
    if (!found) throw new Error(`no property ${name} in ${JSON.stringify(Object.keys(flat(schema).properties ?? {}))}`);
    return flat(found);
  }

  function items(schema: Schema): Schema {
    expect(schema.type).toBe('array');
    return flat(schema.items);
  }

  function operations(): { method: string; path: string; op: Schema }[] {
    return Object.entries(spec.paths as Record<string, Schema>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method, path, op: op as Schema })),
    );
  }

  /** A money object: `amount` a decimal string, `currency` one of the contract's. */
  function expectMoney(schema: Schema): void {
    expect(flat(schema).required).toEqual(expect.arrayContaining(['amount', 'currency']));
    expect(property(schema, 'amount').type).toBe('string');
    expect(property(schema, 'currency').enum).toEqual(['USD', 'CNY', 'RWF']);
  }

  it('resolves every $ref', () => {
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref') refs.push(String(value));
          else walk(value);
        }
      }
    };
    walk(spec);
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.filter((ref) => !ref.startsWith('#/') || resolve(ref) === undefined)).toEqual([]);
  });

  it('gives every route a success response with a body schema (or 204)', () => {
    const missing = operations()
      .filter(({ op }) => {
        const success = Object.keys(op.responses).filter((status) => status.startsWith('2'));
        return !success.some(
          (status) => status === '204' || Object.keys(op.responses[status].content ?? {}).length > 0,
        );
      })
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(missing).toEqual([]);
  });

  it('describes a purchase order with lines, progress and money as decimal strings', () => {
    const order = body('post', '/v1/purchase-orders', '201');
    expect(order.required).toEqual(
      expect.arrayContaining([
        'id',
        'status',
        'version',
        'storeCode',
        'supplierId',
        'buyerReference',
        'currency',
        'incoterm',
        'namedPlace',
        'requestedDeliveryDate',
        'lines',
        'total',
        'createdAt',
        'updatedAt',
      ]),
    );
    expect(property(order, 'id').format).toBe('uuid');
    expect(property(order, 'requestedDeliveryDate').format).toBe('date');
    expect(property(order, 'createdAt').format).toBe('date-time');
    expect(property(order, 'incoterm').enum).toEqual(['FCA', 'CPT', 'CIP', 'DAP']);
    expectMoney(property(order, 'total'));

    const line = items(property(order, 'lines'));
    expect(line.required).toEqual(
      expect.arrayContaining([
        'id',
        'sku',
        'productId',
        'description',
        'hsCode',
        'quantity',
        'quantityPacked',
        'quantityShipped',
        'unitPrice',
        'lineTotal',
      ]),
    );
    expect(property(line, 'quantityShipped').type).toBe('integer');
    expect(Object.keys(property(line, 'description').properties)).toEqual(['en', 'zh']);
    expectMoney(property(line, 'unitPrice'));
    expectMoney(property(line, 'lineTotal'));
  });

  it('adds history and shipments to one purchase order, and to the answers of its actions', () => {
    for (const [method, path] of [
      ['get', '/v1/purchase-orders/{id}'],
      ['post', '/v1/purchase-orders/{id}/confirm'],
      ['post', '/v1/purchase-orders/{id}/cancel'],
    ]) {
      const order = body(method, path, '200');
      expect(order.required).toEqual(expect.arrayContaining(['history', 'shipments']));
      const entry = items(property(order, 'history'));
      expect(entry.required).toEqual(expect.arrayContaining(['from', 'to', 'at', 'actor']));
      expect(entry.required).not.toContain('reason');
      expect(property(entry, 'from').nullable).toBe(true);
      expect(property(entry, 'at').format).toBe('date-time');
      const actor = property(entry, 'actor');
      expect(actor.required).toEqual(['role']);
      expect(property(actor, 'role').enum).toEqual(
        expect.arrayContaining(['admin', 'staff', 'buyer', 'exporter', 'system']),
      );
      expect(property(actor, 'keyId').format).toBe('uuid');
    }
  });

  it('answers lists as a page: typed items and a nullable nextCursor', () => {
    for (const path of [
      '/v1/purchase-orders',
      '/v1/shipments',
      '/v1/suppliers',
      '/v1/stores',
      '/v1/tasks',
      '/v1/webhook-subscriptions',
      '/v1/webhook-subscriptions/{id}/deliveries',
    ]) {
      const page = body('get', path, '200');
      expect(page.required).toEqual(expect.arrayContaining(['items', 'nextCursor']));
      expect(property(page, 'nextCursor')).toMatchObject({ type: 'string', nullable: true });
      expect(Object.keys(items(property(page, 'items')).properties ?? {}).length).toBeGreaterThan(3);
    }
    expect(property(items(property(body('get', '/v1/purchase-orders', '200'), 'items')), 'lines')).toBeDefined();
    expect(Object.keys(items(property(body('get', '/v1/stores', '200'), 'items')).properties).sort()).toEqual([
      'address',
      'city',
      'code',
      'destinationAirport',
      'name',
    ]);
  });

  it('describes a shipment with its totals, weights as strings and money', () => {
    const shipment = body('post', '/v1/purchase-orders/{id}/shipments', '201');
    expect(shipment.required).toEqual(
      expect.arrayContaining([
        'id',
        'purchaseOrderId',
        'status',
        'mode',
        'carrier',
        'trackingNumber',
        'lines',
        'packages',
        'totals',
        'createdAt',
      ]),
    );
    expect(property(shipment, 'carrier').nullable).toBe(true);
    expect(property(shipment, 'trackingNumber').nullable).toBe(true);
    expect(property(shipment, 'mode').enum).toEqual(['postal', 'courier', 'air_cargo']);
    const totals = property(shipment, 'totals');
    expect(property(totals, 'netWeightKg').type).toBe('string');
    expect(property(totals, 'grossWeightKg').type).toBe('string');
    expectMoney(property(totals, 'value'));
    const pkg = items(property(shipment, 'packages'));
    for (const size of ['grossWeightKg', 'lengthCm', 'widthCm', 'heightCm'])
      expect(property(pkg, size).type).toBe('string');
    expect(property(items(property(shipment, 'lines')), 'lotNumber').type).toBe('string');

    const detail = body('get', '/v1/shipments/{id}', '200');
    expect(detail.required).toEqual(expect.arrayContaining(['history', 'events', 'documents']));
    const document = items(property(detail, 'documents'));
    expect(document.required).toEqual(expect.arrayContaining(['id', 'type', 'version', 'sha256', 'createdAt']));
    expect(document.required).not.toContain('packageReference');
  });

  it('describes supplier sign-up, the public tracking view and a minted key', () => {
    const signUp = body('post', '/v1/suppliers', '201');
    expect(signUp.required).toEqual(expect.arrayContaining(['supplier', 'apiKey']));
    const supplier = property(signUp, 'supplier');
    expect(property(supplier, 'status').enum).toEqual(
      expect.arrayContaining([
        'draft',
        'submitted',
        'verifying',
        'in_review',
        'approved',
        'rejected',
        'changes_requested',
        'suspended',
      ]),
    );
    expect(supplier.required).toEqual(expect.arrayContaining(['id', 'status', 'version', 'reasons', 'history']));
    expect(property(items(property(supplier, 'reasons')), 'code').enum).toEqual([
      'DOCUMENT_MISSING',
      'DOCUMENT_EXPIRED',
      'DOCUMENT_EXPIRING',
      'DETAILS_INCORRECT',
      'OTHER',
    ]);

    const tracking = body('get', '/v1/tracking/{trackingNumber}', '200');
    expect(tracking.required).toEqual(
      expect.arrayContaining([
        'trackingNumber',
        'status',
        'carrier',
        'origin',
        'destination',
        'estimatedDelivery',
        'events',
      ]),
    );
    expect(property(tracking, 'estimatedDelivery').format).toBe('date');
    expect(property(tracking, 'destination').required).toEqual(expect.arrayContaining(['city', 'store']));
    const event = items(property(tracking, 'events'));
    expect(Object.keys(property(event, 'description').properties)).toEqual(['en', 'zh']);
    // No prices, people or supplier internals on the public view.
    for (const secret of ['totals', 'lines', 'supplierId', 'purchaseOrderId', 'history'])
      expect(Object.keys(tracking.properties)).not.toContain(secret);

    const key = body('post', '/v1/api-keys', '201');
    expect(key.required).toEqual(
      expect.arrayContaining(['id', 'key', 'role', 'label', 'storeCode', 'supplierId', 'createdAt']),
    );

    const subscription = body('post', '/v1/webhook-subscriptions', '201');
    expect(subscription.required).toEqual(expect.arrayContaining(['id', 'url', 'events', 'secret', 'createdAt']));
    expect(items(property(subscription, 'events')).enum).toEqual([
      'purchase_order.status_changed',
      'shipment.status_changed',
    ]);
    const delivery = items(property(body('get', '/v1/webhook-subscriptions/{id}/deliveries', '200'), 'items'));
    expect(delivery.required).toEqual(expect.arrayContaining(['eventId', 'status', 'attempts', 'body']));
  });

  it('shares one error envelope with every contract code, and uses it for every 4xx and 5xx', () => {
    const envelope = flat({ $ref: '#/components/schemas/ErrorEnvelopeView' });
    expect(envelope.required).toEqual(['error']);
    const error = property(envelope, 'error');
    expect(error.required).toEqual(expect.arrayContaining(['code', 'message', 'details', 'requestId']));
    expect([...property(error, 'code').enum].sort()).toEqual([...CONTRACT_ERROR_CODES].sort());
    const detail = items(property(error, 'details'));
    expect(detail.required).toEqual(['issue']);
    expect(property(detail, 'field').type).toBe('string');

    const notEnvelope = operations()
      .filter(({ path }) => !path.startsWith('/track/'))
      .flatMap(({ method, path, op }) =>
        Object.entries(op.responses as Record<string, Schema>)
          .filter(([status]) => /^[45]/.test(status))
          .filter(
            ([, response]) =>
              response.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorEnvelopeView',
          )
          .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
      );
    expect(notEnvelope).toEqual([]);

    expect(Object.keys(operation('post', '/v1/purchase-orders').responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '409', '413', '415', '422']),
    );
    expect(operation('post', '/v1/purchase-orders/{id}/confirm').responses['409'].description).toContain(
      'INVALID_STATE_TRANSITION',
    );
    expect(Object.keys(operation('get', '/v1/shipments/{id}').responses)).toEqual(
      expect.arrayContaining(['401', '404']),
    );
    const limited = operation('get', '/v1/tracking/{trackingNumber}').responses['429'];
    expect(limited.description).toContain('RATE_LIMITED');
    expect(limited.headers['Retry-After']).toBeDefined();
    expect(operation('post', '/v1/suppliers').responses['429']).toBeDefined();
  });

  it('declares Idempotency-Key on the creating POSTs and Idempotent-Replayed on their answers', () => {
    for (const path of CREATING_POSTS) {
      const op = operation('post', path);
      const header = op.parameters.find((p: Schema) => p.in === 'header' && p.name === 'Idempotency-Key');
      expect({ path, header }).toMatchObject({ path, header: { required: false, schema: { maxLength: 255 } } });
      expect({ path, replayed: Boolean(op.responses['201'].headers?.['Idempotent-Replayed']) }).toEqual({
        path,
        replayed: true,
      });
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['409', '422']));
    }
    const confirm = operation('post', '/v1/purchase-orders/{id}/confirm');
    expect(confirm.parameters.some((p: Schema) => p.name === 'Idempotency-Key')).toBe(false);
  });

  it('asks for the bearer key on keyed routes only (public ones declare no security), and a signature on carrier pushes', () => {
    expect(spec.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    // An opaque API key, not a JWT.
    expect(spec.components.securitySchemes.bearer.bearerFormat).toBeUndefined();
    for (const { method, path, op } of operations()) {
      const route = `${method} ${path}`;
      const expected = PUBLIC_ROUTES.includes(route)
        ? []
        : SESSION_ROUTES.includes(route)
          ? [{ cookie: [] }]
          : route === 'get /admin/queues'
            ? [{ bearer: [] }, { cookie: [] }]
            : [{ bearer: [] }];
      expect({ route, security: op.security }).toEqual({ route, security: expected });
    }
    const events = operation('post', '/v1/carriers/{carrierCode}/events');
    expect(events.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'X-Carrier-Signature', required: true })]),
    );
  });

  it('declares X-Request-Id on every request and every response', () => {
    expect(spec.components.headers['X-Request-Id']).toBeDefined();
    const missing = operations().flatMap(({ method, path, op }) => [
      ...(op.parameters.some((p: Schema) => p.$ref === '#/components/parameters/X-Request-Id')
        ? []
        : [`${method} ${path} parameter`]),
      ...Object.entries(op.responses as Record<string, Schema>)
        .filter(([, response]) => !response.headers?.['X-Request-Id'])
        .map(([status]) => `${method} ${path} ${status}`),
    ]);
    expect(missing).toEqual([]);
  });
  describe('as third-party tools read it', () => {
    let dir: string;

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'corridor-openapi-'));
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(spec));
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('passes the strict validator of @apidevtools/swagger-parser', async () => {
      // swagger-parser loads an ES module Jest cannot require: it runs in a node of its own, on a deep copy.
      const validate = `require('@apidevtools/swagger-parser')
        .validate(structuredClone(JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))))
        .then(() => console.log('valid'), (error) => { console.log(error.message); process.exitCode = 1; });`;
      const result = await run(process.execPath, ['-e', validate, join(dir, 'openapi.json')], { cwd: ROOT }).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }),
      );
      expect(result.stdout.trim()).toBe('valid');
    }, 60_000);

    it('passes `redocly lint` with the recommended rules, without one error', async () => {
      const lint = await run(
        process.execPath,
        [
          join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js'),
          'lint',
          '--format=json',
          join(dir, 'openapi.json'),
        ],
        { cwd: dir, maxBuffer: 64 * 1024 * 1024 },
      ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) as {
        totals: { errors: number };
        problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
      };
      const errors = report.problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`);
      expect(errors).toEqual([]);
      expect(report.totals.errors).toBe(0);
    }, 60_000);

    it('generates an openapi-fetch client that lists without a limit, and types limit as a number', async () => {
      await run(
        process.execPath,
        [
          join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'),
          join(dir, 'openapi.json'),
          '-o',
          join(dir, 'api.d.ts'),
        ],
        { cwd: dir },
      );
      const compile = (source: string) => {
        writeFileSync(join(dir, 'client.ts'), source);
        return run(
          process.execPath,
          [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')],
          {
            cwd: dir,
          },
        ).then(
          () => '',
          (error: { stdout?: string }) => error.stdout ?? 'tsc failed',
        );
      };
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            target: 'ES2022',
            module: 'esnext',
            moduleResolution: 'bundler',
            types: [],
            lib: ['ES2022', 'DOM'],
            paths: { 'openapi-fetch': [join(ROOT, 'node_modules', 'openapi-fetch')] },
          },
          files: ['client.ts'],
        }),
      );
      const client = `import createClient from 'openapi-fetch';
import type { paths } from './api';
const client = createClient<paths>({ baseUrl: 'https://corridor.example.rw' });
`;
      expect(
        await compile(
          `${client}export const pages = [client.GET('/v1/stores'), client.GET('/v1/tasks'), client.GET('/v1/purchase-orders', { params: { query: { limit: 200, cursor: 'x' } } })];\n`,
        ),
      ).toBe('');
      expect(
        await compile(
          `${client}export const page = client.GET('/v1/stores', { params: { query: { limit: '10' } } });\n`,
        ),
      ).toContain('TS2322');
    }, 90_000);
  });

  it("names the API's own origin, from PUBLIC_URL, as its server", () => {
    expect(spec.servers).toEqual([expect.objectContaining({ url: 'https://corridor.example.rw' })]);
  });

  it('takes an optional integer limit (1–200, default 50) and an optional cursor on every list', () => {
    // A shipment's documents (the newest version of each) always come on one page.
    const lists = operations().filter(
      ({ method, path, op }) =>
        method === 'get' &&
        path !== '/v1/shipments/{id}/documents' &&
        (op.responses['200']?.content?.['application/json']?.schema?.allOf ?? []).some(
          (part: Schema) => part.$ref === '#/components/schemas/PageView',
        ),
    );
    expect(lists.length).toBeGreaterThanOrEqual(10);
    expect(lists.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['/v1/stores', '/v1/tasks', '/v1/webhook-subscriptions/{id}/deliveries']),
    );
    for (const { method, path, op } of lists) {
      const query = Object.fromEntries(
        (op.parameters as Schema[]).filter((p) => p.in === 'query').map((p) => [p.name, p]),
      );
      expect({ route: `${method} ${path}`, limit: query.limit, cursor: query.cursor }).toEqual({
        route: `${method} ${path}`,
        limit: expect.objectContaining({
          required: false,
          schema: expect.objectContaining({ type: 'integer', minimum: 1, maximum: 200, default: 50 }),
        }),
        cursor: expect.objectContaining({ required: false, schema: expect.objectContaining({ type: 'string' }) }),
      });
    }
  });

  it('types every whole number as an integer: only a cupping score is a number', () => {
    const numbers: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${at}/${index}`));
      else if (node && typeof node === 'object') {
        if ((node as Schema).type === 'number') numbers.push(at);
        for (const [key, value] of Object.entries(node)) walk(value, `${at}/${key}`);
      }
    };
    walk(spec, '#');
    expect(numbers.filter((at) => !at.endsWith('/cuppingScore'))).toEqual([]);
    for (const [schema, name] of [
      ['PurchaseOrderLineDto', 'quantity'],
      ['ShipmentLineDto', 'quantity'],
      ['PackageContentDto', 'quantity'],
      ['CreateProductDto', 'shelfLifeDays'],
      ['ProductAttributesDto', 'screenSize'],
      ['ProductAttributesView', 'screenSize'],
      ['PurchaseOrderView', 'version'],
      ['SupplierView', 'version'],
      ['SupplierDocumentView', 'sizeBytes'],
      ['ShipmentView', 'documentsVersion'],
      ['WebhookAttemptView', 'attempt'],
      ['WebhookAttemptView', 'durationMs'],
    ])
      expect({ schema, name, type: property(flat({ $ref: `#/components/schemas/${schema}` }), name).type }).toEqual({
        schema,
        name,
        type: 'integer',
      });
  });

  it('refuses unknown fields in every JSON request body, nested objects included', () => {
    const open: string[] = [];
    const seen = new Set<Schema>();
    const check = (schema: Schema, at: string): void => {
      const resolved = schema.$ref ? resolve(schema.$ref)! : schema;
      if (seen.has(resolved)) return;
      seen.add(resolved);
      if (resolved.properties && resolved.additionalProperties !== false) open.push(schema.$ref ?? at);
      for (const [name, child] of Object.entries((resolved.properties ?? {}) as Record<string, Schema>))
        check(child, `${at}.${name}`);
      if (resolved.items) check(resolved.items, `${at}[]`);
    };
    const bodies = operations().filter(({ op }) => op.requestBody?.content?.['application/json']);
    expect(bodies.length).toBeGreaterThan(10);
    for (const { method, path, op } of bodies)
      check(op.requestBody.content['application/json'].schema, `${method} ${path}`);
    expect(open).toEqual([]);
    const order = flat({ $ref: '#/components/schemas/CreatePurchaseOrderDto' });
    expect(items(property(order, 'lines')).additionalProperties).toBe(false);
    expect(property(flat({ $ref: '#/components/schemas/CreateProductDto' }), 'attributes').additionalProperties).toBe(
      false,
    );
  });

  it('lets every nullable enum be null, as a package off the post has postalForm null', () => {
    const postalForm = property(flat({ $ref: '#/components/schemas/ShipmentPackageView' }), 'postalForm');
    expect(postalForm).toMatchObject({ nullable: true });
    expect(postalForm.enum).toEqual(expect.arrayContaining(['cn22', 'cn23', null]));
    const refusing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${at}/${index}`));
      else if (node && typeof node === 'object') {
        const schema = node as Schema;
        if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) refusing.push(at);
        for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
      }
    };
    walk(spec, '#');
    expect(refusing).toEqual([]);
  });

  it('describes the tracking page: public HTML, with its error pages', () => {
    const page = operation('get', '/track/{trackingNumber}');
    expect(page.security).toEqual([]);
    for (const status of ['200', '400', '404', '429'])
      expect({ status, types: Object.keys(page.responses[status]?.content ?? {}) }).toEqual({
        status,
        types: ['text/html'],
      });
    expect(page.responses['429'].headers['Retry-After']).toBeDefined();
  });

  it('names on every operation the roles that may call it, from the guard’s own metadata', () => {
    const bad = operations()
      .filter(
        ({ op }) =>
          !Array.isArray(op['x-roles']) ||
          op['x-roles'].length === 0 ||
          op['x-roles'].some((role: string) => !ROLES.includes(role)),
      )
      .map(({ method, path }) => `${method} ${path}`);
    expect(bad).toEqual([]);
    const roles = (method: string, path: string) => operation(method, path)['x-roles'];
    expect(roles('post', '/v1/api-keys')).toEqual(['admin']);
    expect(roles('get', '/v1/tasks')).toEqual(['admin', 'staff']);
    expect(roles('post', '/v1/purchase-orders')).toEqual(['buyer', 'exporter']);
    expect(roles('post', '/v1/purchase-orders/{id}/confirm')).toEqual(['exporter']);
    expect(roles('get', '/v1/stores')).toEqual(ROLES);
    // Console sign-in asks for no key up front, but only staff and admin keys get a session.
    expect(roles('post', '/v1/sessions')).toEqual(['admin', 'staff']);
    expect(roles('get', '/v1/sessions/current')).toEqual(['admin', 'staff']);
    expect(roles('get', '/admin/queues')).toEqual(['admin', 'staff']);
    expect(roles('get', '/console')).toEqual(['admin', 'staff']);
    for (const route of PUBLIC_ROUTES.filter((r) => r !== 'post /v1/sessions' && r !== 'get /console')) {
      const [method, path] = route.split(' ');
      expect({ route, roles: roles(method, path) }).toEqual({ route, roles: ROLES });
    }
  });

  it('lets exactly the roles in x-roles past the guard (any other is 403)', async () => {
    const staff = (await env.admin.post('/v1/api-keys', { role: 'staff', label: 'spec staff' })).body.key as string;
    const buyer = (await env.admin.post('/v1/api-keys', { role: 'buyer', label: 'spec buyer' })).body.key as string;
    const signUp = await env.api.post('/v1/suppliers', {
      legalName: 'Gashora Chili Growers Cooperative',
      type: 'cooperative',
      tin: '102345678',
      rdbRegistrationNumber: '102345678',
      district: 'Bugesera',
      address: 'Gashora sector',
      contact: { name: 'Aline Uwase', email: 'aline@example.rw', phone: '+250788123456' },
      categories: ['chili'],
    });
    expect(signUp.status).toBe(201);
    const clients = {
      admin: env.admin,
      staff: env.api.as(staff),
      buyer: env.api.as(buyer),
      exporter: env.api.as(signUp.body.apiKey as string),
    };
    const unknown = '0193a4c4-7b3d-7000-8000-000000000001';
    const routes: [string, string, string][] = [
      ['post', '/v1/api-keys', '/v1/api-keys'],
      ['get', '/v1/tasks', '/v1/tasks'],
      ['post', '/v1/stores', '/v1/stores'],
      ['get', '/v1/suppliers', '/v1/suppliers'],
      ['post', '/v1/purchase-orders/{id}/confirm', `/v1/purchase-orders/${unknown}/confirm`],
      ['post', '/v1/suppliers/{id}/suspend', `/v1/suppliers/${unknown}/suspend`],
      ['get', '/v1/shipments', '/v1/shipments'],
    ];
    for (const [method, template, path] of routes) {
      const allowed = operation(method, template)['x-roles'] as string[];
      for (const [role, client] of Object.entries(clients)) {
        const response = method === 'get' ? await client.get(path) : await client.post(path, {});
        expect({ route: `${method} ${template}`, role, forbidden: response.status === 403 }).toEqual({
          route: `${method} ${template}`,
          role,
          forbidden: !allowed.includes(role),
        });
      }
    }
  });

  describe('the response check of the test client', () => {
    let responses: OpenApiResponses;
    const store = {
      code: 'FS-SHA-001',
      name: { en: 'Freshippo', zh: '盒马' },
      city: { en: 'Shanghai', zh: '上海' },
      address: { en: '1 Road', zh: '一路' },
      destinationAirport: 'PVG',
    };
    const json = (method: string, path: string, status: number, body: unknown) => () =>
      responses.check({ method, path, status, contentType: 'application/json; charset=utf-8', json: body });

    beforeAll(() => {
      responses = new OpenApiResponses(spec);
    });

    it('accepts a body that fits its route and status', () => {
      expect(json('GET', '/v1/stores?limit=1', 200, { items: [store], nextCursor: null })).not.toThrow();
      expect(
        json('GET', '/v1/stores', 401, {
          error: { code: 'UNAUTHENTICATED', message: 'no key', details: [], requestId: 'r1' },
        }),
      ).not.toThrow();
    });

    it('refuses a body that breaks the schema, naming the route, status and the fault', () => {
      const { code: _code, ...nameless } = store;
      expect(json('GET', '/v1/stores', 200, { items: [nameless], nextCursor: null })).toThrow(
        /GET \/v1\/stores answered 200.*\/items\/0 must have required property 'code'/s,
      );
      expect(json('GET', '/v1/stores', 200, { items: [store], nextCursor: 7 })).toThrow(/nextCursor must be string/);
      // A field the spec does not describe, in an item or on the page itself.
      expect(json('GET', '/v1/stores', 200, { items: [{ ...store, margin: '0.30' }], nextCursor: null })).toThrow(
        /\/items\/0 must NOT have unevaluated properties.*margin/s,
      );
      expect(json('GET', '/v1/stores', 200, { items: [store], nextCursor: null, total: 1 })).toThrow(
        /must NOT have unevaluated properties.*total/s,
      );
    });

    it('refuses a status or a route the spec does not declare', () => {
      expect(json('DELETE', '/v1/stores', 200, {})).toThrow(/no operation DELETE/);
      expect(
        json('GET', '/v1/stores', 418, { error: { code: 'INTERNAL', message: 'x', details: [], requestId: 'r' } }),
      ).toThrow(/declares only .* for GET \/v1\/stores/);
    });

    it('honours nullable: null fits a nullable field and its enum, and nothing else', () => {
      const attempt = { attempt: 1, at: '2026-11-28T09:15:00.000Z', statusCode: null, error: null, durationMs: 3 };
      const delivery = (attempts: unknown[]) =>
        json('GET', '/v1/webhook-subscriptions/0193a4c4-7b3d-7000-8000-000000000001/deliveries', 200, {
          items: [
            {
              id: '0193a4c4-7b3d-7000-8000-000000000002',
              eventId: '0193a4c4-7b3d-7000-8000-000000000003',
              eventType: 'shipment.status_changed',
              status: 'pending',
              attempts,
              createdAt: '2026-11-28T09:15:00.000Z',
              completedAt: null,
              body: '{}',
            },
          ],
          nextCursor: null,
        });
      expect(delivery([attempt])).not.toThrow();
      expect(delivery([{ ...attempt, statusCode: 'none' }])).toThrow(/attempts\/0\/statusCode must be integer,null/);
      expect(delivery([{ ...attempt, attempt: 1.5 }])).toThrow(/attempts\/0\/attempt must be integer/);
    });
  });
});
