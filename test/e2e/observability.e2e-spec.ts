import { randomBytes } from 'node:crypto';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { TASK_TYPES } from '@corridor/domain';
import { QUEUE_NAMES } from '@corridor/queue/jobs';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { DropoffClerk } from '../support/pipeline';
import { approvedSupplier, mintKey, supplierSignUp, waitForStatus } from '../support/scenario';
import { confirmOrder, createOrder, packedShipment, uniqueReference } from '../support/orders';
import { CHILI_PRODUCT } from '../support/scenario';
import { waitFor } from '../support/wait-for';

interface Sample {
  value?: string;
  labels?: Record<string, string>;
  buckets?: Record<string, string>;
  count?: string;
  sum?: string;
}
interface Family {
  name: string;
  type: string;
  metrics: Sample[];
}

const METRICS_TOKEN = `scrape-${randomBytes(12).toString('hex')}`;
const SERIES = [
  'http_request_duration_seconds',
  'corridor_jobs_total',
  'corridor_job_duration_seconds',
  'corridor_queue_jobs',
  'corridor_outbox_pending',
  'corridor_outbox_oldest_age_seconds',
  'corridor_tasks_open',
  'corridor_carrier_requests_total',
];

/**
 * Reads `/metrics` with the token and parses it with a real Prometheus text parser. The
 * parser folds a labelled histogram into one sample without labels, so histograms are also
 * read as plain series: their `_count`, `_sum` and `_bucket` samples, each with its labels.
 */
