import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '@corridor/persistence';
import { PurchaseOrder } from './purchase-order.entity';

/** One SKU of an order, with the description and HS code copied from the product at order time. */
@Entity('purchase_order_line')
export class PurchaseOrderLine {
  /** UUIDv7; shipment lines point at it. */
  @PrimaryColumn('uuid')
  id: string;

  /** The order it belongs to. */
  @Column({ name: 'purchase_order_id', type: 'uuid' })
  purchaseOrderId: string;

  /** The order, when the query joins it; not loaded by default. */
  @ManyToOne(() => PurchaseOrder, (order) => order.lines)
  @JoinColumn({ name: 'purchase_order_id' })
  purchaseOrder: PurchaseOrder;

  /** 0-based place in the order as entered; lines are listed by it. */
  @Column({ type: 'integer' })
  position: number;

  /** The registered product ordered. */
  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  /** The product's SKU; unique within the order. */
  @Column({ type: 'text' })
  sku: string;

  /** The product's English name at order time. */
  @Column({ name: 'description_en', type: 'text' })
  descriptionEn: string;

  /** The product's Chinese name at order time. */
  @Column({ name: 'description_zh', type: 'text' })
  descriptionZh: string;

  /** The product's HS code at order time, digits only: what the buyer bought and the invoice says. */
  @Column({ name: 'hs_code', type: 'text' })
  hsCode: string;

  /** Units ordered, a positive integer. */
  @Column({ type: 'integer' })
  quantity: number;

  /** Agreed price of one unit, in minor units of the order's currency. */
  @Column({ name: 'unit_price_minor', type: 'bigint', transformer: bigintTransformer })
  unitPriceMinor: bigint;
}
