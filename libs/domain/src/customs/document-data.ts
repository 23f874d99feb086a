/**
 * The structured data a customs document is rendered from. It is what
 * `GET /v1/shipments/:id/documents/:docId` returns with `Accept: application/json`, so every
 * value is already in its contract form: amounts as amount strings with the currency's minor
 * digits ("23.50"), weights as kg strings with three decimals ("5.000"), dates as YYYY-MM-DD.
 * The renderers print these strings verbatim so the PDF and the JSON never disagree.
 */

import type { ShipmentDocumentType, ShipmentMode } from '../shipment';
import type { ProductForm } from '../product';

/** The currencies a document may be issued in: those Corridor invoices in. */
export type DocumentCurrency = 'USD' | 'CNY' | 'RWF';

/** A party named on a document: seller/exporter, buyer or consignee. */
export interface Party {
  /** The legal or store name, as printed. */
  name: string;
  /** Postal address; line breaks ("\n") are kept. */
  address: string;
  /** ISO 3166 alpha-2: a party is in Rwanda or in China. */
  country: 'RW' | 'CN';
  /** Tax identification number (Rwanda: nine digits). */
  tin?: string;
  /** Further registrations, e.g. `{ label: 'GACC registration', number: 'CRWA…' }`. */
  registrations?: { label: string; number: string }[];
}

/**
 * The Rwandan exporter, with every registration Chinese and Rwandan customs look for. The same
 * numbers are also listed in `registrations` (label and number) for printing.
 */
export interface ExporterParty extends Party {
  /** The exporter is always in Rwanda. */
  country: 'RW';
  /** The exporter's Rwandan TIN (nine digits), required here. */
  tin: string;
  /** Rwanda Development Board company registration. */
  rdbNumber: string;
  /** NAEB exporter code; null when none is on file. */
  naebCode: string | null;
  /** China GACC (Decree 248) overseas producer registration; null when none is on file. */
  gaccRegistrationNumber: string | null;
}

/** What every document of a shipment says about which shipment it is. */
export interface DocumentReferences {
  /** The paper's number: its type's prefix, the end of the shipment id and the version (`…-V2`). */
  documentNumber: string;
  /** YYYY-MM-DD; also the PDF's creation date, which keeps the bytes reproducible. */
  issueDate: string;
  /** The Corridor shipment the paper travels with (UUID). */
  shipmentId: string;
  /** The purchase order the goods were sold under (UUID). */
  purchaseOrderId: string;
  /** The buyer's own order reference, printed verbatim. */
  buyerReference: string;
}

/** One invoice line: a SKU from one lot. */
export interface DocumentLine {
  /** The product's SKU, as on the order line. */
  sku: string;
  /** The product name in English, as on the order line. */
  descriptionEn: string;
  /** The Chinese product name, as on the GB 7718 label; Chinese customs reads it. */
  descriptionZh: string;
  /** Digits only ("090421"); printed as "0904.21". */
  hsCode: string;
  /** Units of the SKU, a positive integer. */
  quantity: number;
  /** Price of one unit, amount string in the invoice currency ("23.50"). */
  unitPrice: string;
  /** Unit price × quantity, amount string in the invoice currency. */
  lineTotal: string;
  /** Net weight, kg with three decimals ("5.000"). */
  netWeightKg: string;
  /** Gross weight with packaging, kg with three decimals. */
  grossWeightKg: string;
  /** The supplier's production lot, as packed; the same lot on every paper. */
  lotNumber: string;
  /** Always Rwanda: Corridor only ships goods made there. */
  originCountry: 'RW';
}

