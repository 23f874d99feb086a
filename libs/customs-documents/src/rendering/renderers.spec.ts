import { createHash } from 'node:crypto';
import { renderCommercialInvoice } from './commercial-invoice.renderer';
import type { CommercialInvoiceData, DocumentLine, PackingListData, Party } from './document-data';
import { renderPackingList } from './packing-list.renderer';

// The package's index runs a self-test when loaded without a parent module; lib/ does not.

const pdfParse: (data: Buffer) => Promise<{ text: string; numpages: number }> = require('pdf-parse/lib/pdf-parse.js');

const CHILI_ZH = '卢旺达鸟眼辣椒干（整只）';

const seller: Party = {
  name: 'Gashora Chili Growers Cooperative',
  address: 'Gashora Sector, Ramiro Cell\nBugesera District, Eastern Province',
  country: 'RW',
  tin: '102345678',
  registrations: [{ label: 'GACC registration', number: 'CRWA0904202201' }],
};
const buyer: Party = {
  name: 'Freshippo (Hema) Shanghai',
  address: '1 Hema Road, Pudong New Area\nShanghai 200120',
  country: 'CN',
};
const consignee: Party = {
  name: 'Freshippo store FS-SHA-001',
  address: '88 Zhangyang Road, Pudong New Area\nShanghai 200122\n上海市浦东新区张杨路88号',
  country: 'CN',
};

function chiliLine(overrides: Partial<DocumentLine> = {}): DocumentLine {
  return {
    sku: 'GSH-CHILI-DW-5KG',
    descriptionEn: "Dried African bird's eye chili, whole, 5 kg bag",
    descriptionZh: `${CHILI_ZH}5公斤袋装`,
    hsCode: '090421',
    quantity: 40,
    unitPrice: '23.50',
    lineTotal: '940.00',
    netWeightKg: '200.000',
    grossWeightKg: '211.200',
    lotNumber: 'GSH-2026-11-L07',
    originCountry: 'RW',
    ...overrides,
  };
}

function invoice(overrides: Partial<CommercialInvoiceData> = {}): CommercialInvoiceData {
  return {
    documentNumber: 'CI-2026-000045',
    issueDate: '2026-11-28',
    seller,
    buyer,
    consignee,
    buyerReference: 'FRESHIPPO-PO-2026-000123',
    purchaseOrderId: '0193a1f2-7c4e-7d10-9a55-2b7f1c9e4d01',
    shipmentId: '0193a1f9-1b2c-7e33-8f41-6c0d2a7b9e12',
    currency: 'USD',
    incoterm: 'CPT',
    namedPlace: 'Shanghai Pudong (PVG)',
    modeOfTransport: 'Air cargo, Kigali (KGL) to Shanghai Pudong (PVG)',
    lines: [chiliLine()],
    total: '940.00',
    totalNetWeightKg: '200.000',
    totalGrossWeightKg: '211.200',
    packageCount: 4,
    declaration:
      'We declare that the information on this invoice is true and correct and that the goods described are of Rwandan origin.',
    ...overrides,
  };
}

function packingList(): PackingListData {
  return {
    documentNumber: 'PL-2026-000045',
    issueDate: '2026-11-28',
    seller,
    consignee,
    buyerReference: 'FRESHIPPO-PO-2026-000123',
    shipmentId: '0193a1f9-1b2c-7e33-8f41-6c0d2a7b9e12',
    purchaseOrderId: '0193a1f2-7c4e-7d10-9a55-2b7f1c9e4d01',
    incoterm: 'CPT',
    namedPlace: 'Shanghai Pudong (PVG)',
    modeOfTransport: 'Air cargo',
    packages: [1, 2, 3, 4].map((n) => ({
      reference: `PKG-${n}`,
      grossWeightKg: '52.800',
      netWeightKg: '50.000',
      dimensionsCm: '60 × 40 × 40',
      contents: [
        {
          sku: 'GSH-CHILI-DW-5KG',
          descriptionEn: "Dried African bird's eye chili, whole, 5 kg bag",
          descriptionZh: `${CHILI_ZH}5公斤袋装`,
          quantity: 10,
          lotNumber: 'GSH-2026-11-L07',
        },
      ],
    })),
    totalNetWeightKg: '200.000',
    totalGrossWeightKg: '211.200',
    packageCount: 4,
  };
}

