/**
 * Test support: the papers of a shipment built the way the document builder must build them, all
 * derived from the same lines and packages, so a set built here is consistent by construction and
 * a spec can break exactly one thing in it. Not exported from the library.
 */

import { formatKg } from '../../measure';
import { Money, valueInSdr } from '../../money';
import { PRODUCT_FORMS, type ProductForm } from '../../product';
import type { ShipmentMode } from '../../shipment';
import { cn22Applies } from '../postal-form';
import type {
  CertificateOfOriginData,
  CommercialInvoiceData,
  ConsistencyContext,
  DocumentCurrency,
  DocumentSet,
  ExportDeclarationData,
  ExporterParty,
  PackingListData,
  Party,
  PhytosanitaryRequestData,
  PostalDeclarationData,
} from '../document-data';

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

const BUYER: Party = {
  name: 'Freshippo (Hema) Network Technology Co., Ltd.',
  address: '969 Wenyi West Road, Yuhang District\nHangzhou, Zhejiang\nChina',
  country: 'CN',
  tin: '91330110MA27XK1234',
};

const CONSIGNEE: Party = {
  name: 'Freshippo Shanghai Jing’an Store',
  address: '1601 Nanjing West Road, Jing’an District\nShanghai 200040\nChina',
  country: 'CN',
};

const IMPORTER: Party = {
  name: 'Hema (Shanghai) Import & Export Co., Ltd.',
  address: '88 Jichang Road, Pudong New Area\nShanghai\nChina',
  country: 'CN',
  tin: '91310115MA1K4ABCDE',
};

const MODE_NAMES: Record<ShipmentMode, string> = {
  postal: 'Post (EMS)',
  courier: 'Express courier',
  air_cargo: 'Air cargo',
};

