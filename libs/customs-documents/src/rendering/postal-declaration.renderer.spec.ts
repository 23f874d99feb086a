import { renderPostalDeclaration } from './postal-declaration.renderer';
import { CHILI, COFFEE, IMPORTER_NAME, chiliCn23, coffeeCn22 } from './testing/document-fixtures';

// The package's index runs a self-test when loaded without a parent module; lib/ does not.
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string; numpages: number }>;

// Text extraction may break a line anywhere; compare without whitespace.
const squash = (text: string): string => text.replace(/\s+/g, '');

const CATEGORIES = ['Gift', 'Commercial sample', 'Documents', 'Returned goods', 'Sale of goods', 'Other'];

/** The categories whose box carries the "X", which the extracted text puts right before the label. */
function ticked(text: string): string[] {
  return CATEGORIES.filter((category) => squash(text).includes(`X${squash(category)}`));
}

describe('renderPostalDeclaration', () => {
  it('renders a CN 22 on one page: category, items, totals, value in SDR, sender and addressee', async () => {
    const data = coffeeCn22();
    const pdf = await renderPostalDeclaration(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text, numpages } = await pdfParse(pdf);
    const flat = squash(text);
    expect(numpages).toBe(1);
    expect(text).toContain('CUSTOMS DECLARATION CN 22');
    expect(text).toContain('CN 22 报关签条');
    expect(text).not.toContain('CN 23');
    expect(text).toContain('May be opened officially');
    expect(ticked(text)).toEqual(['Sale of goods']);
    expect(text).toContain('Roasted arabica coffee beans, 500 g bag');
    expect(flat).toContain(squash(COFFEE.roastedZh));
    expect(text).toContain('0901.21');
    expect(text).not.toContain('090121');
    expect(text).toContain('1.000');
    expect(text).toContain('19.00');
    expect(text).toContain('RW');
    expect(text).toContain('1.200 kg');
    expect(text).toContain('19.00 USD');
    expect(text).toContain('14.18 SDR');
    expect(text).toContain('1 SDR = 1.3400 USD');
    expect(text).toContain('Nyamasheke Highlands Coffee Cooperative');
    expect(flat).toContain(squash(`TIN 纳税人识别号: ${COFFEE.tin}`));
    expect(text).toContain(COFFEE.gacc);
    expect(text).toContain('Freshippo store FS-SHA-001');
    expect(flat).toContain(squash('this item does not contain any dangerous article'));
    // What only the CN 23 carries.
    expect(flat).not.toContain(squash(IMPORTER_NAME));
    expect(text).not.toContain(data.certificateNumbers[0]!);
  });

  it('renders a CN 23 with the invoice, certificates, importer of record and per-item HS code and origin', async () => {
    const data = chiliCn23();
    const pdf = await renderPostalDeclaration(data);

    const { text } = await pdfParse(pdf);
    const flat = squash(text);
    expect(text).toContain('CUSTOMS DECLARATION CN 23');
    expect(text).toContain('CN 23 报关单');
    expect(text).not.toContain('CN 22');
    expect(ticked(text)).toEqual(['Sale of goods']);
    expect(text).toContain(data.invoiceNumber);
    expect(flat).toContain(squash(data.certificateNumbers.join(', ')));
    expect(flat).toContain(squash(IMPORTER_NAME));
    expect(flat).toContain(squash(CHILI.driedZh));
    expect(text).toContain('0904.21');
    expect(text).toContain('RW');
    expect(text).toContain('20.800 kg');
    expect(text).toContain('94.00 USD');
    expect(text).toContain('70.15 SDR');
    expect(text).toContain(CHILI.gacc);
    expect(text).toContain(CHILI.tin);
  });

  it('takes its title from data.form', async () => {
    const asCn23 = await pdfParse(await renderPostalDeclaration({ ...coffeeCn22(), form: 'CN23' }));
    expect(asCn23.text).toContain('CUSTOMS DECLARATION CN 23');
    expect(asCn23.text).not.toContain('CN 22');
    const asCn22 = await pdfParse(await renderPostalDeclaration({ ...chiliCn23(), form: 'CN22' }));
    expect(asCn22.text).toContain('CUSTOMS DECLARATION CN 22');
    expect(asCn22.text).not.toContain('CN 23');
  });

  it.each([
    ['CN 22', coffeeCn22],
    ['CN 23', chiliCn23],
  ])('gives the same bytes and text for the same %s data', async (_form, fixture) => {
    const [first, second] = await Promise.all([renderPostalDeclaration(fixture()), renderPostalDeclaration(fixture())]);
    expect(second.equals(first)).toBe(true);
    expect((await pdfParse(second)).text).toBe((await pdfParse(first)).text);
  });
});
