import { PRODUCT_FORMS } from '../../product';
import type { DocumentBasis } from '../building/basis';
import { CORRIDOR_FACTS } from '../corridor-facts';
import type { ConsistencyContext } from '../document-data';

/** What the papers are held to besides each other: the shipment as packed, the order's incoterm, the UPU limits. */
export function buildConsistencyContext(basis: DocumentBasis): ConsistencyContext {
  const { shipment, order } = basis.facts;
  return {
    mode: shipment.mode,
    incoterm: order.incoterm,
    shippedLines: shipment.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, lotNumber: l.lotNumber })),
    products: Object.fromEntries(
      shipment.lines.map((l) => {
        const p = basis.product(l.sku);
        return [l.sku, { form: p.form, plantProduct: PRODUCT_FORMS[p.form].plantProduct, food: true }];
      }),
    ),
    cn22: CORRIDOR_FACTS.cn22,
  };
}
