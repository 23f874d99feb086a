import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Currency, Incoterm, PurchaseOrderStatus } from '@corridor/domain';
import { bigintTransformer, dateOnlyTransformer } from '@corridor/persistence';
import { PurchaseOrderLine } from './purchase-order-line.entity';

/** An order from a Freshippo store to one supplier. */
@Entity('purchase_order')
export class PurchaseOrder {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'store_code', type: 'text' })
  storeCode: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ name: 'buyer_reference', type: 'text' })
  buyerReference: string;

  @Column({ type: 'char', length: 3 })
  currency: Currency;

  @Column({ type: 'text' })
  incoterm: Incoterm;

  @Column({ name: 'named_place', type: 'text' })
  namedPlace: string;

  @Column({ name: 'requested_delivery_date', type: 'date', transformer: dateOnlyTransformer })
  requestedDeliveryDate: string;

  /** Written only through the state machine (`applyTransition`, by the owning service's `apply`). */
  @Column({ type: 'text', update: false })
  status: PurchaseOrderStatus;

  @Column({ name: 'total_minor', type: 'bigint', transformer: bigintTransformer })
  totalMinor: bigint;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => PurchaseOrderLine, (line) => line.purchaseOrder)
  lines: PurchaseOrderLine[];
}
