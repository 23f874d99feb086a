import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Shipment } from './shipment.entity';

/** A SKU and how many of its units one parcel holds. */
export interface PackageContent {
  /** A SKU of the shipment's lines. */
  sku: string;
  /** Units of it in this parcel. */
  quantity: number;
}

/** One parcel: weight, size in micrometres (exact to 0.001 cm) and what it holds. */
@Entity('shipment_package')
export class ShipmentPackage {
  /** UUIDv7, assigned by Corridor. */
  @PrimaryColumn('uuid')
  id: string;

  /** The shipment it belongs to. */
  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  /** The shipment, when the query joins it; not loaded by default. */
  @ManyToOne(() => Shipment, (s) => s.packages)
  @JoinColumn({ name: 'shipment_id' })
  shipment: Shipment;

  /** 0-based place in the shipment as entered: labels print in this order. */
  @Column({ type: 'integer' })
  position: number;

  /** The exporter's mark on the parcel (e.g. "PKG-1"), unique within the shipment. */
  @Column({ type: 'text' })
  reference: string;

  /** The parcel as weighed, integer grams. */
  @Column({ name: 'gross_weight_g', type: 'integer' })
  grossWeightG: number;

  /** Length in micrometres. */
  @Column({ name: 'length_um', type: 'integer' })
  lengthUm: number;

  /** Width in micrometres. */
  @Column({ name: 'width_um', type: 'integer' })
  widthUm: number;

  /** Height in micrometres. */
  @Column({ name: 'height_um', type: 'integer' })
  heightUm: number;

  /** What the parcel holds, by SKU; across packages it adds up to the shipment's lines. */
  @Column({ type: 'jsonb' })
  contents: PackageContent[];

  /** The UPU customs declaration the item was packed with (postal items only). */
  @Column({ name: 'postal_form', type: 'text', nullable: true })
  postalForm: 'cn22' | 'cn23' | null;
}
