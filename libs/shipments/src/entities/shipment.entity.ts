import type { DocumentFinding } from '@corridor/domain';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Currency, ShipmentMode, ShipmentStatus } from '@corridor/domain';
import { bigintTransformer } from '@corridor/persistence';
import { ShipmentLine } from './shipment-line.entity';
import { ShipmentPackage } from './shipment-package.entity';

/** Part (or all) of an order, packed, documented, handed to a carrier and tracked to the store. */
@Entity('shipment')
export class Shipment {
  /** UUIDv7, assigned by Corridor. */
  @PrimaryColumn('uuid')
  id: string;

  /** The order shipped from. */
  @Column({ name: 'purchase_order_id', type: 'uuid' })
  purchaseOrderId: string;

  /** The order's supplier, copied for scoping an exporter's key without a join. */
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  /** The order's store, copied for scoping a buyer's key without a join. */
  @Column({ name: 'store_code', type: 'text' })
  storeCode: string;

  /** Written only through the state machine (`applyTransition`, by the owning service's `apply`). */
  @Column({ type: 'text', update: false })
  status: ShipmentStatus;

  /** Postal, courier or air cargo: given or chosen from the parcels at packing, it fixes the carrier and papers. */
  @Column({ type: 'text' })
  mode: ShipmentMode;

  /** The carrier code once booked; null before. */
  @Column({ type: 'text', nullable: true })
  carrier: string | null;

  /** The carrier's tracking number once booked; null before. Unique. */
  @Column({ name: 'tracking_number', type: 'text', nullable: true })
  trackingNumber: string | null;

  /** The carrier's booking id once booked, needed to hand over or cancel; null before. */
  @Column({ name: 'carrier_booking_id', type: 'text', nullable: true })
  carrierBookingId: string | null;

  /**
   * The milestone the shipment had reached when it went into `exception`, where a review returns it; null otherwise.
   */
  @Column({ name: 'milestone_before_exception', type: 'text', nullable: true })
  milestoneBeforeException: string | null;

  /** Net weight of the lines from the product register, integer grams. */
  @Column({ name: 'net_weight_g', type: 'integer' })
  netWeightG: number;

  /** Sum of the parcels as weighed, integer grams. */
  @Column({ name: 'gross_weight_g', type: 'integer' })
  grossWeightG: number;

  /** The contents at the order's unit prices, in minor units of {@link currency}. */
  @Column({ name: 'value_minor', type: 'bigint', transformer: bigintTransformer })
  valueMinor: bigint;

  /** The order's currency. */
  @Column({ type: 'char', length: 3 })
  currency: Currency;

  /** Starts at 1 and goes up with every change and status transition. */
  @Column({ type: 'integer' })
  version: number;

  /** The round of customs documents: 1 at packing, one more for each `regenerate`. */
  @Column({ name: 'documents_version', type: 'integer', default: 1 })
  documentsVersion: number;

  /** What the last consistency check found; empty once the papers agree. */
  @Column({ name: 'document_findings', type: 'jsonb', default: () => "'[]'" })
  documentFindings: DocumentFinding[];

  /** When the row was inserted (set by the database). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the row last changed, status transitions included. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** The shipment's lines, when the query joins them; not loaded by default. */
  @OneToMany(() => ShipmentLine, (line) => line.shipment)
  lines: ShipmentLine[];

  /** The shipment's parcels, when the query joins them; not loaded by default. */
  @OneToMany(() => ShipmentPackage, (pkg) => pkg.shipment)
  packages: ShipmentPackage[];
}
