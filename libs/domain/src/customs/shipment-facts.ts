import type { Currency } from '../money';
import type { ProductForm } from '../product';
import type { ShipmentMode } from '../shipment';
import type { ExporterParty, Party } from './document-data';

/** A product as the register holds it today. */
export interface RegisteredProduct {
  /** The product category, which the form must belong to. */
  category: 'chili' | 'coffee';
  /** Its form; plant products among them need a phytosanitary certificate. */
  form: ProductForm;
  /** The register's HS code now; the order line keeps the one ordered. */
  hsCode: string;
  /**
   * Latin name, e.g. "Capsicum frutescens"; null where none is registered, which the phytosanitary request cannot do
   * without.
   */
  botanicalName: string | null;
  /** The retail packaging, one of the packaging types. */
  packaging: string;
  /** Net weight of one unit, integer grams. */
  unitNetWeightG: number;
  /** Gross weight of one unit with its packaging, integer grams. */
  unitGrossWeightG: number;
}

/** Everything the documents of one shipment are made from, read in one transaction. */
export interface ShipmentFacts {
  /** The shipment as packed: its lines by lot and its weighed packages (weights in grams, sizes in micrometres). */
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
  /** The purchase order shipped, with the terms every paper repeats. */
  order: { id: string; buyerReference: string; incoterm: string; namedPlace: string };
  /**
   * The order's lines, with the prices and names the invoice is made from (unit prices in minor units of the shipment's
   * currency).
   */
  orderLines: {
    id: string;
    sku: string;
    descriptionEn: string;
    descriptionZh: string;
    /** The HS code on the order: what the buyer bought, and what the invoice says. */
    hsCode: string;
    unitPriceMinor: bigint;
  }[];
  /** The register's products by SKU, for every SKU shipped. */
  products: Map<string, RegisteredProduct>;
  /** The supplier as exporter, with its registrations. */
  exporter: ExporterParty;
  /** Who bought: the ordering store. */
  buyer: Party;
  /** Who receives the goods: the ordering store too, today. */
  consignee: Party;
  /** Freshippo's importing entity, which clears the goods in China (configuration). */
  importerOfRecord: Party;
  /** Where the store's goods arrive: the IATA code and the airport as printed. */
  store: { destinationAirport: string; destination: string };
  /** Units of the shipment's currency per SDR. */
  sdrRate: string;
  /** YYYY-MM-DD, the date every paper of this round carries. */
  issueDate: string;
}
