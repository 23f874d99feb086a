import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@corridor/domain';
import { Queues, QUEUES } from '@corridor/queue';

/** Every day at 05:00 UTC (08:00 in Kigali), before the day's drop-offs. */
export const CERTIFICATE_CHECK_PATTERN = '0 5 * * *';

/**
 * Keeps the daily certificate check scheduled. `upsertJobScheduler` is idempotent, so every
 * worker may declare it at start-up and BullMQ still runs one job a day.
 */
@Injectable()
export class CertificateExpiryScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificateExpiryScheduler.name);

  constructor(private readonly queues: Queues) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .get(QUEUES.suppliers)
      .upsertJobScheduler(
        'certificate-expiry-daily',
        { pattern: CERTIFICATE_CHECK_PATTERN, tz: 'UTC' },
        { name: 'supplier.check_expiry', data: { actor: SYSTEM_ACTOR } },
      );
    this.logger.log(`certificate check scheduled (${CERTIFICATE_CHECK_PATTERN} UTC)`);
  }
}
