import type { AppConfig } from '@corridor/config';
import { SYSTEM_ACTOR } from '@corridor/domain';
import type { JobName, JobPayloads } from './jobs';

/** When a scheduled job runs: a cron pattern (read in UTC) or a fixed interval in ms. */
export type Cadence = { pattern: string; tz: 'UTC' } | { every: number };

/** One job the worker keeps scheduled, typed by the job it adds. */
export interface Schedule<N extends JobName = JobName> {
  /** The BullMQ job scheduler id; stable, so every worker declaring it keeps one schedule. */
  readonly id: string;
  /** The registered job each run adds. */
  readonly job: N;
  /** The cadence, from the validated config where it is configurable. */
  readonly cadence: (config: AppConfig) => Cadence;
  /** The payload every run carries; the same each time, usually just the system actor. */
  readonly payload: JobPayloads[N];
  /** What the worker logs once the schedule is in place. */
  readonly describe: (config: AppConfig) => string;
}

/** Declares a schedule; the payload is checked against the job it names. */
export function schedule<N extends JobName>(definition: Schedule<N>): Schedule<N> {
  return definition;
}

/** Every day at 05:00 UTC (08:00 in Kigali), before the day's drop-offs. */
export const CERTIFICATE_CHECK_PATTERN = '0 5 * * *';

/** At minute 17 of every hour: off the hour, when other schedules run. */
export const IDEMPOTENCY_PURGE_PATTERN = '17 * * * *';

/**
 * Every job that runs on a clock rather than on an event. The worker upserts them all at
 * boot ({@link JobSchedules}); nothing else schedules a job.
 */
export const SCHEDULES = [
  schedule({
    id: 'certificate-expiry-daily',
    job: 'supplier.check_expiry',
    cadence: () => ({ pattern: CERTIFICATE_CHECK_PATTERN, tz: 'UTC' }),
    payload: { actor: SYSTEM_ACTOR },
    describe: () => `certificate check scheduled (${CERTIFICATE_CHECK_PATTERN} UTC)`,
  }),
  schedule({
    id: 'tracking-poll-stale',
    job: 'tracking.poll_stale',
    // A changed TRACKING_POLL_INTERVAL_MS replaces the old schedule at the next boot.
    cadence: (config) => ({ every: config.trackingPollIntervalMs }),
    payload: { actor: SYSTEM_ACTOR },
    describe: (config) =>
      `stale tracking scan scheduled every ${config.trackingPollIntervalMs} ms (stale after ${config.trackingStaleAfterMs} ms)`,
  }),
  schedule({
    id: 'idempotency-purge-hourly',
    job: 'maintenance.purge_idempotency_keys',
    cadence: () => ({ pattern: IDEMPOTENCY_PURGE_PATTERN, tz: 'UTC' }),
    payload: {},
    describe: () => `idempotency key purge scheduled (${IDEMPOTENCY_PURGE_PATTERN} UTC)`,
  }),
] as const satisfies readonly Schedule[];
