import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { ShipmentStatus } from '@corridor/domain';
import { JobHandler, JobPublisher, type JobContext, type JobPayloads } from '@corridor/queue';
import { ShipmentsService } from '@corridor/shipments';
import { AppConfig } from '@corridor/config';
import { CarrierClient, CarrierRefusal, type CarrierTracking } from '@corridor/handoff';
import { CarrierEventDto } from './carrier-events.dto';
import { TrackingService } from './tracking.service';

/** Statuses in which the carrier holds the parcels and should be telling us where they are. */
export const POLLED_STATUSES: readonly ShipmentStatus[] = [
  'handed_over',
  'in_transit',
  'arrived',
  'customs_cleared',
  'out_for_delivery',
  'exception',
];

/** Shipments one scan asks polls for; the rest wait for the next scan, oldest news first. */
export const POLL_BATCH_SIZE = 500;

/**
 * Tracking by polling, for when a carrier's pushed events stop arriving: every
 * `TRACKING_POLL_INTERVAL_MS` a scan finds shipments on the way with no news for
 * `TRACKING_STALE_AFTER_MS`, and a poll job each asks the carrier for its events, which are
 * ingested exactly as pushed ones are (a repeated event is ignored, status never moves back).
 */
@Injectable()
export class TrackingPollProcessor {
  private readonly logger = new Logger(TrackingPollProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly tracking: TrackingService,
    private readonly carriers: CarrierClient,
    private readonly jobs: JobPublisher,
    private readonly config: AppConfig,
  ) {}

  /**
   * "No news" counts from the last event received from the carrier, or from the shipment's
   * last change when that is later (a parcel just handed over by staff has no events yet).
   * Shipments tell which have not changed lately, tracking when each last heard from its
   * carrier; the oldest news first, at most {@link POLL_BATCH_SIZE} a scan.
   */
  @JobHandler('tracking.poll_stale')
  async pollStale(_payload: JobPayloads['tracking.poll_stale']): Promise<{ outcome: string; polls: number }> {
    return this.dataSource.transaction(async (manager) => {
      const quiet = await this.shipments.quietFor(manager, {
        statuses: POLLED_STATUSES,
        quietForMs: this.config.trackingStaleAfterMs,
      });
      const heard = await this.tracking.lastHeard(
        manager,
        quiet.shipments.map((s) => s.id),
      );
      const stale = quiet.shipments
        .map((s) => {
          const at = heard.get(s.id);
          return { id: s.id, news: at && at > s.updatedAt ? at : s.updatedAt };
        })
        .filter((s) => s.news < quiet.cutoff)
        .sort((a, b) => a.news.getTime() - b.news.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, POLL_BATCH_SIZE);
      for (const { id } of stale) await this.jobs.publish(manager, 'tracking.poll', { shipmentId: id });
      return { outcome: stale.length > 0 ? 'polls_requested' : 'nothing_stale', polls: stale.length };
    });
  }

  /**
   * Asks the carrier for the shipment's events and ingests them. A carrier that stays away
   * through every attempt ends the job quietly: the shipment is still stale, so the next scan
   * asks again, and a `failed_job` task per shipment per scan would bury the task queue. A
   * carrier that refuses (unknown number, wrong credentials) fails the job for a person.
   */
  @JobHandler('tracking.poll')
  async poll(
    payload: JobPayloads['tracking.poll'],
    context: JobContext,
  ): Promise<{ outcome: string; accepted?: number; duplicates?: number; invalid?: number }> {
    const shipment = await this.shipments.findById(this.dataSource.manager, payload.shipmentId);
    if (!shipment?.carrier || !shipment.trackingNumber || !POLLED_STATUSES.includes(shipment.status))
      return { outcome: 'skipped' };
    let answer: CarrierTracking;
    try {
      answer = await this.carriers.track(shipment.carrier, shipment.trackingNumber);
    } catch (error) {
      if (error instanceof CarrierRefusal || context.attempt < context.maxAttempts) throw error;
      this.logger.warn(
        `tracking poll of ${shipment.trackingNumber} gave up after ${context.attempt} attempts, next scan retries: ${(error as Error).message}`,
      );
      return { outcome: 'carrier_unavailable' };
    }
    if (!Array.isArray(answer?.events)) {
      throw new Error(`carrier ${shipment.carrier} answered a tracking poll without an events list`);
    }
    const { events, invalid } = validEvents(answer.events, shipment.trackingNumber);
    if (invalid.length > 0) {
      this.logger.warn(
        `carrier ${shipment.carrier} sent ${invalid.length} unusable event(s) for ${shipment.trackingNumber}: ${invalid.join('; ').slice(0, 500)}`,
      );
    }
    const result = await this.tracking.ingest(shipment.carrier, events);
    return { outcome: 'polled', accepted: result.accepted, duplicates: result.duplicates, invalid: invalid.length };
  }
}

/**
 * The events that pass the same checks as pushed ones and are about this tracking number;
 * the others are described in `invalid`. One bad event does not hold back the good ones.
 */
function validEvents(raw: unknown[], trackingNumber: string): { events: CarrierEventDto[]; invalid: string[] } {
  const events: CarrierEventDto[] = [];
  const invalid: string[] = [];
  raw.forEach((item, i) => {
    if (typeof item !== 'object' || item === null) {
      invalid.push(`events[${i}] is not an object`);
      return;
    }
    const event = plainToInstance(CarrierEventDto, item);
    const errors = validateSync(event, { forbidUnknownValues: false });
    if (errors.length > 0) {
      invalid.push(`events[${i}]: ${errors.flatMap((e) => Object.values(e.constraints ?? {})).join(', ')}`);
    } else if (event.trackingNumber !== trackingNumber) {
      invalid.push(`events[${i}] is about ${event.trackingNumber}`);
    } else {
      events.push(event);
    }
  });
  return { events, invalid };
}
