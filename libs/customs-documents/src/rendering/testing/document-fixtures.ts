import { CORRIDOR_FACTS, ORIGIN_CRITERION_TEXT } from '@corridor/domain';
import type {
  CertificateOfOriginData,
  CommercialInvoiceData,
  DocumentReferences,
  ExportDeclarationData,
  ExporterParty,
  PackingListData,
  Party,
  PhytosanitaryRequestData,
  PostalDeclarationData,
  ShippingLabelData,
} from '../document-data';

/**
 * Realistic document data for the renderer specs: a postal chili shipment (whole dried chili
 * and chili oil, in USD) and an air-cargo coffee shipment (green arabica, in CNY), whose papers
 * agree with each other as the consistency engine requires, and a small postal coffee item
 * for a CN 22. Every builder returns a fresh object, so a spec may change what it gets.
 */

export const CHILI = {
  driedZh: '干辣椒（整）5公斤',
  oilZh: '辣椒油 250毫升',
  tin: '102345678',
  rdbNumber: '100876543',
  naebCode: 'NAEB-EXP-0417',
  gacc: 'CRWA0904202201',
  shipmentId: '0193a1f9-1b2c-7e33-8f41-6c0d2a7b9e12',
  buyerReference: 'FRESHIPPO-PO-2026-000123',
} as const;

export const COFFEE = {
  greenZh: '卢旺达阿拉比卡生咖啡豆（水洗）60公斤',
  roastedZh: '卢旺达阿拉比卡烘焙咖啡豆 500克',
  tin: '103456789',
  rdbNumber: '103456789',
  naebCode: 'NAEB-CF-0233',
  gacc: 'CRWA0901202305',
  shipmentId: '0193a2c4-5d6e-7f80-9a1b-2c3d4e5f6a70',
  buyerReference: 'FRESHIPPO-PO-2026-000187',
} as const;

export const IMPORTER_NAME = 'Hema Fresh Import (Shanghai) Co., Ltd.';

const ISSUE_DATE = '2026-11-28';

export function chiliExporter(): ExporterParty {
  return {
    name: 'Gashora Chili Growers Cooperative',
    address: 'Gashora Sector, Ramiro Cell\nBugesera District, Eastern Province',
    country: 'RW',
    tin: CHILI.tin,
    rdbNumber: CHILI.rdbNumber,
    naebCode: CHILI.naebCode,
    gaccRegistrationNumber: CHILI.gacc,
    registrations: [
      { label: 'GACC registration', number: CHILI.gacc },
      { label: 'NAEB exporter code', number: CHILI.naebCode },
      { label: 'Organic certificate', number: 'RW-BIO-140-2026-0031' },
    ],
  };
}

export function coffeeExporter(): ExporterParty {
  return {
    name: 'Nyamasheke Highlands Coffee Cooperative',
    address: 'Kagano Sector, Washing station Gisakura\nNyamasheke District, Western Province',
    country: 'RW',
    tin: COFFEE.tin,
    rdbNumber: COFFEE.rdbNumber,
    naebCode: COFFEE.naebCode,
    gaccRegistrationNumber: COFFEE.gacc,
    registrations: [{ label: 'GACC registration', number: COFFEE.gacc }],
  };
}

export function buyer(): Party {
  return { name: 'Freshippo (Hema) Shanghai', address: '1 Hema Road, Pudong New Area\nShanghai 200120', country: 'CN' };
}

export function consignee(): Party {
  return {
    name: 'Freshippo store FS-SHA-001',
    address: '88 Zhangyang Road, Pudong New Area\nShanghai 200122\n上海市浦东新区张杨路88号',
    country: 'CN',
  };
}

export function importerOfRecord(): Party {
  return {
    name: IMPORTER_NAME,
    address: '盒马鲜生进口（上海）有限公司\n1 Hema Road, Pudong New Area\nShanghai 200120',
    country: 'CN',
    registrations: [{ label: 'China customs code', number: '3122960A7K' }],
  };
}

function chiliRefs(prefix: string): DocumentReferences {
  return {
    documentNumber: `${prefix}-2C0D2A7B9E12-V1`,
    issueDate: ISSUE_DATE,
    shipmentId: CHILI.shipmentId,
    purchaseOrderId: '0193a1f2-7c4e-7d10-9a55-2b7f1c9e4d01',
    buyerReference: CHILI.buyerReference,
  };
}

