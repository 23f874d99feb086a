import type { ProductForm } from '@corridor/domain';

/** A product form as printed on a document, in English and Chinese. */
export const PRODUCT_FORM_LABELS: Readonly<Record<ProductForm, { en: string; zh: string }>> = {
  dried_whole: { en: 'Dried, whole', zh: '干制，整个' },
  dried_crushed: { en: 'Dried, crushed or ground', zh: '干制，破碎或研磨' },
  chili_oil: { en: 'Chili oil', zh: '辣椒油' },
  chili_paste: { en: 'Chili paste', zh: '辣椒酱' },
  green_beans: { en: 'Green beans, not roasted', zh: '生咖啡豆，未焙炒' },
  roasted_beans: { en: 'Roasted beans', zh: '焙炒咖啡豆' },
};
