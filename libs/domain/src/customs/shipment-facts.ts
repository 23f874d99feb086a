import type { Currency } from '../money';
import type { ProductForm } from '../product';
import type { ShipmentMode } from '../shipment';
import type { ExporterParty, Party } from './document-data';

/** A product as the register holds it today. */
export interface RegisteredProduct {
  category: 'chili' | 'coffee';
  form: ProductForm;
  /** The register's HS code now; the order line keeps the one ordered. */
  hsCode: string;
  botanicalName: string | null;
  packaging: string;
  unitNetWeightG: number;
  unitGrossWeightG: number;
}

/** Everything the documents of one shipment are made from, read in one transaction. */
export interface ShipmentFacts {
  shipment: {
    id: string;
    mode: ShipmentMode;
    currency: Currency;
    lines: { sku: string; quantity: number; lotNumber: string; purchaseOrderLineId: string }[];
    packages: {
      reference: string;
      grossWeightG: number;
      lengthUm: number;
      widthUm: number;
      heightUm: number;
      /** The customs declaration the postal item was packed with; null off the post. */
      postalForm: 'cn22' | 'cn23' | null;
      contents: { sku: string; quantity: number }[];
    }[];
  };
  order: { id: string; buyerReference: string; incoterm: string; namedPlace: string };
  orderLines: {
    id: string;
    sku: string;
    descriptionEn: string;
    descriptionZh: string;
    /** The HS code on the order: what the buyer bought, and what the invoice says. */
    hsCode: string;
    unitPriceMinor: bigint;
  }[];
  products: Map<string, RegisteredProduct>;
  exporter: ExporterParty;
  buyer: Party;
  consignee: Party;
  importerOfRecord: Party;
  store: { destinationAirport: string; destination: string };
  /** Units of the shipment's currency per SDR. */
  sdrRate: string;
  issueDate: string;
}
