/**
 * Test support: the products, parties and shipments the consistency specs build papers for.
 * Not exported from the library.
 */

import type { ProductForm } from '../../product';
import type { ShipmentMode } from '../../shipment';
import type { ConsistencyContext, DocumentCurrency, ExporterParty, Party } from '../document-data';

/** A product as the fixtures know it: its SKU, form, descriptions, HS code, packaging and unit weight. */
export interface FixtureProduct {
  sku: string;
  form: ProductForm;
  descriptionEn: string;
  descriptionZh: string;
  hsCode: string;
  botanicalName: string;
  packaging: string;
  unitNetG: number;
  lotNumber: string;
  food: boolean;
  /** Defaults to the form's; a spec may override it to build papers for a wrong register. */
  plantProduct?: boolean;
}

/** What a fixture document set is derived from: mode, currency, terms, exporter, lines and packages. */
export interface DocumentSetSpec {
  mode: ShipmentMode;
  currency: DocumentCurrency;
  incoterm: string;
  namedPlace: string;
  /** Units of the currency per SDR. */
  sdrRate: string;
  exporter: ExporterParty;
  /** What is sold, at what unit price; quantities come from the packages. */
  lines: { product: FixtureProduct; unitPrice: string }[];
  packages: { reference: string; tareG: number; dimensionsCm: string; contents: { sku: string; quantity: number }[] }[];
}

/** The UPU's CN22 limits, as the fixtures hold the papers to them. */
export const CN22_LIMITS: ConsistencyContext['cn22'] = { maxGrossKg: '2.000', maxValueSdr: '300.00' };

/** Dried whole chili: a plant product. */
export const CHILI_WHOLE: FixtureProduct = {
  sku: 'CHL-DW-250',
  form: 'dried_whole',
  descriptionEn: "Dried African bird's eye chili (pili-pili), whole, 250 g bag",
  descriptionZh: '整干辣椒（非洲鸟眼辣椒）250克袋装',
  hsCode: '090421',
  botanicalName: 'Capsicum frutescens',
  packaging: 'bag',
  unitNetG: 250,
  lotNumber: 'RW-CHL-2026-014',
  food: true,
};

/** Chili oil: processed, no phytosanitary certificate. */
export const CHILI_OIL: FixtureProduct = {
  sku: 'CHL-OIL-200',
  form: 'chili_oil',
  descriptionEn: 'Chili oil, Akabanga style, 200 ml bottle',
  descriptionZh: '辣椒油 200毫升瓶装',
  hsCode: '210390',
  botanicalName: '',
  packaging: 'bottle',
  unitNetG: 190,
  lotNumber: 'RW-OIL-2026-007',
  food: true,
};

/** Green coffee beans: a plant product. */
export const GREEN_COFFEE: FixtureProduct = {
  sku: 'CAF-GRN-30K',
  form: 'green_beans',
  descriptionEn: 'Green coffee, red Bourbon arabica, fully washed, screen 15+, 30 kg GrainPro bag',
  descriptionZh: '咖啡生豆（波旁阿拉比卡，水洗）30公斤袋装',
  hsCode: '090111',
  botanicalName: 'Coffea arabica',
  packaging: 'sack',
  unitNetG: 30_000,
  lotNumber: 'RW-NYA-2026-031',
  food: true,
};

/** A Cup of Excellence lot sample: light, and worth more than 300 SDR. */
export const GREEN_COFFEE_COE_SAMPLE: FixtureProduct = {
  sku: 'CAF-GRN-COE-1K',
  form: 'green_beans',
  descriptionEn: 'Green coffee, Cup of Excellence lot, natural process, 1 kg vacuum bag',
  descriptionZh: '咖啡生豆（卓越杯批次，日晒）1公斤真空袋装',
  hsCode: '090111',
  botanicalName: 'Coffea arabica',
  packaging: 'bag',
  unitNetG: 1_000,
  lotNumber: 'RW-COE-2026-002',
  food: true,
};

/** Roasted coffee: processed, no phytosanitary certificate. */
export const ROASTED_COFFEE: FixtureProduct = {
  sku: 'CAF-RST-500',
  form: 'roasted_beans',
  descriptionEn: 'Roasted coffee beans, red Bourbon, medium roast, 500 g bag',
  descriptionZh: '烘焙咖啡豆（波旁，中度烘焙）500克袋装',
  hsCode: '090121',
  botanicalName: '',
  packaging: 'bag',
  unitNetG: 500,
  lotNumber: 'RW-RST-2026-019',
  food: true,
};

/** Every fixture product, for generators that draw any of them. */
export const FIXTURE_PRODUCTS = [CHILI_WHOLE, CHILI_OIL, GREEN_COFFEE, GREEN_COFFEE_COE_SAMPLE, ROASTED_COFFEE];

/** The exporter of the fixtures, with its TIN, RDB, NAEB and GACC registrations. */
export const EXPORTER: ExporterParty = {
  name: 'Kivu Hills Spice & Coffee Ltd',
  address: 'KG 9 Ave 12, Nyarutarama\nKigali\nRwanda',
  country: 'RW',
  tin: '108234567',
  rdbNumber: '108234567',
  naebCode: 'NAEB-EXP-0412',
  gaccRegistrationNumber: 'CRWA01234520260001',
  registrations: [
    { label: 'RDB company code', number: '108234567' },
    { label: 'NAEB exporter code', number: 'NAEB-EXP-0412' },
    { label: 'GACC registration', number: 'CRWA01234520260001' },
  ],
};

