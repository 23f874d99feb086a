import type { DocumentFinding } from '@corridor/domain';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Currency, ShipmentMode, ShipmentStatus } from '@corridor/domain';
import { bigintTransformer } from '@corridor/persistence';
import { ShipmentLine } from './shipment-line.entity';
import { ShipmentPackage } from './shipment-package.entity';

/** Part (or all) of an order, packed, documented, handed to a carrier and tracked to the store. */
@Entity('shipment')
export class Shipment {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'purchase_order_id', type: 'uuid' })
  purchaseOrderId: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ name: 'store_code', type: 'text' })
  storeCode: string;

  /** Written only through the state machine (`applyTransition`, by the owning service's `apply`). */
  @Column({ type: 'text', update: false })
  status: ShipmentStatus;

  @Column({ type: 'text' })
  mode: ShipmentMode;

  @Column({ type: 'text', nullable: true })
  carrier: string | null;

  @Column({ name: 'tracking_number', type: 'text', nullable: true })
  trackingNumber: string | null;

  @Column({ name: 'carrier_booking_id', type: 'text', nullable: true })
  carrierBookingId: string | null;

  @Column({ name: 'milestone_before_exception', type: 'text', nullable: true })
  milestoneBeforeException: string | null;

  @Column({ name: 'net_weight_g', type: 'integer' })
  netWeightG: number;

  @Column({ name: 'gross_weight_g', type: 'integer' })
  grossWeightG: number;

  @Column({ name: 'value_minor', type: 'bigint', transformer: bigintTransformer })
  valueMinor: bigint;

  @Column({ type: 'char', length: 3 })
  currency: Currency;

  @Column({ type: 'integer' })
  version: number;

  /** The round of customs documents: 1 at packing, one more for each `regenerate`. */
  @Column({ name: 'documents_version', type: 'integer', default: 1 })
  documentsVersion: number;

  /** What the last consistency check found; empty once the papers agree. */
  @Column({ name: 'document_findings', type: 'jsonb', default: () => "'[]'" })
  documentFindings: DocumentFinding[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => ShipmentLine, (line) => line.shipment)
  lines: ShipmentLine[];

  @OneToMany(() => ShipmentPackage, (pkg) => pkg.shipment)
  packages: ShipmentPackage[];
}
