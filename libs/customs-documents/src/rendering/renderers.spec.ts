import { createHash } from 'node:crypto';
import { renderCommercialInvoice } from './commercial-invoice.renderer';
import type { CommercialInvoiceData, DocumentLine, ExporterParty, PackingListData, Party } from './document-data';
import { renderPackingList } from './packing-list.renderer';
import {
  CHILI,
  COFFEE,
  IMPORTER_NAME,
  chiliInvoice,
  chiliPackingList,
  coffeeExporter,
  coffeeInvoice,
} from './testing/document-fixtures';

// The package's index runs a self-test when loaded without a parent module; lib/ does not.

const pdfParse: (data: Buffer) => Promise<{ text: string; numpages: number }> = require('pdf-parse/lib/pdf-parse.js');

const CHILI_ZH = '卢旺达鸟眼辣椒干（整只）';

const seller: ExporterParty = {
  name: 'Gashora Chili Growers Cooperative',
  address: 'Gashora Sector, Ramiro Cell\nBugesera District, Eastern Province',
  country: 'RW',
  tin: '102345678',
  rdbNumber: '100876543',
  naebCode: 'NAEB-EXP-0417',
  gaccRegistrationNumber: 'CRWA0904202201',
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
const importerOfRecord: Party = {
  name: 'Hema Fresh Import (Shanghai) Co., Ltd.',
  address: '1 Hema Road, Pudong New Area\nShanghai 200120',
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
    importerOfRecord,
    buyerReference: 'FRESHIPPO-PO-2026-000123',
    purchaseOrderId: '0193a1f2-7c4e-7d10-9a55-2b7f1c9e4d01',
    shipmentId: '0193a1f9-1b2c-7e33-8f41-6c0d2a7b9e12',
    currency: 'USD',
    incoterm: 'CPT',
    namedPlace: 'Shanghai Pudong (PVG)',
    mode: 'air_cargo',
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
    expect(squash(text)).toContain(squash('GACC reg. no. 在华注册编号: CRWA0904202201'));
    expect(squash(text)).toContain(squash('TIN 纳税人识别号: 102345678'));
    expect(text).toContain('Hema Fresh Import (Shanghai) Co., Ltd.');
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

describe('renderCommercialInvoice of the corridor shipments', () => {
  it('renders the chili shipment: exporter numbers, importer of record, Chinese names, HS codes and amounts', async () => {
    const data = chiliInvoice();
    const { text, numpages } = await pdfParse(await renderCommercialInvoice(data));
    const flat = squash(text);
    expect(numpages).toBe(1);
    expect(text).toContain('COMMERCIAL INVOICE');
    expect(text).toContain('商业发票');
    expect(text).toContain(data.documentNumber);
    // The seller with every number Chinese and Rwandan customs look for; GACC once, not again from `registrations`.
    expect(flat).toContain(squash(`TIN 纳税人识别号: ${CHILI.tin}`));
    expect(flat).toContain(squash(`RDB reg. no. 公司注册号: ${CHILI.rdbNumber}`));
    expect(flat).toContain(squash(`NAEB code 农业出口局编码: ${CHILI.naebCode}`));
    expect(flat).toContain(squash(`GACC reg. no. 在华注册编号: ${CHILI.gacc}`));
    expect(text.split(CHILI.gacc)).toHaveLength(2);
    expect(text).not.toContain('GACC registration:');
    expect(text).toContain('Organic certificate: RW-BIO-140-2026-0031');
    // Freshippo's importing entity as a party of its own.
    expect(text).toContain('IMPORTER OF RECORD');
    expect(text).toContain(IMPORTER_NAME);
    expect(flat).toContain('盒马鲜生进口（上海）有限公司');
    expect(text).toContain('China customs code: 3122960A7K');
    // The lines.
    expect(flat).toContain(squash(CHILI.driedZh));
    expect(flat).toContain(squash(CHILI.oilZh));
    expect(text).toContain('0904.21');
    expect(text).toContain('2103.90');
    for (const amount of ['23.50', '94.00', '3.80', '45.60']) expect(text).toContain(amount);
    expect(text).toContain('139.60 USD');
    expect(text).toContain('25.600 kg');
    expect(text).toContain('Post (EMS)');
  });

  it('renders the coffee shipment in CNY under FCA', async () => {
    const { text } = await pdfParse(await renderCommercialInvoice(coffeeInvoice()));
    expect(squash(text)).toContain(squash(COFFEE.greenZh));
    expect(text).toContain('0901.11');
    expect(text).toContain('2880.00');
    expect(text).toContain('14400.00 CNY');
    expect(text).toContain('FCA Kigali International Airport (KGL)');
    expect(text).toContain(COFFEE.tin);
    expect(text).toContain(COFFEE.gacc);
  });

  it('shows a dash for a NAEB code or GACC number not on file', async () => {
    const seller = { ...coffeeExporter(), naebCode: null, gaccRegistrationNumber: null, registrations: [] };
    const { text } = await pdfParse(await renderCommercialInvoice({ ...coffeeInvoice(), seller }));
    expect(squash(text)).toContain(squash('NAEB code 农业出口局编码: —'));
    expect(squash(text)).toContain(squash('GACC reg. no. 在华注册编号: —'));
    expect(text).not.toContain(COFFEE.gacc);
  });

  it('gives the same bytes and text for the same data', async () => {
    const [first, second] = await Promise.all([
      renderCommercialInvoice(chiliInvoice()),
      renderCommercialInvoice(chiliInvoice()),
    ]);
    expect(second.equals(first)).toBe(true);
    expect((await pdfParse(second)).text).toBe((await pdfParse(first)).text);
  });
});

describe('renderPackingList of the corridor shipments', () => {
  it("shows the exporter's TIN and GACC number with each parcel's contents", async () => {
    const { text } = await pdfParse(await renderPackingList(chiliPackingList()));
    const flat = squash(text);
    expect(flat).toContain(squash(`TIN 纳税人识别号: ${CHILI.tin}`));
    expect(flat).toContain(squash(`GACC reg. no. 在华注册编号: ${CHILI.gacc}`));
    expect(flat).toContain(squash(CHILI.driedZh));
    expect(flat).toContain(squash(CHILI.oilZh));
    expect(text).toContain('25.600 kg');
  });
});