/** The commercial invoice: the sale as the order agreed it, the reference of every other paper. */
export interface CommercialInvoiceData {
  /** The paper's number: its type's prefix, the end of the shipment id and the version (`…-V2`). */
  documentNumber: string;
  /** YYYY-MM-DD; also the PDF's creation date, which keeps the bytes reproducible. */
  issueDate: string;
  /** The Rwandan supplier selling the goods. */
  seller: ExporterParty;
  /** The ordering store, which buys. */
  buyer: Party;
  /** Who receives the goods in China: the ordering store. */
  consignee: Party;
  /** Freshippo's importing entity, which clears the goods in China (configuration). */
  importerOfRecord: Party;
  /** The buyer's own order reference, printed verbatim. */
  buyerReference: string;
  /** The purchase order the goods were sold under (UUID). */
  purchaseOrderId: string;
  /** The Corridor shipment the paper travels with (UUID). */
  shipmentId: string;
  /** The order's currency; every amount on the invoice is in it. */
  currency: 'USD' | 'CNY' | 'RWF';
  /** Incoterms 2020 rule, e.g. "CPT". */
  incoterm: string;
  /** The rule's named place, e.g. "Shanghai Pudong (PVG)". */
  namedPlace: string;
  /** The shipment mode, which decides the carrier and the papers required. */
  mode: ShipmentMode;
  /** The mode as printed, e.g. "Post (EMS)". */
  modeOfTransport: string;
  /** One per shipment line (a SKU from one lot), priced at the order's unit prices. */
  lines: DocumentLine[];
  /** Sum of the line totals, amount string in the invoice currency. */
  total: string;
  /** Sum of the net weights, kg with three decimals. */
  totalNetWeightKg: string;
  /** Sum of the gross weights, kg with three decimals. */
  totalGrossWeightKg: string;
  /** How many packages the shipment travels in. */
  packageCount: number;
  /** The exporter's declaration printed above the signature line. */
  declaration: string;
}

/** One item packed in a package. */
export interface PackedItem {
  /** The product's SKU, as on the order line. */
  sku: string;
  /** The product name in English, as on the order line. */
  descriptionEn: string;
  /** The Chinese product name, as on the GB 7718 label; Chinese customs reads it. */
  descriptionZh: string;
  /** Units of the SKU in this package. */
  quantity: number;
  /** The supplier's production lot, as packed; the same lot on every paper. */
  lotNumber: string;
}

/** One parcel on the packing list: its weights as weighed, its dimensions and its contents. */
export interface PackedPackage {
  /** The package's reference, as marked on the parcel (e.g. "PKG-1"). */
  reference: string;
  /** The parcel as weighed, kg with three decimals. */
  grossWeightKg: string;
  /** Its contents' net weight from the product register, kg with three decimals. */
  netWeightKg: string;
  /** Length × width × height in cm, e.g. "60 × 40 × 40". */
  dimensionsCm: string;
  /** What the package holds, by SKU and lot. */
  contents: PackedItem[];
}

/** The packing list: the parcels of the shipment as packed and weighed. */
export interface PackingListData {
  /** The paper's number: its type's prefix, the end of the shipment id and the version (`…-V2`). */
  documentNumber: string;
  /** YYYY-MM-DD; also the PDF's creation date, which keeps the bytes reproducible. */
  issueDate: string;
  /** The Rwandan supplier that packed the goods. */
  seller: ExporterParty;
  /** Who receives the goods in China: the ordering store. */
  consignee: Party;
  /** The buyer's own order reference, printed verbatim. */
  buyerReference: string;
  /** The Corridor shipment the paper travels with (UUID). */
  shipmentId: string;
  /**
   * The terms below are optional so a packing list can be rendered without them, but the
   * documents of a shipment must agree: pass the invoice's values when they are known.
   */
  purchaseOrderId?: string;
  /** Incoterms 2020 rule, e.g. "CPT". */
  incoterm?: string;
  /** The rule's named place, e.g. "Shanghai Pudong (PVG)". */
  namedPlace?: string;
  /** The mode as printed, e.g. "Post (EMS)". */
  modeOfTransport?: string;
  /** Every package of the shipment, in packing order. */
  packages: PackedPackage[];
  /** Sum of the net weights, kg with three decimals. */
  totalNetWeightKg: string;
  /** Sum of the gross weights, kg with three decimals. */
  totalGrossWeightKg: string;
  /** How many packages the shipment travels in. */
  packageCount: number;
}

