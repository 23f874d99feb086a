import { timingSafeEqual } from 'node:crypto';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The one metrics registry of this process, served at `/metrics`. */
export const metricsRegistry = new Registry();

let defaultsOn = false;

/** Turns on prom-client's process defaults (`process_`, `nodejs_`) once per process. */
export function collectProcessMetrics(): void {
  if (defaultsOn) return;
  defaultsOn = true;
  collectDefaultMetrics({ register: metricsRegistry });
}

/** A metric made on first use, so a process exposes only the series it can produce. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** API: one observation per answered request, by route template (never the raw URL). */
export const httpRequestDuration = lazy(
  () =>
    new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route template and status code.',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [metricsRegistry],
    }),
);

/** Worker: each run of a job; `retried` is a failure with attempts left, `failed` a final one. */
export const jobsTotal = lazy(
  () =>
    new Counter({
      name: 'corridor_jobs_total',
      help: 'Job runs by queue, job name and result (completed, failed for good, or failed and retried).',
      labelNames: ['queue', 'name', 'result'] as const,
      registers: [metricsRegistry],
    }),
);

/**
 * Worker: `corridor_job_duration_seconds`, how long each run of a job handler took, by queue and job name, whatever its
 * result.
 */
export const jobDuration = lazy(
  () =>
    new Histogram({
      name: 'corridor_job_duration_seconds',
      help: 'Time a job handler ran, by queue and job name, whatever its result.',
      labelNames: ['queue', 'name'] as const,
      buckets: JOB_BUCKETS,
      registers: [metricsRegistry],
    }),
);

/** The carrier API call a {@link carrierRequestsTotal} series counts. */
export type CarrierOperation = 'book' | 'handover' | 'cancel' | 'track';
/** How a carrier call ended, as {@link carrierRequestsTotal} labels it. */
export type CarrierResult = 'ok' | 'refused' | 'error' | 'timeout';

/** Calls to carriers' APIs: `ok`, `refused` (a 4xx), `error` (5xx, 429, unreachable, bad body), `timeout`. */
export const carrierRequestsTotal = lazy(
  () =>
    new Counter({
      name: 'corridor_carrier_requests_total',
      help: 'Calls to carrier APIs by carrier, operation and result.',
      labelNames: ['carrier', 'operation', 'result'] as const,
      registers: [metricsRegistry],
    }),
);

/**
 * Whether a scrape may read `/metrics`: always when no token is configured, else only with
 * `Authorization: Bearer <token>` (compared in constant time).
 */
export function metricsAuthorized(token: string | undefined, authorization: string | string[] | undefined): boolean {
  if (!token) return true;
  if (typeof authorization !== 'string') return false;
  const given = Buffer.from(authorization);
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
