import { Money } from '@corridor/domain';
import type { HistoryItem } from '@corridor/persistence';
import type { PurchaseOrder } from './entities/purchase-order.entity';

export interface LineProgress {
  packed: number;
  shipped: number;
}

export interface ShipmentSummary {
  id: string;
  status: string;
  mode: string;
  carrier: string | null;
  trackingNumber: string | null;
  createdAt: string;
}

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
export type PurchaseOrderView = ReturnType<typeof toPurchaseOrderView>;
