import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  HS_CODE_PATTERN,
  PACKAGING_TYPES,
  PRODUCT_CATEGORIES,
  PRODUCT_FORM_NAMES,
  type Packaging,
  type ProductCategory,
  type ProductForm,
} from '@corridor/domain';

const KG = /^\d{1,7}(\.\d{1,3})?$/;

export class BilingualNameDto {
  @IsString()
  @Length(1, 200)
  en: string;

  /** Goes on the Chinese label (GB 7718). */
  @IsString()
  @Length(1, 200)
  zh: string;
}

/** Every key optional; which keys a category allows is checked by the service. */
export class ProductAttributesDto {
  @IsOptional()
  @IsIn(['washed', 'natural', 'honey'])
  process?: 'washed' | 'natural' | 'honey';

  /** In 64ths of an inch. */
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(20)
  @ApiPropertyOptional({ type: 'integer' })
  screenSize?: number;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  cuppingScore?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9000)
  @ApiPropertyOptional({ type: 'integer' })
  altitudeM?: number;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  washingStation?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  variety?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(16_000_000)
  @ApiPropertyOptional({ type: 'integer' })
  heatScoville?: number;
}

export class CreateProductDto {
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'sku must be 1-64 of A-Z a-z 0-9 - _ .' })
  sku: string;

  @IsObject()
  @ValidateNested()
  @Type(() => BilingualNameDto)
  name: BilingualNameDto;

  @IsIn(PRODUCT_CATEGORIES)
  category: ProductCategory;

  @IsIn(PRODUCT_FORM_NAMES)
  form: ProductForm;

  /** 6, 8 or 10 digits, starting with the HS subheading of the form. */
  @Matches(HS_CODE_PATTERN, { message: 'hsCode must be 6, 8 or 10 digits' })
  hsCode: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  botanicalName?: string;

  @IsIn(PACKAGING_TYPES)
  packaging: Packaging;

  @Matches(KG, { message: 'unitNetWeightKg must be a decimal string in kg, such as "5.000"' })
  unitNetWeightKg: string;

  @Matches(KG, { message: 'unitGrossWeightKg must be a decimal string in kg, such as "5.200"' })
  unitGrossWeightKg: string;

  @IsInt()
  @Min(1)
  @Max(36500)
  @ApiProperty({ type: 'integer' })
  shelfLifeDays: number;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProductAttributesDto)
  attributes?: ProductAttributesDto;
}
