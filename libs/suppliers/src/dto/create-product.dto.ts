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

/** A name in English and Chinese, each 1–200 characters. */
export class BilingualNameDto {
  /** The name in English. */
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
  /** Coffee: how the cherries were processed. */
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

  /** Coffee: its cupping score, 0–100. */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  cuppingScore?: number;

  /** Coffee: growing altitude in metres. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9000)
  @ApiPropertyOptional({ type: 'integer' })
  altitudeM?: number;

  /** Coffee: the washing station it was processed at. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  washingStation?: string;

  /** Chili: the variety, e.g. "Bird's eye". */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  variety?: string;

  /** Chili: heat in Scoville units. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(16_000_000)
  @ApiPropertyOptional({ type: 'integer' })
  heatScoville?: number;
}

/** The body of registering a product in a supplier's catalogue. */
export class CreateProductDto {
  /** The supplier's code for the product, 1–64 of `A–Z a–z 0–9 - _ .`; unique per supplier. */
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'sku must be 1-64 of A-Z a-z 0-9 - _ .' })
  sku: string;

  /** The product name in English and Chinese. */
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualNameDto)
  name: BilingualNameDto;

  /** Chili or coffee; the supplier must be registered for it. */
  @IsIn(PRODUCT_CATEGORIES)
  category: ProductCategory;

  /** The product form, which fixes the HS subheading the code must start with. */
  @IsIn(PRODUCT_FORM_NAMES)
  form: ProductForm;

  /** 6, 8 or 10 digits, starting with the HS subheading of the form. */
  @Matches(HS_CODE_PATTERN, { message: 'hsCode must be 6, 8 or 10 digits' })
  hsCode: string;

  /** Latin name, e.g. "Capsicum frutescens"; the phytosanitary request of a plant product needs it. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  botanicalName?: string;

  /** The retail packaging one unit comes in. */
  @IsIn(PACKAGING_TYPES)
  packaging: Packaging;

  /** Net weight of one unit, kg with up to three decimals, above zero. */
  @Matches(KG, { message: 'unitNetWeightKg must be a decimal string in kg, such as "5.000"' })
  unitNetWeightKg: string;

  /** Gross weight of one unit with its packaging, kg with up to three decimals; not below the net. */
  @Matches(KG, { message: 'unitGrossWeightKg must be a decimal string in kg, such as "5.200"' })
  unitGrossWeightKg: string;

  /** How long a unit keeps, in days, 1–36500. */
  @IsInt()
  @Min(1)
  @Max(36500)
  @ApiProperty({ type: 'integer' })
  shelfLifeDays: number;

  /**
   * Optional details of the category: coffee takes process, screen size, cupping score, altitude and washing station;
   * chili takes variety and heat.
   */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProductAttributesDto)
  attributes?: ProductAttributesDto;
}
