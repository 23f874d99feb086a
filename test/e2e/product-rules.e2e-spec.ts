import { TestEnvironment } from '../support/test-environment';
import type { HttpClient, HttpResponse } from '../support/http-client';
import {
  CHILI_PRODUCT,
  approvedSupplier,
  completeTask,
  mintKey,
  supplierSignUp,
  uploadRequiredDocuments,
  waitForStatus,
} from '../support/scenario';

/**
 * The contract's product rules over HTTP, each both ways: a form takes the HS subheading of its
 * own form (6, 8 or 10 digits under it) and belongs to one category; gross weight is never
 * below net; attributes are those of the product's category, within their ranges; the Chinese
 * name is required; a SKU is unique per supplier; a supplier lists only its own categories.
 * Every refusal stores nothing.
 */

interface FormRule {
  form: string;
  category: 'chili' | 'coffee';
  subheading: string;
}

/** The contract's table, written out by hand: form → HS subheading and category. */
const FORMS: FormRule[] = [
  { form: 'dried_whole', category: 'chili', subheading: '090421' },
  { form: 'dried_crushed', category: 'chili', subheading: '090422' },
  { form: 'chili_oil', category: 'chili', subheading: '210390' },
  { form: 'chili_paste', category: 'chili', subheading: '210390' },
  { form: 'green_beans', category: 'coffee', subheading: '090111' },
  { form: 'roasted_beans', category: 'coffee', subheading: '090121' },
];

const OTHER_CATEGORY = { chili: 'coffee', coffee: 'chili' } as const;

/** A realistic product of each category: its name, packaging and attributes. */
const BY_CATEGORY = {
  chili: {
    name: { en: "Bird's eye chili, 5 kg", zh: '鸟眼辣椒5公斤' },
    botanicalName: 'Capsicum frutescens',
    packaging: 'bag',
    unitNetWeightKg: '5.000',
    unitGrossWeightKg: '5.200',
    shelfLifeDays: 365,
    attributes: { variety: "bird's eye", heatScoville: 100_000 },
  },
  coffee: {
    name: { en: 'Arabica coffee, fully washed, 60 kg', zh: '阿拉比卡咖啡（水洗）60公斤' },
    botanicalName: 'Coffea arabica',
    packaging: 'sack',
    unitNetWeightKg: '60.000',
    unitGrossWeightKg: '60.700',
    shelfLifeDays: 540,
    attributes: {
      process: 'washed',
      screenSize: 15,
      cuppingScore: 86.5,
      altitudeM: 1750,
      washingStation: 'Kanzu',
    },
  },
} as const;

let skuCounter = 0;

/** A fresh SKU per request, so that only the SKU tests ever meet a duplicate. */
function nextSku(prefix: string): string {
  skuCounter += 1;
  return `${prefix.toUpperCase().replace(/_/g, '-')}-${String(skuCounter).padStart(4, '0')}`;
}

/** A valid body for a form, with its own subheading and category, changed by `overrides`. */
function productBody(rule: FormRule, overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    sku: nextSku(rule.form),
    category: rule.category,
    form: rule.form,
    hsCode: rule.subheading,
    ...structuredClone(BY_CATEGORY[rule.category]),
    ...overrides,
  };
}

const rule = (form: string): FormRule => FORMS.find((f) => f.form === form)!;

