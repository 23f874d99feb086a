import { createHash } from 'node:crypto';
import {
  purchaseOrderStateMachine,
  shipmentStateMachine,
  type PurchaseOrderStatus,
  type ShipmentStatus,
} from '@corridor/domain';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { waitFor } from '../support/wait-for';
import { approvedSupplier, CHILI_PRODUCT, mintKey, orderBody, shipmentBody } from '../support/scenario';
import { DropoffClerk, IN_TRANSIT, PipelineProbe, restartWorker } from '../support/pipeline';

const ORDERS = 6;
/** Each order of 20 bags ships in two shipments of 10 bags (two parcels each). */
const BAGS_PER_SHIPMENT = 10;
const PACKAGES_PER_SHIPMENT = 2;
const JOURNEY = [
  'accepted',
  'departed_origin',
  'in_transit',
  'arrived_destination',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
];
const SHIPMENT_PATH = [
  'documents_pending',
  'documents_ready',
  'handoff_booked',
  'handed_over',
  'in_transit',
  'arrived',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
];

/**
 * Acceptance: killing the worker (SIGKILL) while shipments are in the pipeline and starting it
 * again loses nothing: every shipment still reaches `delivered`, booked exactly once at the
 * carrier.
 *
 * Twelve shipments of six orders. The first six are created together and the worker is killed
 * the moment the carrier receives the first booking request: a booking made at the carrier but
 * not yet recorded, other shipments still being rendered. The other six are created while the
 * worker is dead, so their jobs wait unpublished in the outbox. The worker is killed again, soon
 * after its restart, once parcels are travelling while drop-offs the clerk held back are waiting;
 * the clerk then hands those over while it is down. Then everything must arrive, and the
 * invariants are checked: one booking, one set of documents, one drop-off task, one history row
 * per move and seven tracking events per shipment, nothing failed, nothing left over.
 */
