import { Type } from 'class-transformer';
import { IsObject, IsString, Length, Matches, ValidateNested } from 'class-validator';

/** A text in English and Chinese, each 1–300 characters. */
export class BilingualTextDto {
  /** In English. */
  @IsString()
  @Length(1, 300)
  en: string;

  /** In Chinese, as labels and papers for China print it. */
  @IsString()
  @Length(1, 300)
  zh: string;
}

/** The body of `POST /v1/stores`: a Freshippo store and the airport its goods fly to. */
export class CreateStoreDto {
  /** The store's code, `FS-` and three letters and three digits (`FS-SHA-001`); unique. */
  @Matches(/^FS-[A-Z]{3}-\d{3}$/, { message: 'code must look like FS-SHA-001' })
  code: string;

  /** The store's name. */
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTextDto)
  name: BilingualTextDto;

  /** The store's city. */
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTextDto)
  city: BilingualTextDto;

  /** The delivery address. */
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTextDto)
  address: BilingualTextDto;

  /** IATA code of the airport the store's goods fly to, e.g. PVG. */
  @Matches(/^[A-Z]{3}$/, { message: 'destinationAirport must be a 3-letter IATA code' })
  destinationAirport: string;
}