/** One line of a shipping label's contents: what GB 7718 needs the label to name. */
export interface LabelContentsItem {
  /** The product name in English. */
  descriptionEn: string;
  /** The Chinese product name, as on the GB 7718 label. */
  descriptionZh: string;
  /** Units of this lot in the package. */
  quantity: number;
  /** The supplier's production lot, as packed; the same lot on every paper. */
  lotNumber: string;
}

/** A shipping label: one per package, printed 4 × 6 in for the carrier's handoff. */
export interface ShippingLabelData {
  /** The carrier's tracking number (A–Z, 0–9, 8–40 characters), printed as a Code 128 barcode. */
  trackingNumber: string;
  /** The carrier code: `iposita-ems`, `express` or `air-cargo`. */
  carrier: string;
  /** "Iposita EMS" */
  carrierName: string;
  /** "EMS parcel", "Express", "Air cargo" */
  serviceName: string;
  /** The package's reference, as marked on the parcel (e.g. "PKG-1"). */
  packageReference: string;
  /** 1-based: "Package 2 of 4". */
  packageIndex: number;
  /** How many packages the shipment travels in: the "of 4". */
  packageCount: number;
  /** The parcel as weighed, kg with three decimals. */
  grossWeightKg: string;
  /** Length × width × height in cm, e.g. "60 × 40 × 40". */
  dimensionsCm: string;
  /** The Rwandan supplier shipping the parcel. */
  sender: ExporterParty;
  /** The receiving store, which is also the Chinese importer or agent GB 7718 asks for. */
  recipient: Party & { nameZh?: string; addressZh?: string };
  /** IATA code of the arrival airport, e.g. "PVG". */
  destinationAirport: string;
  /** The buyer's own order reference, printed verbatim. */
  buyerReference: string;
  /** The Corridor shipment the paper travels with (UUID). */
  shipmentId: string;
  /** What the parcel holds, for the GB 7718 contents block. */
  contents: LabelContentsItem[];
  /** The producer's GACC (Decree 248) registration number; null when none is on file. */
  gaccRegistrationNumber: string | null;
  /** YYYY-MM-DD; also the PDF's creation date, which keeps the bytes reproducible. */
  issueDate: string;
}

/** How a good qualifies as Rwandan for China's zero-tariff preference. */
export type OriginCriterion = 'wholly_obtained' | 'product_specific_rule';

/** One line of the certificate of origin: an invoice line with the origin criterion it meets. */
export interface CertificateOfOriginLine {
  /** 1-based position on the paper. */
  itemNumber: number;
  /** The product's SKU, as on the order line. */
  sku: string;
  /** The product name in English, as on the order line. */
  descriptionEn: string;
  /** The Chinese product name, as on the GB 7718 label; Chinese customs reads it. */
  descriptionZh: string;
  /** Digits only ("090421"); printed as "0904.21". */
  hsCode: string;
  /** Units of the SKU, a positive integer. */
  quantity: number;
  /** Net weight, kg with three decimals ("5.000"). */
  netWeightKg: string;
  /** Gross weight with packaging, kg with three decimals. */
  grossWeightKg: string;
  /** The invoiced value of the line, in the invoice currency. */
  value: string;
  /** The supplier's production lot, as packed; the same lot on every paper. */
  lotNumber: string;
  /** Always Rwanda: Corridor only ships goods made there. */
  originCountry: 'RW';
  /** How the line qualifies as Rwandan, from its product form. */
  originCriterion: OriginCriterion;
  /** The criterion as printed, e.g. "WO — wholly obtained in Rwanda". */
  originCriterionText: string;
}

/**
 * The certificate of origin application for the Rwanda Electronic Single Window: what the
 * issuing authority certifies so the goods enter China at zero tariff.
 */