/** The text of each page, for checks on what lands where. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const pages: string[] = [];
  await require('pdf-parse/lib/pdf-parse.js')(pdf, {
    pagerender: async (page: { getTextContent(): Promise<{ items: { str: string }[] }> }) => {
      const content = await page.getTextContent();
      const text = content.items.map((item) => item.str).join('\n');
      pages.push(text);
      return text;
    },
  });
  return pages;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
// Text extraction may break a line between table cells; compare without whitespace.
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('renderCommercialInvoice', () => {
  it('renders a PDF carrying the references, total, HS code, origin and both languages', async () => {
    const pdf = await renderCommercialInvoice(invoice());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text, numpages } = await pdfParse(pdf);
    expect(numpages).toBe(1);
    expect(text).toContain('FRESHIPPO-PO-2026-000123');
    expect(text).toContain('940.00');
    expect(text).toContain('23.50');
    expect(text).toContain('0904.21');
    expect(text).not.toContain('090421');
    expect(squash(text)).toContain(squash(CHILI_ZH));
    expect(text).toContain('Gashora Chili Growers Cooperative');
    expect(text).toContain('Freshippo (Hema) Shanghai');
    expect(text).toContain('Freshippo store FS-SHA-001');
    expect(squash(text)).toContain(squash('88 Zhangyang Road, Pudong New Area'));
    expect(text).toContain('上海市浦东新区张杨路88号');
    expect(text).toContain('CPT Shanghai Pudong (PVG)');
    expect(text).toContain('Country of origin: Rwanda (RW)');
    expect(text).toContain('211.200');
    expect(text).toContain('GACC registration: CRWA0904202201');
    expect(text).toContain('Page 1 of 1');
  });

  it('spreads 120 lines over several pages without losing one', async () => {
    const lines = Array.from({ length: 120 }, (_, i) =>
      chiliLine({
        quantity: 1,
        lineTotal: '23.50',
        netWeightKg: '5.000',
        grossWeightKg: '5.280',
        lotNumber: `GSH-2026-11-L${String(i + 1).padStart(3, '0')}`,
      }),
    );
    const pdf = await renderCommercialInvoice(
      invoice({
        lines,
        total: '2820.00',
        totalNetWeightKg: '600.000',
        totalGrossWeightKg: '633.600',
        packageCount: 12,
      }),
    );

    const { text, numpages } = await pdfParse(pdf);
    expect(numpages).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`Page ${numpages} of ${numpages}`);
    const missing = lines.filter((line) => !text.includes(line.lotNumber)).map((line) => line.lotNumber);
    expect(missing).toEqual([]);
    expect(text).toContain('2820.00');
    expect(text.match(/\(continued\)/g)).toHaveLength(numpages - 1);
  });

  it('gives the same bytes for the same data, and other bytes for other data', async () => {
    const first = await renderCommercialInvoice(invoice());
    const second = await renderCommercialInvoice(invoice());
    const other = await renderCommercialInvoice(invoice({ buyerReference: 'FRESHIPPO-PO-2026-000124' }));
    expect(sha256(second)).toBe(sha256(first));
    expect(sha256(other)).not.toBe(sha256(first));
  });

  it('refuses an issue date that is not YYYY-MM-DD', async () => {
    await expect(renderCommercialInvoice(invoice({ issueDate: '28/11/2026' }))).rejects.toThrow(/issueDate/);
    await expect(renderCommercialInvoice(invoice({ issueDate: '2026-02-30' }))).rejects.toThrow(/issueDate/);
  });
});

describe('renderPackingList', () => {
  it('renders every package with its contents, weights and the Chinese product name', async () => {
    const pdf = await renderPackingList(packingList());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text } = await pdfParse(pdf);
    expect(text).toContain('FRESHIPPO-PO-2026-000123');
    expect(text).toContain('Gashora Chili Growers Cooperative');
    expect(text).toContain('Freshippo store FS-SHA-001');
    expect(squash(text)).toContain(squash(CHILI_ZH));
    for (const reference of ['PKG-1', 'PKG-2', 'PKG-3', 'PKG-4']) expect(text).toContain(reference);
    expect(text).toContain('GSH-2026-11-L07');
    expect(text).toContain('60 × 40 × 40');
    expect(text).toContain('52.800');
    expect(text).toContain('200.000');
    expect(text).toContain('211.200');
    expect(text).toContain('CPT Shanghai Pudong (PVG)');
    expect(text).toContain('Country of origin: Rwanda (RW)');
  });

  it('keeps each package on one page when the list spans several', async () => {
    const data = packingList();
    data.packages = Array.from({ length: 40 }, (_, i) => {
      const n = String(i + 1).padStart(2, '0');
      const item = data.packages[0]!.contents[0]!;
      return {
        ...data.packages[0]!,
        reference: `PKG-${n}`,
        contents: [
          { ...item, quantity: 5, lotNumber: `GSH-2026-11-A${n}` },
          { ...item, quantity: 5, lotNumber: `GSH-2026-11-B${n}` },
        ],
      };
    });
    data.packageCount = 40;

    const pages = await pageTexts(await renderPackingList(data));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const pkg of data.packages) {
      const page = pages.find((text) => text.includes(pkg.reference));
      expect(page).toBeDefined();
      for (const item of pkg.contents) expect(page).toContain(item.lotNumber);
    }
  });

  it('gives the same bytes for the same data', async () => {
    const [first, second] = await Promise.all([renderPackingList(packingList()), renderPackingList(packingList())]);
    expect(sha256(second)).toBe(sha256(first));
  });
});
