/**
 * The structured data a customs document is rendered from. It is what
 * `GET /v1/shipments/:id/documents/:docId` returns with `Accept: application/json`, so every
 * value is already in its contract form: amounts as amount strings with the currency's minor
 * digits ("23.50"), weights as kg strings with three decimals ("5.000"), dates as YYYY-MM-DD.
 * The renderers print these strings verbatim so the PDF and the JSON never disagree.
 */

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

export interface CommercialInvoiceData {
  documentNumber: string;
  /** YYYY-MM-DD; also the PDF's creation date, which keeps the bytes reproducible. */
  issueDate: string;
  seller: Party;
  buyer: Party;
  consignee: Party;
  /** The buyer's own order reference, printed verbatim. */
  buyerReference: string;
  purchaseOrderId: string;
  shipmentId: string;
  currency: 'USD' | 'CNY' | 'RWF';
  /** Incoterms 2020 rule, e.g. "CPT". */
  incoterm: string;
  /** The rule's named place, e.g. "Shanghai Pudong (PVG)". */
  namedPlace: string;
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

export interface PackedPackage {
  reference: string;
  grossWeightKg: string;
  netWeightKg: string;
  /** Length × width × height in cm, e.g. "60 × 40 × 40". */
  dimensionsCm: string;
  contents: PackedItem[];
}

export interface PackingListData {
  documentNumber: string;
  /** YYYY-MM-DD; also the PDF's creation date, which keeps the bytes reproducible. */
  issueDate: string;
  seller: Party;
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
  sender: Party;
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
