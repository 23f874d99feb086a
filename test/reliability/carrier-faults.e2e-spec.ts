import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { DropoffClerk, PipelineProbe } from '../support/pipeline';
import { waitFor } from '../support/wait-for';
import { approvedSupplier, mintKey, orderBody, shipmentBody } from '../support/scenario';
import { inPool } from '../support/orders';

const ORDERS = 25;
const SHIPMENTS_PER_ORDER = 4;
const BAGS_PER_SHIPMENT = 10;

/**
 * The courier fails 30% of booking requests outright and holds another 10% past Corridor's
 * timeout (booking them all the same, as real carriers do). Every shipment must still be
 * booked exactly once, by the sandbox carrier's own count, and every one delivered.
 */
describe('a carrier that errs and times out', () => {
  const env = new TestEnvironment({
    CARRIER_SIM_FAULTS: JSON.stringify({
      seed: 7,
      carriers: { express: { bookingErrorRate: 0.3, bookingTimeoutRate: 0.1, timeoutMs: 2500 } },
    }),
    CARRIER_TIMEOUT_MS: '1000',
    JOB_ATTEMPTS: '12',
    JOB_BACKOFF_MS: '100',
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

  it(`books ${ORDERS * SHIPMENTS_PER_ORDER} courier shipments once each and delivers all of them`, async () => {
    const buyer = await mintKey(env, { role: 'buyer' });
    const { supplierId, exporter } = await approvedSupplier(env, staff);
    await inPool(ORDERS, 5, async () => {
      const order = await buyer.post(
        '/v1/purchase-orders',
        orderBody(supplierId, {
          lines: [{ sku: 'GSH-CHILI-DW-5KG', quantity: SHIPMENTS_PER_ORDER * BAGS_PER_SHIPMENT, unitPrice: '23.50' }],
        }),
      );
      expect(order.status).toBe(201);
      expect((await exporter.post(`/v1/purchase-orders/${order.body.id}/confirm`)).status).toBe(200);
      for (let i = 0; i < SHIPMENTS_PER_ORDER; i++) {
        const shipment = await exporter.post(`/v1/purchase-orders/${order.body.id}/shipments`, {
          ...shipmentBody(BAGS_PER_SHIPMENT),
          mode: 'courier',
        });
        expect(shipment.status).toBe(201);
        shipmentIds.push(shipment.body.id);
      }
    });
    expect(shipmentIds).toHaveLength(ORDERS * SHIPMENTS_PER_ORDER);

    const started = Date.now();
    await waitFor(
      () => probe.statusCounts(shipmentIds),
      (counts) => counts.delivered === shipmentIds.length,
      { what: 'every shipment delivered', timeoutMs: 600_000, intervalMs: 1000 },
    );
    const stats = (await env.carrierSim.get('/sandbox/stats')).body;
    const express = stats.carriers.express;
    console.info(
      `carrier-faults: ${shipmentIds.length} delivered in ${Date.now() - started} ms; express ${JSON.stringify(express)}`,
    );

    expect(express.errorsInjected).toBeGreaterThan(0);
    expect(express.timeoutsInjected).toBeGreaterThan(0);
    expect(express.bookingsCreated).toBe(shipmentIds.length);
    expect(stats.referencesBookedMoreThanOnce).toEqual([]);
    for (const id of shipmentIds) {
      const bookings = (await env.carrierSim.get(`/sandbox/bookings?reference=${id}`)).body.items;
      expect({ id, bookings: bookings.length }).toEqual({ id, bookings: 1 });
    }
    // Each shipment was handed over once, by one drop-off, and nothing was left to a person.
    expect(clerk.errors).toEqual([]);
    expect(clerk.receipts.size).toBe(shipmentIds.length);
    expect(await probe.failedJobs()).toEqual([]);
  }, 900_000);
});
