import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Gauge } from 'prom-client';
import { collectProcessMetrics, metricsRegistry } from '@corridor/observability';
import { outboxBacklog } from '@corridor/persistence';
import { QUEUE_NAMES } from './jobs';
import { Queues } from './queues.service';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** A scrape must answer even while Redis or Postgres does not: a gauge left out beats a hung scrape. */
const READ_TIMEOUT_MS = 2000;

/**
 * Reads one gauge's source at scrape time, giving up after {@link READ_TIMEOUT_MS}: a gauge
 * whose source does not answer is left out (and logged), so the scrape itself still answers.
 */
export async function readForScrape<T>(logger: Logger, what: string, work: () => Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READ_TIMEOUT_MS} ms`)), READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work(), timeout]);
  } catch (error) {
    logger.warn(`metrics: could not read ${what}: ${(error as Error).message}`);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The gauges both the API and the workers serve, read when `/metrics` is scraped: jobs per
 * queue and state (from BullMQ) and the outbox backlog (one aggregate query over an indexed
 * column, owned by persistence). One instance per process; it also turns on the process
 * defaults. Capability libs add their own gauges (the tasks lib its open tasks).
 */
@Injectable()
export class OpsGauges implements OnModuleInit {
  private readonly logger = new Logger(OpsGauges.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
  ) {}

  onModuleInit(): void {
    collectProcessMetrics();
    if (metricsRegistry.getSingleMetric('corridor_queue_jobs')) return;
    const read = <T>(what: string, work: () => Promise<T>) => readForScrape(this.logger, what, work);
    const queues = this.queues;
    const dataSource = this.dataSource;
    new Gauge({
      name: 'corridor_queue_jobs',
      help: 'Jobs per queue and state (waiting, active, delayed, failed), read from BullMQ at scrape time.',
      labelNames: ['queue', 'state'] as const,
      registers: [metricsRegistry],
      async collect() {
        this.reset();
        await Promise.all(
          QUEUE_NAMES.map(async (queue) => {
            const counts = await read(`jobs of ${queue}`, () => queues.get(queue).getJobCounts(...QUEUE_STATES));
            if (counts) for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
          }),
        );
      },
    });
    let outbox: Promise<{ pending: number; oldest: number } | null> | null = null;
    // Both outbox gauges come from one query per scrape.
    const readOutbox = () =>
      (outbox ??= read('the outbox', () => outboxBacklog(dataSource.manager)).finally(() =>
        setImmediate(() => (outbox = null)),
      ));
    new Gauge({
      name: 'corridor_outbox_pending',
      help: 'Outbox rows not yet published to BullMQ.',
      registers: [metricsRegistry],
      async collect() {
        const row = await readOutbox();
        if (row) this.set(row.pending);
      },
    });
    new Gauge({
      name: 'corridor_outbox_oldest_age_seconds',
      help: 'Age of the oldest unpublished outbox row, in seconds; 0 when none is pending.',
      registers: [metricsRegistry],
      async collect() {
        const row = await readOutbox();
        if (row) this.set(row.oldest);
      },
    });
  }
}
