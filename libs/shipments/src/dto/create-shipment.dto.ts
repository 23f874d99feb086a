import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SHIPMENT_MODES, type ShipmentMode } from '@corridor/domain';

const SKU = /^[A-Za-z0-9._-]{1,64}$/;
const KG = /^\d{1,7}(\.\d{1,3})?$/;
const CM = /^\d{1,5}(\.\d{1,3})?$/;

/** One line of a new shipment: how many units of an order's SKU, from which lot. */
export class ShipmentLineDto {
  /** A SKU of the order; at most once per shipment. */
  @Matches(SKU, { message: 'sku must be 1-64 of A-Z a-z 0-9 - _ .' })
  sku: string;

  /** Units shipped; with the order's other shipments not cancelled, at most the quantity ordered. */
  @IsInt({ message: 'quantity must be a positive integer' })
  @Min(1, { message: 'quantity must be a positive integer' })
  @Max(1_000_000)
  @ApiProperty({ type: 'integer' })
  quantity: number;

  /** The producer's lot, printed on the documents and used to trace recalls. */
  @IsString()
  @Length(1, 64)
  lotNumber: string;
}

/** How many units of one SKU a package holds. */
export class PackageContentDto {
  /** A SKU of the shipment's lines; at most once per package. */
  @Matches(SKU, { message: 'sku must be 1-64 of A-Z a-z 0-9 - _ .' })
  sku: string;

  /** Units of it in this package; across packages they add up to the line. */
  @IsInt({ message: 'quantity must be a positive integer' })
  @Min(1, { message: 'quantity must be a positive integer' })
  @ApiProperty({ type: 'integer' })
  quantity: number;
}

/** One parcel as packed and weighed. */
export class ShipmentPackageDto {
  /** The mark written on the parcel, e.g. "PKG-1"; unique within the shipment and printed on its label. */
  @IsString()
  @Length(1, 64)
  reference: string;

  /** The parcel as weighed, kg with up to three decimals; not below the net weight of its contents. */
  @Matches(KG, { message: 'grossWeightKg must be a decimal string in kg, such as "52.800"' })
  grossWeightKg: string;

  /** One side in cm, up to three decimals. */
  @Matches(CM, { message: 'lengthCm must be a decimal string in cm, such as "60"' })
  lengthCm: string;

  /** Another side in cm, up to three decimals. */
  @Matches(CM, { message: 'widthCm must be a decimal string in cm, such as "40"' })
  widthCm: string;

  /** The third side in cm, up to three decimals. */
  @Matches(CM, { message: 'heightCm must be a decimal string in cm, such as "40"' })
  heightCm: string;

  /** What the parcel holds, 1 to 200 SKUs. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique((c: PackageContentDto) => c?.sku, { message: 'each SKU may appear once per package' })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PackageContentDto)
  contents: PackageContentDto[];
}

/**
 * The body of `POST /v1/purchase-orders/:id/shipments`: part or all of a confirmed order, packed. Quantities, contents
 * and weights must agree, or nothing is stored.
 */
export class CreateShipmentDto {
  /** What is shipped, 1 to 200 lines, each SKU once. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique((l: ShipmentLineDto) => l?.sku, { message: 'each SKU may appear once per shipment' })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ShipmentLineDto)
  lines: ShipmentLineDto[];

  /** The parcels it is packed in, 1 to 500, each reference once. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique((p: ShipmentPackageDto) => p?.reference, { message: 'package references must be unique' })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ShipmentPackageDto)
  packages: ShipmentPackageDto[];

  /** Chosen by rule when absent: postal where every parcel fits the postal limits. */
  @IsOptional()
  @IsIn(SHIPMENT_MODES)
  mode?: ShipmentMode;
}
