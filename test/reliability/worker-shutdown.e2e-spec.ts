import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { DropoffClerk, PipelineProbe, restartWorker } from '../support/pipeline';
import { waitFor } from '../support/wait-for';
import { approvedSupplier, mintKey, orderBody, shipmentBody } from '../support/scenario';

const SHUTDOWN_TIMEOUT_MS = 1500;

/**
 * SIGTERM while a carrier call is in flight: the carrier holds the booking request 8 s, longer
 * than the worker's shutdown bound. The worker must say it is not ready from the signal on, give
 * the booking `WORKER_SHUTDOWN_TIMEOUT_MS`, hand the job back to the queue (not leave it locked
 * until its lock lapses) and exit 0 well inside a container's stop grace. Restarted, it books the
 * shipment once (the carrier's idempotency key finds the held booking) and carries it on.
 */
describe('a worker stopped (SIGTERM) with a carrier call in flight', () => {
  const env = new TestEnvironment({
    CARRIER_SIM_FAULTS: JSON.stringify({
      seed: 5,
      carriers: { express: { bookingTimeoutRate: 1, timeoutMs: 8000 } },
    }),
    CARRIER_TIMEOUT_MS: '10000',
    WORKER_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
  });
  let staff: HttpClient;
  let probe: PipelineProbe;
  let clerk: DropoffClerk;

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

  it('turns unready, hands the booking back within the bound, exits 0, and the shipment is booked once', async () => {
    const buyer = await mintKey(env, { role: 'buyer' });
    const { supplierId, exporter } = await approvedSupplier(env, staff);
    const order = await buyer.post(
      '/v1/purchase-orders',
      orderBody(supplierId, { lines: [{ sku: 'GSH-CHILI-DW-5KG', quantity: 10, unitPrice: '23.50' }] }),
    );
    expect((await exporter.post(`/v1/purchase-orders/${order.body.id}/confirm`)).status).toBe(200);
    const shipment = await exporter.post(`/v1/purchase-orders/${order.body.id}/shipments`, {
      ...shipmentBody(10),
      mode: 'courier',
    });
    expect(shipment.status).toBe(201);
    await waitFor(
      () => env.carrierSim.get('/sandbox/bookings'),
      (r) => r.status === 200 && r.body.requestCount > 0,
      { what: 'the booking request held at the carrier', intervalMs: 20, timeoutMs: 60_000 },
    );

    const readiness: number[] = [];
    let watching = true;
    const watch = (async () => {
      while (watching) {
        const r = await env.worker.get('/health/ready').catch(() => null);
        if (r) readiness.push(r.status);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = Date.now();
    const ended = await env.kill('worker', 'SIGTERM');
    const tookMs = Date.now() - started;
    watching = false;
    await watch;

    expect(ended).toMatchObject({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 4000);
    expect(readiness).toContain(503);
    expect(env.log('worker')).toMatch(/handed 1 back to their queues/);
    // Back in the queue at once, not locked to the dead worker until its lock lapses.
    expect((await probe.jobCounts()).wait).toBeGreaterThanOrEqual(1);

    await env.carrierSim.send('PUT', '/sandbox/faults', '{}', { 'content-type': 'application/json' });
    await restartWorker(env);
    await waitFor(
      () => probe.statusCounts([shipment.body.id]),
      (counts) => counts.delivered === 1,
      { what: 'the shipment delivered after the restart', timeoutMs: 90_000, intervalMs: 250 },
    );
    const bookings = await env.carrierSim.get(`/sandbox/bookings?reference=${shipment.body.id}`);
    expect(bookings.body.items).toHaveLength(1);
  });
});
