import { createHash } from 'node:crypto';
import type { ShippingLabelData } from './document-data';
import { renderShippingLabel } from './shipping-label.renderer';
import { CHILI, chiliLabel } from './testing/document-fixtures';

// The package's index runs a self-test when loaded without a parent module; lib/ does not.

const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
  options?: { pagerender?: (page: { view: number[] }) => Promise<string> },
) => Promise<{ text: string; numpages: number }>;

const STORE_ZH = '盒马鲜生上海张杨路店';
const CHILI_ZH = '卢旺达鸟眼辣椒干（整只）5公斤袋装';

function label(overrides: Partial<ShippingLabelData> = {}): ShippingLabelData {
  return {
    trackingNumber: 'EE123456789RW',
    carrier: 'iposita-ems',
    carrierName: 'Iposita EMS',
    serviceName: 'EMS parcel',
    packageReference: 'PKG-2',
    packageIndex: 2,
    packageCount: 4,
    grossWeightKg: '52.800',
    dimensionsCm: '60 × 40 × 40',
    sender: {
      name: 'Gashora Chili Growers Cooperative',
      address: 'KN 5 Rd, Kigali Special Economic Zone\nKigali',
      country: 'RW',
      tin: '102345678',
      rdbNumber: '100876543',
      naebCode: 'NAEB-EXP-0417',
      gaccRegistrationNumber: 'CRWA0904202201',
    },
    recipient: {
      name: 'Freshippo store FS-SHA-001',
      address: '88 Zhangyang Road, Pudong New Area\nShanghai 200122',
      country: 'CN',
      nameZh: STORE_ZH,
      addressZh: '上海市浦东新区张杨路88号',
    },
    destinationAirport: 'PVG',
    buyerReference: 'FRESHIPPO-PO-2026-000123',
    shipmentId: '0193a1f9-1b2c-7e33-8f41-6c0d2a7b9e12',
    contents: [
      {
        descriptionEn: "Dried African bird's eye chili, whole, 5 kg bag",
        descriptionZh: CHILI_ZH,
        quantity: 10,
        lotNumber: 'GSH-2026-11-L07',
      },
    ],
    gaccRegistrationNumber: 'CRWA0904202201',
    issueDate: '2026-11-28',
    ...overrides,
  };
}

