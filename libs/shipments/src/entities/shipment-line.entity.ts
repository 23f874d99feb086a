import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Shipment } from './shipment.entity';

/** A quantity of one order line in a shipment, with the lot it came from (for recalls). */
@Entity('shipment_line')
export class ShipmentLine {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  @ManyToOne(() => Shipment, (s) => s.lines)
  @JoinColumn({ name: 'shipment_id' })
  shipment: Shipment;

  @Column({ name: 'purchase_order_line_id', type: 'uuid' })
  purchaseOrderLineId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  sku: string;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ name: 'lot_number', type: 'text' })
  lotNumber: string;
}
