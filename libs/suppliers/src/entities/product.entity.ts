import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Packaging, ProductCategory, ProductForm } from '@corridor/domain';

/** A product a supplier sells, with its tariff code and the weights the documents need. */
@Entity('product')
export class Product {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ type: 'text' })
  sku: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh: string;

  @Column({ type: 'text' })
  category: ProductCategory;

  @Column({ type: 'text' })
  form: ProductForm;

  @Column({ name: 'hs_code', type: 'text' })
  hsCode: string;

  @Column({ name: 'botanical_name', type: 'text', nullable: true })
  botanicalName: string | null;

  @Column({ type: 'text' })
  packaging: Packaging;

  @Column({ name: 'unit_net_weight_g', type: 'integer' })
  unitNetWeightG: number;

  @Column({ name: 'unit_gross_weight_g', type: 'integer' })
  unitGrossWeightG: number;

  @Column({ name: 'shelf_life_days', type: 'integer' })
  shelfLifeDays: number;

  @Column({ type: 'jsonb' })
  attributes: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
