import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { expectError } from '../support/onboarding';
import { confirmOrder, createOrder, createShipment, fetchOk, packedShipment, uniqueReference } from '../support/orders';
import {
  CHILI_PRODUCT,
  completeTask,
  futureDate,
  supplierSignUp,
  uploadRequiredDocuments,
  waitForStatus,
} from '../support/scenario';
import { waitFor } from '../support/wait-for';

/** The papers of a drop-off in the order the bundle promises, after the labels. */
const PAPER_ORDER = [
  'commercial_invoice',
  'packing_list',
  'certificate_of_origin',
  'phytosanitary_request',
  'export_declaration',
  'cn22',
  'cn23',
];

interface Shipped {
  shipmentId: string;
  orderId: string;
  buyerReference: string;
  lotNumber: string;
}

/**
 * The routes the staff console is built on, over HTTP against the built apps: the drop-off
 * bundle of a shipment's documents, task claims that name their holder, the inbox oldest
 * first, and searching shipments and suppliers.
 */
describe('routes of the staff console', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  const run = randomBytes(3).toString('hex').toUpperCase();
  const legalName = `Nyamata Pepper Growers ${run} Cooperative`;
  const tradingName = `Akabanga ${run}`;
  const pdfDir = mkdtempSync(join(tmpdir(), 'corridor-bundle-'));
  let amina: HttpClient;
  let aminaKeyId: string;
  let jean: HttpClient;
  let buyer: HttpClient;
  let otherStoreBuyer: HttpClient;
  let exporter: HttpClient;
  let supplierId: string;
  let tin: string;
  let booked: Shipped;
  let unpapered: Shipped;

  beforeAll(async () => {
    await env.start();
    const staffKey = await env.admin.post('/v1/api-keys', { role: 'staff', label: 'Amina' });
    amina = env.api.as(staffKey.body.key);
    aminaKeyId = staffKey.body.id;
    jean = env.api.as((await env.admin.post('/v1/api-keys', { role: 'staff', label: 'Jean' })).body.key);
    buyer = env.api.as(
      (await env.admin.post('/v1/api-keys', { role: 'buyer', storeCode: 'FS-SHA-001', label: 'b' })).body.key,
    );
    const stores = await fetchOk(env.admin, '/v1/stores?limit=2');
    otherStoreBuyer = env.api.as(
      (await env.admin.post('/v1/api-keys', { role: 'buyer', storeCode: stores.items[1].code, label: 'other store' }))
        .body.key,
    );

    const signUp = await env.api.post('/v1/suppliers', supplierSignUp({ legalName, tradingName }));
    if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${JSON.stringify(signUp.body)}`);
    supplierId = signUp.body.supplier.id;
    tin = signUp.body.supplier.tin;
    exporter = env.api.as(signUp.body.apiKey);
    await uploadRequiredDocuments(exporter, supplierId);
    await exporter.post(`/v1/suppliers/${supplierId}/submit`);
    await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'in_review');
    await completeTask(amina, { type: 'supplier_review', subjectId: supplierId, outcome: 'approve' });
    await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'approved');
    const product = await exporter.post(`/v1/suppliers/${supplierId}/products`, CHILI_PRODUCT);
    if (product.status !== 201) throw new Error(`product failed: ${product.status} ${JSON.stringify(product.body)}`);

    booked = await ship();
    await waitForStatus(amina, `/v1/shipments/${booked.shipmentId}`, 'handoff_booked');
    // Without a worker, a new shipment's documents are not rendered: the bundle has nothing to join.
    await env.kill('worker', 'SIGTERM');
    unpapered = await ship();
  }, 240_000);

  afterAll(async () => {
    await env.stop();
    rmSync(pdfDir, { recursive: true, force: true });
  });

  /** A confirmed order of ten bags, packed in two postal parcels of one lot. */
  async function ship(): Promise<Shipped> {
    const buyerReference = uniqueReference(`FRESHIPPO-CONSOLE-${run}`);
    const lotNumber = `LOT-${randomBytes(4).toString('hex').toUpperCase()}`;
    const order = await createOrder(buyer, {
      storeCode: 'FS-SHA-001',
      supplierId,
      buyerReference,
      currency: 'USD',
      incoterm: 'CPT',
      namedPlace: 'Shanghai Pudong (PVG)',
      requestedDeliveryDate: futureDate(45),
      lines: [{ sku: CHILI_PRODUCT.sku, quantity: 10, unitPrice: '23.50' }],
    });
    await confirmOrder(exporter, order.id);
    const shipment = await createShipment(
      exporter,
      order.id,
      packedShipment([{ sku: CHILI_PRODUCT.sku, quantity: 10 }], { lotNumber, mode: 'postal' }),
    );
    return { shipmentId: shipment.id, orderId: order.id, buyerReference, lotNumber };
  }

  function textOf(pdf: Buffer, pages?: { first: number; last: number }): string {
    const file = join(pdfDir, `${randomBytes(6).toString('hex')}.pdf`);
    writeFileSync(file, pdf);
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' })
      .replace(/\f/g, '')
      .trim();
  }

  describe('GET /v1/shipments/:id/documents/bundle', () => {
    it('joins the newest version of every document into one PDF: labels first, then the papers in drop-off order', async () => {
      const response = await amina.get(`/v1/shipments/${booked.shipmentId}/documents/bundle`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bundle = await PDFDocument.load(response.raw);

      const listed: { id: string; type: string; packageReference?: string }[] = (
        await fetchOk(amina, `/v1/shipments/${booked.shipmentId}/documents`)
      ).items;
      const labels = listed
        .filter((d) => d.type === 'shipping_label')
        .sort((a, b) => (a.packageReference ?? '').localeCompare(b.packageReference ?? ''));
      const papers = listed
        .filter((d) => d.type !== 'shipping_label')
        .sort(
          (a, b) =>
            PAPER_ORDER.indexOf(a.type) - PAPER_ORDER.indexOf(b.type) ||
            (a.packageReference ?? '').localeCompare(b.packageReference ?? ''),
        );
      expect(labels.map((d) => d.packageReference)).toEqual(['PKG-1', 'PKG-2']);
      expect(papers.map((d) => d.type)).toEqual([
        'commercial_invoice',
        'packing_list',
        'certificate_of_origin',
        'phytosanitary_request',
        'export_declaration',
        'cn23',
        'cn23',
      ]);

      let page = 1;
      for (const document of [...labels, ...papers]) {
        const part = await amina.get(`/v1/shipments/${booked.shipmentId}/documents/${document.id}`);
        expect(part.status).toBe(200);
        const pages = (await PDFDocument.load(part.raw)).getPageCount();
        const range = { first: page, last: page + pages - 1 };
        expect({ document: document.type, text: textOf(response.raw, range) }).toEqual({
          document: document.type,
          text: textOf(part.raw),
        });
        page += pages;
      }
      expect(bundle.getPageCount()).toBe(page - 1);
    });

    it('is open to the buyer and exporter of the shipment, and 404 to a buyer of another store', async () => {
      expect((await buyer.get(`/v1/shipments/${booked.shipmentId}/documents/bundle`)).status).toBe(200);
      expect((await exporter.get(`/v1/shipments/${booked.shipmentId}/documents/bundle`)).status).toBe(200);
      expectError(await otherStoreBuyer.get(`/v1/shipments/${booked.shipmentId}/documents/bundle`), 404, 'NOT_FOUND');
      expectError(
        await amina.get(`/v1/shipments/${'0'.repeat(8)}-0000-7000-8000-000000000000/documents/bundle`),
        404,
        'NOT_FOUND',
      );
    });

    it('answers 409 while the shipment has no documents yet', async () => {
      const response = await amina.get(`/v1/shipments/${unpapered.shipmentId}/documents/bundle`);
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
      expect(response.body.error.details[0]).toMatchObject({ from: 'documents_pending' });
    });
  });

  describe('task claims name their holder', () => {
    let taskId: string;

    beforeAll(async () => {
      const tasks = await waitFor(
        () => amina.get(`/v1/tasks?type=handoff_dropoff&subjectId=${booked.shipmentId}&status=open`),
        (r) => r.status === 200 && r.body.items.length === 1,
        { what: 'the drop-off task' },
      );
      taskId = tasks.body.items[0].id;
    });

    it('shows an open task with no holder', async () => {
      const task = await fetchOk(amina, `/v1/tasks/${taskId}`);
      expect(task).toMatchObject({ status: 'open', claimedBy: null, claimedAt: null });
    });

    it('names the claimer by key and label, with when it was claimed', async () => {
      const before = Date.now();
      const claimed = await amina.post(`/v1/tasks/${taskId}/claim`);
      expect(claimed.status).toBe(200);
      expect(claimed.body.claimedBy).toEqual({ keyId: aminaKeyId, label: 'Amina' });
      expect(Date.parse(claimed.body.claimedAt)).toBeGreaterThanOrEqual(before - 5_000);
      expect((await fetchOk(jean, `/v1/tasks/${taskId}`)).claimedBy).toEqual({ keyId: aminaKeyId, label: 'Amina' });
    });

    it('answers a second claim with 409 naming the holder in details', async () => {
      const claimedAt = (await fetchOk(amina, `/v1/tasks/${taskId}`)).claimedAt;
      const response = await jean.post(`/v1/tasks/${taskId}/claim`);
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
      expect(response.body.error.message).toContain('Amina');
      expect(response.body.error.details[0]).toMatchObject({ keyId: aminaKeyId, label: 'Amina', claimedAt });
    });

    it('clears the holder on release, and names the bootstrap admin key "admin"', async () => {
      const released = await amina.post(`/v1/tasks/${taskId}/release`);
      expect(released.body).toMatchObject({ status: 'open', claimedBy: null, claimedAt: null });
      const byAdmin = await env.admin.post(`/v1/tasks/${taskId}/claim`);
      expect(byAdmin.body.claimedBy).toEqual({ keyId: expect.any(String), label: 'admin' });
      const refused = await amina.post(`/v1/tasks/${taskId}/claim`);
      expect(refused.body.error.details[0]).toMatchObject({ label: 'admin' });
      expect((await env.admin.post(`/v1/tasks/${taskId}/release`)).status).toBe(200);
    });
  });

  describe('the inbox, oldest first', () => {
    it('lists tasks oldest first with order=oldest, and pages through them in that order', async () => {
      const newest = (await fetchOk(amina, '/v1/tasks?limit=200')).items.map((t: { id: string }) => t.id);
      expect(newest.length).toBeGreaterThanOrEqual(2);
      const oldest: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = await fetchOk(
          amina,
          `/v1/tasks?order=oldest&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        oldest.push(...page.items.map((t) => t.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(oldest).toEqual([...newest].reverse());
      expectError(await amina.get('/v1/tasks?order=sideways'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('searching shipments', () => {
    async function found(client: HttpClient, q: string): Promise<string[]> {
      const page = await fetchOk(client, `/v1/shipments?q=${encodeURIComponent(q)}`);
      return page.items.map((s: { id: string }) => s.id).sort();
    }

    it('finds a shipment by its tracking number, ignoring case and spaces', async () => {
      const { trackingNumber } = await fetchOk(amina, `/v1/shipments/${booked.shipmentId}`);
      expect(trackingNumber).toEqual(expect.any(String));
      expect(await found(amina, trackingNumber)).toEqual([booked.shipmentId]);
      const spaced = `${trackingNumber.slice(0, 4)} ${trackingNumber.slice(4)}`.toLowerCase();
      expect(await found(amina, spaced)).toEqual([booked.shipmentId]);
    });

    it('finds shipments by the buyer reference of their order and by lot number', async () => {
      expect(await found(amina, unpapered.buyerReference)).toEqual([unpapered.shipmentId]);
      expect(await found(amina, booked.lotNumber)).toEqual([booked.shipmentId]);
    });

    it('finds shipments by a part of the supplier’s legal or trading name, in any case', async () => {
      const both = [booked.shipmentId, unpapered.shipmentId].sort();
      expect(await found(amina, `pepper growers ${run.toLowerCase()}`)).toEqual(both);
      expect(await found(amina, tradingName.toUpperCase())).toEqual(both);
      expect(await found(amina, 'no supplier is called this')).toEqual([]);
      expect(await found(amina, '%')).toEqual([]);
    });

    it('refuses a search with control characters before it reaches the database', async () => {
      expectError(await amina.get('/v1/shipments?q=a%00b'), 400, 'VALIDATION_FAILED');
      expectError(await amina.get('/v1/suppliers?q=%00'), 400, 'VALIDATION_FAILED');
      expectError(await amina.get(`/v1/shipments?q=${'x'.repeat(201)}`), 400, 'VALIDATION_FAILED');
    });

    it('searches within the caller’s scope only', async () => {
      expect(await found(buyer, booked.lotNumber)).toEqual([booked.shipmentId]);
      expect(await found(otherStoreBuyer, booked.lotNumber)).toEqual([]);
      expect(await found(otherStoreBuyer, tradingName)).toEqual([]);
    });
  });

  describe('listing suppliers', () => {
    it('filters by status', async () => {
      const draft = await env.api.post('/v1/suppliers', supplierSignUp({ legalName: `Draft ${run} Growers` }));
      const approved = await fetchOk(amina, '/v1/suppliers?status=approved&limit=200');
      expect(approved.items.map((s: { id: string }) => s.id)).toContain(supplierId);
      expect(approved.items.every((s: { status: string }) => s.status === 'approved')).toBe(true);
      const drafts = await fetchOk(amina, '/v1/suppliers?status=draft&limit=200');
      expect(drafts.items.map((s: { id: string }) => s.id)).toContain(draft.body.supplier.id);
      expect(drafts.items.map((s: { id: string }) => s.id)).not.toContain(supplierId);
    });

    it('finds suppliers by a part of the name or by TIN', async () => {
      const ids = async (q: string) =>
        (await fetchOk(amina, `/v1/suppliers?q=${encodeURIComponent(q)}`)).items.map((s: { id: string }) => s.id);
      expect(await ids(`PEPPER GROWERS ${run}`)).toEqual([supplierId]);
      expect(await ids(tradingName.toLowerCase())).toEqual([supplierId]);
      expect(await ids(tin)).toEqual([supplierId]);
      expect(await ids(`nothing ${run}`)).toEqual([]);
    });
  });
});
