import { join } from 'node:path';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { waitFor } from '../support/wait-for';
import {
  CHILI_PRODUCT,
  approvedSupplier,
  completeTask,
  futureDate,
  mintKey,
  orderBody,
  supplierSignUp,
  uploadDocument,
  waitForStatus,
} from '../support/scenario';
import {
  documentRows,
  expectError,
  expectFieldError,
  filesUnder,
  mintStaff,
  runCertificateCheck,
  signUp,
  submitAndWait,
  uploadDocuments,
  waitForQuiet,
  type SignedUp,
} from '../support/onboarding';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ALL_REQUIRED = ['rdb_certificate', 'tax_clearance', 'naeb_registration', 'gacc_registration'];

/**
 * Supplier onboarding and the product catalogue over HTTP, against the built API, worker and
 * sandbox carriers on the real Postgres and Redis: sign-up to approval for a chili grower and a
 * coffee washing station, automated checks asking for a missing GACC registration, a rejection,
 * certificates expiring and expired (suspension and reinstatement), tenancy, and sign-up rules.
 */
describe('supplier onboarding and product catalogue', () => {
  // Many sign-ups come from one address here; the public rate limit is not under test.
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  let staff: HttpClient;
  let staffKeyId: string;
  let buyer: HttpClient; // FS-SHA-001

  beforeAll(async () => {
    await env.start();
    ({ client: staff, keyId: staffKeyId } = await mintStaff(env));
    buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  const history = (supplier: { history: { to: string }[] }) => supplier.history.map((h) => h.to);
  const last = <T>(items: T[]): T => items[items.length - 1];

  async function notifications(client: HttpClient, supplierId: string, kind: string) {
    const response = await client.get(`/v1/suppliers/${supplierId}/notifications?limit=200`);
    expect(response.status).toBe(200);
    return (response.body.items as { kind: string; message: string; data: any }[]).filter((n) => n.kind === kind);
  }

  async function waitForNotification(client: HttpClient, supplierId: string, kind: string) {
    const found = await waitFor(
      () => notifications(client, supplierId, kind),
      (items) => items.length > 0,
      { what: `a ${kind} notification for ${supplierId}` },
    );
    return found[0];
  }

  async function supplierCount(): Promise<number> {
    return (await env.query<{ n: number }>('SELECT count(*)::int AS n FROM supplier'))[0].n;
  }

  async function review(
    supplierId: string,
    outcome: string,
    extra: { note?: string; data?: Record<string, unknown> } = {},
  ) {
    await completeTask(staff, { type: 'supplier_review', subjectId: supplierId, outcome, ...extra });
  }

  describe('a chili grower from sign-up to approved', () => {
    let supplier: SignedUp;
    const products = [
      CHILI_PRODUCT,
      {
        sku: 'GSH-CHILI-CR-1KG',
        name: { en: 'Crushed dried chili, 1 kg', zh: '碎干辣椒 1公斤' },
        category: 'chili',
        form: 'dried_crushed',
        hsCode: '09042200',
        botanicalName: 'Capsicum frutescens',
        packaging: 'jar',
        unitNetWeightKg: '1.000',
        unitGrossWeightKg: '1.150',
        shelfLifeDays: 365,
        attributes: { variety: "bird's eye", heatScoville: 50000 },
      },
      {
        sku: 'GSH-CHILI-OIL-250',
        name: { en: 'Chili oil, 250 ml bottle', zh: '辣椒油 250毫升' },
        category: 'chili',
        form: 'chili_oil',
        hsCode: '210390',
        packaging: 'bottle',
        unitNetWeightKg: '0.230',
        unitGrossWeightKg: '0.480',
        shelfLifeDays: 540,
        attributes: { heatScoville: 30000 },
      },
    ];
    const created: any[] = [];

    it('signs up in draft with an exporter key; the history starts with the creation', async () => {
      supplier = await signUp(env, { legalName: 'Gashora Chili Growers Cooperative', district: 'Bugesera' });
      expect(supplier.body.apiKey).toEqual(expect.any(String));
      expect(supplier.body.supplier).toMatchObject({
        id: supplier.supplierId,
        legalName: 'Gashora Chili Growers Cooperative',
        district: 'Bugesera',
        categories: ['chili'],
        status: 'draft',
        reasons: [],
        version: 1,
      });
      const read = await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`);
      expect(read.status).toBe(200);
      expect(read.body.history).toEqual([
        { from: null, to: 'draft', at: expect.stringMatching(ISO_TIME), actor: { role: 'system' } },
      ]);
    });

    it('submits with its four documents (202 submitted) and passes the automated checks into review', async () => {
      await uploadDocuments(supplier.exporter, supplier.supplierId, ALL_REQUIRED);
      const submitted = await supplier.exporter.post(`/v1/suppliers/${supplier.supplierId}/submit`);
      expect(submitted.status).toBe(202);
      expect(submitted.body).toMatchObject({ id: supplier.supplierId, status: 'submitted', reasons: [] });

      const inReview = await waitForStatus(supplier.exporter, `/v1/suppliers/${supplier.supplierId}`, 'in_review');
      expect(inReview.reasons).toEqual([]);
      // The review task is opened by a job of its own, after the move to in_review commits.
      const tasks = await waitFor(
        () => staff.get(`/v1/tasks?type=supplier_review&subjectId=${supplier.supplierId}`),
        (r) => r.body.items.length > 0,
        { what: 'the supplier_review task' },
      );
      expect(tasks.body.items).toEqual([
        expect.objectContaining({
          type: 'supplier_review',
          status: 'open',
          subject: { kind: 'supplier', id: supplier.supplierId },
          allowedOutcomes: ['approve', 'reject', 'request_changes'],
        }),
      ]);
    });

    it('is approved by staff; the history names each actor and the reviewer’s note', async () => {
      await review(supplier.supplierId, 'approve', { note: 'Registrations checked against the NAEB and GACC lists' });
      const approved = await waitForStatus(supplier.exporter, `/v1/suppliers/${supplier.supplierId}`, 'approved');
      expect(approved.reasons).toEqual([]);
      const at = expect.stringMatching(ISO_TIME);
      expect(approved.history).toEqual([
        { from: null, to: 'draft', at, actor: { role: 'system' } },
        { from: 'draft', to: 'submitted', at, actor: { role: 'exporter', keyId: supplier.keyId } },
        { from: 'submitted', to: 'verifying', at, actor: { role: 'system' } },
        { from: 'verifying', to: 'in_review', at, actor: { role: 'system' } },
        {
          from: 'in_review',
          to: 'approved',
          at,
          actor: { role: 'staff', keyId: staffKeyId },
          reason: 'Registrations checked against the NAEB and GACC lists',
        },
      ]);
      const times = approved.history.map((h: { at: string }) => h.at);
      expect([...times].sort()).toEqual(times);
    });

    it('tells the exporter it was approved', async () => {
      const notification = await waitForNotification(supplier.exporter, supplier.supplierId, 'review_outcome');
      expect(notification.data).toEqual({ status: 'approved', reasons: [] });
    });

    it('lists dried whole, crushed and oil products (201 each, HS codes as given)', async () => {
      for (const product of products) {
        const response = await supplier.exporter.post(`/v1/suppliers/${supplier.supplierId}/products`, product);
        expect(response.status).toBe(201);
        expect(response.body).toEqual({
          ...product,
          botanicalName: (product as { botanicalName?: string }).botanicalName ?? null,
          id: expect.any(String),
          supplierId: supplier.supplierId,
          createdAt: expect.stringMatching(ISO_TIME),
        });
        created.push(response.body);
      }
    });

    it('lists its products newest first and reads each one by id', async () => {
      const list = await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}/products`);
      expect(list.status).toBe(200);
      expect(list.body).toEqual({ items: [...created].reverse(), nextCursor: null });
      for (const product of created) {
        for (const reader of [supplier.exporter, staff, buyer]) {
          const read = await reader.get(`/v1/products/${product.id}`);
          expect({ status: read.status, body: read.body }).toEqual({ status: 200, body: product });
        }
      }
    });

    it('pages through its products with limit and cursor', async () => {
      const first = await staff.get(`/v1/suppliers/${supplier.supplierId}/products?limit=2`);
      expect(first.body.items.map((p: { sku: string }) => p.sku)).toEqual(['GSH-CHILI-OIL-250', 'GSH-CHILI-CR-1KG']);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await staff.get(
        `/v1/suppliers/${supplier.supplierId}/products?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      );
      expect(second.body).toEqual({ items: [created[0]], nextCursor: null });
    });

    it('takes a purchase order from a store buyer for its products', async () => {
      const order = await buyer.post('/v1/purchase-orders', orderBody(supplier.supplierId));
      expect(order.status).toBe(201);
      expect(order.body.lines[0]).toMatchObject({ sku: CHILI_PRODUCT.sku, productId: created[0].id, hsCode: '090421' });
    });
  });

  describe('a coffee washing station from sign-up to approved', () => {
    let supplier: SignedUp;
    const products = [
      {
        sku: 'KLB-GREEN-60KG',
        name: { en: 'Green coffee beans, fully washed, 60 kg', zh: '生咖啡豆（水洗）60公斤' },
        category: 'coffee',
        form: 'green_beans',
        hsCode: '0901110000',
        botanicalName: 'Coffea arabica',
        packaging: 'sack',
        unitNetWeightKg: '60.000',
        unitGrossWeightKg: '60.700',
        shelfLifeDays: 365,
        attributes: {
          process: 'washed',
          screenSize: 15,
          cuppingScore: 86.5,
          altitudeM: 1750,
          washingStation: 'Kilimbi',
        },
      },
      {
        sku: 'KLB-ROAST-500G',
        name: { en: 'Roasted coffee beans, 500 g', zh: '烘焙咖啡豆 500克' },
        category: 'coffee',
        form: 'roasted_beans',
        hsCode: '090121',
        botanicalName: 'Coffea arabica',
        packaging: 'bag',
        unitNetWeightKg: '0.500',
        unitGrossWeightKg: '0.540',
        shelfLifeDays: 270,
        attributes: { process: 'natural' },
      },
    ];
    const created: any[] = [];

    it('goes from sign-up through the automated checks to in_review', async () => {
      supplier = await signUp(env, {
        legalName: 'Kilimbi Coffee Washing Station Ltd',
        type: 'company',
        district: 'nyamasheke',
        address: 'Kilimbi sector, Nyamasheke, Western Province',
        categories: ['coffee'],
      });
      expect(supplier.body.supplier).toMatchObject({ status: 'draft', district: 'Nyamasheke', categories: ['coffee'] });
      await uploadDocuments(supplier.exporter, supplier.supplierId, ALL_REQUIRED);
      const inReview = await submitAndWait(supplier.exporter, supplier.supplierId, 'in_review');
      expect(history(inReview)).toEqual(['draft', 'submitted', 'verifying', 'in_review']);
    });

    it('is approved by staff', async () => {
      await review(supplier.supplierId, 'approve');
      const approved = await waitForStatus(supplier.exporter, `/v1/suppliers/${supplier.supplierId}`, 'approved');
      expect(last(approved.history)).toEqual({
        from: 'in_review',
        to: 'approved',
        at: expect.stringMatching(ISO_TIME),
        actor: { role: 'staff', keyId: staffKeyId },
      });
    });

    it('lists green beans with their coffee attributes and roasted beans', async () => {
      for (const product of products) {
        const response = await supplier.exporter.post(`/v1/suppliers/${supplier.supplierId}/products`, product);
        expect(response.status).toBe(201);
        expect(response.body).toEqual({
          ...product,
          id: expect.any(String),
          supplierId: supplier.supplierId,
          createdAt: expect.stringMatching(ISO_TIME),
        });
        created.push(response.body);
      }
      const list = await staff.get(`/v1/suppliers/${supplier.supplierId}/products`);
      expect(list.body).toEqual({ items: [...created].reverse(), nextCursor: null });
      const green = await supplier.exporter.get(`/v1/products/${created[0].id}`);
      expect(green.body.attributes).toEqual({
        process: 'washed',
        screenSize: 15,
        cuppingScore: 86.5,
        altitudeM: 1750,
        washingStation: 'Kilimbi',
      });
    });

    it('refuses a chili attribute on a coffee product with 400, storing nothing', async () => {
      const response = await supplier.exporter.post(`/v1/suppliers/${supplier.supplierId}/products`, {
        ...products[1],
        sku: 'KLB-ROAST-HOT',
        attributes: { heatScoville: 1000 },
      });
      expectFieldError(response, 'attributes.heatScoville');
      const list = await staff.get(`/v1/suppliers/${supplier.supplierId}/products`);
      expect(list.body.items).toHaveLength(2);
    });
  });

  describe('a supplier missing its GACC registration', () => {
    let supplier: SignedUp;

    it('ends in changes_requested with DOCUMENT_MISSING for gacc_registration, moved by the system', async () => {
      supplier = await signUp(env, { legalName: 'Rweru Chili Producers' });
      await uploadDocuments(supplier.exporter, supplier.supplierId, [
        'rdb_certificate',
        'tax_clearance',
        'naeb_registration',
      ]);
      const changes = await submitAndWait(supplier.exporter, supplier.supplierId, 'changes_requested');
      expect(changes.reasons).toEqual([
        expect.objectContaining({ code: 'DOCUMENT_MISSING', documentType: 'gacc_registration' }),
      ]);
      expect(history(changes)).toEqual(['draft', 'submitted', 'verifying', 'changes_requested']);
      expect(last<any>(changes.history)).toEqual({
        from: 'verifying',
        to: 'changes_requested',
        at: expect.stringMatching(ISO_TIME),
        actor: { role: 'system' },
        reason: expect.stringContaining('gacc_registration'),
      });
    });

    it('shows the exporter the reasons on GET and in a notification', async () => {
      const read = await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`);
      expect(read.body.reasons).toContainEqual(
        expect.objectContaining({ code: 'DOCUMENT_MISSING', documentType: 'gacc_registration' }),
      );
      const notification = await waitForNotification(supplier.exporter, supplier.supplierId, 'review_outcome');
      expect(notification.data).toEqual({
        status: 'changes_requested',
        reasons: [expect.objectContaining({ code: 'DOCUMENT_MISSING', documentType: 'gacc_registration' })],
      });
    });

    it('lets the exporter edit its details while changes are requested', async () => {
      const before = (await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`)).body;
      const response = await supplier.exporter.patch(`/v1/suppliers/${supplier.supplierId}`, {
        address: 'Rweru sector, Bugesera, Eastern Province',
        contact: { name: 'Jean Bosco Habimana', email: 'bosco@example.rw', phone: '+250722555111' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'changes_requested',
        address: 'Rweru sector, Bugesera, Eastern Province',
        contact: { name: 'Jean Bosco Habimana', email: 'bosco@example.rw', phone: '+250722555111' },
        version: before.version + 1,
        tin: before.tin,
        legalName: before.legalName,
      });
      expect((await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`)).body).toEqual(response.body);
    });

    it('uploads the GACC registration, resubmits (reasons cleared) and is back in review', async () => {
      await uploadDocuments(supplier.exporter, supplier.supplierId, ['gacc_registration']);
      const submitted = await supplier.exporter.post(`/v1/suppliers/${supplier.supplierId}/submit`);
      expect(submitted.status).toBe(202);
      expect(submitted.body).toMatchObject({ status: 'submitted', reasons: [] });
      const inReview = await waitForStatus(supplier.exporter, `/v1/suppliers/${supplier.supplierId}`, 'in_review');
      expect(inReview.reasons).toEqual([]);
      expect(last<any>(inReview.history.slice(0, 5))).toEqual({
        from: 'changes_requested',
        to: 'submitted',
        at: expect.stringMatching(ISO_TIME),
        actor: { role: 'exporter', keyId: supplier.keyId },
      });
    });

    it('refuses an edit while in review with 409 INVALID_STATE_TRANSITION, changing nothing', async () => {
      const before = (await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`)).body;
      const response = await supplier.exporter.patch(`/v1/suppliers/${supplier.supplierId}`, { address: 'Elsewhere' });
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
      expect(response.body.error.details).toContainEqual(
        expect.objectContaining({ from: 'in_review', action: 'update' }),
      );
      expect((await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`)).body).toEqual(before);
    });

    it('is approved, after which an edit is 409 INVALID_STATE_TRANSITION too', async () => {
      await review(supplier.supplierId, 'approve');
      const approved = await waitForStatus(supplier.exporter, `/v1/suppliers/${supplier.supplierId}`, 'approved');
      expect(history(approved)).toEqual([
        'draft',
        'submitted',
        'verifying',
        'changes_requested',
        'submitted',
        'verifying',
        'in_review',
        'approved',
      ]);
      const response = await supplier.exporter.patch(`/v1/suppliers/${supplier.supplierId}`, { address: 'Elsewhere' });
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
      expect(response.body.error.details).toContainEqual(
        expect.objectContaining({ from: 'approved', action: 'update' }),
      );
      expect((await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`)).body).toEqual(approved);
    });
  });

  describe('a rejected supplier', () => {
    let supplier: SignedUp;
    const reasons = [{ code: 'DETAILS_INCORRECT', message: 'The TIN does not match the RDB certificate' }];

    it('is rejected by staff with reasons, which the exporter sees with the staff member in the history', async () => {
      supplier = await signUp(env, { legalName: 'Mayange Peppers Ltd', type: 'company' });
      await uploadDocuments(supplier.exporter, supplier.supplierId, ALL_REQUIRED);
      await submitAndWait(supplier.exporter, supplier.supplierId, 'in_review');
      await review(supplier.supplierId, 'reject', { data: { reasons } });
      const rejected = await waitForStatus(supplier.exporter, `/v1/suppliers/${supplier.supplierId}`, 'rejected');
      expect(rejected.reasons).toEqual(reasons);
      expect(last<any>(rejected.history)).toEqual({
        from: 'in_review',
        to: 'rejected',
        at: expect.stringMatching(ISO_TIME),
        actor: { role: 'staff', keyId: staffKeyId },
        reason: expect.stringContaining('The TIN does not match the RDB certificate'),
      });
    });

    it('is final: resubmitting is 409 INVALID_STATE_TRANSITION and starts no verification', async () => {
      const before = (await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`)).body;
      const response = await supplier.exporter.post(`/v1/suppliers/${supplier.supplierId}/submit`);
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
      expect(response.body.error.details).toContainEqual(
        expect.objectContaining({ from: 'rejected', action: 'submit' }),
      );
      await waitForQuiet(env);
      expect((await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`)).body).toEqual(before);
    });

    it('is final: editing is 409 INVALID_STATE_TRANSITION', async () => {
      const response = await supplier.exporter.patch(`/v1/suppliers/${supplier.supplierId}`, { address: 'Elsewhere' });
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
    });

    it('cannot receive purchase orders (400 BUSINESS_RULE_VIOLATED)', async () => {
      const product = await supplier.exporter.post(`/v1/suppliers/${supplier.supplierId}/products`, CHILI_PRODUCT);
      expect(product.status).toBe(201);
      expectError(
        await buyer.post('/v1/purchase-orders', orderBody(supplier.supplierId)),
        400,
        'BUSINESS_RULE_VIOLATED',
      );
    });
  });

  describe('certificates expiring and expired', () => {
    let supplierId: string;
    let exporter: HttpClient;
    let expiringDocId: string;

    beforeAll(async () => {
      ({ supplierId, exporter } = await approvedSupplier(env, staff));
      // Verification refuses a registration expiring within 30 days, so the supplier is
      // approved on year-long papers and its GACC registration record is then replaced by one
      // expiring in 10 days (the newest document of a type is the one that counts), as if the
      // approval had happened a year ago.
      const expiring = await uploadDocument(exporter, supplierId, {
        type: 'gacc_registration',
        number: 'CRWA12345678901',
        issuedOn: futureDate(-355),
        expiresOn: futureDate(10),
      });
      if (expiring.status !== 201)
        throw new Error(`upload failed: ${expiring.status} ${JSON.stringify(expiring.body)}`);
      expiringDocId = expiring.body.id;
    }, 120_000);

    it('takes orders while approved (the order body is sound)', async () => {
      const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      expect(order.status).toBe(201);
    });

    it('on a check, opens a certificate_expiring task for staff and keeps the supplier approved', async () => {
      const check = await runCertificateCheck(env, staff);
      expect(check.state).toBe('completed');
      const tasks = await waitFor(
        () => staff.get(`/v1/tasks?type=certificate_expiring&subjectId=${supplierId}`),
        (r) => r.status === 200 && r.body.items.length > 0,
        { what: 'a certificate_expiring task' },
      );
      expect(tasks.body.items).toEqual([
        expect.objectContaining({
          type: 'certificate_expiring',
          status: 'open',
          subject: { kind: 'supplier', id: supplierId },
          allowedOutcomes: ['acknowledge'],
          summary: expect.stringContaining(futureDate(10)),
        }),
      ]);
      expect(tasks.body.items[0].summary).toContain('gacc_registration');
      expect((await exporter.get(`/v1/suppliers/${supplierId}`)).body.status).toBe('approved');
    });

    it('tells the exporter which certificate expires and when', async () => {
      const notification = await waitForNotification(exporter, supplierId, 'certificate_expiring');
      expect(notification.data).toEqual({
        documentId: expiringDocId,
        documentType: 'gacc_registration',
        expiresOn: futureDate(10),
      });
      expect(notification.message).toContain(futureDate(10));
    });

    it('opens the task and sends the notification only once when the check runs again', async () => {
      const again = await runCertificateCheck(env, staff);
      expect(again.state).toBe('completed');
      expect(again.returnvalue).toMatchObject({ expiring: expect.any(Number) });
      expect(again.returnvalue.expiring).toBeGreaterThanOrEqual(1); // it did see the document again
      await waitForQuiet(env);
      const tasks = await staff.get(`/v1/tasks?type=certificate_expiring&subjectId=${supplierId}`);
      expect(tasks.body.items).toHaveLength(1);
      expect(await notifications(exporter, supplierId, 'certificate_expiring')).toHaveLength(1);
    });

    it('answers 403 FORBIDDEN to an exporter or a buyer running the check', async () => {
      expectError(await exporter.post('/v1/suppliers/certificate-checks'), 403, 'FORBIDDEN');
      expectError(await buyer.post('/v1/suppliers/certificate-checks'), 403, 'FORBIDDEN');
    });

    it('suspends the supplier automatically once a required document has expired', async () => {
      // Time cannot be moved forward for the running apps, and an expired registration is
      // refused by verification before approval, so the approved supplier's GACC registrations
      // are aged in the test database: they expired yesterday (UTC, as the check counts days).
      const updated = await env.query(
        `UPDATE supplier_document SET expires_on = $2::date WHERE supplier_id = $1 AND type = 'gacc_registration' RETURNING id`,
        [supplierId, futureDate(-1)],
      );
      expect(updated.length).toBeGreaterThan(0);

      const check = await runCertificateCheck(env, staff);
      expect(check.state).toBe('completed');
      const suspended = await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'suspended');
      expect(suspended.reasons).toEqual([
        expect.objectContaining({ code: 'DOCUMENT_EXPIRED', documentType: 'gacc_registration' }),
      ]);
      expect(last<any>(suspended.history)).toEqual({
        from: 'approved',
        to: 'suspended',
        at: expect.stringMatching(ISO_TIME),
        actor: { role: 'system' },
        reason: expect.stringContaining('gacc_registration'),
      });
    });

    it('tells the exporter it was suspended and why', async () => {
      const notification = await waitForNotification(exporter, supplierId, 'suspended');
      expect(notification.data.reasons).toEqual([
        expect.objectContaining({ code: 'DOCUMENT_EXPIRED', documentType: 'gacc_registration' }),
      ]);
    });

    it('refuses a purchase order for the suspended supplier with 400 BUSINESS_RULE_VIOLATED, storing nothing', async () => {
      const count = async () =>
        (
          await env.query<{ n: number }>('SELECT count(*)::int AS n FROM purchase_order WHERE supplier_id = $1', [
            supplierId,
          ])
        )[0].n;
      const before = await count();
      const response = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      expectError(response, 400, 'BUSINESS_RULE_VIOLATED');
      expect(await count()).toBe(before);
    });

    it('refuses staff reinstatement while the document is still expired (400 BUSINESS_RULE_VIOLATED)', async () => {
      const before = (await staff.get(`/v1/suppliers/${supplierId}`)).body;
      const response = await staff.post(`/v1/suppliers/${supplierId}/reinstate`);
      expectError(response, 400, 'BUSINESS_RULE_VIOLATED');
      expect(response.body.error.message).toContain('gacc_registration');
      expect((await staff.get(`/v1/suppliers/${supplierId}`)).body).toEqual(before);
    });

    it('lets the exporter edit its details while suspended', async () => {
      const response = await exporter.patch(`/v1/suppliers/${supplierId}`, { tradingName: 'Gashora Chili Co-op' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'suspended', tradingName: 'Gashora Chili Co-op' });
    });

    it('returns to review after a valid replacement and resubmission (suspended → submitted → verifying → in_review)', async () => {
      await uploadDocuments(exporter, supplierId, ['gacc_registration']);
      const submitted = await exporter.post(`/v1/suppliers/${supplierId}/submit`);
      expect(submitted.status).toBe(202);
      expect(submitted.body).toMatchObject({ status: 'submitted', reasons: [] });
      const inReview = await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'in_review');
      const tail = inReview.history
        .slice(-4)
        .map((h: { from: string; to: string; actor: { role: string } }) => [h.from, h.to, h.actor.role]);
      expect(tail).toEqual([
        ['approved', 'suspended', 'system'],
        ['suspended', 'submitted', 'exporter'],
        ['submitted', 'verifying', 'system'],
        ['verifying', 'in_review', 'system'],
      ]);
    });

    it('is approved by review and takes orders again (201)', async () => {
      await review(supplierId, 'approve');
      const approved = await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'approved');
      expect(approved.reasons).toEqual([]);
      const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
      expect(order.status).toBe(201);
    });
  });

  describe('a certificate renewed before it expired', () => {
    let supplierId: string;
    let exporter: HttpClient;

    beforeAll(async () => {
      ({ supplierId, exporter } = await approvedSupplier(env, staff));
    }, 120_000);

    it('does not suspend the supplier when only a superseded registration has expired', async () => {
      const [renewalId] = await uploadDocuments(exporter, supplierId, ['gacc_registration'], futureDate(730));
      // As in the expiry case above: the first registration is aged in the database (see there).
      const aged = await env.query(
        `UPDATE supplier_document SET expires_on = $3::date
         WHERE supplier_id = $1 AND type = 'gacc_registration' AND id <> $2 RETURNING id`,
        [supplierId, renewalId, futureDate(-1)],
      );
      expect(aged).toHaveLength(1);

      const check = await runCertificateCheck(env, staff);
      expect(check.state).toBe('completed');
      await waitForQuiet(env);
      expect((await exporter.get(`/v1/suppliers/${supplierId}`)).body).toMatchObject({
        status: 'approved',
        reasons: [],
      });
      expect((await staff.get(`/v1/tasks?type=certificate_expiring&subjectId=${supplierId}`)).body.items).toEqual([]);
      expect(await notifications(exporter, supplierId, 'suspended')).toEqual([]);
    });
  });

  describe('suspension and reinstatement by hand', () => {
    let supplierId: string;
    let exporter: HttpClient;
    const reason = 'Aflatoxin complaint from Freshippo quality control under investigation';

    beforeAll(async () => {
      ({ supplierId, exporter } = await approvedSupplier(env, staff));
    }, 120_000);

    it('answers 403 FORBIDDEN to the exporter suspending itself; it stays approved', async () => {
      expectError(await exporter.post(`/v1/suppliers/${supplierId}/suspend`, { reason: 'holiday' }), 403, 'FORBIDDEN');
      expect((await exporter.get(`/v1/suppliers/${supplierId}`)).body.status).toBe('approved');
    });

    it('answers 400 VALIDATION_FAILED to a suspension without a reason', async () => {
      expectFieldError(await staff.post(`/v1/suppliers/${supplierId}/suspend`, {}), 'reason');
      expect((await staff.get(`/v1/suppliers/${supplierId}`)).body.status).toBe('approved');
    });

    it('suspends on staff request: 200 with the whole supplier, the reason and the staff member in the history', async () => {
      const response = await staff.post(`/v1/suppliers/${supplierId}/suspend`, { reason });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: supplierId,
        status: 'suspended',
        reasons: [expect.objectContaining({ code: 'OTHER', message: reason })],
        legalName: expect.any(String),
        tin: expect.any(String),
        contact: expect.any(Object),
      });
      expect(last<any>(response.body.history)).toEqual({
        from: 'approved',
        to: 'suspended',
        at: expect.stringMatching(ISO_TIME),
        actor: { role: 'staff', keyId: staffKeyId },
        reason,
      });
      expect((await exporter.get(`/v1/suppliers/${supplierId}`)).body).toEqual(response.body);
    });

    it('tells the exporter why it was suspended', async () => {
      const notification = await waitForNotification(exporter, supplierId, 'suspended');
      expect(notification.message).toContain(reason);
    });

    it('refuses purchase orders while suspended (400 BUSINESS_RULE_VIOLATED)', async () => {
      expectError(await buyer.post('/v1/purchase-orders', orderBody(supplierId)), 400, 'BUSINESS_RULE_VIOLATED');
    });

    it('answers 409 INVALID_STATE_TRANSITION to suspending it again', async () => {
      const response = await staff.post(`/v1/suppliers/${supplierId}/suspend`, { reason });
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
      expect(response.body.error.details).toContainEqual(
        expect.objectContaining({ from: 'suspended', action: 'suspend' }),
      );
    });

    it('answers 403 FORBIDDEN to the exporter reinstating itself', async () => {
      expectError(await exporter.post(`/v1/suppliers/${supplierId}/reinstate`), 403, 'FORBIDDEN');
      expect((await exporter.get(`/v1/suppliers/${supplierId}`)).body.status).toBe('suspended');
    });

    it('reinstates on staff request: 200 with the whole supplier, approved, reasons cleared', async () => {
      const response = await staff.post(`/v1/suppliers/${supplierId}/reinstate`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: supplierId, status: 'approved', reasons: [] });
      expect(last<any>(response.body.history)).toEqual({
        from: 'suspended',
        to: 'approved',
        at: expect.stringMatching(ISO_TIME),
        actor: { role: 'staff', keyId: staffKeyId },
      });
      expect((await exporter.get(`/v1/suppliers/${supplierId}`)).body).toEqual(response.body);
      const notification = await waitForNotification(exporter, supplierId, 'reinstated');
      expect(notification.kind).toBe('reinstated');
    });

    it('takes purchase orders again once reinstated (201)', async () => {
      expect((await buyer.post('/v1/purchase-orders', orderBody(supplierId))).status).toBe(201);
    });

    it('answers 409 INVALID_STATE_TRANSITION to reinstating an approved supplier', async () => {
      const response = await staff.post(`/v1/suppliers/${supplierId}/reinstate`);
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
      expect(response.body.error.details).toContainEqual(
        expect.objectContaining({ from: 'approved', action: 'reinstate' }),
      );
    });

    it('answers 409 INVALID_STATE_TRANSITION to suspending a supplier still in draft', async () => {
      const draft = await signUp(env, { legalName: 'Not Yet Approved Cooperative' });
      const response = await staff.post(`/v1/suppliers/${draft.supplierId}/suspend`, { reason });
      expectError(response, 409, 'INVALID_STATE_TRANSITION');
      expect(response.body.error.details).toContainEqual(expect.objectContaining({ from: 'draft', action: 'suspend' }));
    });
  });

  describe('tenancy: another exporter’s supplier', () => {
    let owner: { supplierId: string; exporter: HttpClient };
    let stranger: SignedUp;
    let documentId: string;
    let productId: string;

    beforeAll(async () => {
      owner = await approvedSupplier(env, staff);
      stranger = await signUp(env, {
        legalName: 'Nyamasheke Coffee Company',
        district: 'Nyamasheke',
        categories: ['coffee'],
      });
      documentId = (await owner.exporter.get(`/v1/suppliers/${owner.supplierId}/documents`)).body.items[0].id;
      productId = (await owner.exporter.get(`/v1/suppliers/${owner.supplierId}/products`)).body.items[0].id;
    }, 120_000);

    const ownerPaths = () => [
      `/v1/suppliers/${owner.supplierId}`,
      `/v1/suppliers/${owner.supplierId}/documents`,
      `/v1/suppliers/${owner.supplierId}/documents/${documentId}/file`,
      `/v1/suppliers/${owner.supplierId}/products`,
      `/v1/suppliers/${owner.supplierId}/notifications`,
      `/v1/products/${productId}`,
    ];

    it('lets the owner read each of its supplier, documents, file, products and product (the control)', async () => {
      for (const path of ownerPaths())
        expect({ path, status: (await owner.exporter.get(path)).status }).toEqual({ path, status: 200 });
    });

    it('answers 404 NOT_FOUND to another exporter reading any of them', async () => {
      for (const path of ownerPaths()) {
        const response = await stranger.exporter.get(path);
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
        expectError(response, 404, 'NOT_FOUND');
      }
    });

    it('lists to an exporter only its own supplier', async () => {
      const list = await stranger.exporter.get('/v1/suppliers?limit=200');
      expect(list.status).toBe(200);
      expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([stranger.supplierId]);
    });

    it('answers 404 NOT_FOUND to another exporter creating a product for the supplier, storing nothing', async () => {
      const count = async () =>
        (
          await env.query<{ n: number }>('SELECT count(*)::int AS n FROM product WHERE supplier_id = $1', [
            owner.supplierId,
          ])
        )[0].n;
      const before = await count();
      const response = await stranger.exporter.post(`/v1/suppliers/${owner.supplierId}/products`, {
        ...CHILI_PRODUCT,
        sku: 'INTRUDER-1',
      });
      expectError(response, 404, 'NOT_FOUND');
      expect(await count()).toBe(before);
    });

    it('answers 404 NOT_FOUND to another exporter uploading a document to the supplier, storing nothing', async () => {
      const rows = await documentRows(env, owner.supplierId);
      const files = filesUnder(join(env.dataDir, 'files'));
      const response = await uploadDocument(stranger.exporter, owner.supplierId, { type: 'other' });
      expectError(response, 404, 'NOT_FOUND');
      expect(await documentRows(env, owner.supplierId)).toBe(rows);
      expect(filesUnder(join(env.dataDir, 'files'))).toEqual(files);
    });

    it('answers 404 NOT_FOUND to another exporter editing or submitting the supplier, changing nothing', async () => {
      const before = (await owner.exporter.get(`/v1/suppliers/${owner.supplierId}`)).body;
      expectError(
        await stranger.exporter.patch(`/v1/suppliers/${owner.supplierId}`, { address: 'Taken over' }),
        404,
        'NOT_FOUND',
      );
      expectError(await stranger.exporter.post(`/v1/suppliers/${owner.supplierId}/submit`), 404, 'NOT_FOUND');
      expect((await owner.exporter.get(`/v1/suppliers/${owner.supplierId}`)).body).toEqual(before);
    });
  });

  describe('sign-up and edit rules', () => {
    it.each(['nyamasheke', 'NYAMASHEKE', 'nYaMaShEkE'])(
      'accepts the district %s and stores the official spelling Nyamasheke',
      async (district) => {
        const supplier = await signUp(env, { district, categories: ['coffee'] });
        expect(supplier.body.supplier.district).toBe('Nyamasheke');
        expect((await supplier.exporter.get(`/v1/suppliers/${supplier.supplierId}`)).body.district).toBe('Nyamasheke');
      },
    );

    it.each(['Kigali', 'Nyamasheke District', 'Atlantis'])(
      'answers 400 VALIDATION_FAILED naming district to the unknown district %s, storing nothing',
      async (district) => {
        const before = await supplierCount();
        const response = await env.api.post('/v1/suppliers', supplierSignUp({ district }));
        expectFieldError(response, 'district');
        expect(await supplierCount()).toBe(before);
      },
    );

    it.each([['12345678'], ['1234567890'], ['12345678a'], ['123 456 789'], [''], [123456789]])(
      'answers 400 VALIDATION_FAILED naming tin to the TIN %p (not 9 digits), storing nothing',
      async (tin) => {
        const before = await supplierCount();
        const response = await env.api.post('/v1/suppliers', supplierSignUp({ tin }));
        expectFieldError(response, 'tin');
        expect(await supplierCount()).toBe(before);
      },
    );

    it('answers 409 CONFLICT naming tin to a sign-up with a TIN already registered, storing nothing', async () => {
      const first = await signUp(env);
      const before = await supplierCount();
      const response = await env.api.post(
        '/v1/suppliers',
        supplierSignUp({ tin: first.tin, legalName: 'Copycat Ltd' }),
      );
      expectError(response, 409, 'CONFLICT');
      expect(response.body.error.details).toContainEqual(expect.objectContaining({ field: 'tin' }));
      expect(await supplierCount()).toBe(before);
    });

    it('answers 409 CONFLICT to an edit changing the TIN to one already registered, changing nothing', async () => {
      const taken = await signUp(env, { legalName: 'First Cooperative' });
      const editing = await signUp(env, { legalName: 'Second Cooperative' });
      const before = (await editing.exporter.get(`/v1/suppliers/${editing.supplierId}`)).body;
      const response = await editing.exporter.patch(`/v1/suppliers/${editing.supplierId}`, { tin: taken.tin });
      expectError(response, 409, 'CONFLICT');
      expect(response.body.error.details).toContainEqual(expect.objectContaining({ field: 'tin' }));
      expect((await editing.exporter.get(`/v1/suppliers/${editing.supplierId}`)).body).toEqual(before);
    });

    it('accepts an edit to a TIN nobody has, and the district in any case', async () => {
      const editing = await signUp(env);
      const tin = supplierSignUp().tin as string;
      const response = await editing.exporter.patch(`/v1/suppliers/${editing.supplierId}`, {
        tin,
        district: 'GISAGARA',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ tin, district: 'Gisagara', version: 2 });
    });

    it('answers 400 VALIDATION_FAILED to an edit with an unknown district or a malformed TIN, changing nothing', async () => {
      const editing = await signUp(env);
      const before = (await editing.exporter.get(`/v1/suppliers/${editing.supplierId}`)).body;
      expectFieldError(
        await editing.exporter.patch(`/v1/suppliers/${editing.supplierId}`, { district: 'Kigali' }),
        'district',
      );
      expectFieldError(await editing.exporter.patch(`/v1/suppliers/${editing.supplierId}`, { tin: '12345' }), 'tin');
      expect((await editing.exporter.get(`/v1/suppliers/${editing.supplierId}`)).body).toEqual(before);
    });
  });
});
