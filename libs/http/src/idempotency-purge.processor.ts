import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler, Queues, QUEUES } from '@corridor/queue';
import { IDEMPOTENCY_RETENTION_HOURS } from './idempotency.interceptor';

/** At minute 17 of every hour: off the hour, when other schedules run. */
export const IDEMPOTENCY_PURGE_PATTERN = '17 * * * *';

/**
 * Forgets `Idempotency-Key` records once they are past their retention (48 h; the contract asks
 * for at least 24). Scheduled with `upsertJobScheduler`, which is idempotent, so every worker
 * may declare it and one job runs an hour.
 */
@Injectable()
export class IdempotencyPurgeProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdempotencyPurgeProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: Queues,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .get(QUEUES.maintenance)
      .upsertJobScheduler(
        'idempotency-purge-hourly',
        { pattern: IDEMPOTENCY_PURGE_PATTERN, tz: 'UTC' },
        { name: 'maintenance.purge_idempotency_keys', data: {} },
      );
  }

  @JobHandler('maintenance.purge_idempotency_keys')
  async purge(): Promise<{ deleted: number }> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1)`,
      [IDEMPOTENCY_RETENTION_HOURS],
    );
    if (deleted > 0) this.logger.log(`forgot ${deleted} idempotency keys past retention`);
    return { deleted };
  }
}
