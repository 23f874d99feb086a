import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler } from '@corridor/queue';
import { IDEMPOTENCY_RETENTION_HOURS } from './idempotency.interceptor';

/**
 * Forgets `Idempotency-Key` records once they are past their retention (48 h; the contract asks
 * for at least 24). Runs hourly: `idempotency-purge-hourly` in the schedule registry
 * (`SCHEDULES` in `@corridor/queue`).
 */
@Injectable()
export class IdempotencyPurgeProcessor {
  private readonly logger = new Logger(IdempotencyPurgeProcessor.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Deletes the records past retention; answered or abandoned alike. */
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
