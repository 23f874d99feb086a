import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@corridor/domain';
import { AppConfig } from '@corridor/config';
import { JOB_QUEUE, Queues } from '@corridor/queue';

/**
 * Keeps the stale-tracking scan scheduled every `TRACKING_POLL_INTERVAL_MS`.
 * `upsertJobScheduler` is idempotent, so every worker may declare it at start-up and BullMQ
 * still runs one scan per interval; a changed interval replaces the old schedule.
 */
@Injectable()
export class TrackingPollScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(TrackingPollScheduler.name);

  constructor(
    private readonly queues: Queues,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .get(JOB_QUEUE['tracking.poll_stale'])
      .upsertJobScheduler(
        'tracking-poll-stale',
        { every: this.config.trackingPollIntervalMs },
        { name: 'tracking.poll_stale', data: { actor: SYSTEM_ACTOR } },
      );
    this.logger.log(
      `stale tracking scan scheduled every ${this.config.trackingPollIntervalMs} ms (stale after ${this.config.trackingStaleAfterMs} ms)`,
    );
  }
}
