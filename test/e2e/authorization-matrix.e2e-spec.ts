import { randomBytes } from 'node:crypto';
import { signCarrierPayload } from '@corridor/tracking';
import type { HttpClient, HttpResponse } from '../support/http-client';
import { bookedRun, carrierSecret } from '../support/journeys';
import { signUp } from '../support/onboarding';
import {
  confirmOrder,
  createOrder,
  fetchOk,
  inPool,
  mintKeyWithId,
  uniqueReference,
  type Keyed,
} from '../support/orders';
import {
  approvedSupplier,
  CHILI_PRODUCT,
  orderBody,
  SAMPLE_PDF,
  shipmentBody,
  supplierSignUp,
} from '../support/scenario';
import { TestEnvironment } from '../support/test-environment';

type Role = 'admin' | 'staff' | 'buyer' | 'exporter';
const ALL: Role[] = ['admin', 'staff', 'buyer', 'exporter'];

/**
 * Who calls: each role, and for the scoped roles one caller inside the fixtures' scope and one
 * outside it (the fixtures belong to supplier A and store FS-SHA-001), an HQ buyer (no store:
 * every store), and callers with no key or a key the service never issued.
 */
const CALLERS = [
  'admin',
  'staff',
  'exporterA',
  'exporterB',
  'buyerSha',
  'buyerBjs',
  'buyerHq',
  'noKey',
  'unknownKey',
] as const;
type CallerName = (typeof CALLERS)[number];

interface Caller {
  name: CallerName;
  /** `null` for no key and an unknown key. */
  role: Role | null;
  /** The Bearer key it sends, if any. */
  key?: string;
  client: HttpClient;
}

/**
 * What the contract says a caller gets: let through (the rule's `answers`), refused with 401, 403 or 404 in the
 * envelope, or (where a rule says so) some other status of its own.
 */
type Expected = 'allowed' | 401 | 403 | 404 | 400;

/** One request of a rule, built for the caller (throwaway objects are made here). */
interface Request {
  path: string;
  /** A JSON body. */
  body?: unknown;
  /** A multipart body (uploads), made anew for each request. */
  form?: FormData;
  /** A body sent exactly as given (a carrier's signed push). */
  raw?: string;
  headers?: Record<string, string>;
  /** Send no Bearer key even if the caller has one (a console session's cookie stands for it). */
  withoutKey?: boolean;
}

/** What the fixtures hold, for the rules to name. */
interface Fixtures {
  supplierA: string;
  supplierB: string;
  /** A draft supplier: suspend and reinstate are refused by its state, not by the caller. */
  draftSupplier: string;
  exporterA: HttpClient;
  documentA: string;
  productA: string;
  /** FS-SHA-001's order of supplier A, submitted. */
  orderA: string;
  /** FS-SHA-001's order of supplier A, confirmed, with room for another shipment. */
  confirmedOrderA: string;
  /** A booked shipment of FS-SHA-001's order of supplier A. */
  shipment: string;
  shipmentDocument: string;
  trackingNumber: string;
  /** A finished supplier_review task: every move on it is refused by its state. */
  doneTask: string;
  /** FS-SHA-001's buyer's webhook subscription. */
  subscription: string;
}

interface Rule {
  /**
   * What a caller let through gets with the rule's request: a success, or the 409 of an object whose state refuses
   * the move (never 401, 403 or 404), which shows that the caller, not the body, was judged.
   */
  answers: number;
  /** The roles whose keys may call it (the spec's `x-roles` must say the same). */
  roles: Role[];
  /** No key asked (the spec's `security: []`). */
  public?: boolean;
  /**
   * The callers the named object (or, for a body, the named store or supplier) is outside of,
   * and what they get: `404` for an object (no existence leak), `403` for a body.
   */
  outside?: { callers: CallerName[]; status: 403 | 404 };
  /** Where the contract says more than the role list does. */
  override?: Partial<Record<CallerName, Expected>>;
  request: (caller: Caller, fx: Fixtures) => Request | Promise<Request>;
}