/** The page count, the size of each page in points, and the text. */
async function inspect(pdf: Buffer): Promise<{ text: string; numpages: number; sizes: number[][] }> {
  const sizes: number[][] = [];
  const { text, numpages } = await pdfParse(pdf);
  await pdfParse(pdf, {
    pagerender: async (page) => {
      sizes.push(page.view.slice(2));
      return '';
    },
  });
  return { text, numpages, sizes };
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
// Text extraction may break a line anywhere; compare without whitespace.
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('renderShippingLabel', () => {
  it('renders one 4 × 6 in page with the tracking number, parties, references and GB 7718 particulars', async () => {
    const pdf = await renderShippingLabel(label());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The barcode is an embedded image (pdfkit writes object dictionaries uncompressed).
    expect(pdf.includes('/Subtype /Image')).toBe(true);

    const { text, numpages, sizes } = await inspect(pdf);
    expect(numpages).toBe(1);
    expect(sizes).toEqual([[288, 432]]);
    const flat = squash(text);
    expect(text).toContain('EE123456789RW');
    expect(text).toContain('Iposita EMS');
    expect(text).toContain('EMS parcel');
    expect(text).toContain('Package 2 of 4');
    expect(text).toContain('PKG-2');
    expect(text).toContain('52.800 kg');
    expect(text).toContain('60 × 40 × 40 cm');
    expect(text).toContain('Gashora Chili Growers Cooperative');
    expect(text).toContain('Rwanda (RW)');
    expect(text).toContain('TIN 102345678');
    expect(text).toContain('Freshippo store FS-SHA-001');
    expect(flat).toContain(STORE_ZH);
    expect(flat).toContain('上海市浦东新区张杨路88号');
    expect(text).toContain('PVG');
    expect(text).toContain('FRESHIPPO-PO-2026-000123');
    expect(flat).toContain(squash(CHILI_ZH));
    expect(text).toContain('GSH-2026-11-L07');
    expect(flat).toContain('原产国：卢旺达Rwanda');
    expect(flat).toContain(`进口商/代理商Importer/agent：${STORE_ZH}`);
    expect(text).toContain('GACC reg. no.');
    expect(text).toContain('CRWA0904202201');
    expect(text).toContain('0193a1f9-1b2c-7e33-8f41-6c0d2a7b9e12');
  });

  it('gives the same bytes for the same data, and other bytes for other data', async () => {
    const [first, second] = await Promise.all([renderShippingLabel(label()), renderShippingLabel(label())]);
    const other = await renderShippingLabel(label({ trackingNumber: 'EE123456790RW' }));
    expect(sha256(second)).toBe(sha256(first));
    expect(sha256(other)).not.toBe(sha256(first));
  });

  it('stays on one page with long addresses, a 40-character tracking number and many items', async () => {
    const item = label().contents[0]!;
    const trackingNumber = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCD';
    const data = label({
      trackingNumber,
      recipient: {
        ...label().recipient,
        name: 'Freshippo (Hema) store FS-SHA-001, Zhangyang Road flagship, Pudong New Area',
        address: 'Basement 1, Building 3, Lane 88, Zhangyang Road, Pudong New Area\nShanghai 200122\nReceiving dock B',
        addressZh: '中国上海市浦东新区张杨路88弄3号楼地下一层盒马鲜生收货处，请联系店长，电话021-12345678',
      },
      contents: Array.from({ length: 12 }, (_, i) => ({ ...item, lotNumber: `GSH-2026-11-L${10 + i}` })),
    });

    const { text, numpages } = await inspect(await renderShippingLabel(data));
    expect(numpages).toBe(1);
    // Shrunk to fit, never cut.
    expect(text).toContain(trackingNumber);
    expect(text).toContain('GSH-2026-11-L10');
    expect(text).not.toContain('GSH-2026-11-L21');
    expect(text).toMatch(/\+ \d+ items: see the packing list/);
    expect(text).toContain('CRWA0904202201');
  });

  it('shows a dash when no GACC registration number is on file', async () => {
    const { text } = await inspect(await renderShippingLabel(label({ gaccRegistrationNumber: null })));
    expect(text).toContain('GACC reg. no.');
    expect(text).toContain('—');
    expect(text).not.toContain('CRWA0904202201');
  });

  it('refuses a malformed tracking number, package number or issue date', async () => {
    await expect(renderShippingLabel(label({ trackingNumber: 'ee123456789rw' }))).rejects.toThrow(/trackingNumber/);
    await expect(renderShippingLabel(label({ trackingNumber: 'EE12' }))).rejects.toThrow(/trackingNumber/);
    await expect(renderShippingLabel(label({ packageIndex: 5 }))).rejects.toThrow(/package 5 of 4/);
    await expect(renderShippingLabel(label({ packageIndex: 0 }))).rejects.toThrow(/package 0 of 4/);
    await expect(renderShippingLabel(label({ issueDate: '2026-02-30' }))).rejects.toThrow(/issueDate/);
  });
});

describe('renderShippingLabel of the corridor chili shipment', () => {
  it("shows the Chinese product name, the sender's TIN and the GACC number", async () => {
    const { text, numpages } = await inspect(await renderShippingLabel(chiliLabel()));
    expect(numpages).toBe(1);
    expect(squash(text)).toContain(squash(CHILI.driedZh));
    expect(text).toContain(`TIN ${CHILI.tin}`);
    expect(text).toContain('GACC reg. no.');
    expect(text).toContain(CHILI.gacc);
    expect(text).toContain('Package 1 of 2');
    expect(text).toContain('20.800 kg');
  });

  it('gives the same bytes and text for the same data', async () => {
    const [first, second] = await Promise.all([renderShippingLabel(chiliLabel()), renderShippingLabel(chiliLabel())]);
    expect(second.equals(first)).toBe(true);
    expect((await inspect(second)).text).toBe((await inspect(first)).text);
  });
});
