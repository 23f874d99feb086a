import { TestEnvironment } from '../support/test-environment';
import type { HttpClient, HttpResponse } from '../support/http-client';
import { waitFor } from '../support/wait-for';
import { approvedSupplier, CHILI_PRODUCT, orderBody, waitForStatus } from '../support/scenario';
import { DropoffClerk, PipelineProbe } from '../support/pipeline';
import { expectError, waitForQuiet } from '../support/onboarding';
import {
  carrierBookings,
  confirmOrder,
  createOrder,
  createShipment,
  expectTransitionRefused,
  fetchOk,
  JOURNEY,
  listAll,
  mintKeyWithId,
  packedShipment,
  path,
  pushCarrierEvent,
  SHIPMENT_PATH,
  tally,
  uniqueReference,
  waitForBookingCancelled,
  type HistoryEntry,
  type Keyed,
} from '../support/orders';

const WHOLE = CHILI_PRODUCT.sku;
/** A second product of supplier A, so that an order can have two lines. */
const CRUSHED_PRODUCT = {
  ...CHILI_PRODUCT,
  sku: 'GSH-CHILI-CR-5KG',
  name: { en: "Crushed bird's eye chili, 5 kg", zh: '辣椒碎 5公斤' },
  form: 'dried_crushed',
  hsCode: '090422',
};
const CRUSHED = CRUSHED_PRODUCT.sku;

/**
 * Acceptance: purchase orders over HTTP, against the built API, worker and sandbox carriers:
 * orders carried to delivery through the real pipeline (documents, carrier booking, staff
 * drop-off, tracking), partial shipments, reject and cancel (cascading to shipments and carrier
 * bookings), refusals once something is handed over, concurrent moves, and tenancy.
 */
