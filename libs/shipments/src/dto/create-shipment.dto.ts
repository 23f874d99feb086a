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

export class ShipmentLineDto {
  @Matches(SKU, { message: 'sku must be 1-64 of A-Z a-z 0-9 - _ .' })
  sku: string;

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

export class PackageContentDto {
  @Matches(SKU, { message: 'sku must be 1-64 of A-Z a-z 0-9 - _ .' })
  sku: string;

  @IsInt({ message: 'quantity must be a positive integer' })
  @Min(1, { message: 'quantity must be a positive integer' })
  @ApiProperty({ type: 'integer' })
  quantity: number;
}

export class ShipmentPackageDto {
  @IsString()
  @Length(1, 64)
  reference: string;

  @Matches(KG, { message: 'grossWeightKg must be a decimal string in kg, such as "52.800"' })
  grossWeightKg: string;

  @Matches(CM, { message: 'lengthCm must be a decimal string in cm, such as "60"' })
  lengthCm: string;

  @Matches(CM, { message: 'widthCm must be a decimal string in cm, such as "40"' })
  widthCm: string;

  @Matches(CM, { message: 'heightCm must be a decimal string in cm, such as "40"' })
  heightCm: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique((c: PackageContentDto) => c?.sku, { message: 'each SKU may appear once per package' })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PackageContentDto)
  contents: PackageContentDto[];
}

export class CreateShipmentDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique((l: ShipmentLineDto) => l?.sku, { message: 'each SKU may appear once per shipment' })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ShipmentLineDto)
  lines: ShipmentLineDto[];

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