function coffeeRefs(prefix: string): DocumentReferences {
  return {
    documentNumber: `${prefix}-2C3D4E5F6A70-V1`,
    issueDate: ISSUE_DATE,
    shipmentId: COFFEE.shipmentId,
    purchaseOrderId: '0193a2bf-0a1b-7c2d-8e3f-4a5b6c7d8e9f',
    buyerReference: COFFEE.buyerReference,
  };
}

const CHILI_DRIED = {
  sku: 'GSH-CHILI-DW-5KG',
  descriptionEn: "Dried bird's eye chili, whole, 5 kg bag",
  descriptionZh: CHILI.driedZh,
  hsCode: '090421',
  lotNumber: 'GSH-2026-11-L07',
  originCountry: 'RW',
} as const;

const CHILI_OIL = {
  sku: 'GSH-CHILI-OIL-250',
  descriptionEn: 'Chili oil, 250 ml bottle',
  descriptionZh: CHILI.oilZh,
  hsCode: '210390',
  lotNumber: 'GSH-2026-11-O02',
  originCountry: 'RW',
} as const;

const COFFEE_GREEN = {
  sku: 'NYH-COF-GB-60KG',
  descriptionEn: 'Green arabica coffee, red Bourbon, fully washed, screen 15+, 60 kg sack',
  descriptionZh: COFFEE.greenZh,
  hsCode: '090111',
  lotNumber: 'NYH-2026-WS03-L12',
  originCountry: 'RW',
} as const;

const INVOICE_DECLARATION =
  'We declare that the information on this invoice is true and correct and that the goods described are of Rwandan origin.';

/** Postal chili: 4 bags of whole dried chili (PKG-1) and 12 bottles of chili oil (PKG-2), in USD. */
export function chiliInvoice(): CommercialInvoiceData {
  const refs = chiliRefs('CI');
  return {
    documentNumber: refs.documentNumber,
    issueDate: refs.issueDate,
    seller: chiliExporter(),
    buyer: buyer(),
    consignee: consignee(),
    importerOfRecord: importerOfRecord(),
    buyerReference: refs.buyerReference,
    purchaseOrderId: refs.purchaseOrderId,
    shipmentId: refs.shipmentId,
    currency: 'USD',
    incoterm: 'CPT',
    namedPlace: 'Shanghai Pudong (PVG)',
    mode: 'postal',
    modeOfTransport: 'Post (EMS)',
    lines: [
      {
        ...CHILI_DRIED,
        quantity: 4,
        unitPrice: '23.50',
        lineTotal: '94.00',
        netWeightKg: '20.000',
        grossWeightKg: '20.800',
      },
      {
        ...CHILI_OIL,
        quantity: 12,
        unitPrice: '3.80',
        lineTotal: '45.60',
        netWeightKg: '3.000',
        grossWeightKg: '4.800',
      },
    ],
    total: '139.60',
    totalNetWeightKg: '23.000',
    totalGrossWeightKg: '25.600',
    packageCount: 2,
    declaration: INVOICE_DECLARATION,
  };
}

/** Air-cargo coffee: 5 sacks of green arabica, in CNY. */
export function coffeeInvoice(): CommercialInvoiceData {
  const refs = coffeeRefs('CI');
  return {
    documentNumber: refs.documentNumber,
    issueDate: refs.issueDate,
    seller: coffeeExporter(),
    buyer: buyer(),
    consignee: consignee(),
    importerOfRecord: importerOfRecord(),
    buyerReference: refs.buyerReference,
    purchaseOrderId: refs.purchaseOrderId,
    shipmentId: refs.shipmentId,
    currency: 'CNY',
    incoterm: 'FCA',
    namedPlace: 'Kigali International Airport (KGL)',
    mode: 'air_cargo',
    modeOfTransport: 'Air cargo',
    lines: [
      {
        ...COFFEE_GREEN,
        quantity: 5,
        unitPrice: '2880.00',
        lineTotal: '14400.00',
        netWeightKg: '300.000',
        grossWeightKg: '303.500',
      },
    ],
    total: '14400.00',
    totalNetWeightKg: '300.000',
    totalGrossWeightKg: '303.500',
    packageCount: 5,
    declaration: INVOICE_DECLARATION,
  };
}