describe('purchase orders', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  let staff: Keyed;
  let probe: PipelineProbe;
  let clerk: DropoffClerk;
  /** Shipments the drop-off desk leaves lying (not handed over) until removed from the set. */
  const held = new Set<string>();
  let supplierA: string;
  let supplierB: string;
  /** Exporter keys minted by the admin for each supplier (their ids show up in history). */
  let exporterA: Keyed;
  let exporterB: Keyed;
  /** The exporter key supplier A got at sign-up: the same scope as `exporterA`. */
  let signUpExporterA: HttpClient;
  let buyerSha: Keyed;
  let buyerBjs: Keyed;
  let hq: Keyed;

  beforeAll(async () => {
    await env.start();
    staff = await mintKeyWithId(env, { role: 'staff' });
    const [a, b] = await Promise.all([approvedSupplier(env, staff.client), approvedSupplier(env, staff.client)]);
    supplierA = a.supplierId;
    supplierB = b.supplierId;
    signUpExporterA = a.exporter;
    const crushed = await a.exporter.post(`/v1/suppliers/${supplierA}/products`, CRUSHED_PRODUCT);
    if (crushed.status !== 201) throw new Error(`product: ${crushed.status} ${JSON.stringify(crushed.body)}`);
    exporterA = await mintKeyWithId(env, { role: 'exporter', supplierId: supplierA });
    exporterB = await mintKeyWithId(env, { role: 'exporter', supplierId: supplierB });
    buyerSha = await mintKeyWithId(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    buyerBjs = await mintKeyWithId(env, { role: 'buyer', storeCode: 'FS-BJS-001' });
    hq = await mintKeyWithId(env, { role: 'buyer' });
    probe = await new PipelineProbe(env).open();
    clerk = new DropoffClerk(staff.client, 50).start({ hold: (shipmentId) => held.has(shipmentId) });
  }, 120_000);

  afterAll(async () => {
    await clerk?.stop();
    await probe?.close();
    await env.stop();
  });

  const orderPath = (id: string) => `/v1/purchase-orders/${id}`;
  const shipmentPath = (id: string) => `/v1/shipments/${id}`;
  /** An order body with a buyer reference unique across the run. */
  const order = (supplierId: string, overrides: Record<string, unknown> = {}) =>
    orderBody(supplierId, { buyerReference: uniqueReference(), ...overrides });
  const lineProgress = (o: {
    lines: { sku: string; quantity: number; quantityPacked: number; quantityShipped: number }[];
  }) =>
    o.lines.map(({ sku, quantity, quantityPacked, quantityShipped }) => ({
      sku,
      quantity,
      quantityPacked,
      quantityShipped,
    }));

  /**
   * Waits until the shipment is delivered (the clerk drops it off as soon as it is booked), then
   * checks what the pipeline did on the way: documents, one carrier booking handed over with the
   * clerk's receipt, the seven tracking events, and every status once with the right actor.
   */
  async function expectCarriedToDelivery(
    reader: HttpClient,
    shipmentId: string,
    expected: { carrier: string; packages: number },
  ): Promise<any> {
    const delivered = await waitForStatus(reader, shipmentPath(shipmentId), 'delivered');
    expect(delivered.carrier).toBe(expected.carrier);
    expect(delivered.trackingNumber).toEqual(expect.any(String));

    const documents = await fetchOk(reader, `${shipmentPath(shipmentId)}/documents`);
    const types: string[] = documents.items.map((d: { type: string }) => d.type);
    expect(types).toEqual(expect.arrayContaining(['commercial_invoice', 'packing_list']));
    expect(types.filter((t) => t === 'shipping_label')).toHaveLength(expected.packages);

    const bookings = await carrierBookings(env, shipmentId);
    expect(bookings).toHaveLength(1);
    expect(bookings[0]).toMatchObject({
      carrier: expected.carrier,
      trackingNumber: delivered.trackingNumber,
      status: 'delivered',
      handover: { receiptNumber: clerk.receipts.get(shipmentId) },
    });

    expect(delivered.events.map((e: { code: string }) => e.code)).toEqual(JOURNEY);
    const history: HistoryEntry[] = delivered.history;
    expect(path(history)).toEqual(SHIPMENT_PATH);
    expect(history.map((h) => h.from)).toEqual([null, ...SHIPMENT_PATH.slice(0, -1)]);
    expect(history[0].actor.role).toBe('exporter');
    expect(history[SHIPMENT_PATH.indexOf('handed_over')].actor).toEqual({ role: 'staff', keyId: staff.keyId });
    // The pipeline's own moves are the system's, not the key of the exporter who shipped.
    for (const own of ['documents_ready', 'handoff_booked'])
      expect({ to: own, actor: history[SHIPMENT_PATH.indexOf(own)].actor }).toEqual({ to: own, actor: { role: 'system' } });
    return delivered;
  }

  describe('an order from creation to delivered, through the real pipeline', () => {
    it("carries a store buyer's order, confirmed by the exporter, to delivered", async () => {
      const body = order(supplierA, { lines: [{ sku: WHOLE, quantity: 10, unitPrice: '23.50' }] });
      const created = await buyerSha.client.post('/v1/purchase-orders', body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'submitted',
        storeCode: 'FS-SHA-001',
        supplierId: supplierA,
        buyerReference: body.buyerReference,
        total: { amount: '235.00', currency: 'USD' },
      });
      expect(lineProgress(created.body)).toEqual([{ sku: WHOLE, quantity: 10, quantityPacked: 0, quantityShipped: 0 }]);
      const id: string = created.body.id;

      const confirmed = await exporterA.client.post(`${orderPath(id)}/confirm`);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ id, status: 'confirmed' });
      expect(confirmed.body.version).toBeGreaterThan(created.body.version);

      const shipment = await createShipment(exporterA.client, id, packedShipment([{ sku: WHOLE, quantity: 10 }]));
      expect(shipment).toMatchObject({ purchaseOrderId: id, status: 'documents_pending', mode: 'postal' });
      await expectCarriedToDelivery(buyerSha.client, shipment.id, { carrier: 'iposita-ems', packages: 2 });

      const delivered = await waitForStatus(buyerSha.client, orderPath(id), 'delivered');
      const history: HistoryEntry[] = delivered.history;
      expect(path(history)).toEqual(['submitted', 'confirmed', 'shipped', 'delivered']);
      expect(history.map((h) => h.from)).toEqual([null, 'submitted', 'confirmed', 'shipped']);
      expect(history[0].actor).toEqual({ role: 'buyer', keyId: buyerSha.keyId });
      expect(history[1].actor).toEqual({ role: 'exporter', keyId: exporterA.keyId });
      expect(history[2].actor.role).toBe('system');
      expect(history[3].actor.role).toBe('system');
      expect(lineProgress(delivered)).toEqual([{ sku: WHOLE, quantity: 10, quantityPacked: 10, quantityShipped: 10 }]);
      expect(delivered.shipments).toEqual([expect.objectContaining({ id: shipment.id, status: 'delivered' })]);
    });

    it('carries an order the exporter entered for its own supplier, by courier, to delivered', async () => {
      const body = order(supplierA, {
        storeCode: 'FS-BJS-001',
        incoterm: 'DAP',
        namedPlace: 'Beijing Capital (PEK)',
        lines: [
          { sku: WHOLE, quantity: 5, unitPrice: '23.50' },
          { sku: CRUSHED, quantity: 5, unitPrice: '19.25' },
        ],
      });
      const created = await exporterA.client.post('/v1/purchase-orders', body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'submitted',
        storeCode: 'FS-BJS-001',
        supplierId: supplierA,
        total: { amount: '213.75', currency: 'USD' },
      });
      const id: string = created.body.id;
      // The store's buyer sees the order the exporter entered for it.
      expect((await buyerBjs.client.get(orderPath(id))).status).toBe(200);

      await confirmOrder(exporterA.client, id);
      const shipment = await createShipment(
        exporterA.client,
        id,
        packedShipment(
          [
            { sku: WHOLE, quantity: 5 },
            { sku: CRUSHED, quantity: 5 },
          ],
          { mode: 'courier' },
        ),
      );
      expect(shipment.mode).toBe('courier');
      await expectCarriedToDelivery(exporterA.client, shipment.id, { carrier: 'express', packages: 2 });

      const delivered = await waitForStatus(buyerBjs.client, orderPath(id), 'delivered');
      const history: HistoryEntry[] = delivered.history;
      expect(path(history)).toEqual(['submitted', 'confirmed', 'shipped', 'delivered']);
      expect(history[0].actor).toEqual({ role: 'exporter', keyId: exporterA.keyId });
      expect(history[1].actor).toEqual({ role: 'exporter', keyId: exporterA.keyId });
      expect(history.slice(2).map((h) => h.actor.role)).toEqual(['system', 'system']);
      expect(lineProgress(delivered)).toEqual([
        { sku: WHOLE, quantity: 5, quantityPacked: 5, quantityShipped: 5 },
        { sku: CRUSHED, quantity: 5, quantityPacked: 5, quantityShipped: 5 },
      ]);
    });
  });

  it('ships an order in parts: packed counts every shipment, shipped only those handed over; partially_shipped → shipped → delivered', async () => {
    const created = await createOrder(
      buyerSha.client,
      order(supplierA, {
        lines: [
          { sku: WHOLE, quantity: 20, unitPrice: '23.50' },
          { sku: CRUSHED, quantity: 10, unitPrice: '19.00' },
        ],
      }),
    );
    const id: string = created.id;
    await confirmOrder(exporterA.client, id);

    // First shipment: half the whole chili. Held at the desk, it is packed but not shipped.
    const first = await createShipment(exporterA.client, id, packedShipment([{ sku: WHOLE, quantity: 10 }]));
    held.add(first.id);
    await waitForStatus(exporterA.client, shipmentPath(first.id), 'handoff_booked');
    const packedOnly = await fetchOk(buyerSha.client, orderPath(id));
    expect(packedOnly.status).toBe('confirmed');
    expect(lineProgress(packedOnly)).toEqual([
      { sku: WHOLE, quantity: 20, quantityPacked: 10, quantityShipped: 0 },
      { sku: CRUSHED, quantity: 10, quantityPacked: 0, quantityShipped: 0 },
    ]);

    // Handed over while quantity remains: partially shipped.
    held.delete(first.id);
    const partial = await waitForStatus(buyerSha.client, orderPath(id), 'partially_shipped');
    expect(lineProgress(partial)).toEqual([
      { sku: WHOLE, quantity: 20, quantityPacked: 10, quantityShipped: 10 },
      { sku: CRUSHED, quantity: 10, quantityPacked: 0, quantityShipped: 0 },
    ]);

    // More than is left to pack is refused and stores nothing.
    const tooMuch = await exporterA.client.post(
      `${orderPath(id)}/shipments`,
      packedShipment([{ sku: WHOLE, quantity: 11 }]),
    );
    expectError(tooMuch, 400, 'BUSINESS_RULE_VIOLATED');
    expect(lineProgress(await fetchOk(buyerSha.client, orderPath(id)))[0].quantityPacked).toBe(10);

    // The rest, held at first: everything packed, still only the first part shipped.
    const rest = await createShipment(
      exporterA.client,
      id,
      packedShipment([
        { sku: WHOLE, quantity: 10 },
        { sku: CRUSHED, quantity: 10 },
      ]),
    );
    held.add(rest.id);
    const allPacked = await fetchOk(buyerSha.client, orderPath(id));
    expect(allPacked.status).toBe('partially_shipped');
    expect(lineProgress(allPacked)).toEqual([
      { sku: WHOLE, quantity: 20, quantityPacked: 20, quantityShipped: 10 },
      { sku: CRUSHED, quantity: 10, quantityPacked: 10, quantityShipped: 0 },
    ]);

    held.delete(rest.id);
    const shipped = await waitFor(
      () => buyerSha.client.get(orderPath(id)),
      (r) => r.status === 200 && ['shipped', 'delivered'].includes(r.body.status),
      { what: `order ${id} shipped` },
    );
    expect(lineProgress(shipped.body)).toEqual([
      { sku: WHOLE, quantity: 20, quantityPacked: 20, quantityShipped: 20 },
      { sku: CRUSHED, quantity: 10, quantityPacked: 10, quantityShipped: 10 },
    ]);

    const delivered = await waitForStatus(buyerSha.client, orderPath(id), 'delivered');
    await waitForStatus(buyerSha.client, shipmentPath(first.id), 'delivered');
    await waitForStatus(buyerSha.client, shipmentPath(rest.id), 'delivered');
    expect(path(delivered.history)).toEqual(['submitted', 'confirmed', 'partially_shipped', 'shipped', 'delivered']);
    expect(delivered.history.slice(2).map((h: HistoryEntry) => h.actor.role)).toEqual(['system', 'system', 'system']);
    expect(delivered.shipments.map((s: { id: string }) => s.id).sort()).toEqual([first.id, rest.id].sort());
  });

  describe('reject', () => {
    it('lets the exporter reject with a reason, kept in the history; a buyer calling confirm or reject is 403', async () => {
      const { id } = await createOrder(buyerSha.client, order(supplierA));

      for (const buyer of [buyerSha.client, hq.client]) {
        expectError(await buyer.post(`${orderPath(id)}/confirm`), 403, 'FORBIDDEN');
        expectError(await buyer.post(`${orderPath(id)}/reject`, { reason: 'not needed' }), 403, 'FORBIDDEN');
      }
      // A reason is required.
      expectError(await exporterA.client.post(`${orderPath(id)}/reject`, {}), 400, 'VALIDATION_FAILED');
      const untouched = await fetchOk(buyerSha.client, orderPath(id));
      expect(untouched.status).toBe('submitted');
      expect(path(untouched.history)).toEqual(['submitted']);

      const reason = 'Harvest delayed by the rains: cannot supply before March';
      const rejected = await exporterA.client.post(`${orderPath(id)}/reject`, { reason });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ id, status: 'rejected' });

      const seen = await fetchOk(buyerSha.client, orderPath(id));
      expect(seen.status).toBe('rejected');
      expect(seen.history).toHaveLength(2);
      expect(seen.history[1]).toMatchObject({
        from: 'submitted',
        to: 'rejected',
        reason,
        actor: { role: 'exporter', keyId: exporterA.keyId },
      });

      // Rejected is final.
      expectTransitionRefused(await exporterA.client.post(`${orderPath(id)}/confirm`), 'rejected', 'confirm');
      expectTransitionRefused(
        await buyerSha.client.post(`${orderPath(id)}/cancel`, { reason: 'too late' }),
        'rejected',
        'cancel',
      );
    });
  });

  describe('cancel', () => {
    it('cancels a submitted order, with the reason in the history', async () => {
      const { id } = await createOrder(buyerSha.client, order(supplierA));
      const reason = 'Store refit: ordering paused';
      const cancelled = await buyerSha.client.post(`${orderPath(id)}/cancel`, { reason });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ id, status: 'cancelled' });

      const seen = await fetchOk(exporterA.client, orderPath(id));
      expect(seen.status).toBe('cancelled');
      expect(seen.history.map((h: HistoryEntry) => [h.from, h.to])).toEqual([
        [null, 'submitted'],
        ['submitted', 'cancelled'],
      ]);
      expect(seen.history[1]).toMatchObject({ reason, actor: { role: 'buyer', keyId: buyerSha.keyId } });
      expectTransitionRefused(await exporterA.client.post(`${orderPath(id)}/confirm`), 'cancelled', 'confirm');
    });

    it('cancels a confirmed order with shipments not yet handed over: the shipments and the carrier booking with it', async () => {
      const { id } = await createOrder(
        buyerSha.client,
        order(supplierA, { lines: [{ sku: WHOLE, quantity: 20, unitPrice: '23.50' }] }),
      );
      await confirmOrder(exporterA.client, id);
      const booked = await createShipment(exporterA.client, id, packedShipment([{ sku: WHOLE, quantity: 10 }]));
      held.add(booked.id);
      const bookedView = await waitForStatus(exporterA.client, shipmentPath(booked.id), 'handoff_booked');
      const before = await carrierBookings(env, booked.id);
      expect(before).toEqual([
        expect.objectContaining({ status: 'booked', trackingNumber: bookedView.trackingNumber }),
      ]);
      // A second shipment, packed but (held at the desk) never handed over: wherever its
      // documents and booking are when the order is cancelled, it must end cancelled.
      const pending = await createShipment(exporterA.client, id, packedShipment([{ sku: WHOLE, quantity: 10 }]));
      held.add(pending.id);

      const reason = 'Buyer withdrew the order';
      const cancelled = await exporterA.client.post(`${orderPath(id)}/cancel`, { reason });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('cancelled');
      expect(cancelled.body.shipments.map((s: { id: string; status: string }) => [s.id, s.status]).sort()).toEqual(
        [
          [booked.id, 'cancelled'],
          [pending.id, 'cancelled'],
        ].sort(),
      );

      const seen = await fetchOk(buyerSha.client, orderPath(id));
      expect(seen.status).toBe('cancelled');
      expect(seen.history[seen.history.length - 1]).toMatchObject({
        from: 'confirmed',
        to: 'cancelled',
        reason,
        actor: { role: 'exporter', keyId: exporterA.keyId },
      });
      // Nothing is packed any more: quantityPacked counts shipments not cancelled.
      expect(lineProgress(seen)).toEqual([{ sku: WHOLE, quantity: 20, quantityPacked: 0, quantityShipped: 0 }]);

      for (const shipmentId of [booked.id, pending.id]) {
        const shipment = await fetchOk(exporterA.client, shipmentPath(shipmentId));
        expect(shipment.status).toBe('cancelled');
        const last = shipment.history[shipment.history.length - 1];
        expect(last.to).toBe('cancelled');
        expect(shipment.history.filter((h: HistoryEntry) => h.to === 'cancelled')).toHaveLength(1);
      }
      // The booked shipment's carrier booking is cancelled at the carrier.
      const after = await waitForBookingCancelled(env, booked.id);
      expect(after).toHaveLength(1);
      expect(after[0].bookingId).toBe(before[0].bookingId);
      // Once the pipeline settles, the other shipment has no booking left standing either.
      await waitForQuiet(env);
      expect((await carrierBookings(env, pending.id)).filter((b) => b.status !== 'cancelled')).toEqual([]);
      expect(await carrierBookings(env, booked.id)).toEqual([expect.objectContaining({ status: 'cancelled' })]);
      for (const shipmentId of [booked.id, pending.id])
        expect((await fetchOk(exporterA.client, shipmentPath(shipmentId))).status).toBe('cancelled');
    });

    it('refuses cancel once something is handed over (409, naming from and the action) and changes nothing', async () => {
      const { id } = await createOrder(
        buyerSha.client,
        order(supplierA, { lines: [{ sku: WHOLE, quantity: 20, unitPrice: '23.50' }] }),
      );
      await confirmOrder(exporterA.client, id);
      const first = await createShipment(exporterA.client, id, packedShipment([{ sku: WHOLE, quantity: 10 }]));
      await waitForStatus(buyerSha.client, orderPath(id), 'partially_shipped');
      const second = await createShipment(exporterA.client, id, packedShipment([{ sku: WHOLE, quantity: 10 }]));
      held.add(second.id);
      await waitForStatus(exporterA.client, shipmentPath(second.id), 'handoff_booked');

      // The first shipment has left; the second lies at the desk, booked.
      const orderBefore = await fetchOk(buyerSha.client, orderPath(id));
      const secondBefore = await fetchOk(exporterA.client, shipmentPath(second.id));
      const bookingBefore = await carrierBookings(env, second.id);

      expectTransitionRefused(
        await buyerSha.client.post(`${orderPath(id)}/cancel`, { reason: 'changed our mind' }),
        'partially_shipped',
        'cancel',
      );
      expectTransitionRefused(
        await exporterA.client.post(`${orderPath(id)}/cancel`, { reason: 'changed our mind' }),
        'partially_shipped',
        'cancel',
      );

      const orderAfter = await fetchOk(buyerSha.client, orderPath(id));
      expect(orderAfter.status).toBe('partially_shipped');
      expect({ ...orderAfter, shipments: undefined }).toEqual({ ...orderBefore, shipments: undefined });
      expect(orderAfter.shipments.find((s: { id: string }) => s.id === second.id).status).toBe('handoff_booked');
      expect(await fetchOk(exporterA.client, shipmentPath(second.id))).toEqual(secondBefore);
      expect(await carrierBookings(env, second.id)).toEqual(bookingBefore);
      expect(bookingBefore).toEqual([expect.objectContaining({ status: 'booked' })]);

      // Let the rest go; a delivered order cannot be cancelled either.
      held.delete(second.id);
      await waitForStatus(buyerSha.client, orderPath(id), 'delivered');
      await waitForStatus(buyerSha.client, shipmentPath(first.id), 'delivered');
      const deliveredBefore = await fetchOk(buyerSha.client, orderPath(id));
      expectTransitionRefused(
        await buyerSha.client.post(`${orderPath(id)}/cancel`, { reason: 'too late' }),
        'delivered',
        'cancel',
      );
      expect(await fetchOk(buyerSha.client, orderPath(id))).toEqual(deliveredBefore);
    });
  });

  describe('cancel once something is handed over, while the order still says confirmed', () => {
    // The order recounts (confirmed → partially_shipped) in a job after the handover. With the
    // worker stopped that recount waits, so the order stays `confirmed` with a shipment handed
    // over: the state machine alone would allow cancel here, the handed-over rule must refuse it.
    let stopped = false;
    afterAll(async () => {
      // Whatever happened in the test, the suites after it need the worker.
      if (stopped) await env.startApp('worker');
    });

    it('refuses cancel with 409 (from confirmed, action cancel) and changes nothing; the order recounts once the worker is back', async () => {
      const { id } = await createOrder(
        buyerSha.client,
        order(supplierA, { lines: [{ sku: WHOLE, quantity: 20, unitPrice: '23.50' }] }),
      );
      await confirmOrder(exporterA.client, id);
      const shipment = await createShipment(exporterA.client, id, packedShipment([{ sku: WHOLE, quantity: 10 }]));
      held.add(shipment.id);
      const booked = await waitForStatus(exporterA.client, shipmentPath(shipment.id), 'handoff_booked');

      await env.kill('worker', 'SIGTERM');
      stopped = true;
      // The carrier reports the parcel accepted: the API records the handover at once.
      const accepted = await pushCarrierEvent(env, {
        carrier: booked.carrier,
        trackingNumber: booked.trackingNumber,
        code: 'accepted',
      });
      expect(accepted.status).toBe(200);
      const handedOver = await fetchOk(exporterA.client, shipmentPath(shipment.id));
      expect(handedOver.status).toBe('handed_over');
      const before = await fetchOk(buyerSha.client, orderPath(id));
      expect(before.status).toBe('confirmed');
      expect(lineProgress(before)).toEqual([{ sku: WHOLE, quantity: 20, quantityPacked: 10, quantityShipped: 10 }]);

      expectTransitionRefused(
        await buyerSha.client.post(`${orderPath(id)}/cancel`, { reason: 'changed our mind' }),
        'confirmed',
        'cancel',
      );
      expectTransitionRefused(
        await exporterA.client.post(`${orderPath(id)}/cancel`, { reason: 'changed our mind' }),
        'confirmed',
        'cancel',
      );
      expect(await fetchOk(buyerSha.client, orderPath(id))).toEqual(before);
      expect(await fetchOk(exporterA.client, shipmentPath(shipment.id))).toEqual(handedOver);

      await env.startApp('worker');
      stopped = false;
      await waitForStatus(buyerSha.client, orderPath(id), 'partially_shipped');
      expectTransitionRefused(
        await buyerSha.client.post(`${orderPath(id)}/cancel`, { reason: 'changed our mind' }),
        'partially_shipped',
        'cancel',
      );
    });
  });

  describe('concurrent moves from one state: exactly one wins', () => {
    it('20 concurrent confirms: one 200, nineteen 409, one submitted→confirmed in the history', async () => {
      const created = await createOrder(buyerSha.client, order(supplierA));
      const exporters = [exporterA.client, signUpExporterA];
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => exporters[i % 2].post(`${orderPath(created.id)}/confirm`)),
      );

      expect(tally(responses)).toEqual({ '200': 1, '409 INVALID_STATE_TRANSITION': 19 });
      const winner = responses.find((r) => r.status === 200) as HttpResponse;
      expect(winner.body.status).toBe('confirmed');
      for (const loser of responses.filter((r) => r.status === 409))
        expectTransitionRefused(loser, 'confirmed', 'confirm');

      const seen = await fetchOk(buyerSha.client, orderPath(created.id));
      expect(seen.status).toBe('confirmed');
      expect(seen.version).toBe(created.version + 1);
      expect(seen.history.map((h: HistoryEntry) => [h.from, h.to])).toEqual([
        [null, 'submitted'],
        ['submitted', 'confirmed'],
      ]);
    });

    it('20 concurrent cancels by buyer and exporter: one 200, the rest 409, one →cancelled, shipment and booking cancelled once', async () => {
      const created = await createOrder(
        buyerSha.client,
        order(supplierA, { lines: [{ sku: WHOLE, quantity: 10, unitPrice: '23.50' }] }),
      );
      const confirmed = await confirmOrder(exporterA.client, created.id);
      const shipment = await createShipment(
        exporterA.client,
        created.id,
        packedShipment([{ sku: WHOLE, quantity: 10 }]),
      );
      held.add(shipment.id);
      await waitForStatus(exporterA.client, shipmentPath(shipment.id), 'handoff_booked');

      const callers = [buyerSha.client, exporterA.client, hq.client, signUpExporterA];
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          callers[i % callers.length].post(`${orderPath(created.id)}/cancel`, { reason: `cancel #${i}` }),
        ),
      );

      expect(tally(responses)).toEqual({ '200': 1, '409 INVALID_STATE_TRANSITION': 19 });
      for (const loser of responses.filter((r) => r.status === 409))
        expectTransitionRefused(loser, 'cancelled', 'cancel');

      const seen = await fetchOk(buyerSha.client, orderPath(created.id));
      expect(seen.status).toBe('cancelled');
      expect(seen.version).toBe(confirmed.version + 1);
      expect(seen.history.filter((h: HistoryEntry) => h.to === 'cancelled')).toHaveLength(1);
      expect(path(seen.history)).toEqual(['submitted', 'confirmed', 'cancelled']);
      const winnerIndex = responses.findIndex((r) => r.status === 200);
      expect(seen.history[2].reason).toBe(`cancel #${winnerIndex}`);

      const cancelledShipment = await fetchOk(exporterA.client, shipmentPath(shipment.id));
      expect(cancelledShipment.status).toBe('cancelled');
      expect(cancelledShipment.history.filter((h: HistoryEntry) => h.to === 'cancelled')).toHaveLength(1);
      expect(await waitForBookingCancelled(env, shipment.id)).toHaveLength(1);
    });
  });

  describe('tenancy and filters', () => {
    /** o1 SHA/A, o2 BJS/A, o3 SHA/B (confirmed), o4 CAN/B. */
    let o1: any, o2: any, o3: any, o4: any;

    beforeAll(async () => {
      o1 = await createOrder(buyerSha.client, order(supplierA));
      o2 = await createOrder(buyerBjs.client, order(supplierA, { storeCode: 'FS-BJS-001' }));
      o3 = await createOrder(buyerSha.client, order(supplierB));
      o4 = await createOrder(hq.client, order(supplierB, { storeCode: 'FS-CAN-001' }));
      o3 = await confirmOrder(exporterB.client, o3.id);
    });

    const ids = (items: { id: string }[]) => items.map((o) => o.id);
    const everyOrderId = async () =>
      (await env.query<{ id: string }>('SELECT id FROM purchase_order')).map((r) => r.id).sort();

    it('shows a store buyer only its store: another store’s order is 404, and the list leaves it out', async () => {
      expect((await buyerSha.client.get(orderPath(o1.id))).status).toBe(200);
      expect((await buyerSha.client.get(orderPath(o3.id))).status).toBe(200);
      expectError(await buyerSha.client.get(orderPath(o2.id)), 404, 'NOT_FOUND');
      expectError(await buyerSha.client.get(orderPath(o4.id)), 404, 'NOT_FOUND');
      expectError(await buyerBjs.client.get(orderPath(o1.id)), 404, 'NOT_FOUND');
      // Acting on an order out of scope is 404 too, and leaves it alone.
      expectError(await buyerBjs.client.post(`${orderPath(o1.id)}/cancel`, { reason: 'not mine' }), 404, 'NOT_FOUND');

      const sha = await listAll(buyerSha.client, '/v1/purchase-orders', { limit: 200 });
      expect(sha.items.length).toBeGreaterThan(0);
      expect(new Set(sha.items.map((o: { storeCode: string }) => o.storeCode))).toEqual(new Set(['FS-SHA-001']));
      expect(ids(sha.items)).toEqual(expect.arrayContaining([o1.id, o3.id]));
      expect(ids(sha.items)).not.toContain(o2.id);
      expect(ids(sha.items)).not.toContain(o4.id);
      const inSha = await env.query<{ id: string }>(`SELECT id FROM purchase_order WHERE store_code = 'FS-SHA-001'`);
      expect(ids(sha.items).sort()).toEqual(inSha.map((r) => r.id).sort());

      const bjs = await listAll(buyerBjs.client, '/v1/purchase-orders', { limit: 200 });
      expect(new Set(bjs.items.map((o: { storeCode: string }) => o.storeCode))).toEqual(new Set(['FS-BJS-001']));
      expect(ids(bjs.items)).toContain(o2.id);
      expect(ids(bjs.items)).not.toContain(o1.id);
      expect((await fetchOk(hq.client, orderPath(o1.id))).status).toBe('submitted');
    });

    it('refuses an order naming a store or supplier outside the key’s scope with 403, whether or not it exists, storing nothing', async () => {
      const stored = async () => ({
        orders: (await env.query('SELECT id FROM purchase_order')).length,
        idempotency: (await env.query('SELECT key FROM idempotency_key')).length,
      });
      const before = await stored();
      const attempts: [HttpClient, Record<string, unknown>, string][] = [
        [buyerSha.client, order(supplierA, { storeCode: 'FS-BJS-001' }), 'storeCode'],
        // A store that does not exist is refused the same way: the answer leaks nothing.
        [buyerSha.client, order(supplierA, { storeCode: 'FS-XXX-999' }), 'storeCode'],
        [exporterA.client, order(supplierB), 'supplierId'],
        [exporterA.client, order('01900000-0000-7000-8000-000000000000'), 'supplierId'],
      ];
      for (const [client, body, field] of attempts) {
        const response = await client.post('/v1/purchase-orders', body, {
          'idempotency-key': uniqueReference('scope'),
        });
        expectError(response, 403, 'FORBIDDEN');
        expect(response.body.error.details).toEqual([expect.objectContaining({ field })]);
      }
      expect(await stored()).toEqual(before);
      // In scope, the same bodies' stores and suppliers go through the ordinary checks.
      expectError(
        await hq.client.post('/v1/purchase-orders', order(supplierA, { storeCode: 'FS-XXX-999' })),
        400,
        'BUSINESS_RULE_VIOLATED',
      );
    });

    it('shows an HQ buyer (no storeCode) every store’s orders', async () => {
      for (const o of [o1, o2, o3, o4]) expect((await hq.client.get(orderPath(o.id))).status).toBe(200);
      const all = await listAll(hq.client, '/v1/purchase-orders', { limit: 200 });
      expect(ids(all.items).sort()).toEqual(await everyOrderId());
      expect(new Set(all.items.map((o: { storeCode: string }) => o.storeCode))).toEqual(
        new Set(['FS-SHA-001', 'FS-BJS-001', 'FS-CAN-001']),
      );
    });

    it('shows an exporter only its supplier’s orders: another supplier’s order is 404, and the list leaves it out', async () => {
      expectError(await exporterA.client.get(orderPath(o3.id)), 404, 'NOT_FOUND');
      expectError(await exporterB.client.get(orderPath(o1.id)), 404, 'NOT_FOUND');
      expectError(await exporterB.client.post(`${orderPath(o1.id)}/confirm`), 404, 'NOT_FOUND');
      expect((await fetchOk(exporterA.client, orderPath(o1.id))).status).toBe('submitted');

      const a = await listAll(exporterA.client, '/v1/purchase-orders', { limit: 200 });
      expect(new Set(a.items.map((o: { supplierId: string }) => o.supplierId))).toEqual(new Set([supplierA]));
      expect(ids(a.items)).toEqual(expect.arrayContaining([o1.id, o2.id]));
      expect(ids(a.items)).not.toContain(o3.id);
      expect(ids(a.items)).not.toContain(o4.id);

      const b = await listAll(exporterB.client, '/v1/purchase-orders', { limit: 200 });
      expect(ids(b.items).sort()).toEqual([o3.id, o4.id].sort());
    });

    it('filters by storeCode, supplierId and status', async () => {
      const list = async (query: string) =>
        ids((await listAll(hq.client, `/v1/purchase-orders?${query}`, { limit: 200 })).items);

      const bjs = await list('storeCode=FS-BJS-001');
      expect(bjs).toContain(o2.id);
      expect(bjs).not.toContain(o1.id);
      const inBjs = await env.query<{ id: string }>(`SELECT id FROM purchase_order WHERE store_code = 'FS-BJS-001'`);
      expect(bjs.sort()).toEqual(inBjs.map((r) => r.id).sort());

      expect((await list(`supplierId=${supplierB}`)).sort()).toEqual([o3.id, o4.id].sort());
      expect(await list(`supplierId=${supplierB}&storeCode=FS-SHA-001`)).toEqual([o3.id]);
      expect(await list(`supplierId=${supplierB}&status=confirmed`)).toEqual([o3.id]);
      expect(await list(`supplierId=${supplierB}&status=submitted`)).toEqual([o4.id]);

      const submittedA = await listAll(hq.client, `/v1/purchase-orders?supplierId=${supplierA}&status=submitted`, {
        limit: 200,
      });
      expect(submittedA.items.every((o: { status: string; supplierId: string }) => o.status === 'submitted')).toBe(
        true,
      );
      expect(ids(submittedA.items)).toEqual(expect.arrayContaining([o1.id, o2.id]));
      const delivered = await list(`supplierId=${supplierA}&status=delivered`);
      expect(delivered.length).toBeGreaterThanOrEqual(1);
      for (const id of delivered) expect((await fetchOk(hq.client, orderPath(id))).status).toBe('delivered');

      // Filters narrow within the caller's scope, never widen it.
      expect(ids((await listAll(buyerSha.client, '/v1/purchase-orders?storeCode=FS-BJS-001')).items)).toEqual([]);

      expectError(await hq.client.get('/v1/purchase-orders?status=lost'), 400, 'VALIDATION_FAILED');
      expectError(await hq.client.get('/v1/purchase-orders?createdFrom=yesterday'), 400, 'VALIDATION_FAILED');
    });

    it('filters by createdFrom and createdTo', async () => {
      // Three orders made one after another; the bounds fall strictly between their createdAt
      // (API times are in milliseconds, so bounds are a millisecond inside each gap, and the
      // result does not depend on whether a bound is inclusive).
      const p1 = await createOrder(hq.client, order(supplierB, { storeCode: 'FS-BJS-001' }));
      const p2 = await createOrder(hq.client, order(supplierB, { storeCode: 'FS-BJS-001' }));
      const p3 = await createOrder(hq.client, order(supplierB, { storeCode: 'FS-BJS-001' }));
      const [t1, t2, t3] = [p1, p2, p3].map((p) => Date.parse(p.createdAt));
      expect({ gap12: t2 - t1 >= 1, gap23: t3 - t2 >= 2 }).toEqual({ gap12: true, gap23: true });
      const from = new Date(t1 + 1).toISOString();
      const to = new Date(t3 - 1).toISOString();
      const list = async (query: string) =>
        ids((await listAll(hq.client, `/v1/purchase-orders?supplierId=${supplierB}&${query}`, { limit: 200 })).items);

      expect(await list(`createdFrom=${from}&createdTo=${to}`)).toEqual([p2.id]);
      expect(await list(`createdFrom=${from}`)).toEqual([p3.id, p2.id]);
      expect((await list(`createdTo=${to}`)).sort()).toEqual([o3.id, o4.id, p1.id, p2.id].sort());
      expect(await list(`createdFrom=${from}&createdTo=${to}&storeCode=FS-SHA-001`)).toEqual([]);
      expect(await list(`createdFrom=${new Date(t3 + 1000).toISOString()}`)).toEqual([]);
    });
  });

  it('kept the pipeline clean: no job failed, no clerk error, nothing open but the held drop-offs', async () => {
    expect(clerk.errors).toEqual([]);
    expect(await probe.failedJobs()).toEqual([]);
    expect(await probe.query(`SELECT type, subject_id FROM task WHERE type = 'failed_job'`)).toEqual([]);
  });
});
