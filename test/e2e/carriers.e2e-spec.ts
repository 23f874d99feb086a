import { isValidAirWaybill, isValidExpressWaybill, isValidS10, milestoneRank } from '@corridor/domain';
import { EVENT_DESCRIPTIONS } from '@corridor/tracking';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { expectError } from '../support/onboarding';
import { DropoffClerk } from '../support/pipeline';
import { approvedSupplier, mintKey, waitForStatus } from '../support/scenario';
import { JOURNEY, fetchOk, path, type HistoryEntry } from '../support/orders';
import { waitFor } from '../support/wait-for';
import {
  BAGS,
  CARRIER_OF_MODE,
  UNIT_PRICE,
  bookedRun,
  carrierSecret,
  openTasks,
  pushSigned,
  setFaults,
  waitForOpenTask,
  type Mode,
  type Run,
} from '../support/journeys';

const MODES: Mode[] = ['postal', 'courier', 'air_cargo'];
const CUSTOMS_HOLD_STEPS = 40;

interface ShipmentEvent {
  eventId: string;
  code: string;
  occurredAt: string;
  receivedAt: string;
}

/** What a journey looks like from outside: the final status and the events in `occurredAt` order. */
function journeyOf(shipment: { status: string; events: ShipmentEvent[] }) {
  return { status: shipment.status, codes: shipment.events.map((e) => e.code), count: shipment.events.length };
}

/** The history's milestone moves (from `handed_over` on), which must never go backwards. */
function milestoneRanks(history: HistoryEntry[]): number[] {
  return path(history)
    .map((to) => milestoneRank(to))
    .filter((rank) => rank >= 0);
}

function isNonDecreasing(values: number[]): boolean {
  return values.every((v, i) => i === 0 || v >= values[i - 1]);
}

/**
 * The three sandbox carriers, run as their own process next to the built API and worker:
 * each carries a parcel from booking to delivery; duplicated and shuffled pushes end where a
 * clean run ends; forged and stale pushes change nothing; a customs hold is reviewed and
 * resumed, a lost parcel reviewed and cancelled; and the public tracking answer shows none of
 * the commercial or supplier details behind any of these shipments.
 */
