import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import {
  E164_PATTERN,
  PRODUCT_CATEGORIES,
  SUPPLIER_TYPES,
  TIN_PATTERN,
  type ProductCategory,
  type SupplierType,
} from '@corridor/domain';

export class SupplierContactDto {
  @IsString()
  @Length(1, 200)
  name: string;

  @IsEmail()
  @Length(3, 254)
  email: string;

  /** E.164, e.g. +250788123456. */
  @Matches(E164_PATTERN, { message: 'phone must be in E.164 form, such as +250788123456' })
  phone: string;
}

export class CreateSupplierDto {
  @IsString()
  @Length(2, 200)
  legalName: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  tradingName?: string;

  @IsIn(SUPPLIER_TYPES)
  type: SupplierType;

  /** Rwanda Revenue Authority tax identification number: 9 digits. */
  @Matches(TIN_PATTERN, { message: 'tin must be 9 digits' })
  tin: string;

  @IsString()
  @Length(1, 40)
  rdbRegistrationNumber: string;

  /** One of Rwanda's 30 districts; any case on input, official spelling on output. */
  @IsString()
  @Length(1, 40)
  district: string;

  @IsString()
  @Length(1, 500)
  address: string;

  @IsObject()
  @ValidateNested()
  @Type(() => SupplierContactDto)
  contact: SupplierContactDto;

  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(PRODUCT_CATEGORIES, { each: true })
  categories: ProductCategory[];
}
