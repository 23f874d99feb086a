import { ApiProperty } from '@nestjs/swagger';
import { CARRIER_EVENT_CODES, SHIPMENT_STATUSES, type CarrierEventCode, type ShipmentStatus } from '@corridor/domain';
import type { PublicTracking } from '@corridor/tracking';
import { BilingualTextView } from './bilingual-text.view';
import { CALENDAR_DATE, CARRIER_OR_NULL, TIMESTAMP } from './formats';

/** Where the parcel goes; `null` only if the store has since been removed. */
export class TrackingDestinationView {
  @ApiProperty({ type: 'string', nullable: true, example: 'Shanghai' })
  city: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  store: string | null;

  /** `city` in Chinese. */
  @ApiProperty({ type: 'string', nullable: true, example: '上海' })
  cityZh: string | null;

  /** `store` in Chinese. */
  @ApiProperty({ type: 'string', nullable: true })
  storeZh: string | null;
}

export class TrackingEventView {
  @ApiProperty({ enum: CARRIER_EVENT_CODES })
  code: CarrierEventCode;

  @ApiProperty(TIMESTAMP)
  occurredAt: string;

  /** The place the carrier reported, as a plain name: letters, digits, spaces and `, . - ' ( ) /`, at most 60 characters. */
  @ApiProperty({ maxLength: 60, example: 'Kigali, RW' })
  location: string;

  /** Corridor's wording of the event code in English and Chinese (not the carrier's free text). */
  description: BilingualTextView;
}

/** A parcel's public journey: no prices, no people, no supplier details. */
export class TrackingView implements PublicTracking {
  trackingNumber: string;

  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'ShipmentStatus' })
  status: ShipmentStatus;

  @ApiProperty(CARRIER_OR_NULL)
  carrier: string | null;

  @ApiProperty({ example: 'Kigali, RW' })
  origin: string;

  destination: TrackingDestinationView;

  /** The delivery date once delivered; before that, an estimate from the handover and the mode. */
  @ApiProperty(CALENDAR_DATE)
  estimatedDelivery: string;

  /** Oldest first (by `occurredAt`, then along the journey, then by the carrier's event id). */
  events: TrackingEventView[];
}
