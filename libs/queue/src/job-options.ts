import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '@corridor/config';

/**
 * Declared once for every job: retried with exponential backoff, kept long enough after
 * completion that a republished outbox row with the same jobId is recognised as a duplicate.
 */
export function defaultJobOptions(config: AppConfig): JobsOptions {
  return {
    attempts: config.jobAttempts,
    backoff: { type: 'exponential', delay: config.jobBackoffMs },
    removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}

/**
 * Webhook deliveries retry for longer than other jobs: a buyer's endpoint may be down for a
 * day. Exponential from `WEBHOOK_BACKOFF_MS`; the delivery handler ends the last attempt itself.
 */
export function webhookDeliveryJobOptions(config: AppConfig): JobsOptions {
  return {
    ...defaultJobOptions(config),
    attempts: config.webhookAttempts,
    backoff: { type: 'exponential', delay: config.webhookBackoffMs },
  };
}
