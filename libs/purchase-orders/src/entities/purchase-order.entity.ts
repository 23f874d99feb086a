import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Currency, Incoterm, PurchaseOrderStatus } from '@corridor/domain';
import { bigintTransformer, dateOnlyTransformer } from '@corridor/persistence';
import { PurchaseOrderLine } from './purchase-order-line.entity';

/** An order from a Freshippo store to one supplier. */
@Entity('purchase_order')
export class PurchaseOrder {
  /** UUIDv7, assigned by Corridor. */
  @PrimaryColumn('uuid')
  id: string;

  /** The ordering store (`FS-SHA-001`); the tenant key a buyer's API key is scoped by. */
  @Column({ name: 'store_code', type: 'text' })
  storeCode: string;

  /** The supplier ordered from; the tenant key an exporter's API key is scoped by. */
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  /** The buyer's own reference, unique per store, printed verbatim on the papers. */
  @Column({ name: 'buyer_reference', type: 'text' })
  buyerReference: string;

  /** The currency every price and total of the order is in. */
  @Column({ type: 'char', length: 3 })
  currency: Currency;

  /** Incoterms 2020 rule agreed, e.g. `CPT`. */
  @Column({ type: 'text' })
  incoterm: Incoterm;

  /** The rule's named place, e.g. "Shanghai Pudong (PVG)". */
  @Column({ name: 'named_place', type: 'text' })
  namedPlace: string;

  /** YYYY-MM-DD the store asked to have the goods by. */
  @Column({ name: 'requested_delivery_date', type: 'date', transformer: dateOnlyTransformer })
  requestedDeliveryDate: string;

  /** Written only through the state machine (`applyTransition`, by the owning service's `apply`). */
  @Column({ type: 'text', update: false })
  status: PurchaseOrderStatus;

  /** Sum of the line totals, in minor units of {@link currency}. */
  @Column({ name: 'total_minor', type: 'bigint', transformer: bigintTransformer })
  totalMinor: bigint;

  /** Starts at 1 and goes up with every change and status transition. */
  @Column({ type: 'integer' })
  version: number;

  /** When the row was inserted (set by the database). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the row last changed, status transitions included. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** The order's lines, when the query joins them; not loaded by default. */
  @OneToMany(() => PurchaseOrderLine, (line) => line.purchaseOrder)
  lines: PurchaseOrderLine[];
}
