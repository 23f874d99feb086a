import { ApiProperty } from '@nestjs/swagger';
import type { IngestResult } from '@corridor/tracking';

/** What became of a push of carrier events. */
export class CarrierEventsResultView implements IngestResult {
  /** Events recorded for the first time. */
  @ApiProperty({ type: 'integer' })
  accepted: number;

  /** Events whose `eventId` was already recorded, ignored. */
  @ApiProperty({ type: 'integer' })
  duplicates: number;

  /** Tracking numbers of this carrier that Corridor does not know; their events are dropped. */
  unknownTrackingNumbers: string[];
}
