import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Packaging, ProductCategory, ProductForm } from '@corridor/domain';

/** A product a supplier sells, with its tariff code and the weights the documents need. */
@Entity('product')
export class Product {
  /** UUIDv7, assigned by Corridor. */
  @PrimaryColumn('uuid')
  id: string;

  /** The supplier it belongs to (UUID); the tenant key an exporter's API key is scoped by. */
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  /** The supplier's code for it, 1–64 of `A–Z a–z 0–9 - _ .`; unique per supplier. */
  @Column({ type: 'text' })
  sku: string;

  /** English name; an order line copies it as its description. */
  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  /** Chinese name, printed on the GB 7718 label; an order line copies it too. */
  @Column({ name: 'name_zh', type: 'text' })
  nameZh: string;

  /** Chili or coffee; the supplier must be approved for it. */
  @Column({ type: 'text' })
  category: ProductCategory;

  /** The product form, which fixes the HS subheading and whether it is a plant product. */
  @Column({ type: 'text' })
  form: ProductForm;

  /** The current HS code, digits only (6, 8 or 10); it must start with the form's subheading. */
  @Column({ name: 'hs_code', type: 'text' })
  hsCode: string;

  /** Latin name for plant products ("Capsicum frutescens"); null when not given. */
  @Column({ name: 'botanical_name', type: 'text', nullable: true })
  botanicalName: string | null;

  /** The retail packaging one unit comes in. */
  @Column({ type: 'text' })
  packaging: Packaging;

  /** Net weight of one unit, integer grams. */
  @Column({ name: 'unit_net_weight_g', type: 'integer' })
  unitNetWeightG: number;

  /** Gross weight of one unit with its packaging, integer grams. */
  @Column({ name: 'unit_gross_weight_g', type: 'integer' })
  unitGrossWeightG: number;

  /** How long a unit keeps, in days from production. */
  @Column({ name: 'shelf_life_days', type: 'integer' })
  shelfLifeDays: number;

  /** The optional category attributes (e.g. a coffee's altitude), only keys the contract allows. */
  @Column({ type: 'jsonb' })
  attributes: Record<string, unknown>;

  /** When the row was inserted (set by the database). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
