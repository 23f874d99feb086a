import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PACKAGING_TYPES,
  PRODUCT_CATEGORIES,
  PRODUCT_FORM_NAMES,
  type Packaging,
  type ProductCategory,
  type ProductForm,
} from '@corridor/domain';
import type { ProductView as ProductShape } from '@corridor/suppliers';
import { BilingualTextView } from './bilingual-text.view';
import { KG, TIMESTAMP, UUID } from './formats';

/** Every key is optional; the coffee keys for coffee, the chili keys for chili. */
export class ProductAttributesView {
  /** Coffee. */
  @ApiPropertyOptional({ enum: ['washed', 'natural', 'honey'] })
  process?: string;

  /** Coffee: screen size in 64ths of an inch, 10–20. */
  @ApiPropertyOptional({ type: 'integer' })
  screenSize?: number;

  /** Coffee: 0–100. */
  cuppingScore?: number;

  /** Coffee. */
  @ApiPropertyOptional({ type: 'integer' })
  altitudeM?: number;

  /** Coffee. */
  washingStation?: string;

  /** Chili. */
  variety?: string;

  /** Chili. */
  @ApiPropertyOptional({ type: 'integer' })
  heatScoville?: number;

  // Only the keys above are ever stored; the signature matches the service's `Record<string, unknown>`.
  [key: string]: unknown;
}

/** A product a supplier sells. */
export class ProductView implements ProductShape {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty(UUID)
  supplierId: string;

  @ApiProperty({ example: 'GSH-CHILI-DW-5KG' })
  sku: string;

  /** The Chinese name goes on the label. */
  name: BilingualTextView;

  @ApiProperty({ enum: PRODUCT_CATEGORIES })
  category: ProductCategory;

  /** Fixes the HS subheading and the category. */
  @ApiProperty({ enum: PRODUCT_FORM_NAMES })
  form: ProductForm;

  @ApiProperty({ pattern: '^(\\d{6}|\\d{8}|\\d{10})$', example: '090421' })
  hsCode: string;

  @ApiProperty({ type: 'string', nullable: true })
  botanicalName: string | null;

  @ApiProperty({ enum: PACKAGING_TYPES })
  packaging: Packaging;

  @ApiProperty(KG)
  unitNetWeightKg: string;

  @ApiProperty(KG)
  unitGrossWeightKg: string;

  @ApiProperty({ type: 'integer' })
  shelfLifeDays: number;

  attributes: ProductAttributesView;

  @ApiProperty(TIMESTAMP)
  createdAt: string;
}
