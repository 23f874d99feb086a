import type { ProductCategory } from './supplier';

/** Product forms with their HS subheading (six digits) and the category they belong to. */
export const PRODUCT_FORMS = {
  dried_whole: { category: 'chili', hsSubheading: '090421', plantProduct: true, originCriterion: 'wholly_obtained' },
  dried_crushed: { category: 'chili', hsSubheading: '090422', plantProduct: true, originCriterion: 'wholly_obtained' },
  chili_oil: {
    category: 'chili',
    hsSubheading: '210390',
    plantProduct: false,
    originCriterion: 'product_specific_rule',
  },
  chili_paste: {
    category: 'chili',
    hsSubheading: '210390',
    plantProduct: false,
    originCriterion: 'product_specific_rule',
  },
  green_beans: { category: 'coffee', hsSubheading: '090111', plantProduct: true, originCriterion: 'wholly_obtained' },
  roasted_beans: {
    category: 'coffee',
    hsSubheading: '090121',
    plantProduct: false,
    originCriterion: 'wholly_obtained',
  },
} as const satisfies Record<
  string,
  { category: ProductCategory; hsSubheading: string; plantProduct: boolean; originCriterion: string }
>;

/**
 * A product form Corridor registers, e.g. `dried_whole` chili or `green_beans` coffee; a key of {@link PRODUCT_FORMS}.
 */
export type ProductForm = keyof typeof PRODUCT_FORMS;
/** Every {@link ProductForm}, in declaration order, for validators and pickers. */
export const PRODUCT_FORM_NAMES = Object.keys(PRODUCT_FORMS) as ProductForm[];

/** The retail packagings a product may come in, as registered and printed on the phytosanitary request. */
export const PACKAGING_TYPES = ['bag', 'sack', 'carton', 'bottle', 'jar', 'box'] as const;
/** One of {@link PACKAGING_TYPES}. */
export type Packaging = (typeof PACKAGING_TYPES)[number];

/** An HS code as stored: digits only, six (the international subheading), eight or ten (national lines), no dots. */
export const HS_CODE_PATTERN = /^(\d{6}|\d{8}|\d{10})$/;

/** Why a form, category and HS code do not fit together, or null when they do. */
export function hsCodeProblem(input: { category: ProductCategory; form: ProductForm; hsCode: string }): string | null {
  const form = PRODUCT_FORMS[input.form];
  if (form.category !== input.category) {
    return `form ${input.form} belongs to category ${form.category}, not ${input.category}`;
  }
  if (!input.hsCode.startsWith(form.hsSubheading)) {
    return `hsCode ${input.hsCode} does not fit form ${input.form}: it must start with ${formatHs(form.hsSubheading)}`;
  }
  return null;
}

/** "090421" → "0904.21", the way HS subheadings are written on documents. */
export function formatHs(code: string): string {
  return code.length <= 4 ? code : `${code.slice(0, 4)}.${code.slice(4)}`;
}
