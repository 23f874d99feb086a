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

/** One tracking event a carrier pushes. */
export class CarrierEventDto {
  /** The carrier's id for the event; a repeat is accepted and ignored. */
  @IsString()
  @Length(1, 128)
  eventId: string;

  /** The tracking number of a shipment booked with this carrier: 8–40 of A–Z and 0–9. */
  @Matches(TRACKING_NUMBER_PATTERN, { message: 'trackingNumber must be 8-40 of A-Z 0-9' })
  trackingNumber: string;

  /** What happened, as a contract event code. */
  @IsIn(CARRIER_EVENT_CODES)
  code: CarrierEventCode;

  /** When it happened, a strict ISO 8601 timestamp; events are ordered by it, not by arrival. */
  @IsISO8601({ strict: true })
  occurredAt: string;

  /** Where, up to 200 characters; the public tracking page shows a cleaned-up form. */
  @IsString()
  @Length(0, 200)
  location: string;

  /** The carrier's text for the event, up to 500 characters. */
  @IsString()
  @Length(0, 500)
  description: string;
}

/** The body of `POST /v1/carriers/:carrierCode/events`, signed by the carrier: a batch of its tracking events. */
export class CarrierEventsDto {
  /** 1 to 500 events, in any order. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CarrierEventDto)
  events: CarrierEventDto[];
}
