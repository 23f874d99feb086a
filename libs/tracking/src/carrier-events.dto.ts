import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { CARRIER_EVENT_CODES, TRACKING_NUMBER_PATTERN, type CarrierEventCode } from '@corridor/domain';

export class CarrierEventDto {
  /** The carrier's id for the event; a repeat is accepted and ignored. */
  @IsString()
  @Length(1, 128)
  eventId: string;

  @Matches(TRACKING_NUMBER_PATTERN, { message: 'trackingNumber must be 8-40 of A-Z 0-9' })
  trackingNumber: string;

  @IsIn(CARRIER_EVENT_CODES)
  code: CarrierEventCode;

  @IsISO8601({ strict: true })
  occurredAt: string;

  @IsString()
  @Length(0, 200)
  location: string;

  @IsString()
  @Length(0, 500)
  description: string;
}

export class CarrierEventsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CarrierEventDto)
  events: CarrierEventDto[];
}