/** The buyer of the fixtures: Freshippo. */
export const BUYER: Party = {
  name: 'Freshippo (Hema) Network Technology Co., Ltd.',
  address: '969 Wenyi West Road, Yuhang District\nHangzhou, Zhejiang\nChina',
  country: 'CN',
  tin: '91330110MA27XK1234',
};

/** The consignee of the fixtures: the receiving store. */
export const CONSIGNEE: Party = {
  name: 'Freshippo Shanghai Jing’an Store',
  address: '1601 Nanjing West Road, Jing’an District\nShanghai 200040\nChina',
  country: 'CN',
};

/** The importer of record of the fixtures. */
export const IMPORTER: Party = {
  name: 'Hema (Shanghai) Import & Export Co., Ltd.',
  address: '88 Jichang Road, Pudong New Area\nShanghai\nChina',
  country: 'CN',
  tin: '91310115MA1K4ABCDE',
};

/** Two SKUs of chili (whole dried: a plant product; oil: not) by EMS in two parcels: a CN22 and a CN23. */
export const CHILI_POSTAL_USD: DocumentSetSpec = {
  mode: 'postal',
  currency: 'USD',
  incoterm: 'DAP',
  namedPlace: 'Shanghai Pudong (PVG)',
  sdrRate: '1.3383',
  exporter: EXPORTER,
  lines: [
    { product: CHILI_WHOLE, unitPrice: '4.80' },
    { product: CHILI_OIL, unitPrice: '3.20' },
  ],
  packages: [
    { reference: 'PKG-1', tareG: 150, dimensionsCm: '25 × 20 × 10', contents: [{ sku: 'CHL-DW-250', quantity: 4 }] },
    {
      reference: 'PKG-2',
      tareG: 900,
      dimensionsCm: '60 × 40 × 30',
      contents: [
        { sku: 'CHL-DW-250', quantity: 24 },
        { sku: 'CHL-OIL-200', quantity: 30 },
      ],
    },
  ],
};

/** The same chili order by express courier: no postal declarations. */
export const CHILI_COURIER_USD: DocumentSetSpec = { ...CHILI_POSTAL_USD, mode: 'courier', incoterm: 'CPT' };

/** Green coffee as air cargo, priced in CNY: a phytosanitary request, FCA at the airport. */
export const GREEN_COFFEE_AIR_CARGO_CNY: DocumentSetSpec = {
  mode: 'air_cargo',
  currency: 'CNY',
  incoterm: 'FCA',
  namedPlace: 'Kigali International Airport (KGL)',
  sdrRate: '9.6125',
  exporter: EXPORTER,
  lines: [{ product: GREEN_COFFEE, unitPrice: '1350.00' }],
  packages: ['PKG-1', 'PKG-2', 'PKG-3'].map((reference) => ({
    reference,
    tareG: 800,
    dimensionsCm: '80 × 50 × 40',
    contents: [{ sku: 'CAF-GRN-30K', quantity: 2 }],
  })),
};

/** Roasted coffee (not a plant product) by courier, priced in RWF. */
export const ROASTED_COFFEE_COURIER_RWF: DocumentSetSpec = {
  mode: 'courier',
  currency: 'RWF',
  incoterm: 'CIP',
  namedPlace: 'Hangzhou Xiaoshan (HGH)',
  sdrRate: '1912.45',
  exporter: EXPORTER,
  lines: [{ product: ROASTED_COFFEE, unitPrice: '14500' }],
  packages: ['CTN-1', 'CTN-2'].map((reference) => ({
    reference,
    tareG: 1_200,
    dimensionsCm: '40 × 30 × 30',
    contents: [{ sku: 'CAF-RST-500', quantity: 20 }],
  })),
};

/** Roasted coffee by EMS in RWF: a small parcel on a CN22, a heavier one on a CN23. */
export const ROASTED_COFFEE_POSTAL_RWF: DocumentSetSpec = {
  ...ROASTED_COFFEE_COURIER_RWF,
  mode: 'postal',
  incoterm: 'DAP',
  namedPlace: 'Shanghai Pudong (PVG)',
  packages: [
    { reference: 'PKG-1', tareG: 300, dimensionsCm: '25 × 20 × 12', contents: [{ sku: 'CAF-RST-500', quantity: 3 }] },
    { reference: 'PKG-2', tareG: 600, dimensionsCm: '40 × 30 × 20', contents: [{ sku: 'CAF-RST-500', quantity: 12 }] },
  ],
};

/** One Cup of Excellence sample by EMS: 1.25 kg gross but worth over 300 SDR, so a CN23. */
export const COE_SAMPLE_POSTAL_USD: DocumentSetSpec = {
  ...CHILI_POSTAL_USD,
  lines: [{ product: GREEN_COFFEE_COE_SAMPLE, unitPrice: '450.00' }],
  packages: [
    {
      reference: 'PKG-1',
      tareG: 250,
      dimensionsCm: '20 × 15 × 10',
      contents: [{ sku: 'CAF-GRN-COE-1K', quantity: 1 }],
    },
  ],
};
