import { Money, formatCm, formatKg, type Currency } from '@corridor/domain';
import type { CommercialInvoiceData, PackingListData, Party } from './rendering/document-data';

/** Everything the documents of one shipment are made from, read in one transaction. */
export interface ShipmentFacts {
  shipment: {
    id: string;
    mode: string;
    currency: Currency;
    lines: { sku: string; quantity: number; lotNumber: string; purchaseOrderLineId: string }[];
    packages: {
      reference: string;
      grossWeightG: number;
      lengthUm: number;
      widthUm: number;
      heightUm: number;
      contents: { sku: string; quantity: number }[];
    }[];
  };
  order: { id: string; buyerReference: string; incoterm: string; namedPlace: string };
  orderLines: {
    id: string;
    sku: string;
    descriptionEn: string;
    descriptionZh: string;
    hsCode: string;
    unitPriceMinor: bigint;
  }[];
  products: Map<string, { unitNetWeightG: number; unitGrossWeightG: number }>;
  seller: Party;
  buyer: Party;
  consignee: Party;
  issueDate: string;
}

const MODE_NAMES: Record<string, string> = { postal: 'Post (EMS)', courier: 'Express courier', air_cargo: 'Air cargo' };

/**
 * The invoice and packing list of a shipment, built from the same facts so that they agree:
 * same SKUs, quantities, lots, weights and parties.
 */
export function buildDocuments(
  facts: ShipmentFacts,
  version: number,
): { invoice: CommercialInvoiceData; packingList: PackingListData } {
  const { shipment, order } = facts;
  const orderLine = new Map(facts.orderLines.map((l) => [l.id, l]));
  const bySku = new Map(facts.orderLines.map((l) => [l.sku, l]));
  const grossPerSku = grossWeightPerSku(facts);
  const lines = shipment.lines.map((l) => {
    const ol = orderLine.get(l.purchaseOrderLineId)!;
    const unitPrice = Money.ofMinor(ol.unitPriceMinor, shipment.currency);
    const product = facts.products.get(l.sku)!;
    return {
      sku: l.sku,
      descriptionEn: ol.descriptionEn,
      descriptionZh: ol.descriptionZh,
      hsCode: ol.hsCode,
      quantity: l.quantity,
      unitPrice: unitPrice.toAmountString(),
      lineTotal: unitPrice.times(l.quantity).toAmountString(),
      netWeightKg: formatKg(product.unitNetWeightG * l.quantity),
      grossWeightKg: formatKg(grossPerSku.get(l.sku) ?? 0),
      lotNumber: l.lotNumber,
      originCountry: 'RW' as const,
    };
  });
  const total = Money.sum(
    lines.map((l) => Money.parse(l.lineTotal, shipment.currency)),
    shipment.currency,
  );
  const netG = shipment.lines.reduce((sum, l) => sum + facts.products.get(l.sku)!.unitNetWeightG * l.quantity, 0);
  const grossG = shipment.packages.reduce((sum, p) => sum + p.grossWeightG, 0);
  const lotBySku = new Map(shipment.lines.map((l) => [l.sku, l.lotNumber]));
  const modeOfTransport = MODE_NAMES[shipment.mode] ?? shipment.mode;
  const suffix = `${shipment.id.slice(-12).toUpperCase()}-V${version}`;
  const invoice: CommercialInvoiceData = {
    documentNumber: `INV-${suffix}`,
    issueDate: facts.issueDate,
    seller: facts.seller,
    buyer: facts.buyer,
    consignee: facts.consignee,
    buyerReference: order.buyerReference,
    purchaseOrderId: order.id,
    shipmentId: shipment.id,
    currency: shipment.currency,
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    modeOfTransport,
    lines,
    total: total.toAmountString(),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: shipment.packages.length,
    declaration:
      'We declare that the information on this invoice is true and correct, and that the goods are of Rwandan origin.',
  };
  const packingList: PackingListData = {
    documentNumber: `PL-${suffix}`,
    issueDate: facts.issueDate,
    seller: facts.seller,
    consignee: facts.consignee,
    buyerReference: order.buyerReference,
    shipmentId: shipment.id,
    purchaseOrderId: order.id,
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    modeOfTransport,
    packages: shipment.packages.map((p) => ({
      reference: p.reference,
      grossWeightKg: formatKg(p.grossWeightG),
      netWeightKg: formatKg(
        p.contents.reduce((sum, c) => sum + facts.products.get(c.sku)!.unitNetWeightG * c.quantity, 0),
      ),
      dimensionsCm: `${formatCm(p.lengthUm)} × ${formatCm(p.widthUm)} × ${formatCm(p.heightUm)}`,
      contents: p.contents.map((c) => ({
        sku: c.sku,
        descriptionEn: bySku.get(c.sku)!.descriptionEn,
        descriptionZh: bySku.get(c.sku)!.descriptionZh,
        quantity: c.quantity,
        lotNumber: lotBySku.get(c.sku)!,
      })),
    })),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: shipment.packages.length,
  };
  return { invoice, packingList };
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
