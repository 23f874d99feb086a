import { renderPhytosanitaryRequest } from './phytosanitary-request.renderer';
import { CHILI, COFFEE, chiliPhytosanitaryRequest, coffeePhytosanitaryRequest } from './testing/document-fixtures';

// The package's index runs a self-test when loaded without a parent module; lib/ does not.
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string; numpages: number }>;

// Text extraction may break a line anywhere; compare without whitespace.
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('renderPhytosanitaryRequest', () => {
  it('renders the chili request: applicant, authority, route, marks, the plant product and its purpose', async () => {
    const data = chiliPhytosanitaryRequest();
    const pdf = await renderPhytosanitaryRequest(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text, numpages } = await pdfParse(pdf);
    const flat = squash(text);
    expect(numpages).toBe(1);
    expect(text).toContain('PHYTOSANITARY CERTIFICATE REQUEST');
    expect(text).toContain('植物检疫证书申请');
    expect(text).toContain(data.documentNumber);
    expect(text).toContain('Gashora Chili Growers Cooperative');
    expect(flat).toContain(squash(`TIN 纳税人识别号: ${CHILI.tin}`));
    expect(flat).toContain(squash(`GACC reg. no. 在华注册编号: ${CHILI.gacc}`));
    expect(text).toContain('Freshippo store FS-SHA-001');
    expect(flat).toContain(squash(data.inspectingAuthority));
    expect(text).toContain('Rwanda (RW)');
    expect(text).toContain('China (CN)');
    expect(text).toContain('KGL');
    expect(text).toContain('PVG');
    expect(text).toContain('Post (EMS)');
    expect(text).toContain('PKG-1');
    expect(text).toContain('Human consumption');
    // The line: botanical name, product form in both languages, HS code, quantity, packaging, weight, lot.
    expect(flat).toContain('Capsicumfrutescens');
    expect(flat).toContain(squash(CHILI.driedZh));
    expect(text).toContain('Dried, whole');
    expect(text).toContain('干制，整个');
    expect(text).toContain('0904.21');
    expect(text).not.toContain('090421');
    expect(text).toContain('bag');
    expect(text).toContain('20.000 kg');
    expect(text).toContain('GSH-2026-11-L07');
  });

  it('renders the coffee request with its botanical name, form and every package mark', async () => {
    const { text } = await pdfParse(await renderPhytosanitaryRequest(coffeePhytosanitaryRequest()));
    const flat = squash(text);
    expect(flat).toContain('Coffeaarabica');
    expect(flat).toContain(squash('Green beans, not roasted'));
    expect(flat).toContain(squash(COFFEE.greenZh));
    expect(text).toContain('0901.11');
    expect(text).toContain('sack');
    expect(text).toContain('300.000 kg');
    expect(text).toContain('PKG-1, PKG-2, PKG-3, PKG-4, PKG-5');
    expect(text).toContain(COFFEE.gacc);
  });

  it('gives the same bytes and text for the same data', async () => {
    const [first, second] = await Promise.all([
      renderPhytosanitaryRequest(chiliPhytosanitaryRequest()),
      renderPhytosanitaryRequest(chiliPhytosanitaryRequest()),
    ]);
    expect(second.equals(first)).toBe(true);
    expect((await pdfParse(second)).text).toBe((await pdfParse(first)).text);
  });
});
