import { Money } from '@corridor/domain';
import type { HistoryItem } from '@corridor/persistence';
import type { PurchaseOrder } from './entities/purchase-order.entity';

/** How much of one order line its shipments account for, in units. */
export interface LineProgress {
  /** Units in every shipment of the order that is not cancelled. */
  packed: number;
  /** Units in shipments handed over to a carrier or further along. */
  shipped: number;
}

/** One shipment of an order, as the order's detail lists it. */
export interface ShipmentSummary {
  /** The shipment's id. */
  id: string;
  /** Its shipment status. */
  status: string;
  /** Postal, courier or air cargo. */
  mode: string;
  /** The carrier code once booked; null before. */
  carrier: string | null;
  /** The carrier's tracking number once booked; null before. */
  trackingNumber: string | null;
  /** When the shipment was packed, ISO 8601. */
  createdAt: string;
}

/**
 * An order as the API returns it (the contract's order object): money as `{ amount, currency }`, lines in entered order
 * with what each has packed and shipped, dates as ISO 8601. `order.lines` must be loaded; `detail` adds the history and
 * shipments of the single-order read.
 */
export function toPurchaseOrderView(
  order: PurchaseOrder,
  progress: Map<string, LineProgress>,
  detail?: { history: HistoryItem[]; shipments: ShipmentSummary[] },
) {
  const lines = [...order.lines].sort((a, b) => a.position - b.position);
  return {
    id: order.id,
    status: order.status,
    version: order.version,
    storeCode: order.storeCode,
    supplierId: order.supplierId,
    buyerReference: order.buyerReference,
    currency: order.currency,
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    requestedDeliveryDate: order.requestedDeliveryDate,
    lines: lines.map((l) => {
      const unitPrice = Money.ofMinor(l.unitPriceMinor, order.currency);
      return {
        id: l.id,
        sku: l.sku,
        productId: l.productId,
        description: { en: l.descriptionEn, zh: l.descriptionZh },
        hsCode: l.hsCode,
        quantity: l.quantity,
        quantityPacked: progress.get(l.id)?.packed ?? 0,
        quantityShipped: progress.get(l.id)?.shipped ?? 0,
        unitPrice: unitPrice.toJSON(),
        lineTotal: unitPrice.times(l.quantity).toJSON(),
      };
    }),
    total: Money.ofMinor(order.totalMinor, order.currency).toJSON(),
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
    ...(detail ?? {}),
  };
}
/** The contract's purchase order object; see {@link toPurchaseOrderView}. */
export type PurchaseOrderView = ReturnType<typeof toPurchaseOrderView>;