export interface CertificateOfOriginData extends DocumentReferences {
  /** The Rwandan supplier, with its registrations. */
  exporter: ExporterParty;
  /** Who receives the goods in China: the ordering store. */
  consignee: Party;
  /** Freshippo's importing entity, which clears the goods in China (configuration). */
  importerOfRecord: Party;
  /** Always Rwanda. */
  countryOfOrigin: 'RW';
  /** Always China. */
  countryOfDestination: 'CN';
  /** The preference claimed, e.g. China's zero tariff for least-developed countries (1 Dec 2024). */
  preference: string;
  /** The authority that issues the certificate (data: which agency does what changes). */
  issuingAuthority: string;
  /** The shipment mode, which decides the carrier and the papers required. */
  mode: ShipmentMode;
  /** The mode as printed, e.g. "Post (EMS)". */
  modeOfTransport: string;
  /** "Kigali International Airport (KGL)" */
  departure: string;
  /** The destination airport as printed, e.g. "Shanghai Pudong (PVG)". */
  destination: string;
  /** The commercial invoice's document number, which this paper refers to. */
  invoiceNumber: string;
  /** The commercial invoice's issue date, YYYY-MM-DD. */
  invoiceDate: string;
  /** The invoice currency; every amount on the paper is in it. */
  currency: DocumentCurrency;
  /** One per invoice line, in the invoice's order. */
  lines: CertificateOfOriginLine[];
  /** Sum of the line values, amount string in the invoice currency. */
  totalValue: string;
  /** Sum of the net weights, kg with three decimals. */
  totalNetWeightKg: string;
  /** Sum of the gross weights, kg with three decimals. */
  totalGrossWeightKg: string;
  /** How many packages the shipment travels in. */
  packageCount: number;
  /** The exporter's declaration printed above the signature line. */
  declaration: string;
}

/** One plant product on the phytosanitary request, with its botanical name and packaging. */
export interface PhytosanitaryLine {
  /** 1-based position on the paper. */
  itemNumber: number;
  /** The product's SKU, as on the order line. */
  sku: string;
  /** The product name in English, as on the order line. */
  descriptionEn: string;
  /** The Chinese product name, as on the GB 7718 label; Chinese customs reads it. */
  descriptionZh: string;
  /** E.g. "Capsicum frutescens"; required on plant products. */
  botanicalName: string;
  /** The product's form; only plant-product forms appear here. */
  productForm: ProductForm;
  /** Digits only ("090421"); printed as "0904.21". */
  hsCode: string;
  /** Units of the SKU, a positive integer. */
  quantity: number;
  /** The retail packaging, one of the packaging types ("bag"). */
  packaging: string;
  /** Net weight, kg with three decimals ("5.000"). */
  netWeightKg: string;
  /** The supplier's production lot, as packed; the same lot on every paper. */
  lotNumber: string;
  /** Always Rwanda: Corridor only ships goods made there. */
  originCountry: 'RW';
}

/** The application for a phytosanitary certificate: plant products only (see the domain notes). */
export interface PhytosanitaryRequestData extends DocumentReferences {
  /** The Rwandan supplier, with its registrations. */
  exporter: ExporterParty;
  /** Who receives the goods in China: the ordering store. */
  consignee: Party;
  /** The inspecting and issuing authority (data). */
  inspectingAuthority: string;
  /** Always Rwanda. */
  countryOfOrigin: 'RW';
  /** Always China. */
  countryOfDestination: 'CN';
  /** "KGL" */
  pointOfExit: string;
  /** IATA code of the arrival airport, e.g. "PVG". */
  pointOfEntry: string;
  /** The shipment mode, which decides the carrier and the papers required. */
  mode: ShipmentMode;
  /** The carrier and service as printed. */
  meansOfConveyance: string;
  /** The package references, as marked on the parcels. */
  distinguishingMarks: string[];
  /** The shipment's plant products only, one per shipment line. */
  lines: PhytosanitaryLine[];
  /** Sum of the net weights, kg with three decimals. */
  totalNetWeightKg: string;
  /** How many packages the shipment travels in. */
  packageCount: number;
  /** The declared end use of the goods, as printed. */
  purpose: string;
}

