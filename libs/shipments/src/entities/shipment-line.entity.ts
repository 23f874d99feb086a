import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Shipment } from './shipment.entity';

/** A quantity of one order line in a shipment, with the lot it came from (for recalls). */
@Entity('shipment_line')
export class ShipmentLine {
  /** UUIDv7, assigned by Corridor. */
  @PrimaryColumn('uuid')
  id: string;

  /** The shipment it belongs to. */
  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  /** The shipment, when the query joins it; not loaded by default. */
  @ManyToOne(() => Shipment, (s) => s.lines)
  @JoinColumn({ name: 'shipment_id' })
  shipment: Shipment;

  /** The order line shipped from, whose description, HS code and price the papers print. */
  @Column({ name: 'purchase_order_line_id', type: 'uuid' })
  purchaseOrderLineId: string;

  /** 0-based place in the shipment as entered; the papers list lines by it. */
  @Column({ type: 'integer' })
  position: number;

  /** The order line's SKU, repeated for reading without a join. */
  @Column({ type: 'text' })
  sku: string;

  /** Units shipped from that order line, a positive integer. */
  @Column({ type: 'integer' })
  quantity: number;

  /** The supplier's production lot, printed on every paper for traceability. */
  @Column({ name: 'lot_number', type: 'text' })
  lotNumber: string;
}