const REFERENCES = {
  issueDate: '2026-03-02',
  shipmentId: '0f6e2a4c-9b1d-4c3e-8a57-2d9f0b6c1e42',
  purchaseOrderId: '7c1d9e20-4a6b-4f1e-9d3c-5b8a2e7f6d10',
  buyerReference: 'HEMA-PO-2026-0412',
};

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The papers of one shipment and what the consistency engine knows besides them. */
export function buildDocumentSet(spec: DocumentSetSpec): { set: DocumentSet; context: ConsistencyContext } {
  const currency = spec.currency;
  const product = new Map(spec.lines.map((l) => [l.product.sku, l.product]));
  const price = new Map(spec.lines.map((l) => [l.product.sku, Money.parse(l.unitPrice, currency)]));
  const isPlant = (sku: string) => product.get(sku)!.plantProduct ?? PRODUCT_FORMS[product.get(sku)!.form].plantProduct;

  const quantity = new Map<string, number>();
  for (const pkg of spec.packages) {
    for (const c of pkg.contents) quantity.set(c.sku, (quantity.get(c.sku) ?? 0) + c.quantity);
  }
  const shipped = spec.lines
    .filter((l) => (quantity.get(l.product.sku) ?? 0) > 0)
    .map((l) => ({ product: l.product, quantity: quantity.get(l.product.sku)!, unitPrice: price.get(l.product.sku)! }));

  const packages = spec.packages.map((p) => {
    const netG = p.contents.reduce((sum, c) => sum + product.get(c.sku)!.unitNetG * c.quantity, 0);
    return { ...p, netG, grossG: netG + p.tareG };
  });
  // A package's gross weight shared among its SKUs in proportion to their net weight, the last
  // taking the remainder, so per-line gross weights add up to the packing list's exactly.
  const grossBySku = new Map<string, number>();
  for (const pkg of packages) {
    let given = 0;
    pkg.contents.forEach((c, i) => {
      const net = product.get(c.sku)!.unitNetG * c.quantity;
      const share =
        i === pkg.contents.length - 1 ? pkg.grossG - given : Math.floor((pkg.grossG * net) / Math.max(pkg.netG, 1));
      given += share;
      grossBySku.set(c.sku, (grossBySku.get(c.sku) ?? 0) + share);
    });
  }

  const lines = shipped.map((s) => ({
    sku: s.product.sku,
    descriptionEn: s.product.descriptionEn,
    descriptionZh: s.product.descriptionZh,
    hsCode: s.product.hsCode,
    quantity: s.quantity,
    value: s.unitPrice.times(s.quantity),
    netG: s.product.unitNetG * s.quantity,
    grossG: grossBySku.get(s.product.sku)!,
    lotNumber: s.product.lotNumber,
    originCountry: 'RW' as const,
  }));
  const total = Money.sum(
    lines.map((l) => l.value),
    currency,
  );
  const netG = lines.reduce((sum, l) => sum + l.netG, 0);
  const grossG = packages.reduce((sum, p) => sum + p.grossG, 0);
  const modeOfTransport = MODE_NAMES[spec.mode];
  const numbers = {
    invoice: 'INV-2D9F0B6C1E42-V1',
    packingList: 'PL-2D9F0B6C1E42-V1',
    certificateOfOrigin: 'CO-2D9F0B6C1E42-V1',
    phytosanitary: 'PHY-2D9F0B6C1E42-V1',
    exportDeclaration: 'EXD-2D9F0B6C1E42-V1',
  };
  const plantLines = lines.filter((l) => isPlant(l.sku));
  const plantPackages = packages.filter((p) => p.contents.some((c) => isPlant(c.sku)));

  const invoice: CommercialInvoiceData = {
    documentNumber: numbers.invoice,
    issueDate: REFERENCES.issueDate,
    seller: copy(spec.exporter),
    buyer: copy(BUYER),
    consignee: copy(CONSIGNEE),
    importerOfRecord: copy(IMPORTER),
    buyerReference: REFERENCES.buyerReference,
    purchaseOrderId: REFERENCES.purchaseOrderId,
    shipmentId: REFERENCES.shipmentId,
    currency,
    incoterm: spec.incoterm,
    namedPlace: spec.namedPlace,
    mode: spec.mode,
    modeOfTransport,
    lines: lines.map((l) => ({
      sku: l.sku,
      descriptionEn: l.descriptionEn,
      descriptionZh: l.descriptionZh,
      hsCode: l.hsCode,
      quantity: l.quantity,
      unitPrice: price.get(l.sku)!.toAmountString(),
      lineTotal: l.value.toAmountString(),
      netWeightKg: formatKg(l.netG),
      grossWeightKg: formatKg(l.grossG),
      lotNumber: l.lotNumber,
      originCountry: 'RW',
    })),
    total: total.toAmountString(),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: packages.length,
    declaration:
      'We declare that the information on this invoice is true and correct, and that the goods are of Rwandan origin.',
  };

  const packingList: PackingListData = {
    documentNumber: numbers.packingList,
    issueDate: REFERENCES.issueDate,
    seller: copy(spec.exporter),
    consignee: copy(CONSIGNEE),
    buyerReference: REFERENCES.buyerReference,
    shipmentId: REFERENCES.shipmentId,
    purchaseOrderId: REFERENCES.purchaseOrderId,
    incoterm: spec.incoterm,
    namedPlace: spec.namedPlace,
    modeOfTransport,
    packages: packages.map((p) => ({
      reference: p.reference,
      grossWeightKg: formatKg(p.grossG),
      netWeightKg: formatKg(p.netG),
      dimensionsCm: p.dimensionsCm,
      contents: p.contents.map((c) => ({
        sku: c.sku,
        descriptionEn: product.get(c.sku)!.descriptionEn,
        descriptionZh: product.get(c.sku)!.descriptionZh,
        quantity: c.quantity,
        lotNumber: product.get(c.sku)!.lotNumber,
      })),
    })),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: packages.length,
  };

  const references = (documentNumber: string) => ({ documentNumber, ...REFERENCES });

  const certificateOfOrigin: CertificateOfOriginData = {
    ...references(numbers.certificateOfOrigin),
    exporter: copy(spec.exporter),
    consignee: copy(CONSIGNEE),
    importerOfRecord: copy(IMPORTER),
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    preference: 'Zero tariff for least-developed countries, People’s Republic of China (from 1 December 2024)',
    issuingAuthority: 'Rwanda Revenue Authority, through the Rwanda Electronic Single Window (ReSW)',
    mode: spec.mode,
    modeOfTransport,
    departure: 'Kigali International Airport (KGL)',
    destination: 'Shanghai Pudong (PVG)',
    invoiceNumber: numbers.invoice,
    invoiceDate: REFERENCES.issueDate,
    currency,
    lines: lines.map((l, i) => {
      const originCriterion = PRODUCT_FORMS[product.get(l.sku)!.form].originCriterion;
      return {
        itemNumber: i + 1,
        sku: l.sku,
        descriptionEn: l.descriptionEn,
        descriptionZh: l.descriptionZh,
        hsCode: l.hsCode,
        quantity: l.quantity,
        netWeightKg: formatKg(l.netG),
        grossWeightKg: formatKg(l.grossG),
        value: l.value.toAmountString(),
        lotNumber: l.lotNumber,
        originCountry: 'RW',
        originCriterion,
        originCriterionText:
          originCriterion === 'wholly_obtained'
            ? 'WO — wholly obtained in Rwanda'
            : 'PSR — product-specific rule of its HS heading (processed in Rwanda)',
      };
    }),
    totalValue: total.toAmountString(),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: packages.length,
    declaration: 'The undersigned declares that the goods described above were produced in Rwanda.',
  };

  const phytosanitaryRequest: PhytosanitaryRequestData | null =
    plantLines.length === 0
      ? null
      : {
          ...references(numbers.phytosanitary),
          exporter: copy(spec.exporter),
          consignee: copy(CONSIGNEE),
          inspectingAuthority: 'National Agricultural Export Development Board (NAEB), plant health inspection',
          countryOfOrigin: 'RW',
          countryOfDestination: 'CN',
          pointOfExit: 'KGL',
          pointOfEntry: 'PVG',
          mode: spec.mode,
          meansOfConveyance: modeOfTransport,
          distinguishingMarks: plantPackages.map((p) => p.reference),
          lines: plantLines.map((l, i) => ({
            itemNumber: i + 1,
            sku: l.sku,
            descriptionEn: l.descriptionEn,
            descriptionZh: l.descriptionZh,
            botanicalName: product.get(l.sku)!.botanicalName,
            productForm: product.get(l.sku)!.form,
            hsCode: l.hsCode,
            quantity: l.quantity,
            packaging: product.get(l.sku)!.packaging,
            netWeightKg: formatKg(l.netG),
            lotNumber: l.lotNumber,
            originCountry: 'RW',
          })),
          totalNetWeightKg: formatKg(plantLines.reduce((sum, l) => sum + l.netG, 0)),
          packageCount: plantPackages.length,
          purpose: 'Consumption (food)',
        };

  const exportDeclaration: ExportDeclarationData = {
    ...references(numbers.exportDeclaration),
    exporter: copy(spec.exporter),
    consignee: copy(CONSIGNEE),
    importerOfRecord: copy(IMPORTER),
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    officeOfExit: 'KGL',
    officeOfExitName: 'Kigali International Airport (KGL)',
    mode: spec.mode,
    modeOfTransport,
    incoterm: spec.incoterm,
    namedPlace: spec.namedPlace,
    currency,
    invoiceNumber: numbers.invoice,
    items: lines.map((l, i) => ({
      itemNumber: i + 1,
      sku: l.sku,
      descriptionEn: l.descriptionEn,
      descriptionZh: l.descriptionZh,
      hsCode: l.hsCode,
      quantity: l.quantity,
      netWeightKg: formatKg(l.netG),
      grossWeightKg: formatKg(l.grossG),
      value: l.value.toAmountString(),
      originCountry: 'RW',
    })),
    totalValue: total.toAmountString(),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: packages.length,
    supportingDocuments: [
      { type: 'commercial_invoice', number: numbers.invoice },
      { type: 'packing_list', number: numbers.packingList },
      { type: 'certificate_of_origin', number: numbers.certificateOfOrigin },
      ...(phytosanitaryRequest ? [{ type: 'phytosanitary_request' as const, number: numbers.phytosanitary }] : []),
    ],
  };

  const postalDeclarations: PostalDeclarationData[] =
    spec.mode !== 'postal'
      ? []
      : packages.map((p) => {
          const items = p.contents.map((c) => {
            const item = product.get(c.sku)!;
            return {
              sku: c.sku,
              descriptionEn: item.descriptionEn,
              descriptionZh: item.descriptionZh,
              quantity: c.quantity,
              netWeightKg: formatKg(item.unitNetG * c.quantity),
              value: price.get(c.sku)!.times(c.quantity),
              hsCode: item.hsCode,
              originCountry: 'RW' as const,
            };
          });
          const value = Money.sum(
            items.map((i) => i.value),
            currency,
          ).toAmountString();
          const sdr = valueInSdr(value, currency, spec.sdrRate);
          const grossWeightKg = formatKg(p.grossG);
          return {
            ...references(`CN-${p.reference}-2D9F0B6C1E42-V1`),
            form: cn22Applies({ grossWeightKg, valueInSdr: sdr }, CN22_LIMITS) ? 'CN22' : 'CN23',
            packageReference: p.reference,
            sender: copy(spec.exporter),
            addressee: copy(CONSIGNEE),
            importerOfRecord: copy(IMPORTER),
            category: 'sale_of_goods',
            items: items.map((i) => ({ ...i, value: i.value.toAmountString() })),
            grossWeightKg,
            totalNetWeightKg: formatKg(p.netG),
            totalValue: value,
            currency,
            valueInSdr: sdr,
            sdrRate: spec.sdrRate,
            invoiceNumber: numbers.invoice,
            certificateNumbers: [
              numbers.certificateOfOrigin,
              ...(p.contents.some((c) => isPlant(c.sku)) ? [numbers.phytosanitary] : []),
            ],
          };
        });

  const context: ConsistencyContext = {
    mode: spec.mode,
    incoterm: spec.incoterm,
    shippedLines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity, lotNumber: l.lotNumber })),
    products: Object.fromEntries(
      spec.lines.map((l) => [
        l.product.sku,
        { form: l.product.form, plantProduct: PRODUCT_FORMS[l.product.form].plantProduct, food: l.product.food },
      ]),
    ),
    cn22: { ...CN22_LIMITS },
  };

  return {
    set: { invoice, packingList, certificateOfOrigin, phytosanitaryRequest, exportDeclaration, postalDeclarations },
    context,
  };
}

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
