import { ApiProperty } from '@nestjs/swagger';
import { SHIPMENT_DOCUMENT_TYPES } from '@corridor/domain';
import type { ShipmentDocumentView as ShipmentDocumentShape } from '@corridor/shipments';
import { TIMESTAMP, UUID } from './formats';

/** The newest version of one customs or shipping document of a shipment. */
export class ShipmentDocumentView implements ShipmentDocumentShape {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ enum: SHIPMENT_DOCUMENT_TYPES })
  type: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  /** Of the PDF. */
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  sha256: string;

  @ApiProperty(TIMESTAMP)
  createdAt: string;

  /** `shipping_label` only: the package it is for. */
  packageReference?: string;
}

/** A document's structured data (`Accept: application/json`), from which its PDF was rendered. */
export class ShipmentDocumentDataView {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ enum: SHIPMENT_DOCUMENT_TYPES })
  type: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  /** Its fields depend on `type`. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;
}
