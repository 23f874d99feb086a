import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ShipmentDocumentType } from '@corridor/domain';

/** One rendered version of a shipment document: the PDF in the file store, the data it came from here. */
@Entity('shipment_document')
export class ShipmentDocument {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  @Column({ type: 'text' })
  type: ShipmentDocumentType;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'package_reference', type: 'text', nullable: true })
  packageReference: string | null;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