/** One item of the export declaration, with the HS code the product register holds today. */
export interface ExportDeclarationItem {
  /** 1-based position on the paper. */
  itemNumber: number;
  /** The product's SKU, as on the order line. */
  sku: string;
  /** The product name in English, as on the order line. */
  descriptionEn: string;
  /** The Chinese product name, as on the GB 7718 label; Chinese customs reads it. */
  descriptionZh: string;
  /** Digits only, from the product register today; printed as "0904.21". */
  hsCode: string;
  /** Units of the SKU, a positive integer. */
  quantity: number;
  /** Net weight, kg with three decimals ("5.000"). */
  netWeightKg: string;
  /** Gross weight with packaging, kg with three decimals. */
  grossWeightKg: string;
  /** Statistical value: the invoiced value of the item, in the invoice currency. */
  value: string;
  /** Always Rwanda: Corridor only ships goods made there. */
  originCountry: 'RW';
}

/** The export declaration, as structured data for the Rwanda Electronic Single Window. */
export interface ExportDeclarationData extends DocumentReferences {
  /** The exporter, with the TIN customs files the declaration under. */
  exporter: ExporterParty;
  /** Who receives the goods in China: the ordering store. */
  consignee: Party;
  /** Freshippo's importing entity, which clears the goods in China (configuration). */
  importerOfRecord: Party;
  /** Always Rwanda. */
  countryOfOrigin: 'RW';
  /** Always China. */
  countryOfDestination: 'CN';
  /** Customs office of exit: "KGL" (Kigali International Airport). */
  officeOfExit: string;
  /** The office of exit's name as printed. */
  officeOfExitName: string;
  /** The shipment mode, which decides the carrier and the papers required. */
  mode: ShipmentMode;
  /** The mode as printed, e.g. "Post (EMS)". */
  modeOfTransport: string;
  /** Incoterms 2020 rule, e.g. "CPT". */
  incoterm: string;
  /** The rule's named place, e.g. "Shanghai Pudong (PVG)". */
  namedPlace: string;
  /** The invoice currency; every amount on the paper is in it. */
  currency: DocumentCurrency;
  /** The commercial invoice's document number, which this paper refers to. */
  invoiceNumber: string;
  /** One per invoice line, in the invoice's order. */
  items: ExportDeclarationItem[];
  /** Sum of the line values, amount string in the invoice currency. */
  totalValue: string;
  /** Sum of the net weights, kg with three decimals. */
  totalNetWeightKg: string;
  /** Sum of the gross weights, kg with three decimals. */
  totalGrossWeightKg: string;
  /** How many packages the shipment travels in. */
  packageCount: number;
  /** The other documents the declaration refers to, by type and number. */
  supportingDocuments: { type: ShipmentDocumentType; number: string }[];
}

/** One item of a CN22 or CN23: the contents of its parcel, valued at the order's prices. */
export interface PostalDeclarationItem {
  /** The product's SKU, as on the order line. */
  sku: string;
  /** Detailed description, English and Chinese. */
  descriptionEn: string;
  /** The Chinese product name, as on the GB 7718 label. */
  descriptionZh: string;
  /** Units of the SKU in this postal item. */
  quantity: number;
  /** Net weight of these units, kg with three decimals. */
  netWeightKg: string;
  /** These units at the order's unit prices, amount string in the invoice currency. */
  value: string;
  /** Digits only ("090421"); printed as "0904.21". */
  hsCode: string;
  /** Always Rwanda: Corridor only ships goods made there. */
  originCountry: 'RW';
}

/**
 * The UPU customs declaration of one postal item (package): CN22 for an item of at most 2 kg
 * gross worth under 300 SDR, CN23 otherwise.
 */