async function scrape(client: HttpClient): Promise<Map<string, Family>> {
  const response = await client.get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  const text = response.raw.toString('utf8');
  const families = new Map<string, Family>();
  for (const family of [
    ...(parsePrometheusTextFormat(text) as Family[]),
    ...(parsePrometheusTextFormat(text.replace(/^# TYPE \S+ histogram$/gm, '')) as Family[]).filter((f) =>
      /_(count|sum|bucket)$/.test(f.name),
    ),
  ]) {
    const known = families.get(family.name);
    if (known) known.metrics.push(...family.metrics);
    else families.set(family.name, { ...family, metrics: [...family.metrics] });
  }
  return families;
}

/** The samples of a family whose labels include `labels`. */
function samples(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): Sample[] {
  return (families.get(name)?.metrics ?? []).filter((m) =>
    Object.entries(labels).every(([key, value]) => m.labels?.[key] === value),
  );
}

/** The sum of the matching samples of a counter or gauge (or of a histogram's `_count`). */
function total(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number {
  return samples(families, name, labels).reduce((sum, m) => sum + Number(m.value ?? 0), 0);
}

/**
 * Operations: the API and the worker log JSON lines that name the request (and, in the
 * worker, the job) they belong to, serve Prometheus metrics that count what a pipeline did,
 * and keep secrets and contacts out of every line (TestEnvironment scans them on stop).
 */
describe('logs and metrics, on the API and on the worker', () => {
  const env = new TestEnvironment({ METRICS_TOKEN, RATE_LIMIT_PUBLIC: '1000' });
  let staff: HttpClient;
  let buyer: HttpClient;
  let exporter: HttpClient;
  let supplierId: string;
  let clerk: DropoffClerk;
  const requestId = `obs-trace-${randomBytes(6).toString('hex')}`;
  let shipmentId: string;
  let orderId: string;

  beforeAll(async () => {
    await env.start();
    staff = await mintKey(env, { role: 'staff' });
    buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    ({ supplierId, exporter } = await approvedSupplier(env, staff));
    clerk = new DropoffClerk(staff).start();
    const order = await createOrder(buyer, {
      storeCode: 'FS-SHA-001',
      supplierId,
      buyerReference: uniqueReference('FRESHIPPO-OBS'),
      currency: 'USD',
      incoterm: 'CPT',
      namedPlace: 'Shanghai Pudong (PVG)',
      requestedDeliveryDate: new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10),
      lines: [{ sku: CHILI_PRODUCT.sku, quantity: 10, unitPrice: '23.50' }],
    });
    orderId = order.id;
    await confirmOrder(exporter, orderId);
    // The one request this suite follows: a shipment whose pipeline runs many jobs.
    const created = await exporter.post(
      `/v1/purchase-orders/${orderId}/shipments`,
      packedShipment([{ sku: CHILI_PRODUCT.sku, quantity: 10 }], { mode: 'postal' }),
      { 'x-request-id': requestId },
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe(requestId);
    shipmentId = created.body.id;
    await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'delivered', 120_000);
    await waitForStatus(buyer, `/v1/purchase-orders/${orderId}`, 'delivered');
    await clerk.stop();
  }, 240_000);

  afterAll(async () => {
    await clerk?.stop();
    await env.stop();
  });

  it('serves every named series on the API and the worker, with the process defaults', async () => {
    const [api, worker] = [await scrape(env.api), await scrape(env.worker)];

    for (const families of [api, worker]) {
      for (const name of ['corridor_queue_jobs', 'corridor_outbox_pending', 'corridor_outbox_oldest_age_seconds'])
        expect({ name, present: families.has(name) }).toEqual({ name, present: true });
      expect([...families.keys()].some((n) => n.startsWith('process_'))).toBe(true);
      expect([...families.keys()].some((n) => n.startsWith('nodejs_'))).toBe(true);
      // Every queue of the registry, in every state; every task type, open ones counted.
      const queueSeries = samples(families, 'corridor_queue_jobs').map((m) => `${m.labels?.queue}/${m.labels?.state}`);
      expect(queueSeries.sort()).toEqual(
        QUEUE_NAMES.flatMap((q) => ['waiting', 'active', 'delayed', 'failed'].map((s) => `${q}/${s}`)).sort(),
      );
      expect(
        samples(families, 'corridor_tasks_open')
          .map((m) => m.labels?.type)
          .sort(),
      ).toEqual([...TASK_TYPES].sort());
    }
    expect(api.has('http_request_duration_seconds')).toBe(true);
    for (const name of ['corridor_jobs_total', 'corridor_job_duration_seconds', 'corridor_carrier_requests_total'])
      expect({ name, present: worker.has(name) }).toEqual({ name, present: true });
    expect(SERIES.every((name) => api.has(name) || worker.has(name))).toBe(true);
  });

  it('counts what the pipeline did: documents rendered, bookings, carrier calls, open tasks', async () => {
    const worker = await scrape(env.worker);
    const [{ documents }] = await env.query<{ documents: number }>(
      `SELECT count(*)::int AS documents FROM shipment_document WHERE type <> 'shipping_label'`,
    );
    expect(documents).toBeGreaterThan(0);
    expect(
      total(worker, 'corridor_jobs_total', {
        queue: 'customs-documents',
        name: 'customs.render_document',
        result: 'completed',
      }),
    ).toBe(documents);
    expect(total(worker, 'corridor_jobs_total', { name: 'handoff.book', result: 'completed' })).toBe(1);
    expect(total(worker, 'corridor_jobs_total', { result: 'failed' })).toBe(0);
    expect(
      total(worker, 'corridor_job_duration_seconds_count', {
        queue: 'customs-documents',
        name: 'customs.render_document',
      }),
    ).toBe(total(worker, 'corridor_jobs_total', { name: 'customs.render_document' }));

    const bookings = samples(worker, 'corridor_carrier_requests_total', { operation: 'book' });
    expect(bookings.map((m) => ({ ...m.labels, value: m.value }))).toEqual([
      { carrier: 'iposita-ems', operation: 'book', result: 'ok', value: '1' },
    ]);
    expect(total(worker, 'corridor_carrier_requests_total', { operation: 'handover', result: 'ok' })).toBe(1);

    const [{ open }] = await env.query<{ open: number }>(
      `SELECT count(*)::int AS open FROM task WHERE type = 'supplier_review' AND status IN ('open', 'claimed')`,
    );
    const api = await scrape(env.api);
    expect(total(api, 'corridor_tasks_open', { type: 'supplier_review' })).toBe(open);
    expect(total(api, 'corridor_outbox_pending')).toBeGreaterThanOrEqual(0);
  });

  it('times API requests by route template, never by raw URL', async () => {
    const before = await scrape(env.api);
    const calls = 4;
    for (let i = 0; i < calls; i++) expect((await staff.get(`/v1/shipments/${shipmentId}`)).status).toBe(200);
    const unknown = '01900000-0000-7000-8000-000000000000';
    expect((await staff.get(`/v1/shipments/${unknown}`)).status).toBe(404);
    const after = await scrape(env.api);

    const route = { method: 'GET', route: '/v1/shipments/:id' };
    const count = (families: Map<string, Family>, status: string) =>
      total(families, 'http_request_duration_seconds_count', { ...route, status_code: status });
    expect(count(after, '200') - count(before, '200')).toBe(calls);
    expect(count(after, '404') - count(before, '404')).toBe(1);
    const routes = samples(after, 'http_request_duration_seconds_count').map((m) => m.labels?.route ?? '');
    expect(routes.filter((r) => r.includes(shipmentId) || r.includes(unknown))).toEqual([]);
    expect(routes).toContain('/v1/purchase-orders/:id/shipments');
  });

  it('asks for the metrics token on the API and on the worker when one is set', async () => {
    for (const client of [env.api, env.worker]) {
      expect((await client.get('/metrics')).status).toBe(401);
      expect((await client.get('/metrics', { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
      expect((await client.get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(200);
    }
    const refused = await env.api.get('/metrics');
    expect(refused.body.error).toMatchObject({ code: 'UNAUTHENTICATED', requestId: expect.any(String) });
  });

  it("serves the worker's health: live, and ready while Postgres and Redis answer", async () => {
    expect((await env.worker.get('/health/live')).status).toBe(200);
    const ready = await env.worker.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, redis: { status: 'up' } } });
    const elsewhere = await env.worker.get('/v1/stores', { 'x-request-id': 'ops-probe-1' });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.headers.get('x-request-id')).toBe('ops-probe-1');
    expect(elsewhere.body).toEqual({
      error: { code: 'NOT_FOUND', message: expect.any(String), details: [], requestId: 'ops-probe-1' },
    });
  });

  it("follows one request's id from the API's log into the lines of every job it set off", async () => {
    const apiLines = env.jsonLines('api').filter((l) => l.requestId === requestId);
    expect(apiLines).toContainEqual(
      expect.objectContaining({ route: '/v1/purchase-orders/:id/shipments', res: { statusCode: 201 } }),
    );

    const jobNames = ['customs.generate', 'customs.render_document', 'customs.check_documents', 'handoff.book'];
    const jobLines = await waitFor(
      async () => env.jsonLines('worker').filter((l) => l.requestId === requestId),
      (lines) => jobNames.every((name) => lines.some((l) => l.jobName === name)),
      { what: `worker lines for every job of request ${requestId}` },
    );
    for (const name of jobNames) {
      const line = jobLines.find((l) => l.jobName === name);
      expect(line).toMatchObject({ jobName: name, jobId: expect.any(String), queue: expect.any(String), shipmentId });
    }
    // A job set off by another request carries that one's id, not this one's.
    const supplierJobs = env.jsonLines('worker').filter((l) => l.jobName === 'supplier.verify');
    expect(supplierJobs.length).toBeGreaterThan(0);
    expect(supplierJobs.every((l) => l.requestId !== requestId && typeof l.requestId === 'string')).toBe(true);
  });

  it('logs a duplicate TIN as one warning with its code, without SQL, stack or the contact', async () => {
    const email = `dup-${randomBytes(4).toString('hex')}@example.rw`;
    const phone = `+2507${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const first = supplierSignUp({ contact: { name: 'Jeanne Mukamana', email, phone } });
    expect((await env.api.post('/v1/suppliers', first)).status).toBe(201);
    const duplicateId = `obs-dup-${randomBytes(6).toString('hex')}`;
    const duplicate = await env.api.post(
      '/v1/suppliers',
      { ...first, contact: { name: 'Jeanne Mukamana', email, phone } },
      { 'x-request-id': duplicateId },
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('CONFLICT');

    const lines = await waitFor(
      async () => env.jsonLines('api').filter((l) => l.requestId === duplicateId),
      (found) => found.length > 0,
      { what: 'the log line of the duplicate sign-up' },
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, route: '/v1/suppliers', code: 'CONFLICT', res: { statusCode: 409 } });
    const text = JSON.stringify(lines[0]);
    for (const absent of ['INSERT', 'stack', 'QueryFailedError', email, phone]) expect(text).not.toContain(absent);
    expect(env.log('api')).not.toContain(email);
    expect(env.log('api')).not.toContain(phone);
  });
});
