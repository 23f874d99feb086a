import { randomInt } from 'node:crypto';
import type { HttpClient } from './http-client';
import type { TestEnvironment } from './test-environment';
import { waitFor } from './wait-for';

/** A tiny but real PDF: enough for the upload's content check. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

export function uniqueTin(): string {
  return String(randomInt(100_000_000, 999_999_999));
}

export function futureDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function supplierSignUp(overrides: Record<string, unknown> = {}) {
  return {
    legalName: 'Gashora Chili Growers Cooperative',
    tradingName: 'Gashora Chili',
    type: 'cooperative',
    tin: uniqueTin(),
    rdbRegistrationNumber: '102345678',
    district: 'bugesera',
    address: 'Gashora sector, Bugesera, Eastern Province',
    contact: { name: 'Aline Uwase', email: 'aline@example.rw', phone: '+250788123456' },
    categories: ['chili'],
    ...overrides,
  };
}

export const CHILI_PRODUCT = {
  sku: 'GSH-CHILI-DW-5KG',
  name: { en: "Dried bird's eye chili, whole, 5 kg", zh: '干辣椒（整）5公斤' },
  category: 'chili',
  form: 'dried_whole',
  hsCode: '090421',
  botanicalName: 'Capsicum frutescens',
  packaging: 'bag',
  unitNetWeightKg: '5.000',
  unitGrossWeightKg: '5.200',
  shelfLifeDays: 365,
  attributes: { variety: "bird's eye" },
};

export async function uploadDocument(
  exporter: HttpClient,
  supplierId: string,
  fields: Record<string, string>,
  bytes = SAMPLE_PDF,
  filename = 'certificate.pdf',
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([bytes]), filename);
  return exporter.send('POST', `/v1/suppliers/${supplierId}/documents`, form);
}

/** Uploads every document a chili or coffee supplier needs, valid for a year. */
export async function uploadRequiredDocuments(exporter: HttpClient, supplierId: string): Promise<void> {
  const expiresOn = futureDate(365);
  const documents: Record<string, string>[] = [
    { type: 'rdb_certificate' },
    { type: 'tax_clearance' },
    { type: 'naeb_registration', number: 'NAEB-EXP-2026-0417' },
    { type: 'gacc_registration', number: 'CRWA12345678901' },
  ];
  for (const doc of documents) {
    const response = await uploadDocument(exporter, supplierId, { ...doc, issuedOn: futureDate(-30), expiresOn });
    if (response.status !== 201)
      throw new Error(`upload ${doc.type} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

export async function mintKey(env: TestEnvironment, body: Record<string, unknown>): Promise<HttpClient> {
  const response = await env.admin.post('/v1/api-keys', { label: `test ${String(body.role)}`, ...body });
  if (response.status !== 201)
    throw new Error(`minting a key failed: ${response.status} ${JSON.stringify(response.body)}`);
  return env.api.as(response.body.key);
}

/** Waits for the open task of a type about a subject, claims it and completes it. */
export async function completeTask(
  staff: HttpClient,
  input: { type: string; subjectId: string; outcome: string; data?: Record<string, unknown>; note?: string },
) {
  const tasks = await waitFor(
    () => staff.get(`/v1/tasks?type=${input.type}&subjectId=${input.subjectId}&status=open`),
    (r) => r.status === 200 && r.body.items.length > 0,
    { what: `${input.type} task for ${input.subjectId}` },
  );
  const task = tasks.body.items[0];
  const claimed = await staff.post(`/v1/tasks/${task.id}/claim`);
  if (claimed.status !== 200) throw new Error(`claim failed: ${claimed.status} ${JSON.stringify(claimed.body)}`);
  const done = await staff.post(`/v1/tasks/${task.id}/complete`, {
    outcome: input.outcome,
    ...(input.data ? { data: input.data } : {}),
    ...(input.note ? { note: input.note } : {}),
  });
  if (done.status !== 200) throw new Error(`complete failed: ${done.status} ${JSON.stringify(done.body)}`);
  return done.body;
}

export async function waitForStatus(client: HttpClient, path: string, status: string, timeoutMs = 60_000) {
  const response = await waitFor(
    () => client.get(path),
    (r) => r.status === 200 && r.body.status === status,
    { what: `${path} to be ${status}`, timeoutMs },
  );
  return response.body;
}

/** Sign-up → documents → submit → verification → staff review → approved, with one product. */
export async function approvedSupplier(env: TestEnvironment, staff: HttpClient) {
  const signUp = await env.api.post('/v1/suppliers', supplierSignUp());
  if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${JSON.stringify(signUp.body)}`);
  const supplierId: string = signUp.body.supplier.id;
  const exporter = env.api.as(signUp.body.apiKey);
  await uploadRequiredDocuments(exporter, supplierId);
  await exporter.post(`/v1/suppliers/${supplierId}/submit`);
  await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'in_review');
  await completeTask(staff, { type: 'supplier_review', subjectId: supplierId, outcome: 'approve' });
  await waitForStatus(exporter, `/v1/suppliers/${supplierId}`, 'approved');
  const product = await exporter.post(`/v1/suppliers/${supplierId}/products`, CHILI_PRODUCT);
  if (product.status !== 201) throw new Error(`product failed: ${product.status} ${JSON.stringify(product.body)}`);
  return { supplierId, exporter };
}

export function orderBody(supplierId: string, overrides: Record<string, unknown> = {}) {
  return {
    storeCode: 'FS-SHA-001',
    supplierId,
    buyerReference: `FRESHIPPO-PO-2026-${randomInt(100000, 999999)}`,
    currency: 'USD',
    incoterm: 'CPT',
    namedPlace: 'Shanghai Pudong (PVG)',
    requestedDeliveryDate: futureDate(45),
    lines: [{ sku: CHILI_PRODUCT.sku, quantity: 40, unitPrice: '23.50' }],
    ...overrides,
  };
}

/** Five 5 kg bags per 26.4 kg parcel: within the 30 kg postal limit, so it goes by post. */
export function shipmentBody(quantity = 20, perPackage = 5) {
  const packages = [];
  for (let i = 0; i * perPackage < quantity; i++) {
    const n = Math.min(perPackage, quantity - i * perPackage);
    packages.push({
      reference: `PKG-${i + 1}`,
      grossWeightKg: (n * 5.28).toFixed(3),
      lengthCm: '60',
      widthCm: '40',
      heightCm: '40',
      contents: [{ sku: CHILI_PRODUCT.sku, quantity: n }],
    });
  }
  return { lines: [{ sku: CHILI_PRODUCT.sku, quantity, lotNumber: 'GSH-2026-11-L07' }], packages };
}
