import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Shipment } from './shipment.entity';

export interface PackageContent {
  sku: string;
  quantity: number;
}

/** One parcel: weight, size in micrometres (exact to 0.001 cm) and what it holds. */
@Entity('shipment_package')
export class ShipmentPackage {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  @ManyToOne(() => Shipment, (s) => s.packages)
  @JoinColumn({ name: 'shipment_id' })
  shipment: Shipment;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'gross_weight_g', type: 'integer' })
  grossWeightG: number;

  @Column({ name: 'length_um', type: 'integer' })
  lengthUm: number;

  @Column({ name: 'width_um', type: 'integer' })
  widthUm: number;

  @Column({ name: 'height_um', type: 'integer' })
  heightUm: number;

  @Column({ type: 'jsonb' })
  contents: PackageContent[];

  /** The UPU customs declaration the item was packed with (postal items only). */
  @Column({ name: 'postal_form', type: 'text', nullable: true })
  postalForm: 'cn22' | 'cn23' | null;
}
