import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Milestone } from '@corridor/domain';
import { JobHandler, type JobPayloads } from '@corridor/queue';
import { ShipmentsService } from '@corridor/shipments';
import { resumeMilestone } from './tracking-journey';
import { TrackingService } from './tracking.service';

/** Carries out staff decisions on `exception_review` tasks. */
@Injectable()
export class TrackingProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly tracking: TrackingService,
  ) {}

  /**
   * `tracking.exception_reviewed`: staff's decision on a shipment in `exception`. `cancel_shipment` cancels it; any
   * other outcome resumes it at the milestone it had reached (or a later one the carrier reported meanwhile). A
   * shipment no longer in `exception` is `skipped`. One transaction, with the shipment's row locked.
   */
  @JobHandler('tracking.exception_reviewed')
  async exceptionReviewed(payload: JobPayloads['tracking.exception_reviewed']): Promise<{ outcome: string }> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipments.lock(manager, payload.subject.id);
      if (!shipment || shipment.status !== 'exception') return { outcome: 'skipped' };
      if (payload.outcome === 'cancel_shipment') {
        await this.shipments.cancel(
          manager,
          shipment,
          payload.note ?? 'cancelled by staff after an exception',
          payload.actor,
        );
        return { outcome: 'cancelled' };
      }
      // The milestone it was at, or a further one the carrier reported late (history only then).
      const resumeAt = resumeMilestone(
        shipment.milestoneBeforeException as Milestone | null,
        await this.tracking.storedEvents(manager, shipment.id),
      );
      await this.tracking.advance(manager, shipment, resumeAt, payload.actor, payload.note ?? 'resumed by staff');
      return { outcome: 'resumed' };
    });
  }
}
