import { Type } from 'class-transformer';
import { IsObject, IsString, Length, Matches, ValidateNested } from 'class-validator';

export class BilingualTextDto {
  @IsString()
  @Length(1, 300)
  en: string;

  @IsString()
  @Length(1, 300)
  zh: string;
}

export class CreateStoreDto {
  @Matches(/^FS-[A-Z]{3}-\d{3}$/, { message: 'code must look like FS-SHA-001' })
  code: string;

  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTextDto)
  name: BilingualTextDto;

  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTextDto)
  city: BilingualTextDto;

  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTextDto)
  address: BilingualTextDto;

  /** IATA code of the airport the store's goods fly to, e.g. PVG. */
  @Matches(/^[A-Z]{3}$/, { message: 'destinationAirport must be a 3-letter IATA code' })
  destinationAirport: string;
}
