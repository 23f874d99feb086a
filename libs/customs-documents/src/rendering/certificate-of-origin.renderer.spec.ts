import { renderCertificateOfOrigin } from './certificate-of-origin.renderer';
import {
  CHILI,
  COFFEE,
  IMPORTER_NAME,
  chiliCertificateOfOrigin,
  coffeeCertificateOfOrigin,
} from './testing/document-fixtures';

// The package's index runs a self-test when loaded without a parent module; lib/ does not.
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string; numpages: number }>;

// Text extraction may break a line anywhere; compare without whitespace.
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('renderCertificateOfOrigin', () => {
  it('renders the chili shipment: parties with their numbers, origin, preference, lines, totals and both signatures', async () => {
    const data = chiliCertificateOfOrigin();
    const pdf = await renderCertificateOfOrigin(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text, numpages } = await pdfParse(pdf);
    const flat = squash(text);
    expect(numpages).toBe(1);
    expect(text).toContain('CERTIFICATE OF ORIGIN');
    expect(text).toContain('原产地证书');
    expect(text).toContain(data.documentNumber);
    // The exporter with every number customs looks for, then consignee and importer of record.
    expect(text).toContain('Gashora Chili Growers Cooperative');
    expect(flat).toContain(squash(`TIN 纳税人识别号: ${CHILI.tin}`));
    expect(flat).toContain(squash(`RDB reg. no. 公司注册号: ${CHILI.rdbNumber}`));
    expect(flat).toContain(squash(`NAEB code 农业出口局编码: ${CHILI.naebCode}`));
    expect(flat).toContain(squash(`GACC reg. no. 在华注册编号: ${CHILI.gacc}`));
    expect(text).toContain('Freshippo store FS-SHA-001');
    expect(flat).toContain(squash(IMPORTER_NAME));
    // Origin, destination, preference, authority, transport, invoice.
    expect(text).toContain('Rwanda (RW)');
    expect(text).toContain('China (CN)');
    expect(flat).toContain(squash(data.preference));
    expect(flat).toContain(squash(data.issuingAuthority));
    expect(text).toContain('Post (EMS)');
    expect(flat).toContain(squash('Kigali International Airport (KGL)'));
    expect(text).toContain('Shanghai Pudong (PVG)');
    expect(text).toContain(`${data.invoiceNumber} of 2026-11-28`);
    // The lines: HS code as printed, both languages, quantities, weights, values, lots, criteria.
    expect(text).toContain('0904.21');
    expect(text).toContain('2103.90');
    expect(text).not.toContain('090421');
    expect(flat).toContain(squash(CHILI.driedZh));
    expect(flat).toContain(squash(CHILI.oilZh));
    expect(text).toContain("Dried bird's eye chili, whole, 5 kg bag");
    expect(text).toContain('GSH-2026-11-L07');
    expect(text).toContain('GSH-2026-11-O02');
    expect(flat).toContain(squash('WO — wholly obtained in Rwanda'));
    expect(flat).toContain(squash('PSR — product-specific rule of its HS heading (processed in Rwanda)'));
    for (const amount of ['94.00', '45.60', '20.000', '20.800', '3.000', '4.800']) expect(text).toContain(amount);
    expect(text).toContain('139.60 USD');
    expect(text).toContain('23.000 kg');
    expect(text).toContain('25.600 kg');
    // The exporter declares and dates; the authority certifies beside it.
    expect(text).toContain('DECLARATION BY THE EXPORTER');
    expect(text).toContain('CERTIFICATION BY THE ISSUING AUTHORITY');
    expect(flat).toContain(squash(data.declaration));
    expect(text).toContain('Date: 2026-11-28');
  });

  it('renders the coffee shipment in CNY with its own exporter numbers', async () => {
    const { text } = await pdfParse(await renderCertificateOfOrigin(coffeeCertificateOfOrigin()));
    const flat = squash(text);
    expect(flat).toContain(squash(COFFEE.greenZh));
    expect(text).toContain('0901.11');
    expect(text).toContain('14400.00 CNY');
    expect(text).toContain('Value CNY');
    expect(text).toContain('300.000 kg');
    expect(text).toContain(COFFEE.gacc);
    expect(text).toContain(COFFEE.tin);
    expect(text).toContain('Air cargo');
    expect(text).not.toContain(CHILI.gacc);
  });

  it('gives the same bytes and text for the same data, and other bytes for other data', async () => {
    const [first, second] = await Promise.all([
      renderCertificateOfOrigin(chiliCertificateOfOrigin()),
      renderCertificateOfOrigin(chiliCertificateOfOrigin()),
    ]);
    expect(second.equals(first)).toBe(true);
    expect((await pdfParse(second)).text).toBe((await pdfParse(first)).text);
    const other = await renderCertificateOfOrigin({ ...chiliCertificateOfOrigin(), totalValue: '139.61' });
    expect(other.equals(first)).toBe(false);
  });
});
