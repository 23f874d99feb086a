import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ShipmentDocumentType } from '@corridor/domain';

/** One rendered version of a shipment document: the PDF in the file store, the data it came from here. */
@Entity('shipment_document')
export class ShipmentDocument {
  /** UUIDv7; the document's id in the API. */
  @PrimaryColumn('uuid')
  id: string;

  /** The shipment it documents. */
  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  /** Which paper this is. */
  @Column({ type: 'text' })
  type: ShipmentDocumentType;

  /** The round of papers it belongs to: the shipment's `documentsVersion` when it was rendered. */
  @Column({ type: 'integer' })
  version: number;

  /** The package it is for (a label or a CN22/CN23); null for a paper of the whole shipment. */
  @Column({ name: 'package_reference', type: 'text', nullable: true })
  packageReference: string | null;

  /** Hex SHA-256 of the PDF bytes in the file store. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** The structured data the PDF was rendered from, in contract form; what the JSON view returns. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  /** Where the PDF is in the file store. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  /** When the row was inserted (set by the database). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
