import { formatCm, formatKg } from '../../measure';
import type { DocumentBasis } from '../building/basis';
import type { PackingListData } from '../document-data';

/** The packing list, from the parcels as weighed and measured at packing. */
export function buildPackingList(basis: DocumentBasis): PackingListData {
  const { facts, orderLineBySku } = basis;
  return {
    ...basis.refs('PL'),
    seller: facts.exporter,
    consignee: facts.consignee,
    incoterm: facts.order.incoterm,
    namedPlace: facts.order.namedPlace,
    modeOfTransport: basis.modeOfTransport,
    packages: facts.shipment.packages.map((p) => ({
      reference: p.reference,
      grossWeightKg: formatKg(p.grossWeightG),
      netWeightKg: formatKg(p.contents.reduce((sum, c) => sum + basis.netG(c.sku, c.quantity), 0)),
      dimensionsCm: `${formatCm(p.lengthUm)} × ${formatCm(p.widthUm)} × ${formatCm(p.heightUm)}`,
      contents: p.contents.map((c) => ({
        sku: c.sku,
        descriptionEn: orderLineBySku.get(c.sku)!.descriptionEn,
        descriptionZh: orderLineBySku.get(c.sku)!.descriptionZh,
        quantity: c.quantity,
        lotNumber: basis.lotBySku.get(c.sku)!,
      })),
    })),
    ...basis.totals,
  };
}
