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
  name: string;
  /** Postal address; line breaks ("\n") are kept. */
  address: string;
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
  country: 'RW';
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
  documentNumber: string;
  /** YYYY-MM-DD; also the PDF's creation date, which keeps the bytes reproducible. */
  issueDate: string;
  shipmentId: string;
  purchaseOrderId: string;
  /** The buyer's own order reference, printed verbatim. */
  buyerReference: string;
}

/** One invoice line: a SKU from one lot. */
export interface DocumentLine {
  sku: string;
  descriptionEn: string;
  /** The Chinese product name, as on the GB 7718 label; Chinese customs reads it. */
  descriptionZh: string;
  /** Digits only ("090421"); printed as "0904.21". */
  hsCode: string;
  quantity: number;
  unitPrice: string;
  lineTotal: string;
  netWeightKg: string;
  grossWeightKg: string;
  lotNumber: string;
  originCountry: 'RW';
}

/** The commercial invoice: the sale as the order agreed it, the reference of every other paper. */
export interface CommercialInvoiceData {
  documentNumber: string;
  /** YYYY-MM-DD; also the PDF's creation date, which keeps the bytes reproducible. */
  issueDate: string;
  seller: ExporterParty;
  buyer: Party;
  consignee: Party;
  /** Freshippo's importing entity, which clears the goods in China (configuration). */
  importerOfRecord: Party;
  /** The buyer's own order reference, printed verbatim. */
  buyerReference: string;
  purchaseOrderId: string;
  shipmentId: string;
  currency: 'USD' | 'CNY' | 'RWF';
  /** Incoterms 2020 rule, e.g. "CPT". */
  incoterm: string;
  /** The rule's named place, e.g. "Shanghai Pudong (PVG)". */
  namedPlace: string;
  mode: ShipmentMode;
  /** The mode as printed, e.g. "Post (EMS)". */
  modeOfTransport: string;
  lines: DocumentLine[];
  total: string;
  totalNetWeightKg: string;
  totalGrossWeightKg: string;
  packageCount: number;
  /** The exporter's declaration printed above the signature line. */
  declaration: string;
}

/** One item packed in a package. */
export interface PackedItem {
  sku: string;
  descriptionEn: string;
  descriptionZh: string;
  quantity: number;
  lotNumber: string;
}

/** One parcel on the packing list: its weights as weighed, its dimensions and its contents. */
export interface PackedPackage {
  reference: string;
  grossWeightKg: string;
  netWeightKg: string;
  /** Length × width × height in cm, e.g. "60 × 40 × 40". */
  dimensionsCm: string;
  contents: PackedItem[];
}

/** The packing list: the parcels of the shipment as packed and weighed. */
export interface PackingListData {
  documentNumber: string;
  /** YYYY-MM-DD; also the PDF's creation date, which keeps the bytes reproducible. */
  issueDate: string;
  seller: ExporterParty;
  consignee: Party;
  buyerReference: string;
  shipmentId: string;
  /**
   * The terms below are optional so a packing list can be rendered without them, but the
   * documents of a shipment must agree: pass the invoice's values when they are known.
   */
  purchaseOrderId?: string;
  incoterm?: string;
  namedPlace?: string;
  modeOfTransport?: string;
  packages: PackedPackage[];
  totalNetWeightKg: string;
  totalGrossWeightKg: string;
  packageCount: number;
}

/** One line of a shipping label's contents: what GB 7718 needs the label to name. */
export interface LabelContentsItem {
  descriptionEn: string;
  /** The Chinese product name, as on the GB 7718 label. */
  descriptionZh: string;
  quantity: number;
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
  packageReference: string;
  /** 1-based: "Package 2 of 4". */
  packageIndex: number;
  packageCount: number;
  grossWeightKg: string;
  /** Length × width × height in cm, e.g. "60 × 40 × 40". */
  dimensionsCm: string;
  sender: ExporterParty;
  /** The receiving store, which is also the Chinese importer or agent GB 7718 asks for. */
  recipient: Party & { nameZh?: string; addressZh?: string };
  /** IATA code of the arrival airport, e.g. "PVG". */
  destinationAirport: string;
  buyerReference: string;
  shipmentId: string;
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
  itemNumber: number;
  sku: string;
  descriptionEn: string;
  descriptionZh: string;
  hsCode: string;
  quantity: number;
  netWeightKg: string;
  grossWeightKg: string;
  /** The invoiced value of the line, in the invoice currency. */
  value: string;
  lotNumber: string;
  originCountry: 'RW';
  originCriterion: OriginCriterion;
  /** The criterion as printed, e.g. "WO — wholly obtained in Rwanda". */
  originCriterionText: string;
}

/**
 * The certificate of origin application for the Rwanda Electronic Single Window: what the
 * issuing authority certifies so the goods enter China at zero tariff.
 */
export interface CertificateOfOriginData extends DocumentReferences {
  exporter: ExporterParty;
  consignee: Party;
  importerOfRecord: Party;
  countryOfOrigin: 'RW';
  countryOfDestination: 'CN';
  /** The preference claimed, e.g. China's zero tariff for least-developed countries (1 Dec 2024). */
  preference: string;
  /** The authority that issues the certificate (data: which agency does what changes). */
  issuingAuthority: string;
  mode: ShipmentMode;
  modeOfTransport: string;
  /** "Kigali International Airport (KGL)" */
  departure: string;
  /** The destination airport as printed, e.g. "Shanghai Pudong (PVG)". */
  destination: string;
  invoiceNumber: string;
  invoiceDate: string;
  currency: DocumentCurrency;
  lines: CertificateOfOriginLine[];
  totalValue: string;
  totalNetWeightKg: string;
  totalGrossWeightKg: string;
  packageCount: number;
  /** The exporter's declaration printed above the signature line. */
  declaration: string;
}

