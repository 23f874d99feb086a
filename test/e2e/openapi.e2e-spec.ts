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

/** The routes anyone may call without a key. */
const PUBLIC_ROUTES = [
  'post /v1/suppliers',
  'get /v1/tracking/{trackingNumber}',
  'post /v1/carriers/{carrierCode}/events',
  'get /health/live',
  'get /health/ready',
  // Not behind an API key: open, or behind METRICS_TOKEN when one is set.
  'get /metrics',
];

/**
 * The OpenAPI document at /docs/openapi.json, read from the built API as a client generator
 * would read it: the success schemas carry the contract's fields and types, every error is
 * the one shared envelope, and keys, idempotency and request ids are declared where they apply.
 */
describe('the OpenAPI document', () => {
  const env = new TestEnvironment();
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

    const notEnvelope = operations().flatMap(({ method, path, op }) =>
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

  it('asks for the bearer key on keyed routes only, and a signature on carrier pushes', () => {
    expect(spec.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const { method, path, op } of operations()) {
      const route = `${method} ${path}`;
      const expected = PUBLIC_ROUTES.includes(route) ? undefined : [{ bearer: [] }];
      expect({ route, security: op.security }).toEqual({ route, security: expected });
    }
    const events = operation('post', '/v1/carriers/{carrierCode}/events');
    expect(events.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'X-Carrier-Signature', required: true })]),
    );
    expect(Object.keys(spec.paths).some((path) => path.startsWith('/track/'))).toBe(false);
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
});
