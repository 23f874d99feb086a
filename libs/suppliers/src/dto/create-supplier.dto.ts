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

/** Who to reach at a supplier. */
export class SupplierContactDto {
  /** The person to talk to. */
  @IsString()
  @Length(1, 200)
  name: string;

  /** Their email address. */
  @IsEmail()
  @Length(3, 254)
  email: string;

  /** E.164, e.g. +250788123456. */
  @Matches(E164_PATTERN, { message: 'phone must be in E.164 form, such as +250788123456' })
  phone: string;
}

/** The body of supplier sign-up: who the supplier is, where, and what it sells. It starts as a `draft`. */
export class CreateSupplierDto {
  /** The name registered with the RDB, printed as exporter on customs papers. */
  @IsString()
  @Length(2, 200)
  legalName: string;

  /** The name it trades under, if another. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  tradingName?: string;

  /** The legal form: `cooperative`, `company` or `sole_proprietor`. */
  @IsIn(SUPPLIER_TYPES)
  type: SupplierType;

  /** Rwanda Revenue Authority tax identification number: 9 digits. */
  @Matches(TIN_PATTERN, { message: 'tin must be 9 digits' })
  tin: string;

  /** Rwanda Development Board company registration number. */
  @IsString()
  @Length(1, 40)
  rdbRegistrationNumber: string;

  /** One of Rwanda's 30 districts; any case on input, official spelling on output. */
  @IsString()
  @Length(1, 40)
  district: string;

  /** Street address within the district; line breaks are kept. */
  @IsString()
  @Length(1, 500)
  address: string;

  /** Who Corridor talks to at the supplier. */
  @IsObject()
  @ValidateNested()
  @Type(() => SupplierContactDto)
  contact: SupplierContactDto;

  /** What it sells, `chili` and/or `coffee`, each once; they decide which documents it must upload. */
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(PRODUCT_CATEGORIES, { each: true })
  categories: ProductCategory[];
}