export function chiliPackingList(): PackingListData {
  const refs = chiliRefs('PL');
  return {
    documentNumber: refs.documentNumber,
    issueDate: refs.issueDate,
    seller: chiliExporter(),
    consignee: consignee(),
    buyerReference: refs.buyerReference,
    shipmentId: refs.shipmentId,
    purchaseOrderId: refs.purchaseOrderId,
    incoterm: 'CPT',
    namedPlace: 'Shanghai Pudong (PVG)',
    modeOfTransport: 'Post (EMS)',
    packages: [
      {
        reference: 'PKG-1',
        grossWeightKg: '20.800',
        netWeightKg: '20.000',
        dimensionsCm: '60 × 40 × 30',
        contents: [
          {
            sku: CHILI_DRIED.sku,
            descriptionEn: CHILI_DRIED.descriptionEn,
            descriptionZh: CHILI_DRIED.descriptionZh,
            quantity: 4,
            lotNumber: CHILI_DRIED.lotNumber,
          },
        ],
      },
      {
        reference: 'PKG-2',
        grossWeightKg: '4.800',
        netWeightKg: '3.000',
        dimensionsCm: '40 × 30 × 20',
        contents: [
          {
            sku: CHILI_OIL.sku,
            descriptionEn: CHILI_OIL.descriptionEn,
            descriptionZh: CHILI_OIL.descriptionZh,
            quantity: 12,
            lotNumber: CHILI_OIL.lotNumber,
          },
        ],
      },
    ],
    totalNetWeightKg: '23.000',
    totalGrossWeightKg: '25.600',
    packageCount: 2,
  };
}

/** The label of the chili shipment's first parcel. */
export function chiliLabel(): ShippingLabelData {
  return {
    trackingNumber: 'EE123456789RW',
    carrier: 'iposita-ems',
    carrierName: 'Iposita EMS',
    serviceName: 'EMS parcel',
    packageReference: 'PKG-1',
    packageIndex: 1,
    packageCount: 2,
    grossWeightKg: '20.800',
    dimensionsCm: '60 × 40 × 30',
    sender: chiliExporter(),
    recipient: {
      ...consignee(),
      address: '88 Zhangyang Road, Pudong New Area\nShanghai 200122',
      nameZh: '盒马鲜生上海张杨路店',
      addressZh: '上海市浦东新区张杨路88号',
    },
    destinationAirport: 'PVG',
    buyerReference: CHILI.buyerReference,
    shipmentId: CHILI.shipmentId,
    contents: [
      {
        descriptionEn: CHILI_DRIED.descriptionEn,
        descriptionZh: CHILI_DRIED.descriptionZh,
        quantity: 4,
        lotNumber: CHILI_DRIED.lotNumber,
      },
    ],
    gaccRegistrationNumber: CHILI.gacc,
    issueDate: ISSUE_DATE,
  };
}

const CO_DECLARATION =
  'The undersigned declares that the goods described above were produced in Rwanda and comply with the origin requirements for the preference claimed.';

export function chiliCertificateOfOrigin(): CertificateOfOriginData {
  return {
    ...chiliRefs('CO'),
    exporter: chiliExporter(),
    consignee: consignee(),
    importerOfRecord: importerOfRecord(),
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    preference: CORRIDOR_FACTS.preference,
    issuingAuthority: CORRIDOR_FACTS.agencies.certificateOfOrigin,
    mode: 'postal',
    modeOfTransport: 'Post (EMS)',
    departure: CORRIDOR_FACTS.departure.name,
    destination: 'Shanghai Pudong (PVG)',
    invoiceNumber: chiliInvoice().documentNumber,
    invoiceDate: ISSUE_DATE,
    currency: 'USD',
    lines: [
      {
        ...CHILI_DRIED,
        itemNumber: 1,
        quantity: 4,
        netWeightKg: '20.000',
        grossWeightKg: '20.800',
        value: '94.00',
        originCriterion: 'wholly_obtained',
        originCriterionText: ORIGIN_CRITERION_TEXT.wholly_obtained,
      },
      {
        ...CHILI_OIL,
        itemNumber: 2,
        quantity: 12,
        netWeightKg: '3.000',
        grossWeightKg: '4.800',
        value: '45.60',
        originCriterion: 'product_specific_rule',
        originCriterionText: ORIGIN_CRITERION_TEXT.product_specific_rule,
      },
    ],
    totalValue: '139.60',
    totalNetWeightKg: '23.000',
    totalGrossWeightKg: '25.600',
    packageCount: 2,
    declaration: CO_DECLARATION,
  };
}

