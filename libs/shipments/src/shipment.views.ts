import { Money, formatCm, formatKg } from '@corridor/domain';
import type { HistoryItem } from '@corridor/persistence';
import type { Shipment } from './entities/shipment.entity';

export interface ShipmentEventView {
  eventId: string;
  code: string;
  occurredAt: string;
  location: string;
  description: string;
  receivedAt: string;
}

export interface ShipmentDocumentView {
  id: string;
  type: string;
  version: number;
  sha256: string;
  createdAt: string;
  packageReference?: string;
}

export function toShipmentView(
  s: Shipment,
  detail?: { history: HistoryItem[]; events: ShipmentEventView[]; documents: ShipmentDocumentView[] },
) {
  return {
    id: s.id,
    purchaseOrderId: s.purchaseOrderId,
    supplierId: s.supplierId,
    storeCode: s.storeCode,
    status: s.status,
    version: s.version,
    mode: s.mode,
    carrier: s.carrier,
    trackingNumber: s.trackingNumber,
    lines: [...(s.lines ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((l) => ({
        sku: l.sku,
        quantity: l.quantity,
        lotNumber: l.lotNumber,
        purchaseOrderLineId: l.purchaseOrderLineId,
      })),
    packages: [...(s.packages ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({
        reference: p.reference,
        grossWeightKg: formatKg(p.grossWeightG),
        lengthCm: formatCm(p.lengthUm),
        widthCm: formatCm(p.widthUm),
        heightCm: formatCm(p.heightUm),
        contents: p.contents,
        postalForm: p.postalForm ?? null,
      })),
    totals: {
      netWeightKg: formatKg(s.netWeightG),
      grossWeightKg: formatKg(s.grossWeightG),
      value: Money.ofMinor(s.valueMinor, s.currency).toJSON(),
    },
    documentsVersion: s.documentsVersion,
    documentFindings: s.documentFindings ?? [],
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    ...(detail ?? {}),
  };
}
export type ShipmentView = ReturnType<typeof toShipmentView>;
