import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { AppConfig } from '@corridor/config';
import { SecretBox, dataSourceOptions, sealedSecretsMigration } from '@corridor/persistence';
import { QUEUES } from '@corridor/queue/jobs';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { waitFor } from '../support/wait-for';
import { expectError } from '../support/onboarding';
import { approvedSupplier, mintKey, orderBody, shipmentBody, waitForStatus } from '../support/scenario';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/**
 * A buyer's webhook endpoint: records every request, and answers each path with the next
 * status of its script (then 204), so a test can make it fail the first attempts.
 */
class Receiver {
  readonly requests: Received[] = [];
  private readonly scripts = new Map<string, number[]>();
  private server!: Server;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const path = req.url ?? '/';
        const answered = this.scripts.get(path)?.shift() ?? 204;
        this.requests.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** Answers the next requests to `path` with these statuses, in order. */
  script(path: string, statuses: number[]): void {
    this.scripts.set(path, [...statuses]);
  }

  at(path: string): Received[] {
    return this.requests.filter((r) => r.path === path);
  }

  /** The requests to `path` carrying events about `subjectId`, as parsed bodies. */
  events(path: string, subjectId: string): { request: Received; event: any }[] {
    return this.at(path)
      .map((request) => ({ request, event: JSON.parse(request.body) }))
      .filter(({ event }) => event.data.purchaseOrderId === subjectId || event.data.shipmentId === subjectId);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/**
 * Buyer webhooks, against the built API and worker and a real receiver over HTTP: order and
 * shipment status changes delivered to the subscriptions of the stores they belong to,
 * signed the Standard Webhooks way, retried with backoff, and every attempt listed.
 */
describe('buyer webhooks', () => {
  const env = new TestEnvironment({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_BACKOFF_MS: '100', WEBHOOK_ATTEMPTS: '5' });
  const receiver = new Receiver();
  let staff: HttpClient;
  let buyer: HttpClient;
  let buyerKey: { id: string; key: string; client: HttpClient };
  let otherStoreBuyer: HttpClient;
  let hqBuyer: HttpClient;
  let exporter: HttpClient;
  let supplierId: string;

  async function subscribe(client: HttpClient, path: string, events = ['purchase_order.status_changed']) {
    const response = await client.post('/v1/webhook-subscriptions', { url: receiver.url(path), events });
    expect(response.status).toBe(201);
    return response.body as { id: string; secret: string; url: string; storeCode: string | null };
  }

  async function deliveries(client: HttpClient, subscriptionId: string) {
    const response = await client.get(`/v1/webhook-subscriptions/${subscriptionId}/deliveries?limit=200`);
    expect(response.status).toBe(200);
    return response.body.items as any[];
  }

  function verify(secret: string, request: Received): unknown {
    const headers = {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    };
    return new Webhook(secret).verify(request.body, headers);
  }

  /**
   * How BullMQ scheduled the retries of a delivery's job, read from its queue's event stream in
   * Redis: each `delayed` event, oldest first, with the time the retry was due and the time
   * Redis wrote the event (its stream id).
   */
  async function retrySchedule(deliveryId: string) {
    const redis = new Redis(env.env.REDIS_URL);
    try {
      const queueKey = `${env.queuePrefix}:${QUEUES.webhookDeliveries}`;
      const retries: { jobId: string; dueAt: number; scheduledAt: number }[] = [];
      for (const [streamId, fields] of await redis.xrange(`${queueKey}:events`, '-', '+')) {
        const event: Record<string, string> = {};
        for (let i = 0; i + 1 < fields.length; i += 2) event[fields[i]] = fields[i + 1];
        if (event.event !== 'delayed') continue;
        const data = JSON.parse((await redis.hget(`${queueKey}:${event.jobId}`, 'data')) ?? '{}');
        if (data.deliveryId !== deliveryId) continue;
        retries.push({ jobId: event.jobId, dueAt: Number(event.delay), scheduledAt: Number(streamId.split('-')[0]) });
      }
      return retries;
    } finally {
      redis.disconnect();
    }
  }

  /** A buyer key with its id and secret, for the tests that need more than a client. */
  async function mintBuyer(storeCode?: string) {
    const minted = await env.admin.post('/v1/api-keys', { role: 'buyer', label: 'webhook test buyer', storeCode });
    expect(minted.status).toBe(201);
    return { id: minted.body.id as string, key: minted.body.key as string, client: env.api.as(minted.body.key) };
  }

  beforeAll(async () => {
    await receiver.start();
    await env.start();
    staff = await mintKey(env, { role: 'staff' });
    buyerKey = await mintBuyer('FS-SHA-001');
    buyer = buyerKey.client;
    otherStoreBuyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-002' });
    hqBuyer = await mintKey(env, { role: 'buyer' });
    ({ supplierId, exporter } = await approvedSupplier(env, staff));
  }, 180_000);

  afterAll(async () => {
    await env.stop();
    await receiver.stop();
  });

  describe('subscriptions', () => {
    it('subscribes a buyer, showing the signing secret once', async () => {
      const created = await buyer.post('/v1/webhook-subscriptions', {
        url: receiver.url('/shown-once'),
        events: ['purchase_order.status_changed', 'shipment.status_changed'],
      });

      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        url: receiver.url('/shown-once'),
        events: ['purchase_order.status_changed', 'shipment.status_changed'],
        storeCode: 'FS-SHA-001',
        secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/=]{44}$/),
      });
      const read = await buyer.get(`/v1/webhook-subscriptions/${created.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).not.toHaveProperty('secret');
      const listed = await buyer.get('/v1/webhook-subscriptions');
      expect(listed.body.items.map((s: { id: string }) => s.id)).toContain(created.body.id);
      expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    });

    it('keeps a buyer’s subscriptions from other buyers (404), not from staff', async () => {
      const mine = await subscribe(buyer, '/private-to-buyer');

      expectError(await otherStoreBuyer.get(`/v1/webhook-subscriptions/${mine.id}`), 404, 'NOT_FOUND');
      expectError(await otherStoreBuyer.get(`/v1/webhook-subscriptions/${mine.id}/deliveries`), 404, 'NOT_FOUND');
      expectError(await otherStoreBuyer.delete(`/v1/webhook-subscriptions/${mine.id}`), 404, 'NOT_FOUND');
      const others = await otherStoreBuyer.get('/v1/webhook-subscriptions');
      expect(others.body.items.map((s: { id: string }) => s.id)).not.toContain(mine.id);
      expect((await staff.get(`/v1/webhook-subscriptions/${mine.id}`)).status).toBe(200);
    });

    it('is for buyers: an exporter may not subscribe (403)', async () => {
      const response = await exporter.post('/v1/webhook-subscriptions', {
        url: receiver.url('/exporter'),
        events: ['purchase_order.status_changed'],
      });
      expectError(response, 403, 'FORBIDDEN');
    });

    it.each([
      [
        'a link-local address',
        { url: 'http://169.254.169.254/latest/meta-data/', events: ['shipment.status_changed'] },
      ],
      ['an IPv6 link-local address', { url: 'http://[fe80::1]:8080/', events: ['shipment.status_changed'] }],
      ['credentials in the URL', { url: 'http://user:pw@127.0.0.1/', events: ['shipment.status_changed'] }],
      ['a scheme other than http(s)', { url: 'ftp://127.0.0.1/hook', events: ['shipment.status_changed'] }],
      ['an unknown event', { url: 'http://127.0.0.1/hook', events: ['order.created'] }],
      ['no events', { url: 'http://127.0.0.1/hook', events: [] }],
      [
        'an event twice',
        { url: 'http://127.0.0.1/hook', events: ['shipment.status_changed', 'shipment.status_changed'] },
      ],
      ['an unknown field', { url: 'http://127.0.0.1/hook', events: ['shipment.status_changed'], secret: 'mine' }],
    ])('refuses %s with 400, storing nothing', async (_, body) => {
      const before = await staff.get('/v1/webhook-subscriptions?limit=200');
      const response = await buyer.post('/v1/webhook-subscriptions', body);

      expectError(response, 400, 'VALIDATION_FAILED');
      const after = await staff.get('/v1/webhook-subscriptions?limit=200');
      expect(after.body.items).toHaveLength(before.body.items.length);
    });

    it('refuses loopback and private receivers unless WEBHOOK_ALLOW_PRIVATE is set', async () => {
      const strictApi = await env.startApiReplica({ WEBHOOK_ALLOW_PRIVATE: 'false' });
      const strictBuyer = strictApi.as(buyerKey.key);

      for (const url of [receiver.url('/loopback'), 'http://10.1.2.3/hook', 'http://localhost:9/hook']) {
        const response = await strictBuyer.post('/v1/webhook-subscriptions', {
          url,
          events: ['purchase_order.status_changed'],
        });
        expectError(response, 400, 'VALIDATION_FAILED');
        expect(response.body.error.details[0].field).toBe('url');
      }
    });
  });

  describe('signing secrets at rest', () => {
    /** Everything stored for the subscription, every column as text. */
    async function storedRow(id: string): Promise<string> {
      const rows = await env.query<{ row: string }>('SELECT t::text AS row FROM webhook_subscription t WHERE id = $1', [
        id,
      ]);
      expect(rows).toHaveLength(1);
      return rows[0].row;
    }

    /** Runs the sealing migration's `down` then `up`, as a database last migrated by an older release would. */
    async function withPlaintextRelease(between: () => Promise<void>): Promise<void> {
      const dataSource = await new DataSource(dataSourceOptions(AppConfig.fromEnv(env.env), 1)).initialize();
      const runner = dataSource.createQueryRunner();
      const migration = new (sealedSecretsMigration(SecretBox.fromBase64(env.secretsKey)))();
      try {
        await migration.down(runner);
        try {
          await between();
        } finally {
          await migration.up(runner);
        }
      } finally {
        await runner.release();
        await dataSource.destroy();
      }
    }

    it('stores only a sealed form: no column holds the secret or its key bytes', async () => {
      const hook = await subscribe(buyer, '/sealed');
      const row = await storedRow(hook.id);
      const sealed = await env.query<{ sealed_secret: string }>(
        'SELECT sealed_secret FROM webhook_subscription WHERE id = $1',
        [hook.id],
      );

      expect(row).not.toContain(hook.secret);
      expect(row).not.toContain(hook.secret.slice('whsec_'.length));
      expect(row).not.toContain(Buffer.from(hook.secret.slice('whsec_'.length), 'base64').toString('hex'));
      expect(sealed[0].sealed_secret).toMatch(/^sb1\.[A-Za-z0-9_-]{80,}$/);
      expect(
        SecretBox.fromBase64(env.secretsKey).open(sealed[0].sealed_secret, `webhook_subscription:${hook.id}`),
      ).toBe(hook.secret);
    });

    it('rewrites the plaintext secrets an older release stored, and deliveries signed with them still verify', async () => {
      const hook = await subscribe(buyer, '/migrated');
      let plaintext: string | undefined;
      await withPlaintextRelease(async () => {
        const rows = await env.query<{ secret: string }>('SELECT secret FROM webhook_subscription WHERE id = $1', [
          hook.id,
        ]);
        plaintext = rows[0].secret;
      });
      expect(plaintext).toBe(hook.secret);
      expect(await storedRow(hook.id)).not.toContain(hook.secret);

      const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      expect(order.status).toBe(201);
      const [received] = await waitFor(
        async () => receiver.events('/migrated', order.body.id),
        (events) => events.length >= 1,
        { what: 'the event at /migrated' },
      );
      expect(verify(hook.secret, received.request)).toEqual(received.event);
    });

    it('returns the same secret on an idempotent replay, and a working one', async () => {
      const body = { url: receiver.url('/replayed'), events: ['purchase_order.status_changed'] };
      const first = await buyer.post('/v1/webhook-subscriptions', body, { 'idempotency-key': 'hook-1' });
      const replay = await buyer.post('/v1/webhook-subscriptions', body, { 'idempotency-key': 'hook-1' });
      const stored = await env.query<{ row: string }>(
        `SELECT t::text AS row FROM idempotency_key t WHERE key = 'hook-1'`,
      );

      expect(first.status).toBe(201);
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(first.body);
      expect(replay.body.secret).toMatch(/^whsec_/);
      expect(stored).toHaveLength(1);
      expect(stored[0].row).not.toContain(first.body.secret);
      expect(stored[0].row).not.toContain(first.body.secret.slice('whsec_'.length));

      const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      const [received] = await waitFor(
        async () => receiver.events('/replayed', order.body.id),
        (events) => events.length >= 1,
        { what: 'the event at /replayed' },
      );
      expect(verify(replay.body.secret, received.request)).toEqual(received.event);
    });
  });

  describe('deliveries', () => {
    it('signs each order event the Standard Webhooks way, for the order’s store and HQ only', async () => {
      const storeHook = await subscribe(buyer, '/store');
      const hqHook = await subscribe(hqBuyer, '/hq');
      const otherStoreHook = await subscribe(otherStoreBuyer, '/other-store');

      const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      expect(order.status).toBe(201);
      expect((await exporter.post(`/v1/purchase-orders/${order.body.id}/confirm`)).status).toBe(200);

      for (const [path, hook] of [
        ['/store', storeHook],
        ['/hq', hqHook],
      ] as const) {
        const received = await waitFor(
          async () => receiver.events(path, order.body.id),
          (events) => events.length >= 2,
          { what: `two events at ${path}` },
        );
        const byStatus = new Map(received.map(({ request, event }) => [event.data.to, { request, event }]));
        expect([...byStatus.keys()].sort()).toEqual(['confirmed', 'submitted']);
        const confirmed = byStatus.get('confirmed')!;
        expect(verify(hook.secret, confirmed.request)).toEqual(confirmed.event);
        expect(confirmed.event).toMatchObject({
          type: 'purchase_order.status_changed',
          timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
          data: {
            purchaseOrderId: order.body.id,
            buyerReference: order.body.buyerReference,
            storeCode: 'FS-SHA-001',
            from: 'submitted',
            to: 'confirmed',
            actor: { role: 'exporter' },
          },
        });
        expect(byStatus.get('submitted')!.event.data).toMatchObject({ from: null, to: 'submitted' });
        expect(confirmed.request.headers['content-type']).toBe('application/json');
        // The signature is the receiver's proof: another subscription's secret does not verify it.
        const otherSecret = path === '/store' ? hqHook.secret : storeHook.secret;
        expect(() => verify(otherSecret, confirmed.request)).toThrow();
      }
      // Fan-out writes every subscription's delivery in one transaction: both above are in, so
      // a delivery for the other store would be too.
      expect(await deliveries(otherStoreBuyer, otherStoreHook.id)).toEqual([]);
      expect(receiver.events('/other-store', order.body.id)).toEqual([]);
    });

    it('delivers to a receiver that fails the first attempts later, recording one attempt per request', async () => {
      const hook = await subscribe(buyer, '/flaky');
      const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      expect(order.status).toBe(201);
      receiver.script('/flaky', [503, 500, 502]);

      const delivered = await waitFor(
        () => deliveries(buyer, hook.id),
        (items) => items.length === 1 && items[0].status === 'succeeded',
        { what: 'the flaky delivery to succeed', timeoutMs: 30_000 },
      );
      const requests = receiver.at('/flaky');
      expect(requests.map((r) => r.answered)).toEqual([503, 500, 502, 204]);
      expect(
        delivered[0].attempts.map((a: { attempt: number; statusCode: number }) => [a.attempt, a.statusCode]),
      ).toEqual([
        [1, 503],
        [2, 500],
        [3, 502],
        [4, 204],
      ]);
      expect(delivered[0]).toMatchObject({
        eventType: 'purchase_order.status_changed',
        completedAt: expect.any(String),
        body: requests[3].body,
      });
      // One message, retried: the same webhook-id each time, each attempt freshly and validly signed.
      expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivered[0].eventId]));
      for (const request of requests) expect(verify(hook.secret, request)).toEqual(JSON.parse(request.body));
      // Retries wait longer each time (100 ms doubling), as BullMQ scheduled them: one delayed
      // retry of the one job per failed attempt. Each retry's delay was counted from a moment
      // after its attempt began and before Redis recorded the retry, so the backoff lies
      // between those two readings of the due time; and the next attempt began no earlier than due.
      const times = delivered[0].attempts.map((a: { at: string }) => Date.parse(a.at));
      const retries = await retrySchedule(delivered[0].id);
      expect(retries).toHaveLength(3);
      expect(new Set(retries.map((r) => r.jobId)).size).toBe(1);
      const backoffs = [100, 200, 400];
      retries.forEach((retry, n) => {
        expect(retry.dueAt - retry.scheduledAt).toBeLessThanOrEqual(backoffs[n]);
        expect(retry.dueAt - times[n]).toBeGreaterThanOrEqual(backoffs[n]);
        expect(times[n + 1]).toBeGreaterThanOrEqual(retry.dueAt);
      });
    });

    it('gives up after the configured attempts, marking the delivery failed without a staff task', async () => {
      const hook = await subscribe(buyer, '/down');
      receiver.script('/down', [500, 500, 500, 500, 500, 500, 500]);
      const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      expect(order.status).toBe(201);

      const failed = await waitFor(
        () => deliveries(buyer, hook.id),
        (items) => items.length === 1 && items[0].status === 'failed',
        { what: 'the delivery to fail for good', timeoutMs: 30_000 },
      );
      expect(failed[0].attempts).toHaveLength(5);
      expect(receiver.at('/down')).toHaveLength(5);
      const tasks = await staff.get('/v1/tasks?type=failed_job');
      expect(tasks.body.items).toEqual([]);
    });

    it('sends shipment status changes as the pipeline moves the shipment', async () => {
      const hook = await subscribe(buyer, '/shipments', ['shipment.status_changed']);
      const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      await exporter.post(`/v1/purchase-orders/${order.body.id}/confirm`);
      const shipment = await exporter.post(`/v1/purchase-orders/${order.body.id}/shipments`, shipmentBody(10));
      expect(shipment.status).toBe(201);
      await waitForStatus(exporter, `/v1/shipments/${shipment.body.id}`, 'handoff_booked');

      const received = await waitFor(
        async () => receiver.events('/shipments', shipment.body.id),
        (events) => events.some(({ event }) => event.data.to === 'handoff_booked'),
        { what: 'shipment events up to handoff_booked' },
      );
      const moves = received.map(({ event }) => [event.data.from, event.data.to]);
      expect(moves).toEqual(
        expect.arrayContaining([
          [null, 'documents_pending'],
          ['documents_pending', 'documents_ready'],
          ['documents_ready', 'handoff_booked'],
        ]),
      );
      const booked = received.find(({ event }) => event.data.to === 'handoff_booked')!;
      expect(booked.event).toMatchObject({
        type: 'shipment.status_changed',
        data: { shipmentId: shipment.body.id, purchaseOrderId: order.body.id, storeCode: 'FS-SHA-001' },
      });
      expect(verify(hook.secret, booked.request)).toEqual(booked.event);
      // Order events are not sent to a subscription that asked for shipments only.
      expect(
        receiver.events('/shipments', order.body.id).filter(({ event }) => event.type !== 'shipment.status_changed'),
      ).toEqual([]);
    });

    it('stops sending once the subscription is deleted, or its buyer key revoked', async () => {
      const deleted = await subscribe(buyer, '/deleted');
      const temporaryBuyer = await mintBuyer('FS-SHA-001');
      const revoked = await subscribe(temporaryBuyer.client, '/revoked');
      const witness = await subscribe(hqBuyer, '/witness');
      expect((await buyer.delete(`/v1/webhook-subscriptions/${deleted.id}`)).status).toBe(204);
      expect((await env.admin.delete(`/v1/api-keys/${temporaryBuyer.id}`)).status).toBe(204);

      const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      await waitFor(
        () => deliveries(hqBuyer, witness.id),
        (items) => items.some((d) => JSON.parse(d.body).data.purchaseOrderId === order.body.id),
        { what: 'the witness subscription to get the event' },
      );
      expect(receiver.at('/deleted')).toEqual([]);
      expect(receiver.at('/revoked')).toEqual([]);
      expectError(await buyer.get(`/v1/webhook-subscriptions/${deleted.id}`), 404, 'NOT_FOUND');
      expect(await deliveries(staff, revoked.id)).toEqual([]);
    });
  });
});