/** Outside supplier A: the other supplier's exporter. */
const OUTSIDE_SUPPLIER_A = { callers: ['exporterB'] as CallerName[], status: 404 as const };
/** Outside FS-SHA-001's order of supplier A: the other supplier's exporter and the other store's buyer. */
const OUTSIDE_ORDER = { callers: ['exporterB', 'buyerBjs'] as CallerName[], status: 404 as const };
/** Outside FS-SHA-001's buyer key: a subscription belongs to the key that made it. */
const OUTSIDE_SUBSCRIPTION = { callers: ['buyerBjs', 'buyerHq'] as CallerName[], status: 404 as const };

let env: TestEnvironment;
let seq = 0;
const next = () => ++seq;

async function ok(response: Promise<HttpResponse>, status: number, what: string): Promise<any> {
  const r = await response;
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A submitted order of FS-SHA-001 for supplier A, made for one call that changes it. */
async function throwawayOrder(fx: Fixtures): Promise<string> {
  const buyer = env.api.as(keys.buyerSha);
  return (await createOrder(buyer, orderBody(fx.supplierA, { buyerReference: uniqueReference('MATRIX') }))).id;
}

/** A console session for a staff or admin key: its cookie and CSRF token. */
async function session(key: string): Promise<{ cookie: string; csrf: string }> {
  const response = await env.api.post('/v1/sessions', { apiKey: key });
  if (response.status !== 201) throw new Error(`sign-in: ${response.status} ${JSON.stringify(response.body)}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, csrf: response.body.csrfToken };
}

/** The callers' keys, once minted. */
const keys: Partial<Record<CallerName, string>> = {};

/**
 * The authorization rules of every operation the API serves, keyed as the OpenAPI spec writes
 * it, from the contract: `401` without a key (or with one never issued) unless the route is
 * public, `403` for a role never allowed on the route, `404` for an object outside the caller's
 * scope, `403` for a body naming a store or supplier outside it, and otherwise let through.
 * Every request is valid and minimal, so that only who calls can decide the answer; a call
 * that would change a shared fixture gets a throwaway object of its own.
 */
const RULES: Record<string, Rule> = {
  'POST /v1/api-keys': {
    answers: 201,
    roles: ['admin'],
    request: () => ({ path: '/v1/api-keys', body: { role: 'staff', label: 'matrix' } }),
  },
  'DELETE /v1/api-keys/{id}': {
    answers: 204,
    roles: ['admin'],
    request: async () => {
      const minted = await ok(env.admin.post('/v1/api-keys', { role: 'staff', label: 'throwaway' }), 201, 'mint');
      return { path: `/v1/api-keys/${minted.id}` };
    },
  },
  'GET /v1/stores': { answers: 200, roles: ALL, request: () => ({ path: '/v1/stores' }) },
  'POST /v1/stores': {
    answers: 201,
    roles: ['admin'],
    request: () => ({
      path: '/v1/stores',
      body: {
        code: `FS-MTX-${String(next()).padStart(3, '0')}`,
        name: { en: 'Freshippo Matrix', zh: '盒马矩阵' },
        city: { en: 'Shanghai', zh: '上海' },
        address: { en: '1 Matrix Road', zh: '矩阵路1号' },
        destinationAirport: 'PVG',
      },
    }),
  },
  'POST /v1/suppliers': {
    answers: 201,
    roles: ALL,
    public: true,
    request: () => ({ path: '/v1/suppliers', body: supplierSignUp() }),
  },
  'GET /v1/suppliers': {
    answers: 200,
    roles: ['admin', 'staff', 'exporter'],
    request: () => ({ path: '/v1/suppliers' }),
  },
  'GET /v1/suppliers/{id}': {
    answers: 200,
    roles: ['admin', 'staff', 'exporter'],
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => ({ path: `/v1/suppliers/${fx.supplierA}` }),
  },
  // An approved supplier is not editable: those let through get 409.
  'PATCH /v1/suppliers/{id}': {
    answers: 409,
    roles: ['admin', 'staff', 'exporter'],
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => ({ path: `/v1/suppliers/${fx.supplierA}`, body: { address: 'Gashora sector, Bugesera' } }),
  },
  'POST /v1/suppliers/{id}/documents': {
    answers: 201,
    roles: ['exporter'],
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => {
      const form = new FormData();
      form.append('type', 'other');
      form.append('file', new Blob([SAMPLE_PDF]), 'matrix.pdf');
      return { path: `/v1/suppliers/${fx.supplierA}/documents`, form };
    },
  },
  'GET /v1/suppliers/{id}/documents': {
    answers: 200,
    roles: ['admin', 'staff', 'exporter'],
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => ({ path: `/v1/suppliers/${fx.supplierA}/documents` }),
  },
  'GET /v1/suppliers/{id}/documents/{docId}/file': {
    answers: 200,
    roles: ['admin', 'staff', 'exporter'],
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => ({ path: `/v1/suppliers/${fx.supplierA}/documents/${fx.documentA}/file` }),
  },
  // On a draft supplier: refused by its state (409) once the caller is let through.
  'POST /v1/suppliers/{id}/suspend': {
    answers: 409,
    roles: ['admin', 'staff'],
    request: (_, fx) => ({ path: `/v1/suppliers/${fx.draftSupplier}/suspend`, body: { reason: 'matrix' } }),
  },
  'POST /v1/suppliers/{id}/reinstate': {
    answers: 409,
    roles: ['admin', 'staff'],
    request: (_, fx) => ({ path: `/v1/suppliers/${fx.draftSupplier}/reinstate` }),
  },
  'GET /v1/suppliers/{id}/notifications': {
    answers: 200,
    roles: ['admin', 'staff', 'exporter'],
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => ({ path: `/v1/suppliers/${fx.supplierA}/notifications` }),
  },
  'POST /v1/suppliers/certificate-checks': {
    answers: 202,
    roles: ['admin', 'staff'],
    request: () => ({ path: '/v1/suppliers/certificate-checks' }),
  },
  // Supplier A is approved: its exporter's submit is 409.
  'POST /v1/suppliers/{id}/submit': {
    answers: 409,
    roles: ['exporter'],
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => ({ path: `/v1/suppliers/${fx.supplierA}/submit` }),
  },
  'POST /v1/suppliers/{id}/products': {
    answers: 201,
    roles: ['admin', 'staff', 'exporter'],
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => ({
      path: `/v1/suppliers/${fx.supplierA}/products`,
      body: { ...CHILI_PRODUCT, sku: `MATRIX-${next()}` },
    }),
  },
  'GET /v1/suppliers/{id}/products': {
    answers: 200,
    roles: ALL,
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => ({ path: `/v1/suppliers/${fx.supplierA}/products` }),
  },
  'GET /v1/products/{id}': {
    answers: 200,
    roles: ALL,
    outside: OUTSIDE_SUPPLIER_A,
    request: (_, fx) => ({ path: `/v1/products/${fx.productA}` }),
  },
  // The body names FS-SHA-001 and supplier A: another store's buyer, another supplier's exporter is 403.
  'POST /v1/purchase-orders': {
    answers: 201,
    roles: ['buyer', 'exporter'],
    outside: { callers: ['exporterB', 'buyerBjs'], status: 403 },
    request: (_, fx) => ({
      path: '/v1/purchase-orders',
      body: orderBody(fx.supplierA, { buyerReference: uniqueReference('MATRIX') }),
    }),
  },
  'GET /v1/purchase-orders': { answers: 200, roles: ALL, request: () => ({ path: '/v1/purchase-orders' }) },
  'GET /v1/purchase-orders/{id}': {
    answers: 200,
    roles: ALL,
    outside: OUTSIDE_ORDER,
    request: (_, fx) => ({ path: `/v1/purchase-orders/${fx.orderA}` }),
  },
  'POST /v1/purchase-orders/{id}/confirm': {
    answers: 200,
    roles: ['exporter'],
    outside: OUTSIDE_ORDER,
    request: async (_, fx) => ({ path: `/v1/purchase-orders/${await throwawayOrder(fx)}/confirm` }),
  },
  'POST /v1/purchase-orders/{id}/reject': {
    answers: 200,
    roles: ['exporter'],
    outside: OUTSIDE_ORDER,
    request: async (_, fx) => ({
      path: `/v1/purchase-orders/${await throwawayOrder(fx)}/reject`,
      body: { reason: 'matrix' },
    }),
  },
  'POST /v1/purchase-orders/{id}/cancel': {
    answers: 200,
    roles: ['admin', 'buyer', 'exporter'],
    outside: OUTSIDE_ORDER,
    request: async (_, fx) => ({
      path: `/v1/purchase-orders/${await throwawayOrder(fx)}/cancel`,
      body: { reason: 'matrix' },
    }),
  },
  'POST /v1/purchase-orders/{id}/shipments': {
    answers: 201,
    roles: ['exporter'],
    outside: OUTSIDE_ORDER,
    request: (_, fx) => ({ path: `/v1/purchase-orders/${fx.confirmedOrderA}/shipments`, body: shipmentBody(5) }),
  },
  'GET /v1/shipments': { answers: 200, roles: ALL, request: () => ({ path: '/v1/shipments' }) },
  'GET /v1/shipments/{id}': {
    answers: 200,
    roles: ALL,
    outside: OUTSIDE_ORDER,
    request: (_, fx) => ({ path: `/v1/shipments/${fx.shipment}` }),
  },
  'GET /v1/shipments/{id}/documents': {
    answers: 200,
    roles: ALL,
    outside: OUTSIDE_ORDER,
    request: (_, fx) => ({ path: `/v1/shipments/${fx.shipment}/documents` }),
  },
  'GET /v1/shipments/{id}/documents/bundle': {
    answers: 200,
    roles: ALL,
    outside: OUTSIDE_ORDER,
    request: (_, fx) => ({ path: `/v1/shipments/${fx.shipment}/documents/bundle` }),
  },
  'GET /v1/shipments/{id}/documents/{docId}': {
    answers: 200,
    roles: ALL,
    outside: OUTSIDE_ORDER,
    request: (_, fx) => ({ path: `/v1/shipments/${fx.shipment}/documents/${fx.shipmentDocument}` }),
  },
  'GET /v1/tasks': { answers: 200, roles: ['admin', 'staff'], request: () => ({ path: '/v1/tasks' }) },
  'GET /v1/tasks/{id}': {
    answers: 200,
    roles: ['admin', 'staff'],
    request: (_, fx) => ({ path: `/v1/tasks/${fx.doneTask}` }),
  },
  // A finished task: claim, release and complete are refused by its state (409) once let through.
  'POST /v1/tasks/{id}/claim': {
    answers: 409,
    roles: ['admin', 'staff'],
    request: (_, fx) => ({ path: `/v1/tasks/${fx.doneTask}/claim` }),
  },
  'POST /v1/tasks/{id}/release': {
    answers: 409,
    roles: ['admin', 'staff'],
    request: (_, fx) => ({ path: `/v1/tasks/${fx.doneTask}/release` }),
  },
  'POST /v1/tasks/{id}/complete': {
    answers: 409,
    roles: ['admin', 'staff'],
    request: (_, fx) => ({ path: `/v1/tasks/${fx.doneTask}/complete`, body: { outcome: 'approve' } }),
  },
  'GET /v1/tracking/{trackingNumber}': {
    answers: 200,
    roles: ALL,
    public: true,
    request: (_, fx) => ({ path: `/v1/tracking/${fx.trackingNumber}` }),
  },
  'GET /track/{trackingNumber}': {
    answers: 200,
    roles: ALL,
    public: true,
    request: (_, fx) => ({ path: `/track/${fx.trackingNumber}` }),
  },
  // No key: the carrier's signature decides. A number no shipment has is accepted and reported.
  'POST /v1/carriers/{carrierCode}/events': {
    answers: 200,
    roles: ALL,
    public: true,
    request: () => {
      const raw = JSON.stringify({
        events: [
          {
            eventId: `matrix-${randomBytes(6).toString('hex')}`,
            trackingNumber: 'EE123456785RW',
            code: 'in_transit',
            occurredAt: new Date().toISOString(),
            location: 'Kigali, RW',
            description: 'matrix',
          },
        ],
      });
      return {
        path: '/v1/carriers/iposita-ems/events',
        raw,
        headers: {
          'content-type': 'application/json',
          'x-carrier-signature': signCarrierPayload(carrierSecret(env, 'iposita-ems'), raw),
        },
      };
    },
  },
  'POST /v1/webhook-subscriptions': {
    answers: 201,
    roles: ['buyer'],
    request: () => ({
      path: '/v1/webhook-subscriptions',
      body: { url: 'http://127.0.0.1:9/matrix', events: ['shipment.status_changed'] },
    }),
  },
  'GET /v1/webhook-subscriptions': {
    answers: 200,
    roles: ['admin', 'staff', 'buyer'],
    request: () => ({ path: '/v1/webhook-subscriptions' }),
  },
  'GET /v1/webhook-subscriptions/{id}': {
    answers: 200,
    roles: ['admin', 'staff', 'buyer'],
    outside: OUTSIDE_SUBSCRIPTION,
    request: (_, fx) => ({ path: `/v1/webhook-subscriptions/${fx.subscription}` }),
  },
  'DELETE /v1/webhook-subscriptions/{id}': {
    answers: 204,
    roles: ['admin', 'buyer'],
    outside: OUTSIDE_SUBSCRIPTION,
    request: async () => {
      const made = await ok(
        env.api.as(keys.buyerSha).post('/v1/webhook-subscriptions', {
          url: 'http://127.0.0.1:9/throwaway',
          events: ['purchase_order.status_changed'],
        }),
        201,
        'subscribe',
      );
      return { path: `/v1/webhook-subscriptions/${made.id}` };
    },
  },
  'GET /v1/webhook-subscriptions/{id}/deliveries': {
    answers: 200,
    roles: ['admin', 'staff', 'buyer'],
    outside: OUTSIDE_SUBSCRIPTION,
    request: (_, fx) => ({ path: `/v1/webhook-subscriptions/${fx.subscription}/deliveries` }),
  },
  'GET /health/live': { answers: 200, roles: ALL, public: true, request: () => ({ path: '/health/live' }) },
  'GET /health/ready': { answers: 200, roles: ALL, public: true, request: () => ({ path: '/health/ready' }) },
  // The key signs in from the body: none there is 400 (nothing to judge), one never issued 401, other roles 403.
  'POST /v1/sessions': {
    answers: 201,
    roles: ['admin', 'staff'],
    public: true,
    override: { noKey: 400, unknownKey: 401 },
    request: (caller) => ({ path: '/v1/sessions', body: { apiKey: caller.key ?? '' } }),
  },
  // A session route: staff and admin come with the cookie of a session of their own key.
  'GET /v1/sessions/current': {
    answers: 200,
    roles: ['admin', 'staff'],
    request: async (caller) => {
      if (caller.role !== 'admin' && caller.role !== 'staff') return { path: '/v1/sessions/current' };
      const { cookie } = await session(caller.key!);
      return { path: '/v1/sessions/current', headers: { cookie }, withoutKey: true };
    },
  },
  'DELETE /v1/sessions/current': {
    answers: 204,
    roles: ['admin', 'staff'],
    request: async (caller) => {
      if (caller.role !== 'admin' && caller.role !== 'staff') return { path: '/v1/sessions/current' };
      const { cookie, csrf } = await session(caller.key!);
      return { path: '/v1/sessions/current', headers: { cookie, 'x-csrf-token': csrf }, withoutKey: true };
    },
  },
  // Open: no METRICS_TOKEN is set.
  'GET /metrics': { answers: 200, roles: ALL, public: true, request: () => ({ path: '/metrics' }) },
  'GET /admin/queues': { answers: 200, roles: ['admin', 'staff'], request: () => ({ path: '/admin/queues' }) },
  // The console is for staff and admin, but the page itself is open: it asks for the key, and
  // signing in (POST /v1/sessions) is where other roles are refused.
  'GET /console': {
    answers: 200,
    roles: ['admin', 'staff'],
    public: true,
    override: {
      exporterA: 'allowed',
      exporterB: 'allowed',
      buyerSha: 'allowed',
      buyerBjs: 'allowed',
      buyerHq: 'allowed',
    },
    request: () => ({ path: '/console' }),
  },
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function expected(rule: Rule, caller: Caller): Expected {
  const override = rule.override?.[caller.name];
  if (override !== undefined) return override;
  if (caller.role === null) return rule.public ? 'allowed' : 401;
  if (!rule.roles.includes(caller.role)) return 403;
  if (rule.outside?.callers.includes(caller.name)) return rule.outside.status;
  return 'allowed';
}

const CODE_OF: Record<number, string | undefined> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/**
 * The authorization matrix: every operation of the OpenAPI document the running API serves,
 * called by every role, inside and outside the fixtures' tenant, and without a key, against
 * the contract's rules kept in one table above. An operation the spec lists without a rule,
 * or a rule for an operation that is gone, fails the suite.
 */
describe('authorization matrix', () => {
  let spec: Record<string, any>;
  let fx: Fixtures;
  const callers = new Map<CallerName, Caller>();

  beforeAll(async () => {
    env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000', WEBHOOK_ALLOW_PRIVATE: 'true' });
    await env.start();
    spec = (await env.api.get('/docs/openapi.json')).body;

    const staff: Keyed = await mintKeyWithId(env, { role: 'staff', label: 'matrix staff' });
    const [a, b, draft] = await Promise.all([
      approvedSupplier(env, staff.client),
      approvedSupplier(env, staff.client),
      signUp(env),
    ]);
    const mint = async (body: Record<string, unknown>) =>
      (await ok(env.admin.post('/v1/api-keys', { label: 'matrix', ...body }), 201, 'mint')).key as string;
    Object.assign(keys, {
      admin: env.adminKey,
      staff: await mint({ role: 'staff' }),
      exporterA: await mint({ role: 'exporter', supplierId: a.supplierId }),
      exporterB: await mint({ role: 'exporter', supplierId: b.supplierId }),
      buyerSha: await mint({ role: 'buyer', storeCode: 'FS-SHA-001' }),
      buyerBjs: await mint({ role: 'buyer', storeCode: 'FS-BJS-001' }),
      buyerHq: await mint({ role: 'buyer' }),
      unknownKey: `corridor-${randomBytes(24).toString('hex')}`,
    });
    const roleOf: Record<CallerName, Role | null> = {
      admin: 'admin',
      staff: 'staff',
      exporterA: 'exporter',
      exporterB: 'exporter',
      buyerSha: 'buyer',
      buyerBjs: 'buyer',
      buyerHq: 'buyer',
      noKey: null,
      unknownKey: null,
    };
    for (const name of CALLERS) {
      callers.set(name, { name, role: roleOf[name], key: keys[name], client: env.api.as(keys[name]) });
    }

    const buyer = env.api.as(keys.buyerSha);
    const exporterA = a.exporter;
    const [run, orderA, confirmed, subscription] = await Promise.all([
      bookedRun({ buyer, exporter: exporterA, supplierId: a.supplierId, mode: 'postal' }),
      createOrder(buyer, orderBody(a.supplierId, { buyerReference: uniqueReference('MATRIX') })),
      createOrder(buyer, orderBody(a.supplierId, { buyerReference: uniqueReference('MATRIX') })).then((o) =>
        confirmOrder(exporterA, o.id),
      ),
      ok(
        buyer.post('/v1/webhook-subscriptions', {
          url: 'http://127.0.0.1:9/matrix',
          events: ['purchase_order.status_changed'],
        }),
        201,
        'subscribe',
      ),
    ]);
    const [documents, products, tasks, shipmentDocuments] = await Promise.all([
      fetchOk(exporterA, `/v1/suppliers/${a.supplierId}/documents`),
      fetchOk(exporterA, `/v1/suppliers/${a.supplierId}/products`),
      fetchOk(staff.client, `/v1/tasks?type=supplier_review&subjectId=${a.supplierId}&status=done`),
      fetchOk(exporterA, `/v1/shipments/${run.shipmentId}/documents`),
    ]);
    fx = {
      supplierA: a.supplierId,
      supplierB: b.supplierId,
      draftSupplier: draft.supplierId,
      exporterA,
      documentA: documents.items[0].id,
      productA: products.items[0].id,
      orderA: orderA.id,
      confirmedOrderA: confirmed.id,
      shipment: run.shipmentId,
      shipmentDocument: shipmentDocuments.items[0].id,
      trackingNumber: run.trackingNumber,
      doneTask: tasks.items[0].id,
      subscription: subscription.id,
    };
  }, 180_000);

  afterAll(async () => {
    await env?.stop();
  });

  function specOperations(): string[] {
    return Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((method) => METHODS.includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
  }

  function specOperation(key: string): Record<string, any> {
    const [method, path] = key.split(' ');
    return spec.paths[path][method.toLowerCase()];
  }

  it('has a rule for every operation the spec lists, and none for an operation it does not', () => {
    const listed = specOperations();
    expect(listed.length).toBeGreaterThan(40);
    expect({ withoutRule: listed.filter((key) => !(key in RULES)).sort() }).toEqual({ withoutRule: [] });
    expect({
      notInSpec: Object.keys(RULES)
        .filter((key) => !listed.includes(key))
        .sort(),
    }).toEqual({ notInSpec: [] });
  });

  it('names in x-roles the roles the rules let in, and asks a key exactly where the rules do', () => {
    const problems = Object.entries(RULES).flatMap(([key, rule]) => {
      const op = specOperation(key);
      if (!op) return [];
      const found: string[] = [];
      const xRoles = [...((op['x-roles'] as string[]) ?? [])].sort();
      if (xRoles.join() !== [...rule.roles].sort().join())
        found.push(`${key}: x-roles ${xRoles.join(',')}, the contract ${[...rule.roles].sort().join(',')}`);
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (isPublic !== (rule.public ?? false)) found.push(`${key}: security says public=${isPublic}`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  async function call(method: string, caller: Caller, request: Request): Promise<HttpResponse> {
    const client = request.withoutKey ? env.api.as(undefined) : caller.client;
    const headers = request.headers ?? {};
    if (request.form) return client.send(method, request.path, request.form, headers);
    if (request.raw !== undefined) return client.send(method, request.path, request.raw, headers);
    if (method === 'GET') return client.get(request.path, headers);
    if (method === 'DELETE') return client.delete(request.path, headers);
    if (method === 'PATCH') return client.patch(request.path, request.body, headers);
    return client.post(request.path, request.body, headers);
  }

  /** What was wrong with one caller's answer, or null. */
  async function judge(key: string, rule: Rule, caller: Caller): Promise<string | null> {
    const method = key.split(' ')[0];
    const want = expected(rule, caller);
    let response: HttpResponse;
    try {
      response = await call(method, caller, await rule.request(caller, fx));
    } catch (error) {
      return `${caller.name}: expected ${want}, but ${(error as Error).message.split('\n')[0]}`;
    }
    const code = (response.body as { error?: { code?: string } })?.error?.code;
    const got = `${response.status}${code ? ` ${code}` : ''}`;
    if (want === 'allowed') {
      return response.status === rule.answers
        ? null
        : `${caller.name}: expected to be let through (${rule.answers}), got ${got}`;
    }
    return response.status === want && code === (CODE_OF[want] ?? code)
      ? null
      : `${caller.name}: expected ${want} ${CODE_OF[want]}, got ${got}`;
  }

  it.each(Object.keys(RULES))('%s: answers each caller as the contract says', async (key) => {
    const rule = RULES[key];
    const all = [...callers.values()];
    const problems = (await inPool(all.length, 4, (i) => judge(key, rule, all[i]))).filter((p) => p !== null);
    expect(problems).toEqual([]);
  });
});