export function coffeeCertificateOfOrigin(): CertificateOfOriginData {
  return {
    ...coffeeRefs('CO'),
    exporter: coffeeExporter(),
    consignee: consignee(),
    importerOfRecord: importerOfRecord(),
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    preference: CORRIDOR_FACTS.preference,
    issuingAuthority: CORRIDOR_FACTS.agencies.certificateOfOrigin,
    mode: 'air_cargo',
    modeOfTransport: 'Air cargo',
    departure: CORRIDOR_FACTS.departure.name,
    destination: 'Shanghai Pudong (PVG)',
    invoiceNumber: coffeeInvoice().documentNumber,
    invoiceDate: ISSUE_DATE,
    currency: 'CNY',
    lines: [
      {
        ...COFFEE_GREEN,
        itemNumber: 1,
        quantity: 5,
        netWeightKg: '300.000',
        grossWeightKg: '303.500',
        value: '14400.00',
        originCriterion: 'wholly_obtained',
        originCriterionText: ORIGIN_CRITERION_TEXT.wholly_obtained,
      },
    ],
    totalValue: '14400.00',
    totalNetWeightKg: '300.000',
    totalGrossWeightKg: '303.500',
    packageCount: 5,
    declaration: CO_DECLARATION,
  };
}

/** Only the whole dried chili: chili oil is a processed food and needs no phytosanitary certificate. */
export function chiliPhytosanitaryRequest(): PhytosanitaryRequestData {
  return {
    ...chiliRefs('PH'),
    exporter: chiliExporter(),
    consignee: consignee(),
    inspectingAuthority: CORRIDOR_FACTS.agencies.phytosanitary,
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    pointOfExit: CORRIDOR_FACTS.departure.code,
    pointOfEntry: 'PVG',
    mode: 'postal',
    meansOfConveyance: 'Post (EMS)',
    distinguishingMarks: ['PKG-1'],
    lines: [
      {
        ...CHILI_DRIED,
        itemNumber: 1,
        botanicalName: 'Capsicum frutescens',
        productForm: 'dried_whole',
        quantity: 4,
        packaging: 'bag',
        netWeightKg: '20.000',
      },
    ],
    totalNetWeightKg: '20.000',
    packageCount: 1,
    purpose: 'Human consumption',
  };
}

export function coffeePhytosanitaryRequest(): PhytosanitaryRequestData {
  return {
    ...coffeeRefs('PH'),
    exporter: coffeeExporter(),
    consignee: consignee(),
    inspectingAuthority: CORRIDOR_FACTS.agencies.phytosanitary,
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    pointOfExit: CORRIDOR_FACTS.departure.code,
    pointOfEntry: 'PVG',
    mode: 'air_cargo',
    meansOfConveyance: 'Air cargo',
    distinguishingMarks: ['PKG-1', 'PKG-2', 'PKG-3', 'PKG-4', 'PKG-5'],
    lines: [
      {
        ...COFFEE_GREEN,
        itemNumber: 1,
        botanicalName: 'Coffea arabica',
        productForm: 'green_beans',
        quantity: 5,
        packaging: 'sack',
        netWeightKg: '300.000',
      },
    ],
    totalNetWeightKg: '300.000',
    packageCount: 5,
    purpose: 'Human consumption',
  };
}

export function chiliExportDeclaration(): ExportDeclarationData {
  return {
    ...chiliRefs('ED'),
    exporter: chiliExporter(),
    consignee: consignee(),
    importerOfRecord: importerOfRecord(),
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    officeOfExit: CORRIDOR_FACTS.departure.code,
    officeOfExitName: CORRIDOR_FACTS.departure.name,
    mode: 'postal',
    modeOfTransport: 'Post (EMS)',
    incoterm: 'CPT',
    namedPlace: 'Shanghai Pudong (PVG)',
    currency: 'USD',
    invoiceNumber: chiliInvoice().documentNumber,
    items: [
      {
        ...CHILI_DRIED,
        itemNumber: 1,
        quantity: 4,
        netWeightKg: '20.000',
        grossWeightKg: '20.800',
        value: '94.00',
      },
      {
        ...CHILI_OIL,
        itemNumber: 2,
        quantity: 12,
        netWeightKg: '3.000',
        grossWeightKg: '4.800',
        value: '45.60',
      },
    ],
    totalValue: '139.60',
    totalNetWeightKg: '23.000',
    totalGrossWeightKg: '25.600',
    packageCount: 2,
    supportingDocuments: [
      { type: 'commercial_invoice', number: chiliInvoice().documentNumber },
      { type: 'packing_list', number: chiliPackingList().documentNumber },
      { type: 'certificate_of_origin', number: chiliCertificateOfOrigin().documentNumber },
      { type: 'phytosanitary_request', number: chiliPhytosanitaryRequest().documentNumber },
    ],
  };
}