describe('product rules', () => {
  const env = new TestEnvironment();
  let both: { supplierId: string; exporter: HttpClient }; // approved for chili and coffee
  let chiliOnly: { supplierId: string; exporter: HttpClient }; // approved for chili, with CHILI_PRODUCT

  /** Sign-up → documents → submit → verification → staff review → approved. */
  async function approvedSupplierFor(staff: HttpClient, categories: string[]) {
    const signUp = await env.api.post(
      '/v1/suppliers',
      supplierSignUp({
        legalName: 'Huye Mountain Chili and Coffee Ltd',
        type: 'company',
        district: 'Huye',
        categories,
      }),
    );
    if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${JSON.stringify(signUp.body)}`);
    const supplierId: string = signUp.body.supplier.id;
    const exporter = env.api.as(signUp.body.apiKey);
    await uploadRequiredDocuments(exporter, supplierId);
    await exporter.post(`/v1/suppliers/${supplierId}/submit`);
    await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'in_review');
    await completeTask(staff, { type: 'supplier_review', subjectId: supplierId, outcome: 'approve' });
    await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'approved');
    return { supplierId, exporter };
  }

  beforeAll(async () => {
    await env.start(['worker', 'api']);
    const staff = await mintKey(env, { role: 'staff' });
    [both, chiliOnly] = await Promise.all([
      approvedSupplierFor(staff, ['chili', 'coffee']),
      approvedSupplier(env, staff),
    ]);
  }, 180_000);

  afterAll(async () => {
    await env.stop();
  });

  async function productCount(): Promise<number> {
    const [row] = await env.query<{ n: number }>('SELECT count(*)::int AS n FROM product');
    return row.n;
  }

  function create(body: Record<string, unknown>, supplier = both): Promise<HttpResponse> {
    return supplier.exporter.post(`/v1/suppliers/${supplier.supplierId}/products`, body);
  }

  /** 201 with what was sent, readable again at /v1/products/:id. */
  async function expectCreated(body: Record<string, any>, supplier = both): Promise<void> {
    const response = await create(body, supplier);
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 201,
      body: { sku: body.sku, category: body.category, form: body.form, hsCode: body.hsCode },
    });
    const read = await supplier.exporter.get(`/v1/products/${response.body.id}`);
    expect(read.body).toMatchObject({ id: response.body.id, hsCode: body.hsCode, form: body.form });
  }

  /** The status and code in the contract's envelope, naming `field` when given, and no new product row. */
  async function expectRefused(
    body: Record<string, unknown>,
    expected: { status?: number; code: string | RegExp; field?: string },
    supplier = both,
  ): Promise<void> {
    const before = await productCount();
    const response = await create(body, supplier);
    expect({ status: response.status, code: response.body?.error?.code }).toEqual({
      status: expected.status ?? 400,
      code: typeof expected.code === 'string' ? expected.code : expect.stringMatching(expected.code),
    });
    if (expected.field) {
      expect(response.body.error.details).toContainEqual(expect.objectContaining({ field: expected.field }));
    }
    expect(await productCount()).toBe(before);
  }

  /** Gross below net, a zero weight, a stray or out-of-range attribute: 400, whichever of the two codes. */
  const ANY_400 = /^(VALIDATION_FAILED|BUSINESS_RULE_VIOLATED)$/;

  describe('HS code by form', () => {
    const accepted = FORMS.flatMap((f) =>
      [f.subheading, `${f.subheading}00`, `${f.subheading}1090`].map((hsCode) => ({
        ...f,
        hsCode,
        digits: hsCode.length,
      })),
    );

    it.each(accepted)(
      'accepts $form ($category) with hsCode $hsCode ($digits digits, under its own subheading)',
      async ({ hsCode, ...f }) => {
        await expectCreated(productBody(f, { hsCode }));
      },
    );

    // chili_oil and chili_paste share 2103.90, so each of them fits the other's subheading.
    const otherSubheadings = FORMS.flatMap((f) =>
      [...new Set(FORMS.map((o) => o.subheading))]
        .filter((s) => s !== f.subheading)
        .map((hsCode) => ({
          ...f,
          hsCode,
          owner: FORMS.filter((o) => o.subheading === hsCode)
            .map((o) => o.form)
            .join(' and '),
        })),
    );

    it.each(otherSubheadings)(
      'refuses $form with hsCode $hsCode (the subheading of $owner) as 400 BUSINESS_RULE_VIOLATED',
      async ({ hsCode, ...f }) => {
        await expectRefused(productBody(f, { hsCode }), { code: 'BUSINESS_RULE_VIOLATED', field: 'hsCode' });
      },
    );

    it.each(['chili_oil', 'chili_paste'])(
      'accepts %s with the 2103.90 subheading both oil and paste share',
      async (form) => {
        await expectCreated(productBody(rule(form), { hsCode: '21039000' }));
      },
    );

    const nearMisses = FORMS.flatMap((f) => [
      { ...f, hsCode: `${f.subheading.slice(0, 4)}99`, why: 'same heading, another subheading' },
      { ...f, hsCode: `00${f.subheading}`, why: 'the subheading, but not at the start' },
      { ...f, hsCode: `${f.subheading.slice(0, 5)}800`, why: 'the last digit of the subheading off' },
    ]);

    it.each(nearMisses)('refuses $form with hsCode $hsCode ($why)', async ({ hsCode, ...f }) => {
      await expectRefused(productBody(f, { hsCode }), { code: 'BUSINESS_RULE_VIOLATED', field: 'hsCode' });
    });

    it.each(['0904', '0904210', '090421000', '09042100001', '0904.21', ' 090421', ''])(
      'refuses the hsCode %p (not 6, 8 or 10 digits) as 400 VALIDATION_FAILED',
      async (hsCode) => {
        await expectRefused(productBody(rule('dried_whole'), { hsCode }), {
          code: 'VALIDATION_FAILED',
          field: 'hsCode',
        });
      },
    );
  });

  describe('form and category', () => {
    it.each(FORMS.map((f) => ({ ...f, wrong: OTHER_CATEGORY[f.category] })))(
      'refuses $form filed under $wrong (it belongs to $category) as 400 BUSINESS_RULE_VIOLATED',
      async (f) => {
        // The wrong category's own attributes, so the form is the only thing out of place.
        const body = productBody(f, {
          category: f.wrong,
          attributes: structuredClone(BY_CATEGORY[f.wrong].attributes),
        });
        await expectRefused(body, { code: 'BUSINESS_RULE_VIOLATED' });
      },
    );

    it('refuses a coffee product from a supplier registered only for chili as 400 BUSINESS_RULE_VIOLATED', async () => {
      await expectRefused(productBody(rule('green_beans')), { code: 'BUSINESS_RULE_VIOLATED' }, chiliOnly);
    });

    it('accepts a chili product from the same chili-only supplier', async () => {
      await expectCreated(productBody(rule('dried_crushed')), chiliOnly);
    });
  });

  describe('weights', () => {
    const dried = rule('dried_whole');

    it('refuses gross weight below net weight with 400 naming unitGrossWeightKg', async () => {
      await expectRefused(productBody(dried, { unitNetWeightKg: '5.000', unitGrossWeightKg: '4.999' }), {
        code: ANY_400,
        field: 'unitGrossWeightKg',
      });
    });

    it('accepts gross weight equal to net weight', async () => {
      await expectCreated(productBody(dried, { unitNetWeightKg: '5.000', unitGrossWeightKg: '5.000' }));
    });

    it.each(['0', '0.000'])('refuses a net weight of %p with 400 naming unitNetWeightKg', async (net) => {
      await expectRefused(productBody(dried, { unitNetWeightKg: net, unitGrossWeightKg: '0.100' }), {
        code: ANY_400,
        field: 'unitNetWeightKg',
      });
    });

    it('accepts the smallest net weight, 0.001 kg', async () => {
      await expectCreated(productBody(dried, { unitNetWeightKg: '0.001', unitGrossWeightKg: '0.010' }));
    });
  });

  describe('attributes by category', () => {
    const chili = rule('dried_whole');
    const coffee = rule('green_beans');

    const refused: { label: string; rule: FormRule; attributes: Record<string, unknown>; field: string }[] = [
      {
        label: 'chili variety on coffee',
        rule: coffee,
        attributes: { variety: 'bourbon' },
        field: 'attributes.variety',
      },
      {
        label: 'chili heatScoville on coffee',
        rule: coffee,
        attributes: { heatScoville: 5000 },
        field: 'attributes.heatScoville',
      },
      { label: 'coffee process on chili', rule: chili, attributes: { process: 'washed' }, field: 'attributes.process' },
      {
        label: 'coffee screenSize on chili',
        rule: chili,
        attributes: { screenSize: 15 },
        field: 'attributes.screenSize',
      },
      { label: 'screenSize 9', rule: coffee, attributes: { screenSize: 9 }, field: 'attributes.screenSize' },
      { label: 'screenSize 21', rule: coffee, attributes: { screenSize: 21 }, field: 'attributes.screenSize' },
      { label: 'screenSize 15.5', rule: coffee, attributes: { screenSize: 15.5 }, field: 'attributes.screenSize' },
      { label: 'cuppingScore 101', rule: coffee, attributes: { cuppingScore: 101 }, field: 'attributes.cuppingScore' },
      { label: 'cuppingScore -1', rule: coffee, attributes: { cuppingScore: -1 }, field: 'attributes.cuppingScore' },
      { label: 'process "wet"', rule: coffee, attributes: { process: 'wet' }, field: 'attributes.process' },
      { label: 'unknown key on coffee', rule: coffee, attributes: { colour: 'green' }, field: 'attributes.colour' },
      { label: 'unknown key on chili', rule: chili, attributes: { colour: 'red' }, field: 'attributes.colour' },
    ];

    it.each(refused)('refuses $label with 400 naming $field', async ({ rule: r, attributes, field }) => {
      await expectRefused(productBody(r, { attributes }), { code: ANY_400, field });
    });

    const accepted: { label: string; rule: FormRule; attributes?: Record<string, unknown> }[] = [
      {
        label: 'every chili attribute on chili',
        rule: chili,
        attributes: { variety: 'Akabanga', heatScoville: 50_000 },
      },
      {
        label: 'every coffee attribute on coffee',
        rule: coffee,
        attributes: {
          process: 'natural',
          screenSize: 18,
          cuppingScore: 88.25,
          altitudeM: 1900,
          washingStation: 'Kanzu',
        },
      },
      { label: 'screenSize 10 and cuppingScore 0', rule: coffee, attributes: { screenSize: 10, cuppingScore: 0 } },
      { label: 'screenSize 20 and cuppingScore 100', rule: coffee, attributes: { screenSize: 20, cuppingScore: 100 } },
      { label: 'process honey', rule: coffee, attributes: { process: 'honey' } },
      { label: 'empty attributes', rule: coffee, attributes: {} },
      { label: 'no attributes at all', rule: chili },
    ];

    it.each(accepted)('accepts $label', async ({ rule: r, attributes }) => {
      const body = productBody(r, { attributes });
      if (attributes === undefined) delete body.attributes;
      await expectCreated(body);
    });
  });

  describe('bilingual name', () => {
    const body = () => productBody(rule('dried_whole'));

    it('refuses a name without zh with 400 VALIDATION_FAILED naming name.zh', async () => {
      await expectRefused({ ...body(), name: { en: 'Dried chili' } }, { code: 'VALIDATION_FAILED', field: 'name.zh' });
    });

    it('refuses an empty zh name with 400 VALIDATION_FAILED naming name.zh', async () => {
      await expectRefused(
        { ...body(), name: { en: 'Dried chili', zh: '' } },
        { code: 'VALIDATION_FAILED', field: 'name.zh' },
      );
    });

    it('refuses a name without en with 400 VALIDATION_FAILED naming name.en', async () => {
      await expectRefused({ ...body(), name: { zh: '干辣椒' } }, { code: 'VALIDATION_FAILED', field: 'name.en' });
    });

    it('accepts the name with both en and zh, and answers it back', async () => {
      const sent = { ...body(), name: { en: 'Dried chili, whole', zh: '干辣椒（整）' } };
      const response = await create(sent);
      expect({ status: response.status, name: response.body.name }).toEqual({ status: 201, name: sent.name });
    });
  });

  describe('SKU per supplier', () => {
    it('accepts the SKU another supplier already has (CHILI_PRODUCT of the chili-only supplier)', async () => {
      const theirs = await chiliOnly.exporter.get(`/v1/suppliers/${chiliOnly.supplierId}/products`);
      expect(theirs.body.items.map((p: { sku: string }) => p.sku)).toContain(CHILI_PRODUCT.sku);
      await expectCreated(structuredClone(CHILI_PRODUCT));
    });

    it('refuses the same SKU a second time for the same supplier with 409 CONFLICT, storing nothing', async () => {
      await expectRefused(
        { ...productBody(rule('dried_crushed')), sku: CHILI_PRODUCT.sku, hsCode: '090422' },
        { status: 409, code: 'CONFLICT', field: 'sku' },
      );
    });

    it('refuses a repeated SKU for the chili-only supplier as well', async () => {
      await expectRefused(structuredClone(CHILI_PRODUCT), { status: 409, code: 'CONFLICT', field: 'sku' }, chiliOnly);
    });
  });
});
