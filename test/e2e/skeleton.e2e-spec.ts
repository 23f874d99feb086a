import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { waitFor } from '../support/wait-for';
import {
  CHILI_PRODUCT,
  completeTask,
  mintKey,
  orderBody,
  shipmentBody,
  supplierSignUp,
  uploadRequiredDocuments,
  waitForStatus,
} from '../support/scenario';
// pdf-parse's index runs a debug harness when required directly; its library file does not.
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');

/**
 * The walking skeleton, over HTTP, against the built API, worker and sandbox carriers running
 * as separate processes on the real Postgres and Redis: one order from a newly onboarded
 * supplier to delivery at a Freshippo store, in two shipments.
 */
describe('an order carried end to end', () => {
  const env = new TestEnvironment();
  let staff: HttpClient;
  let buyer: HttpClient;
  let exporter: HttpClient;
  let supplierId: string;
  let orderId: string;
  let buyerReference: string;

  beforeAll(async () => {
    await env.start();
    staff = await mintKey(env, { role: 'staff' });
    buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  it('onboards a supplier: sign-up, documents, submit, automated checks, staff approval', async () => {
    const signUp = await env.api.post('/v1/suppliers', supplierSignUp());
    expect(signUp.status).toBe(201);
    expect(signUp.body.supplier).toMatchObject({ status: 'draft', district: 'Bugesera', version: 1 });
    expect(signUp.body.apiKey).toEqual(expect.any(String));
    supplierId = signUp.body.supplier.id;
    exporter = env.api.as(signUp.body.apiKey);

    await uploadRequiredDocuments(exporter, supplierId);
    const documents = await exporter.get(`/v1/suppliers/${supplierId}/documents`);
    expect(documents.body.items).toHaveLength(4);
    expect(documents.body.items[0]).toMatchObject({
      contentType: 'application/pdf',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const file = await exporter.get(`/v1/suppliers/${supplierId}/documents/${documents.body.items[0].id}/file`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.raw.subarray(0, 5).toString()).toBe('%PDF-');

    const submitted = await exporter.post(`/v1/suppliers/${supplierId}/submit`);
    expect(submitted.status).toBe(202);
    expect(submitted.body.status).toBe('submitted');

    await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'in_review');
    await completeTask(staff, { type: 'supplier_review', subjectId: supplierId, outcome: 'approve' });
    const approved = await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'approved');
    expect(approved.history.map((h: { to: string }) => h.to)).toEqual([
      'draft',
      'submitted',
      'verifying',
      'in_review',
      'approved',
    ]);
    expect(approved.history[4].actor.role).toBe('staff');

    const product = await exporter.post(`/v1/suppliers/${supplierId}/products`, CHILI_PRODUCT);
    expect(product.status).toBe(201);
    expect(product.body).toMatchObject({ sku: CHILI_PRODUCT.sku, hsCode: '090421', unitNetWeightKg: '5.000' });
  });

  it('takes a purchase order from a store buyer, confirmed by the exporter', async () => {
    const body = orderBody(supplierId);
    buyerReference = body.buyerReference;
    const created = await buyer.post('/v1/purchase-orders', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'submitted', total: { amount: '940.00', currency: 'USD' } });
    expect(created.body.lines[0]).toMatchObject({
      quantity: 40,
      quantityPacked: 0,
      unitPrice: { amount: '23.50', currency: 'USD' },
      lineTotal: { amount: '940.00', currency: 'USD' },
    });
    orderId = created.body.id;

    const confirmed = await exporter.post(`/v1/purchase-orders/${orderId}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
  });

  async function shipAndDeliver(quantity: number, expectedOrderStatus: string) {
    const created = await exporter.post(`/v1/purchase-orders/${orderId}/shipments`, shipmentBody(quantity));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'documents_pending',
      mode: 'postal',
      carrier: null,
      trackingNumber: null,
    });
    expect(created.body.totals).toEqual({
      netWeightKg: `${quantity * 5}.000`,
      grossWeightKg: (quantity * 5.28).toFixed(3),
      value: { amount: (quantity * 23.5).toFixed(2), currency: 'USD' },
    });
    const shipmentId: string = created.body.id;

    const booked = await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'handoff_booked');
    expect(booked.carrier).toBe('iposita-ems');
    expect(booked.trackingNumber).toMatch(/^EE\d{9}RW$/);
    const bookings = await env.carrierSim.get(`/sandbox/bookings?reference=${shipmentId}`);
    expect(bookings.body.items).toHaveLength(1);
    expect(bookings.body.items[0].trackingNumber).toBe(booked.trackingNumber);

    const documents = await exporter.get(`/v1/shipments/${shipmentId}/documents`);
    const types = documents.body.items.map((d: { type: string }) => d.type).sort();
    // Dried chili (a plant product) by post in parcels over 2 kg: a CN23 and a label per parcel.
    expect(types).toEqual(
      [
        'certificate_of_origin',
        ...Array(quantity / 5).fill('cn23'),
        'commercial_invoice',
        'export_declaration',
        'packing_list',
        'phytosanitary_request',
        ...Array(quantity / 5).fill('shipping_label'),
      ].sort(),
    );
    const invoiceDoc = documents.body.items.find((d: { type: string }) => d.type === 'commercial_invoice');
    const invoice = await exporter.get(`/v1/shipments/${shipmentId}/documents/${invoiceDoc.id}`);
    expect(invoice.headers.get('content-type')).toBe('application/pdf');
    const invoiceText = (await pdfParse(invoice.raw)).text;
    expect(invoiceText).toContain(buyerReference);
    expect(invoiceText).toContain((quantity * 23.5).toFixed(2));
    expect(invoiceText).toContain('23.50');
    const packingDoc = documents.body.items.find((d: { type: string }) => d.type === 'packing_list');
    const packingText = (
      await pdfParse((await exporter.get(`/v1/shipments/${shipmentId}/documents/${packingDoc.id}`)).raw)
    ).text;
    expect(packingText).toContain(buyerReference);
    expect(packingText).toContain(`${quantity * 5}.000`);
    const invoiceData = await exporter.get(`/v1/shipments/${shipmentId}/documents/${invoiceDoc.id}`, {
      accept: 'application/json',
    });
    expect(invoiceData.body.data).toMatchObject({
      buyerReference,
      total: (quantity * 23.5).toFixed(2),
      currency: 'USD',
      incoterm: 'CPT',
    });

    await completeTask(staff, {
      type: 'handoff_dropoff',
      subjectId: shipmentId,
      outcome: 'handed_over',
      data: { receiptNumber: `RCPT-${shipmentId.slice(-6)}` },
    });
    const delivered = await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'delivered');
    expect(delivered.events.map((e: { code: string }) => e.code)).toEqual([
      'accepted',
      'departed_origin',
      'in_transit',
      'arrived_destination',
      'customs_cleared',
      'out_for_delivery',
      'delivered',
    ]);
    const statuses = delivered.history.map((h: { to: string }) => h.to);
    expect(statuses.slice(0, 4)).toEqual(['documents_pending', 'documents_ready', 'handoff_booked', 'handed_over']);
    expect(statuses[statuses.length - 1]).toBe('delivered');

    const tracking = await env.api.get(`/v1/tracking/${booked.trackingNumber}`);
    expect(tracking.status).toBe(200);
    expect(tracking.body).toMatchObject({
      trackingNumber: booked.trackingNumber,
      status: 'delivered',
      carrier: 'iposita-ems',
      origin: 'Kigali, RW',
    });
    expect(tracking.body.events).toHaveLength(7);
    expect(JSON.stringify(tracking.body)).not.toMatch(/23\.50|Aline|amount/);
    const page = await env.api.get(`/track/${booked.trackingNumber}`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain('已送达');

    await waitForStatus(buyer, `/v1/purchase-orders/${orderId}`, expectedOrderStatus);
    return shipmentId;
  }

  it('ships half the order by post: documents, booking, drop-off, tracking to delivery', async () => {
    await shipAndDeliver(20, 'partially_shipped');
    const order = await buyer.get(`/v1/purchase-orders/${orderId}`);
    expect(order.body.lines[0]).toMatchObject({ quantityPacked: 20, quantityShipped: 20 });
  });

  it('ships the rest; the order ends delivered', async () => {
    await shipAndDeliver(20, 'delivered');
    const order = await buyer.get(`/v1/purchase-orders/${orderId}`);
    expect(order.body.history.map((h: { to: string }) => h.to)).toEqual([
      'submitted',
      'confirmed',
      'partially_shipped',
      'shipped',
      'delivered',
    ]);
    expect(order.body.shipments).toHaveLength(2);
    expect(order.body.lines[0]).toMatchObject({ quantityPacked: 40, quantityShipped: 40 });
  });

  it('keeps the job pipeline clean: nothing failed, no task left open', async () => {
    const open = await waitFor(
      () => staff.get('/v1/tasks?status=open'),
      (r) => r.status === 200,
      { what: 'task list' },
    );
    expect(open.body.items).toEqual([]);
    const unpublished = await env.query<{ n: string }>('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL');
    expect(Number(unpublished[0].n)).toBe(0);
  });
});
