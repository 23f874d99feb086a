import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { PipelineProbe } from '../support/pipeline';
import { waitFor } from '../support/wait-for';
import {
  completeTask,
  futureDate,
  mintKey,
  supplierSignUp,
  uploadRequiredDocuments,
  waitForStatus,
} from '../support/scenario';
import { uniqueReference } from '../support/orders';
// pdf-parse's index runs a debug harness when required directly; its library file does not.
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');

const GACC = 'CRWA12345678901';

/** One product of each form, as a chili-and-coffee cooperative would list them. */
const PRODUCTS = {
  whole: {
    sku: 'MIX-CHILI-DW-5KG',
    name: { en: "Dried bird's eye chili, whole, 5 kg", zh: '干辣椒（整）5公斤' },
    category: 'chili',
    form: 'dried_whole',
    hsCode: '090421',
    botanicalName: 'Capsicum frutescens',
    packaging: 'bag',
    unitNetWeightKg: '5.000',
    unitGrossWeightKg: '5.200',
    shelfLifeDays: 365,
  },
  crushed: {
    sku: 'MIX-CHILI-CR-1KG',
    name: { en: 'Crushed dried chili, 1 kg', zh: '辣椒碎 1公斤' },
    category: 'chili',
    form: 'dried_crushed',
    hsCode: '090422',
    packaging: 'bag',
    unitNetWeightKg: '1.000',
    unitGrossWeightKg: '1.050',
    shelfLifeDays: 365,
  },
  oil: {
    sku: 'MIX-CHILI-OIL-250',
    name: { en: 'Chili oil, 250 ml bottle', zh: '辣椒油 250毫升' },
    category: 'chili',
    form: 'chili_oil',
    hsCode: '210390',
    packaging: 'bottle',
    unitNetWeightKg: '0.250',
    unitGrossWeightKg: '0.400',
    shelfLifeDays: 540,
  },
  green: {
    sku: 'MIX-COF-GREEN-10KG',
    name: { en: 'Green arabica coffee, washed, 10 kg', zh: '阿拉比卡生咖啡豆（水洗）10公斤' },
    category: 'coffee',
    form: 'green_beans',
    hsCode: '090111',
    botanicalName: 'Coffea arabica',
    packaging: 'sack',
    unitNetWeightKg: '10.000',
    unitGrossWeightKg: '10.200',
    shelfLifeDays: 365,
  },
  roasted: {
    sku: 'MIX-COF-ROAST-250',
    name: { en: 'Roasted arabica coffee, 250 g', zh: '烘焙阿拉比卡咖啡豆 250克' },
    category: 'coffee',
    form: 'roasted_beans',
    hsCode: '090121',
    packaging: 'bag',
    unitNetWeightKg: '0.250',
    unitGrossWeightKg: '0.270',
    shelfLifeDays: 180,
  },
} as const;
type ProductKey = keyof typeof PRODUCTS;

interface Line {
  product: ProductKey;
  quantity: number;
  unitPrice: string;
}

/**
 * The customs document set over HTTP, against the built API, worker and sandbox carriers: each
 * product form, mode and currency gives exactly the right papers with the right content, and
 * papers seeded to disagree stop the shipment until staff fix them and regenerate.
 */
