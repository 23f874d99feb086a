import { renderExportDeclaration } from './export-declaration.renderer';
import {
  CHILI,
  COFFEE,
  IMPORTER_NAME,
  chiliExportDeclaration,
  coffeeExportDeclaration,
} from './testing/document-fixtures';

// The package's index runs a self-test when loaded without a parent module; lib/ does not.
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
  options?: { pagerender?: (page: PdfPage) => Promise<string> },
) => Promise<{ text: string; numpages: number }>;

interface PdfPage {
  getTextContent(): Promise<{ items: { str: string; transform: number[] }[] }>;
}

// Text extraction may break a line anywhere; compare without whitespace.
const squash = (text: string): string => text.replace(/\s+/g, '');

/** The largest size, in points, at which `text` is drawn anywhere in the PDF. */
async function largestSizeOf(pdf: Buffer, text: string): Promise<number> {
  let largest = 0;
  await pdfParse(pdf, {
    pagerender: async (page) => {
      for (const item of (await page.getTextContent()).items) {
        if (item.str === text) largest = Math.max(largest, Math.hypot(item.transform[2]!, item.transform[3]!));
      }
      return '';
    },
  });
  return largest;
}

describe('renderExportDeclaration', () => {
  it('renders the chili declaration: exporter TIN, parties, office of exit, terms, items, totals and supporting documents', async () => {
    const data = chiliExportDeclaration();
    const pdf = await renderExportDeclaration(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text, numpages } = await pdfParse(pdf);
    const flat = squash(text);
    expect(numpages).toBe(1);
    expect(text).toContain('EXPORT DECLARATION');
    expect(text).toContain('出口报关单');
    expect(text).toContain(data.documentNumber);
    expect(text).toContain('Exporter TIN');
    expect(text).toContain(CHILI.tin);
    expect(flat).toContain(squash(`GACC reg. no. 在华注册编号: ${CHILI.gacc}`));
    expect(flat).toContain(squash(`RDB reg. no. 公司注册号: ${CHILI.rdbNumber}`));
    expect(text).toContain('Freshippo store FS-SHA-001');
    expect(flat).toContain(squash(IMPORTER_NAME));
    expect(text).toContain('Rwanda (RW)');
    expect(text).toContain('China (CN)');
    expect(text).toContain('KGL');
    expect(text).toContain('Kigali International Airport (KGL)');
    expect(text).toContain('Post (EMS)');
    expect(text).toContain('CPT Shanghai Pudong (PVG)');
    expect(text).toContain('Value USD');
    expect(text).toContain(data.invoiceNumber);
    // Items: number, HS code, description in both languages, quantity, weights, value, origin.
    expect(text).toContain('0904.21');
    expect(text).toContain('2103.90');
    expect(text).not.toContain('090421');
    expect(flat).toContain(squash(CHILI.driedZh));
    expect(flat).toContain(squash(CHILI.oilZh));
    for (const amount of ['94.00', '45.60', '20.000', '20.800', '3.000', '4.800']) expect(text).toContain(amount);
    expect(text).toContain('139.60 USD');
    expect(text).toContain('23.000 kg');
    expect(text).toContain('25.600 kg');
    // Supporting documents by name and number.
    expect(flat).toContain(squash(`Commercial invoice 商业发票 ${data.supportingDocuments[0]!.number}`));
    expect(flat).toContain(squash(`Packing list 装箱单 ${data.supportingDocuments[1]!.number}`));
    expect(flat).toContain(squash(`Certificate of origin 原产地证书 ${data.supportingDocuments[2]!.number}`));
    expect(flat).toContain(
      squash(`Phytosanitary certificate request 植物检疫证书申请 ${data.supportingDocuments[3]!.number}`),
    );
  });

  it('prints the exporter TIN prominently, in large type', async () => {
    const pdf = await renderExportDeclaration(chiliExportDeclaration());
    expect(await largestSizeOf(pdf, CHILI.tin)).toBeGreaterThanOrEqual(14);
  });

  it('renders the coffee declaration in CNY under FCA', async () => {
    const { text } = await pdfParse(await renderExportDeclaration(coffeeExportDeclaration()));
    expect(squash(text)).toContain(squash(COFFEE.greenZh));
    expect(text).toContain('0901.11');
    expect(text).toContain('14400.00 CNY');
    expect(squash(text)).toContain(squash('FCA Kigali International Airport (KGL)'));
    expect(text).toContain(COFFEE.tin);
    expect(text).toContain(COFFEE.gacc);
  });

  it('gives the same bytes and text for the same data', async () => {
    const [first, second] = await Promise.all([
      renderExportDeclaration(chiliExportDeclaration()),
      renderExportDeclaration(chiliExportDeclaration()),
    ]);
    expect(second.equals(first)).toBe(true);
    expect((await pdfParse(second)).text).toBe((await pdfParse(first)).text);
  });
});
