import Redis from 'ioredis';
import { Queue } from 'bullmq';
import { JOB_QUEUE, SCHEDULES, redisOptionsFromUrl } from '@corridor/queue';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { DropoffClerk, PipelineProbe } from '../support/pipeline';
import { waitFor } from '../support/wait-for';
import { approvedSupplier, mintKey, orderBody, shipmentBody } from '../support/scenario';

const SHIPMENTS = 6;

/**
 * Redis loses every key of Corridor's queues while shipments wait on a carrier that refuses
 * bookings: their retrying `handoff.book` jobs, the flows, the job schedulers, all gone, as
 * after a Redis restarted without persistence. The outbox rows that started those jobs say
 * they were published, so the relay will not send them again. Without the reconciler the
 * shipments would wait at `documents_ready` for good; with it they are booked exactly once and
 * delivered, and the schedules are back, without restarting anything.
 */
describe('Redis restarted without its data while bookings retry', () => {
  const env = new TestEnvironment({
    CARRIER_SIM_FAULTS: JSON.stringify({ seed: 3, carriers: { express: { bookingErrorRate: 1 } } }),
    JOB_ATTEMPTS: '50',
    JOB_BACKOFF_MS: '500',
    // Far off: only the vanished marker can start the repair within the test.
    RECONCILE_INTERVAL_MS: '3600000',
  });
  let staff: HttpClient;
  let probe: PipelineProbe;
  let clerk: DropoffClerk;
  const shipmentIds: string[] = [];

  beforeAll(async () => {
    await env.start();
    probe = await new PipelineProbe(env).open();
    staff = await mintKey(env, { role: 'staff' });
    clerk = new DropoffClerk(staff).start();
  }, 120_000);

  afterAll(async () => {
    await clerk.stop();
    await probe.close();
    await env.stop();
  });

  async function wipeQueueKeys(): Promise<number> {
    const redis = new Redis(env.env.REDIS_URL);
    let removed = 0;
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.queuePrefix}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length > 0) removed += await redis.del(...keys);
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
    return removed;
  }

  async function schedulerIds(): Promise<string[]> {
    const ids: string[] = [];
    const connection = redisOptionsFromUrl(env.env.REDIS_URL);
    for (const name of new Set(SCHEDULES.map((s) => JOB_QUEUE[s.job]))) {
      const queue = new Queue(name, { connection, prefix: env.queuePrefix });
      try {
        for (const s of await queue.getJobSchedulers()) ids.push(s.key);
      } finally {
        await queue.close();
      }
    }
    return ids.sort();
  }

  it('republishes the lost jobs and schedules, and every shipment is booked once and delivered', async () => {
    const buyer = await mintKey(env, { role: 'buyer' });
    const { supplierId, exporter } = await approvedSupplier(env, staff);
    const order = await buyer.post(
      '/v1/purchase-orders',
      orderBody(supplierId, { lines: [{ sku: 'GSH-CHILI-DW-5KG', quantity: SHIPMENTS * 10, unitPrice: '23.50' }] }),
    );
    expect(order.status).toBe(201);
    expect((await exporter.post(`/v1/purchase-orders/${order.body.id}/confirm`)).status).toBe(200);
    for (let i = 0; i < SHIPMENTS; i++) {
      const shipment = await exporter.post(`/v1/purchase-orders/${order.body.id}/shipments`, {
        ...shipmentBody(10),
        mode: 'courier',
      });
      expect(shipment.status).toBe(201);
      shipmentIds.push(shipment.body.id);
    }
    await waitFor(
      async () => ({ counts: await probe.statusCounts(shipmentIds), unpublished: await probe.unpublishedOutbox() }),
      ({ counts, unpublished }) => counts.documents_ready === SHIPMENTS && unpublished.length === 0,
      { what: 'every shipment waiting on a refused booking, its jobs published', timeoutMs: 90_000, intervalMs: 200 },
    );
    expect(await schedulerIds()).toEqual(SCHEDULES.map((s) => s.id).sort());

    // Redis comes back empty, and the carrier takes bookings again.
    expect(await wipeQueueKeys()).toBeGreaterThan(0);
    const faults = await env.carrierSim.send('PUT', '/sandbox/faults', '{}', { 'content-type': 'application/json' });
    expect(faults.status).toBe(200);

    const final = await waitFor(
      () => probe.statusCounts(shipmentIds),
      (counts) => counts.delivered === SHIPMENTS,
      { what: 'every shipment delivered after the repair', timeoutMs: 120_000, intervalMs: 500 },
    );
    expect(final).toEqual({ delivered: SHIPMENTS });
    expect(env.log('worker')).toMatch(/reconciler: Redis lost its data; republished [1-9]\d* of \d+ published jobs/);
    expect(await schedulerIds()).toEqual(SCHEDULES.map((s) => s.id).sort());

    const bookings = (await env.carrierSim.get('/sandbox/bookings')).body.items as { reference: string }[];
    const perShipment = new Map<string, number>();
    for (const b of bookings) perShipment.set(b.reference, (perShipment.get(b.reference) ?? 0) + 1);
    expect(shipmentIds.map((id) => perShipment.get(id) ?? 0)).toEqual(shipmentIds.map(() => 1));
    expect(await probe.unpublishedOutbox()).toEqual([]);
    expect(await probe.failedJobs()).toEqual([]);
  });
});