describe('the sandbox carriers, booking to delivery', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '1000' });
  let staff: HttpClient;
  let buyer: HttpClient;
  let exporter: HttpClient;
  let supplierId: string;
  let clerk: DropoffClerk;
  /** Shipments the drop-off desk leaves booked until a test lets them go. */
  const held = new Set<string>();
  /** Every shipment this suite sent, for the public-answer leak check. */
  const runs: Run[] = [];
  /** The clean run of each carrier: the reference the faulty runs must match. */
  const clean = new Map<string, ReturnType<typeof journeyOf>>();

  const shipment = (run: Run) => fetchOk(exporter, `/v1/shipments/${run.shipmentId}`);
  const book = async (mode: Mode) => {
    const run = await bookedRun({ buyer, exporter, supplierId, mode });
    runs.push(run);
    return run;
  };

  beforeAll(async () => {
    await env.start();
    await setFaults(env, {});
    staff = await mintKey(env, { role: 'staff' });
    buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    ({ supplierId, exporter } = await approvedSupplier(env, staff));
    clerk = new DropoffClerk(staff).start({ hold: (shipmentId) => held.has(shipmentId) });
  }, 120_000);

  afterAll(async () => {
    await clerk?.stop();
    await env.stop();
  });

  afterEach(async () => {
    await setFaults(env, {});
  });

  it('carries one shipment per carrier from booking to delivered, the order and the public answer with it', async () => {
    const booked = await Promise.all(MODES.map((mode) => book(mode)));
    const [postal, courier, air] = booked;
    expect(booked.map((r) => r.carrier)).toEqual(MODES.map((mode) => CARRIER_OF_MODE[mode]));
    expect(postal.trackingNumber).toMatch(/RW$/);
    expect(isValidS10(postal.trackingNumber)).toBe(true);
    expect(isValidExpressWaybill(courier.trackingNumber)).toBe(true);
    expect(isValidAirWaybill(air.trackingNumber)).toBe(true);

    for (const run of booked) {
      const delivered = await waitForStatus(exporter, `/v1/shipments/${run.shipmentId}`, 'delivered');
      expect({ mode: run.mode, codes: delivered.events.map((e: ShipmentEvent) => e.code) }).toEqual({
        mode: run.mode,
        codes: JOURNEY,
      });
      expect(path(delivered.history).slice(0, 4)).toEqual([
        'documents_pending',
        'documents_ready',
        'handoff_booked',
        'handed_over',
      ]);
      expect(isNonDecreasing(milestoneRanks(delivered.history))).toBe(true);
      clean.set(run.carrier, journeyOf(delivered));

      const order = await waitForStatus(buyer, `/v1/purchase-orders/${run.orderId}`, 'delivered');
      expect(order.lines[0]).toMatchObject({ quantity: BAGS, quantityPacked: BAGS, quantityShipped: BAGS });
      expect(path(order.history)).toEqual(['submitted', 'confirmed', 'shipped', 'delivered']);

      const tracking = await env.api.get(`/v1/tracking/${run.trackingNumber}`);
      expect(tracking.status).toBe(200);
      expect(tracking.body).toMatchObject({
        trackingNumber: run.trackingNumber,
        status: 'delivered',
        carrier: run.carrier,
        origin: 'Kigali, RW',
      });
      expect(tracking.body.events).toHaveLength(7);
      expect(tracking.body.events.map((e: { code: string }) => e.code)).toEqual(JOURNEY);
      for (const event of tracking.body.events) {
        expect(event.description).toEqual(EVENT_DESCRIPTIONS[event.code as keyof typeof EVENT_DESCRIPTIONS]);
        expect(event.description.zh).toMatch(/\p{Script=Han}/u);
      }
    }
    expect(clerk.errors).toEqual([]);
  });

  it('ends duplicated and shuffled pushes where a clean run ends, never moving back', async () => {
    await setFaults(env, {
      seed: 11,
      carriers: { express: { duplicateEvents: true }, 'air-cargo': { shuffleEvents: true, shuffleBatchSize: 3 } },
    });
    const [duplicated, shuffled] = await Promise.all([book('courier'), book('air_cargo')]);

    for (const run of [duplicated, shuffled]) {
      await waitForStatus(exporter, `/v1/shipments/${run.shipmentId}`, 'delivered');
      // The sandbox ends a journey only after its last push (and, under duplicateEvents, its
      // second copy), so what Corridor shows from here on is final.
      await waitFor(
        () => fetchOk(env.carrierSim, `/sandbox/bookings?reference=${run.shipmentId}`),
        (list) => list.items[0]?.status === 'delivered',
        { what: `the ${run.carrier} journey of ${run.shipmentId} to end` },
      );
      const delivered = await shipment(run);
      // Same status, same codes in the same order, same count (no duplicate kept) as the clean run.
      expect({ carrier: run.carrier, ...journeyOf(delivered) }).toEqual({
        carrier: run.carrier,
        ...clean.get(run.carrier),
      });
      const events: ShipmentEvent[] = delivered.events;
      expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
      const times = events.map((e) => Date.parse(e.occurredAt));
      expect(isNonDecreasing(times)).toBe(true);
      expect({ carrier: run.carrier, ranks: isNonDecreasing(milestoneRanks(delivered.history)) }).toEqual({
        carrier: run.carrier,
        ranks: true,
      });
      await waitForStatus(buyer, `/v1/purchase-orders/${run.orderId}`, 'delivered');
    }

    // The faults did happen: every courier event was pushed twice, and the air-cargo events
    // reached Corridor in another order than they happened.
    const [booking] = (await fetchOk(env.carrierSim, `/sandbox/bookings?reference=${duplicated.shipmentId}`)).items;
    expect(booking.events.map((e: { attempts: number }) => e.attempts >= 2)).toEqual(JOURNEY.map(() => true));
    const arrival = [...(await shipment(shuffled)).events]
      .sort((a: ShipmentEvent, b: ShipmentEvent) => a.receivedAt.localeCompare(b.receivedAt))
      .map((e: ShipmentEvent) => e.code);
    expect(arrival).not.toEqual(JOURNEY);
  });

  it('refuses forged and stale pushes about a real parcel, changing nothing', async () => {
    const run = await bookedRunHeld('postal');
    const before = await shipment(run);
    const tasksBefore = await openTasks(staff, run.shipmentId);
    expect(tasksBefore.map((t) => t.type)).toEqual(['handoff_dropoff']);
    const now = Math.floor(Date.now() / 1000);

    const forged = await pushSigned(env, {
      carrier: run.carrier,
      trackingNumber: run.trackingNumber,
      code: 'exception',
      secret: 'not-the-carrier-secret',
      at: now,
    });
    expectError(forged, 401, 'UNAUTHENTICATED');
    const stale = await pushSigned(env, {
      carrier: run.carrier,
      trackingNumber: run.trackingNumber,
      code: 'exception',
      secret: carrierSecret(env, run.carrier),
      at: now - 6 * 60,
    });
    expectError(stale, 401, 'UNAUTHENTICATED');

    const after = await shipment(run);
    expect({ status: after.status, events: after.events, history: after.history, version: after.version }).toEqual({
      status: 'handoff_booked',
      events: before.events,
      history: before.history,
      version: before.version,
    });
    expect(await openTasks(staff, run.shipmentId)).toEqual(tasksBefore);

    // Let the parcel go: it travels as if nothing had been pushed, no exception among its events.
    held.delete(run.shipmentId);
    const delivered = await waitForStatus(exporter, `/v1/shipments/${run.shipmentId}`, 'delivered');
    expect(delivered.events.map((e: ShipmentEvent) => e.code)).toEqual(JOURNEY);
    expect(path(delivered.history)).not.toContain('exception');
  });

  it('raises a customs hold for review; staff resume it and the parcel goes on to delivery', async () => {
    // The brief asked for customsHoldSteps 3, but at CARRIER_SIM_STEP_MS=100 that holds the parcel
    // for 300 ms: less than the outbox poll (500 ms) that opens the review task, so staff would race
    // the carrier's own customs_cleared (a first run resumed with 150 ms to spare). 40 steps (4 s)
    // give the review time to land while the parcel is still held.
    await setFaults(env, { carriers: { 'air-cargo': { customsHold: true, customsHoldSteps: CUSTOMS_HOLD_STEPS } } });
    const run = await book('air_cargo');

    const inException = await waitForStatus(exporter, `/v1/shipments/${run.shipmentId}`, 'exception');
    const task = await waitForOpenTask(staff, 'exception_review', run.shipmentId);
    expect(task.allowedOutcomes).toEqual(['resume', 'cancel_shipment']);
    const heldAt = path(inException.history).at(-2);
    expect(heldAt).toBe('arrived');

    expect((await staff.post(`/v1/tasks/${task.id}/claim`)).status).toBe(200);
    const done = await staff.post(`/v1/tasks/${task.id}/complete`, { outcome: 'resume', note: 'inspection passed' });
    expect(done.status).toBe(200);

    const delivered = await waitForStatus(exporter, `/v1/shipments/${run.shipmentId}`, 'delivered');
    const statuses = path(delivered.history);
    const exceptionAt = statuses.indexOf('exception');
    // Back to the milestone it was at, then on with the journey.
    expect(statuses.slice(exceptionAt - 1)).toEqual([
      'arrived',
      'exception',
      'arrived',
      'customs_cleared',
      'out_for_delivery',
      'delivered',
    ]);
    expect(delivered.history[exceptionAt + 1].actor.role).toBe('staff');
    expect(delivered.events.map((e: ShipmentEvent) => e.code)).toEqual([
      'accepted',
      'departed_origin',
      'in_transit',
      'arrived_destination',
      'customs_hold',
      'customs_cleared',
      'out_for_delivery',
      'delivered',
    ]);
    expect(await openTasks(staff, run.shipmentId)).toEqual([]);
    await waitForStatus(buyer, `/v1/purchase-orders/${run.orderId}`, 'delivered');
  });

  it('raises a lost parcel for review; staff cancel the shipment, as the contract allows from exception', async () => {
    await setFaults(env, { carriers: { express: { lostParcel: true, lostAfter: 'in_transit' } } });
    const run = await book('courier');

    const lost = await waitForStatus(exporter, `/v1/shipments/${run.shipmentId}`, 'exception');
    expect(path(lost.history).slice(-2)).toEqual(['in_transit', 'exception']);
    const task = await waitForOpenTask(staff, 'exception_review', run.shipmentId);
    expect((await staff.post(`/v1/tasks/${task.id}/claim`)).status).toBe(200);
    const done = await staff.post(`/v1/tasks/${task.id}/complete`, { outcome: 'cancel_shipment', note: 'parcel lost' });
    expect(done.status).toBe(200);

    const cancelled = await waitForStatus(exporter, `/v1/shipments/${run.shipmentId}`, 'cancelled');
    expect(cancelled.history.at(-1)).toMatchObject({ from: 'exception', to: 'cancelled', actor: { role: 'staff' } });
    expect(cancelled.events.map((e: ShipmentEvent) => e.code)).toEqual([
      'accepted',
      'departed_origin',
      'in_transit',
      'exception',
    ]);
    expect(await openTasks(staff, run.shipmentId)).toEqual([]);
    const tracking = await env.api.get(`/v1/tracking/${run.trackingNumber}`);
    expect(tracking.body).toMatchObject({ status: 'cancelled', carrier: 'express' });
  });

  it('never shows prices, supplier details or order internals in the public tracking answer', async () => {
    const supplier = await fetchOk(exporter, `/v1/suppliers/${supplierId}`);
    const lineTotal = (BAGS * Number(UNIT_PRICE)).toFixed(2);
    const secrets = [
      UNIT_PRICE,
      lineTotal,
      lineTotal.replace(/0$/, ''),
      supplier.legalName,
      supplier.tradingName,
      supplier.tin,
      supplier.contact.name,
      supplier.contact.email,
      supplier.contact.phone,
      supplierId,
    ];
    for (const secret of secrets) expect(secret).toEqual(expect.stringMatching(/\S{3}/));
    expect(runs.length).toBeGreaterThanOrEqual(7);
    for (const run of runs) {
      const tracking = await env.api.get(`/v1/tracking/${run.trackingNumber}`);
      expect(tracking.status).toBe(200);
      const text = tracking.raw.toString('utf8');
      // Times are left out of the search: `…T09:15:31.750Z` holds "31.75" without leaking a price.
      const untimed = text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>');
      for (const secret of [...secrets, run.buyerReference, run.orderId, run.lotNumber]) {
        expect({ trackingNumber: run.trackingNumber, leaks: untimed.includes(secret) ? secret : null }).toEqual({
          trackingNumber: run.trackingNumber,
          leaks: null,
        });
      }
      expect(text).not.toMatch(/"(amount|currency|unitPrice|supplierId|purchaseOrderId|lotNumber|buyerReference)"/);
    }
    expect(clerk.errors).toEqual([]);
  });

  /** Books a shipment the drop-off desk leaves alone until the test deletes it from `held`. */
  async function bookedRunHeld(mode: Mode): Promise<Run> {
    const run = await bookedRun({
      buyer,
      exporter,
      supplierId,
      mode,
      beforeBooking: (shipmentId) => held.add(shipmentId),
    });
    runs.push(run);
    return run;
  }
});
