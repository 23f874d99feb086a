import { Money, formatCm, formatKg } from '@corridor/domain';
import type { HistoryItem } from '@corridor/persistence';
import type { Shipment } from './entities/shipment.entity';

/**
 * A carrier event of the shipment, as the staff and party views of a shipment list it (the public tracking answer shows
 * less).
 */
export interface ShipmentEventView {
  /** The carrier's id for the event. */
  eventId: string;
  /** The contract's carrier event code. */
  code: string;
  /** When it happened by the carrier, ISO 8601. */
  occurredAt: string;
  /** Where, as the carrier wrote it. */
  location: string;
  /** The carrier's own text. */
  description: string;
  /** When Corridor stored it, ISO 8601. */
  receivedAt: string;
}

/** One stored customs paper of the shipment, as the shipment's detail lists it; its bytes are fetched by id. */
export interface ShipmentDocumentView {
  /** The document's id, for `GET /v1/shipments/:id/documents/:docId`. */
  id: string;
  /** Which paper it is. */
  type: string;
  /** The round of papers it belongs to. */
  version: number;
  /** Hex SHA-256 of the PDF. */
  sha256: string;
  /** When it was rendered, ISO 8601. */
  createdAt: string;
  /** The package it is for (a label, a CN22/CN23); absent for a paper of the whole shipment. */
  packageReference?: string;
}

/**
 * A shipment as the API returns it (the contract's shipment object): weights as kg strings, sizes as cm strings, value
 * as `{ amount, currency }`, lines and packages in entered order. Lines and packages print empty unless loaded;
 * `detail` adds the history, carrier events and documents of the single-shipment read.
 */
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
/** The contract's shipment object; see {@link toShipmentView}. */
export type ShipmentView = ReturnType<typeof toShipmentView>;