export function coffeeExportDeclaration(): ExportDeclarationData {
  return {
    ...coffeeRefs('ED'),
    exporter: coffeeExporter(),
    consignee: consignee(),
    importerOfRecord: importerOfRecord(),
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    officeOfExit: CORRIDOR_FACTS.departure.code,
    officeOfExitName: CORRIDOR_FACTS.departure.name,
    mode: 'air_cargo',
    modeOfTransport: 'Air cargo',
    incoterm: 'FCA',
    namedPlace: 'Kigali International Airport (KGL)',
    currency: 'CNY',
    invoiceNumber: coffeeInvoice().documentNumber,
    items: [
      {
        ...COFFEE_GREEN,
        itemNumber: 1,
        quantity: 5,
        netWeightKg: '300.000',
        grossWeightKg: '303.500',
        value: '14400.00',
      },
    ],
    totalValue: '14400.00',
    totalNetWeightKg: '300.000',
    totalGrossWeightKg: '303.500',
    packageCount: 5,
    supportingDocuments: [
      { type: 'commercial_invoice', number: coffeeInvoice().documentNumber },
      { type: 'certificate_of_origin', number: coffeeCertificateOfOrigin().documentNumber },
    ],
  };
}

/** The chili shipment's first parcel, 20.8 kg: a CN 23. */
export function chiliCn23(): PostalDeclarationData {
  return {
    ...chiliRefs('CN23-PKG-1'),
    form: 'CN23',
    packageReference: 'PKG-1',
    sender: chiliExporter(),
    addressee: consignee(),
    importerOfRecord: importerOfRecord(),
    category: 'sale_of_goods',
    items: [
      {
        sku: CHILI_DRIED.sku,
        descriptionEn: CHILI_DRIED.descriptionEn,
        descriptionZh: CHILI_DRIED.descriptionZh,
        quantity: 4,
        netWeightKg: '20.000',
        value: '94.00',
        hsCode: CHILI_DRIED.hsCode,
        originCountry: 'RW',
      },
    ],
    grossWeightKg: '20.800',
    totalNetWeightKg: '20.000',
    totalValue: '94.00',
    currency: 'USD',
    valueInSdr: '70.15',
    sdrRate: '1.3400',
    invoiceNumber: chiliInvoice().documentNumber,
    certificateNumbers: [chiliCertificateOfOrigin().documentNumber, chiliPhytosanitaryRequest().documentNumber],
  };
}

/** A small postal coffee item, two 500 g bags of roasted beans, 1.2 kg gross: a CN 22. */
export function coffeeCn22(): PostalDeclarationData {
  return {
    documentNumber: 'CN22-PKG-1-7A8B9C0D1E2F-V1',
    issueDate: ISSUE_DATE,
    shipmentId: '0193a3d5-6e7f-7a8b-9c0d-7a8b9c0d1e2f',
    purchaseOrderId: '0193a3d0-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
    buyerReference: 'FRESHIPPO-PO-2026-000204',
    form: 'CN22',
    packageReference: 'PKG-1',
    sender: coffeeExporter(),
    addressee: consignee(),
    importerOfRecord: importerOfRecord(),
    category: 'sale_of_goods',
    items: [
      {
        sku: 'NYH-COF-RB-500G',
        descriptionEn: 'Roasted arabica coffee beans, 500 g bag',
        descriptionZh: COFFEE.roastedZh,
        quantity: 2,
        netWeightKg: '1.000',
        value: '19.00',
        hsCode: '090121',
        originCountry: 'RW',
      },
    ],
    grossWeightKg: '1.200',
    totalNetWeightKg: '1.000',
    totalValue: '19.00',
    currency: 'USD',
    valueInSdr: '14.18',
    sdrRate: '1.3400',
    invoiceNumber: 'CI-7A8B9C0D1E2F-V1',
    certificateNumbers: ['CO-7A8B9C0D1E2F-V1'],
  };
}
