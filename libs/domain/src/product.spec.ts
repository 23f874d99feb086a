import {
  HS_CODE_PATTERN,
  PACKAGING_TYPES,
  PRODUCT_FORMS,
  PRODUCT_FORM_NAMES,
  formatHs,
  hsCodeProblem,
  type ProductForm,
} from './product';
import type { ProductCategory } from './supplier';

/* Written by hand from the contract (form → HS subheading) and domain.md (plant products, origin). */
const FORMS: ReadonlyArray<readonly [ProductForm, ProductCategory, string]> = [
  ['dried_whole', 'chili', '090421'],
  ['dried_crushed', 'chili', '090422'],
  ['chili_oil', 'chili', '210390'],
  ['chili_paste', 'chili', '210390'],
  ['green_beans', 'coffee', '090111'],
  ['roasted_beans', 'coffee', '090121'],
];

const otherCategory = (category: ProductCategory): ProductCategory => (category === 'chili' ? 'coffee' : 'chili');

describe('product forms', () => {
  it('are exactly the forms of the contract', () => {
    expect([...PRODUCT_FORM_NAMES].sort()).toEqual(FORMS.map(([form]) => form).sort());
  });

  it.each(FORMS)('accept %s (%s) with its subheading %s', (form, category, hsCode) => {
    expect(hsCodeProblem({ category, form, hsCode })).toBeNull();
  });

  it.each(FORMS)('accept %s (%s) with an 8-digit code under %s', (form, category, subheading) => {
    expect(hsCodeProblem({ category, form, hsCode: `${subheading}10` })).toBeNull();
  });

  it.each(FORMS)('accept %s (%s) with a 10-digit code under %s', (form, category, subheading) => {
    expect(hsCodeProblem({ category, form, hsCode: `${subheading}1000` })).toBeNull();
  });

  it.each(FORMS)('refuse %s outside its category %s', (form, category, hsCode) => {
    const problem = hsCodeProblem({ category: otherCategory(category), form, hsCode });

    expect(problem).toContain(`belongs to category ${category}`);
  });

  it.each([
    ['dried_whole', 'chili', '090422'],
    ['dried_whole', 'chili', '090411'],
    ['dried_crushed', 'chili', '090421'],
    ['chili_oil', 'chili', '210320'],
    ['chili_paste', 'chili', '090422'],
    ['green_beans', 'coffee', '090121'],
    ['green_beans', 'coffee', '090112'],
    ['roasted_beans', 'coffee', '090111'],
    ['roasted_beans', 'coffee', '21011100'],
  ] as const)('refuse %s (%s) with the code %s of another heading or subheading', (form, category, hsCode) => {
    const problem = hsCodeProblem({ category, form, hsCode });

    expect(problem).toContain(`does not fit form ${form}`);
  });

  it('refuse a code shorter than the subheading, even when it is its start', () => {
    expect(hsCodeProblem({ category: 'chili', form: 'dried_whole', hsCode: '0904' })).not.toBeNull();
  });

  it('name the subheading the way documents write it in the refusal', () => {
    expect(hsCodeProblem({ category: 'chili', form: 'dried_whole', hsCode: '090422' })).toContain('0904.21');
  });

  it.each([
    ['dried_whole', true],
    ['dried_crushed', true],
    ['green_beans', true],
    ['chili_oil', false],
    ['chili_paste', false],
    ['roasted_beans', false],
  ] as const)('mark %s as a plant product needing a phytosanitary certificate: %s', (form, plant) => {
    expect(PRODUCT_FORMS[form].plantProduct).toBe(plant);
  });

  it.each([
    ['dried_whole', 'wholly_obtained'],
    ['dried_crushed', 'wholly_obtained'],
    ['green_beans', 'wholly_obtained'],
    ['roasted_beans', 'wholly_obtained'],
    ['chili_oil', 'product_specific_rule'],
    ['chili_paste', 'product_specific_rule'],
  ] as const)('give %s the origin criterion %s', (form, criterion) => {
    expect(PRODUCT_FORMS[form].originCriterion).toBe(criterion);
  });
});

describe('HS code format', () => {
  it.each(['090421', '09042110', '0904211000'])('accepts the %s-long code', (code) => {
    expect(HS_CODE_PATTERN.test(code)).toBe(true);
  });

  it.each(['09042', '0904211', '090421100', '09042110000', '0904.21', '09042a', ''])('refuses %p', (code) => {
    expect(HS_CODE_PATTERN.test(code)).toBe(false);
  });

  it('writes a subheading with a dot after the heading', () => {
    expect(formatHs('090421')).toBe('0904.21');
  });

  it('leaves a bare heading as it is', () => {
    expect(formatHs('0904')).toBe('0904');
  });
});

describe('packaging', () => {
  it('offers exactly the packaging types of the contract', () => {
    expect([...PACKAGING_TYPES].sort()).toEqual(['bag', 'bottle', 'box', 'carton', 'jar', 'sack']);
  });
});
