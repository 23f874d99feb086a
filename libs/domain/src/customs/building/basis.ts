/**
 * What every document of a shipment is built from besides the facts themselves: its references,
 * the lines as the invoice prints them, the totals, and the product register's view of a line.
 * Computed once per build, so every paper restates the same figures.
 */

import { formatKg } from '../../measure';
import { Money, type Currency } from '../../money';
import { PRODUCT_FORMS } from '../../product';
import type { ShipmentMode } from '../../shipment';
import type { DocumentLine, DocumentReferences, ExportDeclarationItem } from '../document-data';
import type { RegisteredProduct, ShipmentFacts } from '../shipment-facts';

const MODE_NAMES: Record<ShipmentMode, string> = {
  postal: 'Post (EMS)',
  courier: 'Express courier',
  air_cargo: 'Air cargo',
};

/** The figures the documents of one shipment share, from {@link documentBasis}. */
export interface DocumentBasis {
  facts: ShipmentFacts;
  currency: Currency;
  /** The mode as the papers print it. */
  modeOfTransport: string;
  /** The references of a document whose number starts with `prefix`. */
  refs(prefix: string): DocumentReferences;
  /** The registered product of a shipped SKU. */
  product(sku: string): RegisteredProduct;
  /** The order line of a SKU, for its descriptions and price. */
  orderLineBySku: Map<string, ShipmentFacts['orderLines'][number]>;
  /** The unit price the order agreed for a SKU. */
  unitPrice(sku: string): Money;
  /** Whether a SKU is a plant product, which takes a phytosanitary certificate. */
  isPlant(sku: string): boolean;
  /** The shipment's lines as the invoice prints them: ordered HS code and price, weights packed. */
  lines: DocumentLine[];
  /** The sum of the line totals, as an amount string. */
  total: string;
  /** The shipment's total weights and package count, as every document prints them. */
  totals: { totalNetWeightKg: string; totalGrossWeightKg: string; packageCount: number };
  /** The lot each SKU was shipped from. */
  lotBySku: Map<string, string>;
  /** A line as the product register describes it: the HS code of today. */
  registered(line: DocumentLine, index: number): ExportDeclarationItem;
  /** The net weight of `quantity` units of a SKU, in grams. */
  netG(sku: string, quantity: number): number;
}

/** The shared figures of version `version` of a shipment's papers. */
export function documentBasis(facts: ShipmentFacts, version: number): DocumentBasis {
  const { shipment, order } = facts;
  const currency = shipment.currency;
  const orderLine = new Map(facts.orderLines.map((l) => [l.id, l]));
  const orderLineBySku = new Map(facts.orderLines.map((l) => [l.sku, l]));
  const product = (sku: string) => facts.products.get(sku)!;
  const netG = (sku: string, quantity: number) => product(sku).unitNetWeightG * quantity;
  const grossPerSku = grossWeightPerSku(facts);
  const suffix = `${shipment.id.slice(-12).toUpperCase()}-V${version}`;
  const unitPrice = (sku: string) => Money.ofMinor(orderLineBySku.get(sku)!.unitPriceMinor, currency);

  const lines: DocumentLine[] = shipment.lines.map((l) => {
    const ol = orderLine.get(l.purchaseOrderLineId)!;
    return {
      sku: l.sku,
      descriptionEn: ol.descriptionEn,
      descriptionZh: ol.descriptionZh,
      hsCode: ol.hsCode,
      quantity: l.quantity,
      unitPrice: unitPrice(l.sku).toAmountString(),
      lineTotal: unitPrice(l.sku).times(l.quantity).toAmountString(),
      netWeightKg: formatKg(netG(l.sku, l.quantity)),
      grossWeightKg: formatKg(grossPerSku.get(l.sku) ?? 0),
      lotNumber: l.lotNumber,
      originCountry: 'RW',
    };
  });
  const total = Money.sum(
    lines.map((l) => Money.parse(l.lineTotal, currency)),
    currency,
  ).toAmountString();
  const totalNetG = shipment.lines.reduce((sum, l) => sum + netG(l.sku, l.quantity), 0);
  const totalGrossG = shipment.packages.reduce((sum, p) => sum + p.grossWeightG, 0);

  return {
    facts,
    currency,
    modeOfTransport: MODE_NAMES[shipment.mode] ?? shipment.mode,
    refs: (prefix) => ({
      documentNumber: `${prefix}-${suffix}`,
      issueDate: facts.issueDate,
      shipmentId: shipment.id,
      purchaseOrderId: order.id,
      buyerReference: order.buyerReference,
    }),
    product,
    orderLineBySku,
    unitPrice,
    isPlant: (sku) => PRODUCT_FORMS[product(sku).form].plantProduct,
    lines,
    total,
    totals: {
      totalNetWeightKg: formatKg(totalNetG),
      totalGrossWeightKg: formatKg(totalGrossG),
      packageCount: shipment.packages.length,
    },
    lotBySku: new Map(shipment.lines.map((l) => [l.sku, l.lotNumber])),
    registered: (l, i) => ({
      itemNumber: i + 1,
      sku: l.sku,
      descriptionEn: l.descriptionEn,
      descriptionZh: l.descriptionZh,
      hsCode: product(l.sku).hsCode,
      quantity: l.quantity,
      netWeightKg: l.netWeightKg,
      grossWeightKg: l.grossWeightKg,
      value: l.lineTotal,
      originCountry: 'RW' as const,
    }),
    netG,
  };
}

/**
 * A package's gross weight shared among its SKUs in proportion to their net weight, so the
 * invoice's per-line gross weights add up to the packing list's total exactly.
 */
function grossWeightPerSku(facts: ShipmentFacts): Map<string, number> {
  const result = new Map<string, number>();
  for (const pkg of facts.shipment.packages) {
    const nets = pkg.contents.map((c) => facts.products.get(c.sku)!.unitNetWeightG * c.quantity);
    const netTotal = nets.reduce((a, b) => a + b, 0);
    let given = 0;
    pkg.contents.forEach((c, i) => {
      const share =
        i === pkg.contents.length - 1
          ? pkg.grossWeightG - given
          : Math.floor((pkg.grossWeightG * nets[i]) / Math.max(netTotal, 1));
      given += share;
      result.set(c.sku, (result.get(c.sku) ?? 0) + share);
    });
  }
  return result;
}