export interface PostalDeclarationData extends DocumentReferences {
  /** Which UPU form this is, chosen by weight and value (see the type's comment). */
  form: 'CN22' | 'CN23';
  /** The postal item (package) it is attached to, as marked on the parcel. */
  packageReference: string;
  /** The Rwandan supplier sending the item. */
  sender: ExporterParty;
  /** The ordering store the item is addressed to. */
  addressee: Party;
  /** Freshippo's importing entity, which clears the goods in China (configuration). */
  importerOfRecord: Party;
  /** The UPU category box ticked: always "sale of goods" here. */
  category: 'sale_of_goods';
  /** The item's contents, one per SKU. */
  items: PostalDeclarationItem[];
  /** The item as weighed, kg with three decimals. */
  grossWeightKg: string;
  /** Sum of the items' net weights, kg with three decimals. */
  totalNetWeightKg: string;
  /** Sum of the items' values, amount string in the invoice currency. */
  totalValue: string;
  /** The invoice currency; every amount on the paper is in it. */
  currency: DocumentCurrency;
  /** The item's value in SDR, two decimals, at {@link sdrRate}. */
  valueInSdr: string;
  /** Units of {@link currency} per SDR used for the CN22/CN23 choice (configuration). */
  sdrRate: string;
  /** The commercial invoice's document number, which this paper refers to. */
  invoiceNumber: string;
  /** Numbers of the certificates that go with the item (origin, phytosanitary). */
  certificateNumbers: string[];
}

/** What the consistency engine knows besides the papers: the shipment as packed, and the products. */
export interface ConsistencyContext {
  /** The shipment's mode, which decides which papers must be there. */
  mode: ShipmentMode;
  /** The order's Incoterms 2020 rule, checked against the mode. */
  incoterm: string;
  /** The shipment's lines as packed: what every document must account for. */
  shippedLines: { sku: string; quantity: number; lotNumber: string }[];
  /** Per SKU, from the product register. */
  products: Record<string, { form: ProductForm; plantProduct: boolean; food: boolean }>;
  /** The postal item limits for a CN22. */
  cn22: { maxGrossKg: string; maxValueSdr: string };
}

/** The papers of one shipment as the consistency engine sees them (labels come later). */
export interface DocumentSet {
  /** The commercial invoice: the reference every other paper is checked against. */
  invoice: CommercialInvoiceData;
  /** The packing list. */
  packingList: PackingListData;
  /** The certificate of origin application; null when none was made. */
  certificateOfOrigin: CertificateOfOriginData | null;
  /** The phytosanitary request; null when the shipment has no plant products or none was made. */
  phytosanitaryRequest: PhytosanitaryRequestData | null;
  /** The export declaration; null when none was made. */
  exportDeclaration: ExportDeclarationData | null;
  /** One per package for postal shipments; none otherwise. */
  postalDeclarations: PostalDeclarationData[];
}

/** One disagreement found in a shipment's papers; stored machine-readably and shown to staff. */
export interface DocumentFinding {
  /** What kind of disagreement, a stable code. */
  code: DocumentFindingCode;
  /** The document types involved. */
  documents: ShipmentDocumentType[];
  /** Where, as a path into the document data, e.g. "lines[0].hsCode" or "packages[PKG-1].netWeightKg". */
  field: string;
  /** The value the reference paper (or the shipment as packed) gives. */
  expected: string;
  /** The value found instead. */
  actual: string;
}

/** Every kind of disagreement the consistency check reports. */
export const DOCUMENT_FINDING_CODES = [
  'LINES_DIFFER',
  'QUANTITY_MISMATCH',
  'HS_CODE_MISMATCH',
  'VALUE_MISMATCH',
  'CURRENCY_MISMATCH',
  'TOTAL_NOT_SUM',
  'WEIGHT_MISMATCH',
  'NET_ABOVE_GROSS',
  'PACKAGE_CONTENTS_MISMATCH',
  'ORIGIN_NOT_RW',
  'PARTY_MISMATCH',
  'GACC_MISSING',
  'PHYTOSANITARY_MISSING',
  'PHYTOSANITARY_UNEXPECTED',
  'CERTIFICATE_OF_ORIGIN_MISSING',
  'EXPORT_DECLARATION_MISSING',
  'INCOTERM_INVALID_FOR_MODE',
  'POSTAL_DECLARATION_MISSING',
  'POSTAL_DECLARATION_UNEXPECTED',
  'POSTAL_FORM_WRONG',
] as const;
/** One of {@link DOCUMENT_FINDING_CODES}. */
export type DocumentFindingCode = (typeof DOCUMENT_FINDING_CODES)[number];
