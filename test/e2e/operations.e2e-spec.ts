import { TestEnvironment } from '../support/test-environment';
import type { HttpClient, HttpResponse } from '../support/http-client';
import { waitFor } from '../support/wait-for';
import {
  completeTask,
  mintKey,
  supplierSignUp,
  uploadDocument,
  uploadRequiredDocuments,
  waitForStatus,
} from '../support/scenario';
import { signCarrierPayload } from '@corridor/tracking';

/**
 * Operations and the edges of the contract, over HTTP against the built apps: health, the
 * OpenAPI docs, the store list, request ids, the carrier push endpoint's signature check,
 * tracking look-ups, and the staff review of a supplier (request changes, claims, outcomes).
 */
describe('operations and the staff review', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  let staff: HttpClient;
  let otherStaff: HttpClient;
  let buyer: HttpClient;

  beforeAll(async () => {
    await env.start();
    staff = await mintKey(env, { role: 'staff' });
    otherStaff = await mintKey(env, { role: 'staff', label: 'second staff member' });
    buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  /** The contract's error envelope, exactly, with the request id of the response header. */
  function expectError(response: HttpResponse, status: number, code: string): void {
    expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { error: { code } } });
    expect(Object.keys(response.body)).toEqual(['error']);
    expect(Object.keys(response.body.error).sort()).toEqual(['code', 'details', 'message', 'requestId']);
    expect(response.body.error.message).toEqual(expect.any(String));
    expect(Array.isArray(response.body.error.details)).toBe(true);
    expect(response.body.error.requestId).toBe(response.headers.get('x-request-id'));
    expect(response.raw.toString('utf8')).not.toMatch(/\n\s+at |node_modules|\.[jt]s:\d+/);
  }

  describe('health', () => {
    it('answers 200 on /health/live', async () => {
      const response = await env.api.get('/health/live');
      expect(response.status).toBe(200);
    });

    it('answers 200 on /health/ready while Postgres and Redis are reachable', async () => {
      const response = await env.api.get('/health/ready');
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('ok');
    });
  });

  describe('front door', () => {
    it('sends the addresses a person types first to the console and the queue dashboard', async () => {
      const where = async (path: string) => {
        const response = await fetch(`${env.api.baseUrl}${path}`, { redirect: 'manual' });
        return { path, status: response.status, location: response.headers.get('location') };
      };
      expect(await Promise.all(['/', '/tasks', '/admin'].map(where))).toEqual([
        { path: '/', status: 302, location: '/console' },
        { path: '/tasks', status: 302, location: '/console' },
        { path: '/admin', status: 302, location: '/admin/queues' },
      ]);
      const console = await env.api.get('/console');
      expect(console.status).toBe(200);
      expect(console.headers.get('content-type')).toMatch(/^text\/html/);
    });
  });

  describe('docs', () => {
    it('serves the OpenAPI UI as HTML on /docs', async () => {
      const response = await env.api.get('/docs');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(String(response.body).toLowerCase()).toContain('<html');
    });

    it('serves an OpenAPI 3 spec with the contract’s main paths on /docs/openapi.json', async () => {
      const response = await env.api.get('/docs/openapi.json');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('json');
      expect(response.body.openapi).toMatch(/^3\.\d+\.\d+$/);
      expect(Object.keys(response.body.paths)).toEqual(
        expect.arrayContaining([
          '/v1/suppliers',
          '/v1/suppliers/{id}/documents',
          '/v1/purchase-orders',
          '/v1/purchase-orders/{id}/shipments',
          '/v1/shipments/{id}/documents/{docId}',
          '/v1/tracking/{trackingNumber}',
          '/v1/tasks/{id}/complete',
          '/v1/carriers/{carrierCode}/events',
          '/v1/api-keys',
          '/v1/stores',
        ]),
      );
    });
  });

  describe('stores', () => {
    it('lists the 150 seeded stores in three pages of 50, by code, with bilingual names', async () => {
      const pages: any[] = [];
      let cursor: string | null = null;
      do {
        const response: HttpResponse = await buyer.get(
          `/v1/stores?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(response.status).toBe(200);
        pages.push(response.body);
        cursor = response.body.nextCursor;
      } while (cursor && pages.length < 10);

      expect(pages.map((p) => p.items.length)).toEqual([50, 50, 50]);
      expect(pages[2].nextCursor).toBeNull();
      const stores = pages.flatMap((p) => p.items);
      const codes = stores.map((s: { code: string }) => s.code);
      expect(new Set(codes).size).toBe(150);
      expect(codes).toEqual([...codes].sort());
      expect(codes).toContain('FS-SHA-001');
      for (const store of stores) {
        expect(store).toEqual({
          code: expect.stringMatching(/^FS-[A-Z]{3}-\d{3}$/),
          name: { en: expect.stringMatching(/\S/), zh: expect.stringMatching(/[\u4e00-\u9fff]/) },
          city: { en: expect.stringMatching(/\S/), zh: expect.stringMatching(/[\u4e00-\u9fff]/) },
          address: { en: expect.stringMatching(/\S/), zh: expect.stringMatching(/[\u4e00-\u9fff]/) },
          destinationAirport: expect.stringMatching(/^[A-Z]{3}$/),
        });
      }
    });
  });

  describe('request id', () => {
    it.each([
      ['GET /health/live', () => env.api.get('/health/live'), 200],
      ['GET /docs/openapi.json', () => env.api.get('/docs/openapi.json'), 200],
      ['GET /v1/stores with a key', () => buyer.get('/v1/stores?limit=1'), 200],
      ['GET /v1/stores without a key', () => env.api.get('/v1/stores'), 401],
      ['GET of an unknown route', () => buyer.get('/v1/no-such-route'), 404],
      ['GET /v1/tracking of a malformed number', () => env.api.get('/v1/tracking/abc'), 400],
    ] as [string, () => Promise<HttpResponse>, number][])('%s carries X-Request-Id', async (_name, call, status) => {
      const response = await call();
      expect(response.status).toBe(status);
      expect(response.headers.get('x-request-id')).toMatch(/^\S{8,}$/);
    });

    it('answers an unknown route with 404 NOT_FOUND in the envelope', async () => {
      expectError(await buyer.get('/v1/no-such-route'), 404, 'NOT_FOUND');
    });

    it('echoes a client-sent X-Request-Id on a success', async () => {
      const response = await env.api.get('/health/live', { 'x-request-id': 'ops-e2e-live-0001' });
      expect(response.headers.get('x-request-id')).toBe('ops-e2e-live-0001');
    });
  });

  describe('carrier events', () => {
    const path = '/v1/carriers/iposita-ems/events';
    const secret = () => {
      const pair = env.carrierSecrets.split(',').find((p) => p.startsWith('iposita-ems='));
      return pair!.slice('iposita-ems='.length);
    };
    const rawBody = () =>
      JSON.stringify({
        events: [
          {
            eventId: `evt-${Date.now()}`,
            trackingNumber: 'EE000000001RW',
            code: 'accepted',
            occurredAt: new Date().toISOString(),
            location: 'Kigali, RW',
            description: 'Accepted at the counter',
          },
        ],
      });
    const push = (body: string, signature?: string) =>
      env.api.send('POST', path, body, {
        'content-type': 'application/json',
        ...(signature ? { 'x-carrier-signature': signature } : {}),
      });

    it('accepts a push signed with the carrier’s secret', async () => {
      const body = rawBody();
      const response = await push(body, signCarrierPayload(secret(), body));
      expect(response.status).toBe(200);
    });

    it('answers 401 to a push signed with another secret', async () => {
      const body = rawBody();
      expectError(await push(body, signCarrierPayload('not-the-carrier-secret', body)), 401, 'UNAUTHENTICATED');
    });

    it('answers 401 to a body changed after signing', async () => {
      const body = rawBody();
      const signature = signCarrierPayload(secret(), body);
      expectError(await push(body.replace('Kigali', 'Huye'), signature), 401, 'UNAUTHENTICATED');
    });

    it('answers 401 to a signature older than 5 minutes', async () => {
      const body = rawBody();
      const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
      expectError(await push(body, signCarrierPayload(secret(), body, sixMinutesAgo)), 401, 'UNAUTHENTICATED');
    });

    it('answers 401 to a push without a signature', async () => {
      expectError(await push(rawBody()), 401, 'UNAUTHENTICATED');
    });
  });

  describe('tracking', () => {
    it('answers 400 VALIDATION_FAILED to a malformed tracking number', async () => {
      expectError(await env.api.get('/v1/tracking/not-a-number'), 400, 'VALIDATION_FAILED');
    });

    it.each(['EE123456784RW', 'AWB17612345676'])(
      'answers 400 VALIDATION_FAILED to %s, whose check digit is wrong',
      async (trackingNumber) => {
        const response = await env.api.get(`/v1/tracking/${trackingNumber}`);
        expectError(response, 400, 'VALIDATION_FAILED');
        expect(response.body.error.message).toMatch(/check digit/);
      },
    );

    it('answers 404 NOT_FOUND to an unknown tracking number', async () => {
      expectError(await env.api.get('/v1/tracking/EE999999995RW'), 404, 'NOT_FOUND');
    });
  });

  /** Sign-up, every required document, submit; waits until verification opens the review. */
  async function supplierInReview(): Promise<{ supplierId: string; exporter: HttpClient; taskId: string }> {
    const signUp = await env.api.post('/v1/suppliers', supplierSignUp());
    if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${JSON.stringify(signUp.body)}`);
    const supplierId: string = signUp.body.supplier.id;
    const exporter = env.api.as(signUp.body.apiKey);
    await uploadRequiredDocuments(exporter, supplierId);
    const submitted = await exporter.post(`/v1/suppliers/${supplierId}/submit`);
    if (submitted.status !== 202)
      throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
    await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'in_review');
    const tasks = await waitFor(
      () => staff.get(`/v1/tasks?type=supplier_review&subjectId=${supplierId}&status=open`),
      (r) => r.status === 200 && r.body.items.length === 1,
      { what: `supplier_review task for ${supplierId}` },
    );
    return { supplierId, exporter, taskId: tasks.body.items[0].id };
  }

  describe('supplier review: request changes', () => {
    const reasons = [
      { code: 'DETAILS_INCORRECT', message: 'The RDB registration number does not match the certificate' },
    ];
    let supplierId: string;
    let exporter: HttpClient;

    beforeAll(async () => {
      ({ supplierId, exporter } = await supplierInReview());
    });

    it('moves the supplier to changes_requested with the reviewer’s reasons', async () => {
      await completeTask(staff, {
        type: 'supplier_review',
        subjectId: supplierId,
        outcome: 'request_changes',
        data: { reasons },
      });
      const supplier = await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'changes_requested');
      expect(supplier.reasons).toEqual(reasons);
      expect(supplier.history.map((h: { to: string }) => h.to)).toEqual([
        'draft',
        'submitted',
        'verifying',
        'in_review',
        'changes_requested',
      ]);
      expect(supplier.history[4]).toMatchObject({
        from: 'in_review',
        to: 'changes_requested',
        actor: { role: 'staff' },
      });
    });

    it('lets the exporter correct and resubmit, back into review with a fresh task and no reasons', async () => {
      const patched = await exporter.patch(`/v1/suppliers/${supplierId}`, { rdbRegistrationNumber: '102345679' });
      expect(patched.status).toBe(200);
      const submitted = await exporter.post(`/v1/suppliers/${supplierId}/submit`);
      expect(submitted.status).toBe(202);
      const supplier = await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'in_review');
      expect(supplier.reasons).toEqual([]);
      expect(supplier.rdbRegistrationNumber).toBe('102345679');
      const open = await waitFor(
        () => staff.get(`/v1/tasks?type=supplier_review&subjectId=${supplierId}&status=open`),
        (r) => r.status === 200 && r.body.items.length === 1,
        { what: 'a fresh supplier_review task' },
      );
      expect(open.body.items[0].status).toBe('open');
    });
  });

  describe('supplier verification: missing documents', () => {
    it('moves a submission without the required documents to changes_requested, naming each missing document', async () => {
      const signUp = await env.api.post('/v1/suppliers', supplierSignUp());
      expect(signUp.status).toBe(201);
      const supplierId: string = signUp.body.supplier.id;
      const exporter = env.api.as(signUp.body.apiKey);
      expect((await uploadDocument(exporter, supplierId, { type: 'rdb_certificate' })).status).toBe(201);
      expect((await exporter.post(`/v1/suppliers/${supplierId}/submit`)).status).toBe(202);

      const supplier = await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'changes_requested');
      const missing = supplier.reasons
        .filter((r: { code: string }) => r.code === 'DOCUMENT_MISSING')
        .map((r: { documentType: string }) => r.documentType)
        .sort();
      expect(missing).toEqual(['gacc_registration', 'naeb_registration', 'tax_clearance']);
      expect(supplier.reasons).toHaveLength(3);
      expect(supplier.history.map((h: { to: string }) => h.to)).toEqual([
        'draft',
        'submitted',
        'verifying',
        'changes_requested',
      ]);
      const tasks = await staff.get(`/v1/tasks?subjectId=${supplierId}`);
      expect(tasks.body.items).toEqual([]);
    });
  });

  describe('supplier review: claims and outcomes', () => {
    let supplierId: string;
    let taskId: string;
    let claimedBy: string;

    beforeAll(async () => {
      ({ supplierId, taskId } = await supplierInReview());
      const claimed = await staff.post(`/v1/tasks/${taskId}/claim`);
      if (claimed.status !== 200) throw new Error(`claim failed: ${claimed.status} ${JSON.stringify(claimed.body)}`);
      claimedBy = claimed.body.claimedBy;
    });

    async function taskState() {
      const task = await staff.get(`/v1/tasks/${taskId}`);
      const supplier = await staff.get(`/v1/suppliers/${supplierId}`);
      return { task: task.body.status, claimedBy: task.body.claimedBy, supplier: supplier.body.status };
    }

    it('answers 409 to a second claim by another staff member', async () => {
      const response = await otherStaff.post(`/v1/tasks/${taskId}/claim`);
      expectError(response, 409, response.body?.error?.code);
      expect(response.body.error.code).toMatch(/^(INVALID_STATE_TRANSITION|CONFLICT)$/);
      expect(await taskState()).toEqual({ task: 'claimed', claimedBy, supplier: 'in_review' });
    });

    it('answers 403 FORBIDDEN when another staff member completes the claimed task', async () => {
      expectError(await otherStaff.post(`/v1/tasks/${taskId}/complete`, { outcome: 'approve' }), 403, 'FORBIDDEN');
      expect(await taskState()).toEqual({ task: 'claimed', claimedBy, supplier: 'in_review' });
    });

    it.each(['regenerate', 'handed_over', 'maybe'])(
      'answers 400 VALIDATION_FAILED to the outcome %s, which a supplier_review does not allow',
      async (outcome) => {
        const response = await staff.post(`/v1/tasks/${taskId}/complete`, { outcome });
        expectError(response, 400, 'VALIDATION_FAILED');
        expect(response.body.error.details).toContainEqual(expect.objectContaining({ field: 'outcome' }));
        expect(await taskState()).toEqual({ task: 'claimed', claimedBy, supplier: 'in_review' });
      },
    );

    it('answers 400 VALIDATION_FAILED to request_changes without reasons', async () => {
      const response = await staff.post(`/v1/tasks/${taskId}/complete`, { outcome: 'request_changes' });
      expectError(response, 400, 'VALIDATION_FAILED');
      expect(response.body.error.details).toContainEqual(expect.objectContaining({ field: 'data.reasons' }));
      expect(await taskState()).toEqual({ task: 'claimed', claimedBy, supplier: 'in_review' });
    });

    it('lets the claimer complete it', async () => {
      const response = await staff.post(`/v1/tasks/${taskId}/complete`, { outcome: 'approve' });
      expect(response.status).toBe(200);
      await waitForStatus(staff, `/v1/suppliers/${supplierId}`, 'approved');
    });

    it('moved the task through the status writer: one history row per move, the version bumped by each', async () => {
      const history = await env.query<{ from_status: string | null; to_status: string; actor_role: string }>(
        `SELECT from_status, to_status, actor_role FROM status_history
          WHERE aggregate_type = 'task' AND aggregate_id = $1 ORDER BY at, id`,
        [taskId],
      );
      expect(history).toEqual([
        { from_status: null, to_status: 'open', actor_role: 'system' },
        { from_status: 'open', to_status: 'claimed', actor_role: 'staff' },
        { from_status: 'claimed', to_status: 'done', actor_role: 'staff' },
      ]);
      const [task] = await env.query<{ version: number }>(`SELECT version FROM task WHERE id = $1`, [taskId]);
      expect(task.version).toBe(3);
    });
  });
});