/** One plant product on the phytosanitary request, with its botanical name and packaging. */
export interface PhytosanitaryLine {
  itemNumber: number;
  sku: string;
  descriptionEn: string;
  descriptionZh: string;
  /** E.g. "Capsicum frutescens"; required on plant products. */
  botanicalName: string;
  productForm: ProductForm;
  hsCode: string;
  quantity: number;
  packaging: string;
  netWeightKg: string;
  lotNumber: string;
  originCountry: 'RW';
}

/** The application for a phytosanitary certificate: plant products only (see the domain notes). */
export interface PhytosanitaryRequestData extends DocumentReferences {
  exporter: ExporterParty;
  consignee: Party;
  /** The inspecting and issuing authority (data). */
  inspectingAuthority: string;
  countryOfOrigin: 'RW';
  countryOfDestination: 'CN';
  /** "KGL" */
  pointOfExit: string;
  /** IATA code of the arrival airport, e.g. "PVG". */
  pointOfEntry: string;
  mode: ShipmentMode;
  meansOfConveyance: string;
  /** The package references, as marked on the parcels. */
  distinguishingMarks: string[];
  lines: PhytosanitaryLine[];
  totalNetWeightKg: string;
  packageCount: number;
  purpose: string;
}

/** One item of the export declaration, with the HS code the product register holds today. */
export interface ExportDeclarationItem {
  itemNumber: number;
  sku: string;
  descriptionEn: string;
  descriptionZh: string;
  hsCode: string;
  quantity: number;
  netWeightKg: string;
  grossWeightKg: string;
  /** Statistical value: the invoiced value of the item, in the invoice currency. */
  value: string;
  originCountry: 'RW';
}

/** The export declaration, as structured data for the Rwanda Electronic Single Window. */
export interface ExportDeclarationData extends DocumentReferences {
  /** The exporter, with the TIN customs files the declaration under. */
  exporter: ExporterParty;
  consignee: Party;
  importerOfRecord: Party;
  countryOfOrigin: 'RW';
  countryOfDestination: 'CN';
  /** Customs office of exit: "KGL" (Kigali International Airport). */
  officeOfExit: string;
  officeOfExitName: string;
  mode: ShipmentMode;
  modeOfTransport: string;
  incoterm: string;
  namedPlace: string;
  currency: DocumentCurrency;
  invoiceNumber: string;
  items: ExportDeclarationItem[];
  totalValue: string;
  totalNetWeightKg: string;
  totalGrossWeightKg: string;
  packageCount: number;
  /** The other documents the declaration refers to, by type and number. */
  supportingDocuments: { type: ShipmentDocumentType; number: string }[];
}

/** One item of a CN22 or CN23: the contents of its parcel, valued at the order's prices. */
export interface PostalDeclarationItem {
  sku: string;
  /** Detailed description, English and Chinese. */
  descriptionEn: string;
  descriptionZh: string;
  quantity: number;
  netWeightKg: string;
  value: string;
  hsCode: string;
  originCountry: 'RW';
}

/**
 * The UPU customs declaration of one postal item (package): CN22 for an item of at most 2 kg
 * gross worth under 300 SDR, CN23 otherwise.
 */
export interface PostalDeclarationData extends DocumentReferences {
  form: 'CN22' | 'CN23';
  packageReference: string;
  sender: ExporterParty;
  addressee: Party;
  importerOfRecord: Party;
  /** The UPU category box ticked: always "sale of goods" here. */
  category: 'sale_of_goods';
  items: PostalDeclarationItem[];
  grossWeightKg: string;
  totalNetWeightKg: string;
  totalValue: string;
  currency: DocumentCurrency;
  /** The item's value in SDR, two decimals, at {@link sdrRate}. */
  valueInSdr: string;
  /** Units of {@link currency} per SDR used for the CN22/CN23 choice (configuration). */
  sdrRate: string;
  invoiceNumber: string;
  /** Numbers of the certificates that go with the item (origin, phytosanitary). */
  certificateNumbers: string[];
}

/** What the consistency engine knows besides the papers: the shipment as packed, and the products. */
export interface ConsistencyContext {
  mode: ShipmentMode;
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
  invoice: CommercialInvoiceData;
  packingList: PackingListData;
  certificateOfOrigin: CertificateOfOriginData | null;
  phytosanitaryRequest: PhytosanitaryRequestData | null;
  exportDeclaration: ExportDeclarationData | null;
  /** One per package for postal shipments; none otherwise. */
  postalDeclarations: PostalDeclarationData[];
}

/** One disagreement found in a shipment's papers; stored machine-readably and shown to staff. */
export interface DocumentFinding {
  code: DocumentFindingCode;
  /** The document types involved. */
  documents: ShipmentDocumentType[];
  /** Where, as a path into the document data, e.g. "lines[0].hsCode" or "packages[PKG-1].netWeightKg". */
  field: string;
  expected: string;
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
