import { ApiProperty } from '@nestjs/swagger';
import {
  CARRIER_EVENT_CODES,
  DOCUMENT_FINDING_CODES,
  SHIPMENT_DOCUMENT_TYPES,
  SHIPMENT_MODES,
  SHIPMENT_STATUSES,
  type DocumentFinding,
  type DocumentFindingCode,
  type ShipmentDocumentType,
  type ShipmentMode,
  type ShipmentStatus,
} from '@corridor/domain';
import type { ShipmentEventView as ShipmentEventShape, ShipmentView as ShipmentShape } from '@corridor/shipments';
import { HistoryItemView } from './history-item.view';
import { MoneyView } from './money.view';
import { ShipmentDocumentView } from './shipment-document.view';
import { CARRIER_OR_NULL, CM, KG, STORE_CODE, TIMESTAMP, UUID } from './formats';

export class ShipmentLineView {
  sku: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  quantity: number;

  lotNumber: string;

  @ApiProperty(UUID)
  purchaseOrderLineId: string;
}

export class PackageContentView {
  sku: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  quantity: number;
}

export class ShipmentPackageView {
  @ApiProperty({ example: 'PKG-1' })
  reference: string;

  @ApiProperty(KG)
  grossWeightKg: string;

  @ApiProperty(CM)
  lengthCm: string;

  @ApiProperty(CM)
  widthCm: string;

  @ApiProperty(CM)
  heightCm: string;

  contents: PackageContentView[];

  /** The UPU customs declaration a postal item was packed with; `null` off the post. */
  @ApiProperty({ enum: ['cn22', 'cn23'], nullable: true })
  postalForm: 'cn22' | 'cn23' | null;
}

/** One disagreement between a shipment's papers, found by the consistency check. */
export class DocumentFindingView implements DocumentFinding {
  @ApiProperty({ enum: DOCUMENT_FINDING_CODES, example: 'HS_CODE_MISMATCH' })
  code: DocumentFindingCode;

  @ApiProperty({ enum: SHIPMENT_DOCUMENT_TYPES, isArray: true, example: ['commercial_invoice', 'export_declaration'] })
  documents: ShipmentDocumentType[];

  /** Where, as a path into the document data. */
  @ApiProperty({ example: 'items[0].hsCode' })
  field: string;

  @ApiProperty({ example: '090421' })
  expected: string;

  @ApiProperty({ example: '090422' })
  actual: string;
}

export class ShipmentTotalsView {
  @ApiProperty(KG)
  netWeightKg: string;

  @ApiProperty(KG)
  grossWeightKg: string;

  /** The value of the lines at the order's prices. */
  value: MoneyView;
}

/** A tracking event the carrier reported, as received. */
export class ShipmentEventView implements ShipmentEventShape {
  /** The carrier's id for the event. */
  eventId: string;

  @ApiProperty({ enum: CARRIER_EVENT_CODES })
  code: string;

  @ApiProperty(TIMESTAMP)
  occurredAt: string;

  location: string;

  /** The carrier's own words. */
  description: string;

  @ApiProperty(TIMESTAMP)
  receivedAt: string;
}

/** Part of a purchase order, packed and on its way. */
export class ShipmentView implements ShipmentShape {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty(UUID)
  purchaseOrderId: string;

  @ApiProperty(UUID)
  supplierId: string;

  @ApiProperty(STORE_CODE)
  storeCode: string;

  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'ShipmentStatus' })
  status: ShipmentStatus;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ enum: SHIPMENT_MODES })
  mode: ShipmentMode;

  /** Set with `trackingNumber` when the handoff is booked. */
  @ApiProperty(CARRIER_OR_NULL)
  carrier: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  trackingNumber: string | null;

  lines: ShipmentLineView[];
  packages: ShipmentPackageView[];
  totals: ShipmentTotalsView;

  /** The round of customs documents: 1 at packing, one more after each `regenerate`. */
  @ApiProperty({ type: 'integer' })
  documentsVersion: number;

  /** What the last consistency check of the papers found; empty when they agree. */
  documentFindings: DocumentFindingView[];

  @ApiProperty(TIMESTAMP)
  createdAt: string;

  @ApiProperty(TIMESTAMP)
  updatedAt: string;
}

/** One shipment, with its status history, carrier events and documents. */
export class ShipmentDetailView extends ShipmentView {
  history: HistoryItemView[];
  events: ShipmentEventView[];
  documents: ShipmentDocumentView[];
}