describe('the worker killed (SIGKILL) while shipments are in the pipeline', () => {
  // Journeys long enough (7 steps of 700 ms) that parcels are seen travelling; BullMQ takes a
  // killed worker's jobs back only once their 30 s lock has lapsed, which sets the pace here.
  const env = new TestEnvironment({ CARRIER_SIM_STEP_MS: '700' });
  let probe: PipelineProbe;
  let clerk: DropoffClerk;
  let staff: HttpClient;
  let buyer: HttpClient;
  let exporter: HttpClient;
  const orders: { id: string; buyerReference: string }[] = [];
  let firstHalf: string[] = [];
  let secondHalf: string[] = [];
  const shipments = () => [...firstHalf, ...secondHalf];
  const orderOf = new Map<string, string>();

  beforeAll(async () => {
    await env.start();
    staff = await mintKey(env, { role: 'staff' });
    buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    const supplier = await approvedSupplier(env, staff);
    exporter = supplier.exporter;
    for (let i = 0; i < ORDERS; i++) {
      const body = orderBody(supplier.supplierId, {
        lines: [{ sku: CHILI_PRODUCT.sku, quantity: 2 * BAGS_PER_SHIPMENT, unitPrice: '23.50' }],
      });
      const created = await buyer.post('/v1/purchase-orders', body);
      if (created.status !== 201) throw new Error(`order failed: ${created.status} ${JSON.stringify(created.body)}`);
      const confirmed = await exporter.post(`/v1/purchase-orders/${created.body.id}/confirm`);
      if (confirmed.status !== 200)
        throw new Error(`confirm failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
      orders.push({ id: created.body.id, buyerReference: body.buyerReference });
    }
    probe = await new PipelineProbe(env).open();
    clerk = new DropoffClerk(staff);
  }, 180_000);

  afterAll(async () => {
    await clerk?.stop();
    await probe?.close();
    await env.stop();
  });

  async function shipHalfOfEachOrder(): Promise<string[]> {
    return Promise.all(
      orders.map(async (order) => {
        const created = await exporter.post(
          `/v1/purchase-orders/${order.id}/shipments`,
          shipmentBody(BAGS_PER_SHIPMENT),
        );
        if (created.status !== 201)
          throw new Error(`shipment failed: ${created.status} ${JSON.stringify(created.body)}`);
        orderOf.set(created.body.id, order.id);
        return created.body.id as string;
      }),
    );
  }

  /** What is stuck where, for a timeout message. */
  async function diagnostics(): Promise<string> {
    return JSON.stringify({
      shipments: await probe.statusCounts(shipments()),
      unpublished: await probe.unpublishedOutbox(),
      jobs: await probe.jobCounts(),
      failed: await probe.failedJobs(),
      tasks: await probe.query(`SELECT type, status, count(*)::int AS n FROM task GROUP BY type, status`),
      clerkErrors: clerk.errors,
    });
  }

  it('delivers every shipment and every order, through two worker crashes', async () => {
    const started = Date.now();
    // The drop-off desk leaves the last three shipments of the second half lying until crash 2.
    const held = () => secondHalf.slice(ORDERS / 2);
    clerk.start({ hold: (shipmentId) => held().includes(shipmentId) });

    // Crash 1: the moment the carrier receives the first booking request. Bookings are then being
    // made at the carrier and not yet recorded in Corridor, and other shipments are still rendering.
    firstHalf = await shipHalfOfEachOrder();
    await waitFor(
      () => env.carrierSim.get('/sandbox/bookings'),
      (r) => r.status === 200 && r.body.requestCount > 0,
      {
        what: 'the first booking request at the carrier',
        intervalMs: 10,
        timeoutMs: 60_000,
      },
    );
    await env.kill('worker', 'SIGKILL');
    const atCrash1 = {
      corridor: await probe.statusCounts(firstHalf),
      carrierBookings: (await env.carrierSim.get('/sandbox/bookings')).body.items.length,
    };

    // While the worker is dead the exporter ships the other half: its jobs can only wait in the outbox.
    secondHalf = await shipHalfOfEachOrder();
    const waiting = await probe.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL AND job_name = 'customs.generate' AND payload->>'shipmentId' = ANY($1)`,
      [secondHalf],
    );
    expect(waiting[0].n).toBe(ORDERS);
    expect(await probe.statusCounts(secondHalf)).toEqual({ documents_pending: ORDERS });
    await restartWorker(env);
    const restarted1 = Date.now();

    // Crash 2: parcels of the second half on their way while the held ones wait at the desk. This
    // comes seconds after the restart, before BullMQ takes back the jobs crash 1 cut off (their
    // 30 s locks must lapse first), so no job is cut off twice (see BullMQ's maxStalledCount).
    await waitFor(
      async () => ({
        statuses: await probe.shipmentStatuses(shipments()),
        dropoffs: await probe.query(
          `SELECT subject_id FROM task WHERE type = 'handoff_dropoff' AND status = 'open' AND subject_id = ANY($1)`,
          [held()],
        ),
      }),
      ({ statuses, dropoffs }) => [...statuses.values()].some((s) => IN_TRANSIT.includes(s)) && dropoffs.length > 0,
      { what: 'parcels travelling while drop-offs wait', intervalMs: 50, timeoutMs: 60_000 },
    );
    await env.kill('worker', 'SIGKILL');
    const atCrash2 = await probe.statusCounts(shipments());
    const crash2AfterRestartMs = Date.now() - restarted1;

    // The clerk drops the held shipments off while the worker is down; the decisions wait in the outbox.
    clerk.release();
    await clerk.work();
    const [{ n: droppedWhileDown }] = await probe.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM task WHERE type = 'handoff_dropoff' AND status = 'done' AND subject_id = ANY($1)`,
      [held()],
    );
    expect(droppedWhileDown).toBeGreaterThan(0);
    const unpublishedWhileDown = await probe.unpublishedOutbox();
    expect(unpublishedWhileDown.find((r) => r.job_name === 'handoff.dropoff_completed')?.n).toBeGreaterThanOrEqual(
      droppedWhileDown,
    );
    await restartWorker(env);

    const final = await waitFor(
      () => probe.statusCounts(shipments()),
      (counts) => counts.delivered === shipments().length,
      { what: 'every shipment delivered', intervalMs: 250, timeoutMs: 180_000 },
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await diagnostics()}`);
    });
    expect(final).toEqual({ delivered: 2 * ORDERS });
    for (const id of shipments()) {
      const shipment = await exporter.get(`/v1/shipments/${id}`);
      expect({ id, status: shipment.body.status }).toEqual({ id, status: 'delivered' });
    }
    for (const order of orders) {
      const delivered = await waitFor(
        () => buyer.get(`/v1/purchase-orders/${order.id}`),
        (r) => r.body.status === 'delivered',
        {
          what: `order ${order.id} delivered`,
          timeoutMs: 30_000,
        },
      );
      expect(delivered.body.lines[0]).toMatchObject({
        quantityPacked: 2 * BAGS_PER_SHIPMENT,
        quantityShipped: 2 * BAGS_PER_SHIPMENT,
      });
    }

    // Not assertions: what the crashes hit, for whoever reads the run.
    console.info(
      `worker-kill: crash 1 at ${JSON.stringify(atCrash1)}; crash 2 ${crash2AfterRestartMs} ms after the restart at ${JSON.stringify(atCrash2)}; ` +
        `${droppedWhileDown} drop-offs while down, waiting: ${JSON.stringify(unpublishedWhileDown)}; ` +
        `${await probe.stalledCount()} stalled job(s) taken back; ` +
        `${(await env.carrierSim.get('/sandbox/bookings')).body.requestCount} booking requests for ${shipments().length} shipments; ` +
        `all delivered after ${Date.now() - started} ms`,
    );
  }, 360_000);

  it('booked each shipment exactly once at the carrier, and handed it over with the clerk’s receipt', async () => {
    const trackingNumbers = new Set<string>();
    for (const id of shipments()) {
      const shipment = (await exporter.get(`/v1/shipments/${id}`)).body;
      const bookings = await env.carrierSim.get(`/sandbox/bookings?reference=${id}`);
      expect({ id, bookings: bookings.body.items.length }).toEqual({ id, bookings: 1 });
      const [booking] = bookings.body.items;
      expect(booking).toMatchObject({
        carrier: 'iposita-ems',
        trackingNumber: shipment.trackingNumber,
        status: 'delivered',
      });
      expect(booking.handover).toMatchObject({ receiptNumber: clerk.receipts.get(id) });
      const [row] = await probe.query<{ carrier_booking_id: string }>(
        `SELECT carrier_booking_id FROM shipment WHERE id = $1`,
        [id],
      );
      expect(row.carrier_booking_id).toBe(booking.bookingId);
      trackingNumbers.add(shipment.trackingNumber);
    }
    expect(trackingNumbers.size).toBe(2 * ORDERS);
  });

  it('rendered each document once, and every PDF served is the one recorded', async () => {
    const rows = await probe.query<{
      shipment_id: string;
      type: string;
      package_reference: string | null;
      versions: number[];
    }>(
      `SELECT shipment_id, type, package_reference, array_agg(version ORDER BY version) AS versions
       FROM shipment_document WHERE shipment_id = ANY($1) GROUP BY shipment_id, type, package_reference`,
      [shipments()],
    );
    for (const id of shipments()) {
      const mine = rows
        .filter((r) => r.shipment_id === id)
        .map((r) => `${r.type}${r.package_reference ? `:${r.package_reference}` : ''} v${r.versions.join(',')}`)
        .sort();
      expect({ id, documents: mine }).toEqual({
        id,
        // Dried chili by post in parcels over 2 kg: the full set, with a CN23 and a label per parcel.
        documents: [
          'certificate_of_origin v1',
          ...Array.from({ length: PACKAGES_PER_SHIPMENT }, (_, i) => `cn23:PKG-${i + 1} v1`),
          'commercial_invoice v1',
          'export_declaration v1',
          'packing_list v1',
          'phytosanitary_request v1',
          ...Array.from({ length: PACKAGES_PER_SHIPMENT }, (_, i) => `shipping_label:PKG-${i + 1} v1`),
        ],
      });

      const shipment = (await exporter.get(`/v1/shipments/${id}`)).body;
      const order = orders.find((o) => o.id === orderOf.get(id))!;
      const listed = (await exporter.get(`/v1/shipments/${id}/documents`)).body.items as {
        id: string;
        type: string;
        sha256: string;
      }[];
      for (const doc of listed) {
        const pdf = await exporter.get(`/v1/shipments/${id}/documents/${doc.id}`);
        expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
        expect({ doc: doc.id, sha256: createHash('sha256').update(pdf.raw).digest('hex') }).toEqual({
          doc: doc.id,
          sha256: doc.sha256,
        });
        const data = (await exporter.get(`/v1/shipments/${id}/documents/${doc.id}`, { accept: 'application/json' }))
          .body.data;
        expect(data).toMatchObject({ buyerReference: order.buyerReference });
        if (doc.type === 'shipping_label')
          expect(data).toMatchObject({ trackingNumber: shipment.trackingNumber, shipmentId: id });
      }
    }
  });

  it('opened one drop-off task per shipment, all done, and no job failed', async () => {
    const dropoffs = await probe.query<{ subject_id: string; n: number; statuses: string[] }>(
      `SELECT subject_id, count(*)::int AS n, array_agg(status) AS statuses FROM task WHERE type = 'handoff_dropoff' GROUP BY subject_id`,
    );
    expect(dropoffs.map((d) => d.subject_id).sort()).toEqual([...shipments()].sort());
    for (const d of dropoffs) expect(d).toMatchObject({ n: 1, statuses: ['done'] });
    expect(clerk.errors).toEqual([]);
    expect(await probe.query(`SELECT type, subject_id, summary FROM task WHERE type = 'failed_job'`)).toEqual([]);
    expect(await probe.query(`SELECT type, subject_id, status FROM task WHERE status <> 'done'`)).toEqual([]);
    expect(await probe.failedJobs()).toEqual([]);
  });

  it('moved each shipment and each order along a legal path, every step once', async () => {
    const history = await probe.query<{
      aggregate_type: string;
      aggregate_id: string;
      from_status: string | null;
      to_status: string;
    }>(
      `SELECT aggregate_type, aggregate_id, from_status, to_status FROM status_history
       WHERE aggregate_type IN ('shipment', 'purchase_order') ORDER BY at, id`,
    );
    const pathOf = (id: string) => history.filter((h) => h.aggregate_id === id);

    for (const id of shipments()) {
      const rows = pathOf(id);
      expect({ id, path: rows.map((r) => r.to_status) }).toEqual({ id, path: SHIPMENT_PATH });
      expect(rows[0].from_status).toBeNull();
      rows.slice(1).forEach((row, i) => {
        expect(row.from_status).toBe(rows[i].to_status);
        expect(shipmentStateMachine.targets(row.from_status as ShipmentStatus)).toContain(row.to_status);
      });
    }

    for (const order of orders) {
      const rows = pathOf(order.id);
      const path = rows.map((r) => r.to_status);
      expect(path.slice(0, 2)).toEqual(['submitted', 'confirmed']);
      expect(path[path.length - 1]).toBe('delivered');
      expect(new Set(path).size).toBe(path.length);
      expect(rows[0].from_status).toBeNull();
      rows.slice(1).forEach((row, i) => {
        expect(row.from_status).toBe(rows[i].to_status);
        expect(purchaseOrderStateMachine.targets(row.from_status as PurchaseOrderStatus)).toContain(row.to_status);
      });
    }
  });

  it('recorded the seven tracking events of each journey once', async () => {
    const events = await probe.query<{ shipment_id: string; codes: string[]; ids: number }>(
      `SELECT shipment_id, array_agg(code ORDER BY occurred_at, id) AS codes, count(DISTINCT event_id)::int AS ids
       FROM tracking_event GROUP BY shipment_id`,
    );
    expect(events.map((e) => e.shipment_id).sort()).toEqual([...shipments()].sort());
    for (const e of events) expect(e).toMatchObject({ codes: JOURNEY, ids: JOURNEY.length });
    const tracking = await env.api.get(
      `/v1/tracking/${(await exporter.get(`/v1/shipments/${firstHalf[0]}`)).body.trackingNumber}`,
    );
    expect(tracking.body).toMatchObject({ status: 'delivered', events: expect.any(Array) });
    expect(tracking.body.events.map((e: { code: string }) => e.code)).toEqual(JOURNEY);
  });

  it('leaves the pipeline clean: every outbox row published, no job waiting or running', async () => {
    await waitFor(
      () => probe.unpublishedOutbox(),
      (rows) => rows.length === 0,
      { what: 'the outbox to drain', timeoutMs: 15_000 },
    );
    const counts = await waitFor(
      () => probe.jobCounts(),
      (c) => c.active + c.wait + c.delayed + c.prioritized + c['waiting-children'] === 0,
      { what: 'the queues to go quiet', timeoutMs: 15_000 },
    );
    expect(counts.failed).toBe(0);
  });
});