describe('customs documents', () => {
  const env = new TestEnvironment();
  let staff: HttpClient;
  let buyer: HttpClient;
  let exporter: HttpClient;
  let supplierId: string;
  let probe: PipelineProbe;

  beforeAll(async () => {
    await env.start();
    probe = await new PipelineProbe(env).open();
    staff = await mintKey(env, { role: 'staff' });
    buyer = await mintKey(env, { role: 'buyer' });
    const signUp = await env.api.post('/v1/suppliers', supplierSignUp({ categories: ['chili', 'coffee'] }));
    expect(signUp.status).toBe(201);
    supplierId = signUp.body.supplier.id;
    exporter = env.api.as(signUp.body.apiKey);
    await uploadRequiredDocuments(exporter, supplierId);
    await exporter.post(`/v1/suppliers/${supplierId}/submit`);
    await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'in_review');
    await completeTask(staff, { type: 'supplier_review', subjectId: supplierId, outcome: 'approve' });
    await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'approved');
    for (const product of Object.values(PRODUCTS)) {
      const created = await exporter.post(`/v1/suppliers/${supplierId}/products`, product);
      expect(created.status).toBe(201);
    }
  }, 180_000);

  afterAll(async () => {
    await probe.close();
    await env.stop();
  });

  /** A confirmed order of these lines, and one shipment of all of it in the given parcels. */
  async function ship(input: {
    currency: 'USD' | 'CNY' | 'RWF';
    lines: Line[];
    packages: { grossWeightKg: string; contents: { product: ProductKey; quantity: number }[] }[];
    mode?: 'postal' | 'courier' | 'air_cargo';
    storeCode?: string;
  }): Promise<{ orderId: string; shipmentId: string; shipment: any }> {
    const order = await buyer.post('/v1/purchase-orders', {
      storeCode: input.storeCode ?? 'FS-SHA-001',
      supplierId,
      buyerReference: uniqueReference(),
      currency: input.currency,
      incoterm: 'CPT',
      namedPlace: 'Shanghai Pudong (PVG)',
      requestedDeliveryDate: futureDate(45),
      lines: input.lines.map((l) => ({ sku: PRODUCTS[l.product].sku, quantity: l.quantity, unitPrice: l.unitPrice })),
    });
    expect(order.status).toBe(201);
    expect((await exporter.post(`/v1/purchase-orders/${order.body.id}/confirm`)).status).toBe(200);
    const shipment = await exporter.post(`/v1/purchase-orders/${order.body.id}/shipments`, {
      lines: input.lines.map((l) => ({
        sku: PRODUCTS[l.product].sku,
        quantity: l.quantity,
        lotNumber: `LOT-${l.product.toUpperCase()}-01`,
      })),
      packages: input.packages.map((p, i) => ({
        reference: `PKG-${i + 1}`,
        grossWeightKg: p.grossWeightKg,
        lengthCm: '40',
        widthCm: '30',
        heightCm: '30',
        contents: p.contents.map((c) => ({ sku: PRODUCTS[c.product].sku, quantity: c.quantity })),
      })),
      ...(input.mode ? { mode: input.mode } : {}),
    });
    expect(shipment.status).toBe(201);
    return { orderId: order.body.id, shipmentId: shipment.body.id, shipment: shipment.body };
  }

  async function documents(
    shipmentId: string,
  ): Promise<{ id: string; type: string; version: number; packageReference?: string }[]> {
    const listed = await exporter.get(`/v1/shipments/${shipmentId}/documents`);
    expect(listed.status).toBe(200);
    return listed.body.items;
  }

  async function pdfText(shipmentId: string, docId: string): Promise<string> {
    const file = await exporter.get(`/v1/shipments/${shipmentId}/documents/${docId}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    // Table cells wrap long names over lines: compare text with whitespace runs made one space.
    return (await pdfParse(file.raw)).text.replace(/\s+/g, ' ');
  }

  async function data(shipmentId: string, docId: string): Promise<any> {
    const response = await exporter.get(`/v1/shipments/${shipmentId}/documents/${docId}`, {
      accept: 'application/json',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    return response.body.data;
  }

  const typesOf = (docs: { type: string }[]) => docs.map((d) => d.type).sort();

  describe('the set fits the goods, the mode and the currency', () => {
    it('post, USD, whole chili and chili oil: CN23 per parcel over 2 kg, phytosanitary request for the chili only', async () => {
      const { shipmentId } = await ship({
        currency: 'USD',
        lines: [
          { product: 'whole', quantity: 4, unitPrice: '23.50' },
          { product: 'oil', quantity: 12, unitPrice: '3.80' },
        ],
        packages: [
          { grossWeightKg: '20.800', contents: [{ product: 'whole', quantity: 4 }] },
          { grossWeightKg: '4.900', contents: [{ product: 'oil', quantity: 12 }] },
        ],
        mode: 'postal',
      });
      await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'handoff_booked');
      const docs = await documents(shipmentId);
      expect(typesOf(docs)).toEqual(
        [
          'certificate_of_origin',
          'cn23',
          'cn23',
          'commercial_invoice',
          'export_declaration',
          'packing_list',
          'phytosanitary_request',
          'shipping_label',
          'shipping_label',
        ].sort(),
      );
      const byType = (type: string) => docs.find((d) => d.type === type)!;

      const invoice = await pdfText(shipmentId, byType('commercial_invoice').id);
      for (const expected of [
        '干辣椒（整）5公斤',
        '辣椒油 250毫升',
        '0904.21',
        '2103.90',
        '94.00',
        '45.60',
        '139.60',
        GACC,
      ]) {
        expect(invoice).toContain(expected);
      }
      const phyto = await data(shipmentId, byType('phytosanitary_request').id);
      expect(phyto.lines.map((l: { sku: string }) => l.sku)).toEqual([PRODUCTS.whole.sku]);
      expect(phyto.lines[0].botanicalName).toBe('Capsicum frutescens');
      const phytoText = await pdfText(shipmentId, byType('phytosanitary_request').id);
      expect(phytoText).toContain('Capsicum frutescens');
      expect(phytoText).not.toContain('辣椒油');

      const origin = await data(shipmentId, byType('certificate_of_origin').id);
      expect(origin.lines.map((l: { originCriterion: string }) => l.originCriterion)).toEqual([
        'wholly_obtained',
        'product_specific_rule',
      ]);
      const originText = await pdfText(shipmentId, byType('certificate_of_origin').id);
      for (const expected of ['干辣椒（整）5公斤', '0904.21', '139.60', GACC]) expect(originText).toContain(expected);

      const declaration = await data(shipmentId, byType('export_declaration').id);
      expect(declaration).toMatchObject({
        officeOfExit: 'KGL',
        countryOfOrigin: 'RW',
        mode: 'postal',
        totalValue: '139.60',
        exporter: { gaccRegistrationNumber: GACC },
      });
      const declarationText = await pdfText(shipmentId, byType('export_declaration').id);
      for (const expected of ['0904.21', '2103.90', '139.60', GACC]) expect(declarationText).toContain(expected);

      const cn23s = docs.filter((d) => d.type === 'cn23');
      expect(cn23s.map((d) => d.packageReference).sort()).toEqual(['PKG-1', 'PKG-2']);
      const cn23 = await pdfText(shipmentId, cn23s.find((d) => d.packageReference === 'PKG-2')!.id);
      for (const expected of ['CN 23', '辣椒油 250毫升', '2103.90', '45.60']) expect(cn23).toContain(expected);

      const label = await pdfText(shipmentId, byType('shipping_label').id);
      expect(label).toContain(GACC);
    });

    it('post, RWF, a small parcel of roasted coffee under 2 kg and 300 SDR: one CN22, no phytosanitary request', async () => {
      const { shipmentId, shipment } = await ship({
        currency: 'RWF',
        lines: [{ product: 'roasted', quantity: 4, unitPrice: '9500' }],
        packages: [{ grossWeightKg: '1.200', contents: [{ product: 'roasted', quantity: 4 }] }],
        mode: 'postal',
      });
      expect(shipment.packages[0].postalForm).toBe('cn22');
      await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'handoff_booked');
      const docs = await documents(shipmentId);
      expect(typesOf(docs)).toEqual(
        [
          'certificate_of_origin',
          'cn22',
          'commercial_invoice',
          'export_declaration',
          'packing_list',
          'shipping_label',
        ].sort(),
      );
      const cn22 = await data(shipmentId, docs.find((d) => d.type === 'cn22')!.id);
      expect(cn22).toMatchObject({ form: 'CN22', currency: 'RWF', totalValue: '38000', grossWeightKg: '1.200' });
      const text = await pdfText(shipmentId, docs.find((d) => d.type === 'cn22')!.id);
      for (const expected of ['CN 22', '烘焙阿拉比卡咖啡豆 250克', '0901.21', '38000'])
        expect(text).toContain(expected);
      const invoice = await pdfText(shipmentId, docs.find((d) => d.type === 'commercial_invoice')!.id);
      for (const expected of ['0901.21', '38000', 'RWF', GACC]) expect(invoice).toContain(expected);
    });

    it('courier, CNY, crushed chili and green coffee: phytosanitary request for both, no CN22 or CN23', async () => {
      const { shipmentId } = await ship({
        currency: 'CNY',
        lines: [
          { product: 'crushed', quantity: 10, unitPrice: '68.00' },
          { product: 'green', quantity: 3, unitPrice: '640.50' },
        ],
        packages: [
          { grossWeightKg: '11.000', contents: [{ product: 'crushed', quantity: 10 }] },
          { grossWeightKg: '31.000', contents: [{ product: 'green', quantity: 3 }] },
        ],
        mode: 'courier',
      });
      await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'handoff_booked');
      const docs = await documents(shipmentId);
      expect(typesOf(docs)).toEqual(
        [
          'certificate_of_origin',
          'commercial_invoice',
          'export_declaration',
          'packing_list',
          'phytosanitary_request',
          'shipping_label',
          'shipping_label',
        ].sort(),
      );
      const phyto = await data(shipmentId, docs.find((d) => d.type === 'phytosanitary_request')!.id);
      expect(phyto.lines.map((l: { botanicalName: string }) => l.botanicalName)).toEqual([
        'Capsicum frutescens',
        'Coffea arabica',
      ]);
      const invoice = await pdfText(shipmentId, docs.find((d) => d.type === 'commercial_invoice')!.id);
      for (const expected of [
        '辣椒碎 1公斤',
        '阿拉比卡生咖啡豆（水洗）10公斤',
        '0904.22',
        '0901.11',
        '2601.50',
        'CNY',
        GACC,
      ]) {
        expect(invoice).toContain(expected);
      }
    });

    it('air cargo, USD, roasted coffee: no phytosanitary request and no postal declaration', async () => {
      const { shipmentId } = await ship({
        currency: 'USD',
        lines: [{ product: 'roasted', quantity: 200, unitPrice: '7.25' }],
        packages: [{ grossWeightKg: '56.000', contents: [{ product: 'roasted', quantity: 200 }] }],
        mode: 'air_cargo',
      });
      await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'handoff_booked');
      const docs = await documents(shipmentId);
      expect(typesOf(docs)).toEqual(
        ['certificate_of_origin', 'commercial_invoice', 'export_declaration', 'packing_list', 'shipping_label'].sort(),
      );
      const declaration = await pdfText(shipmentId, docs.find((d) => d.type === 'export_declaration')!.id);
      for (const expected of ['烘焙阿拉比卡咖啡豆 250克', '0901.21', '1450.00', GACC])
        expect(declaration).toContain(expected);
    });

    it('never blocked a consistent shipment, and renders each document of a round once', async () => {
      const blocked = await probe.query(`SELECT id FROM shipment WHERE status = 'documents_blocked'`);
      expect(blocked).toEqual([]);
      const duplicates = await probe.query(
        `SELECT shipment_id, type, package_reference, version, count(*) FROM shipment_document
          GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`,
      );
      expect(duplicates).toEqual([]);
    });

    it('refuses a second row for a document version at the database, with or without a package', async () => {
      const copy = (where: string) =>
        probe
          .query(
            `INSERT INTO shipment_document (id, shipment_id, type, version, package_reference, sha256, data, storage_key)
             SELECT gen_random_uuid(), shipment_id, type, version, package_reference, sha256, data, storage_key
               FROM shipment_document WHERE ${where} LIMIT 1`,
          )
          .then(
            () => 'inserted',
            (error: { code?: string }) => error.code,
          );
      // 23505 is PostgreSQL's unique_violation: a second worker's insert can never land.
      expect(await copy(`type = 'commercial_invoice' AND package_reference IS NULL`)).toBe('23505');
      expect(await copy(`type = 'shipping_label' AND package_reference IS NOT NULL`)).toBe('23505');
    });
  });

  describe('papers that disagree stop the shipment until they are fixed', () => {
    /** The shipment blocked with its findings, and the one documents_fix task about it. */
    async function blockedWith(shipmentId: string, code: string) {
      const shipment = await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'documents_blocked');
      expect(shipment.documentFindings.map((f: { code: string }) => f.code)).toContain(code);
      const tasks = await waitFor(
        () => staff.get(`/v1/tasks?type=documents_fix&subjectId=${shipmentId}&status=open`),
        (r) => r.status === 200 && r.body.items.length === 1,
        { what: `documents_fix task for ${shipmentId}` },
      );
      expect(tasks.body.items[0].summary).toContain(code);
      return shipment.documentFindings.find((f: { code: string }) => f.code === code);
    }

    /** Staff regenerate: version 2 of every document, version 1 still downloadable, and on to booking. */
    async function regenerateAndProceed(shipmentId: string) {
      await completeTask(staff, { type: 'documents_fix', subjectId: shipmentId, outcome: 'regenerate' });
      const shipment = await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'handoff_booked');
      expect(shipment.documentsVersion).toBe(2);
      expect(shipment.documentFindings).toEqual([]);
      const docs = await documents(shipmentId);
      const invoice = docs.find((d) => d.type === 'commercial_invoice')!;
      expect(invoice.version).toBe(2);
      const old = await probe.query<{ id: string; version: number }>(
        `SELECT id, version FROM shipment_document WHERE shipment_id = $1 AND type = 'commercial_invoice' ORDER BY version`,
        [shipmentId],
      );
      expect(old.map((r) => r.version)).toEqual([1, 2]);
      const first = await exporter.get(`/v1/shipments/${shipmentId}/documents/${old[0].id}`);
      expect(first.status).toBe(200);
      expect(first.raw.subarray(0, 5).toString()).toBe('%PDF-');
      return shipment;
    }

    /** Holds the worker while `seed` changes what the papers will be built from after packing. */
    async function packWhileWorkerIsDown(
      seed: (shipmentId: string) => Promise<void>,
      input: Parameters<typeof ship>[0],
    ) {
      await env.kill('worker');
      try {
        const shipped = await ship(input);
        await seed(shipped.shipmentId);
        return shipped;
      } finally {
        await env.startApp('worker');
      }
    }

    it('a parcel re-weighed below its contents after packing: NET_ABOVE_GROSS', async () => {
      const { shipmentId } = await packWhileWorkerIsDown(
        (id) =>
          probe
            .query(`UPDATE shipment_package SET gross_weight_g = 18000 WHERE shipment_id = $1`, [id])
            .then(() => undefined),
        {
          currency: 'USD',
          lines: [{ product: 'whole', quantity: 4, unitPrice: '23.50' }],
          packages: [{ grossWeightKg: '20.800', contents: [{ product: 'whole', quantity: 4 }] }],
          mode: 'courier',
        },
      );
      const finding = await blockedWith(shipmentId, 'NET_ABOVE_GROSS');
      expect(finding).toMatchObject({ expected: expect.any(String), actual: expect.any(String) });

      await probe.query(`UPDATE shipment_package SET gross_weight_g = 20800 WHERE shipment_id = $1`, [shipmentId]);
      await regenerateAndProceed(shipmentId);
    });

    it('an HS code changed on the product after the order: HS_CODE_MISMATCH between invoice and declaration', async () => {
      try {
        const { shipmentId } = await packWhileWorkerIsDown(
          () =>
            probe
              .query(`UPDATE product SET hs_code = '09042100' WHERE sku = $1`, [PRODUCTS.whole.sku])
              .then(() => undefined),
          {
            currency: 'USD',
            lines: [{ product: 'whole', quantity: 2, unitPrice: '23.50' }],
            packages: [{ grossWeightKg: '10.400', contents: [{ product: 'whole', quantity: 2 }] }],
            mode: 'courier',
          },
        );
        const shipment = await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'documents_blocked');
        const onDeclaration = shipment.documentFindings.find(
          (f: { code: string; documents: string[] }) =>
            f.code === 'HS_CODE_MISMATCH' && f.documents.includes('export_declaration'),
        );
        expect(onDeclaration).toMatchObject({ expected: '090421', actual: '09042100' });
        expect(onDeclaration.documents).toContain('commercial_invoice');
        await blockedWith(shipmentId, 'HS_CODE_MISMATCH');
        await probe.query(`UPDATE product SET hs_code = '090421' WHERE sku = $1`, [PRODUCTS.whole.sku]);
        await regenerateAndProceed(shipmentId);
      } finally {
        await probe.query(`UPDATE product SET hs_code = '090421' WHERE sku = $1`, [PRODUCTS.whole.sku]);
      }
    });

    it('no GACC registration number on file: GACC_MISSING', async () => {
      await probe.query(
        `UPDATE supplier_document SET number = NULL WHERE supplier_id = $1 AND type = 'gacc_registration'`,
        [supplierId],
      );
      try {
        const { shipmentId } = await ship({
          currency: 'USD',
          lines: [{ product: 'oil', quantity: 12, unitPrice: '3.80' }],
          packages: [{ grossWeightKg: '4.900', contents: [{ product: 'oil', quantity: 12 }] }],
          mode: 'courier',
        });
        const finding = await blockedWith(shipmentId, 'GACC_MISSING');
        expect(finding.documents).toContain('commercial_invoice');
        await probe.query(
          `UPDATE supplier_document SET number = $2 WHERE supplier_id = $1 AND type = 'gacc_registration'`,
          [supplierId, GACC],
        );
        const shipment = await regenerateAndProceed(shipmentId);
        const docs = await documents(shipment.id);
        expect(await pdfText(shipment.id, docs.find((d) => d.type === 'commercial_invoice')!.id)).toContain(GACC);
      } finally {
        await probe.query(
          `UPDATE supplier_document SET number = $2 WHERE supplier_id = $1 AND type = 'gacc_registration'`,
          [supplierId, GACC],
        );
      }
    });

    it('a small parcel packed with a CN22 whose value went over 300 SDR: POSTAL_FORM_WRONG, then a CN23', async () => {
      const { shipmentId, shipment } = await packWhileWorkerIsDown(
        (id) =>
          probe
            .query(
              `UPDATE purchase_order_line SET unit_price_minor = 12000
                 WHERE id = (SELECT purchase_order_line_id FROM shipment_line WHERE shipment_id = $1)`,
              [id],
            )
            .then(() => undefined),
        {
          currency: 'USD',
          lines: [{ product: 'roasted', quantity: 4, unitPrice: '7.25' }],
          packages: [{ grossWeightKg: '1.200', contents: [{ product: 'roasted', quantity: 4 }] }],
          mode: 'postal',
        },
      );
      expect(shipment.packages[0].postalForm).toBe('cn22');
      const finding = await blockedWith(shipmentId, 'POSTAL_FORM_WRONG');
      expect(finding).toMatchObject({ expected: 'CN23', actual: 'CN22' });

      const fixed = await regenerateAndProceed(shipmentId);
      expect(fixed.packages[0].postalForm).toBe('cn23');
      const docs = await documents(shipmentId);
      expect(docs.find((d) => d.type === 'cn23')).toMatchObject({ version: 2, packageReference: 'PKG-1' });
    });
  });
});
