import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '@corridor/config';
import { publishedOutboxRows, type OutboxRow } from '@corridor/persistence';
import { JOB_QUEUE, isJobName, type QueueName } from './jobs';
import { Queues } from './queues.service';
import { JobSchedules } from './schedules.service';

const BATCH = 500;
/** How often the marker is looked at between two full checks. */
const MARKER_CHECK_MS = 2000;

/** What one reconciliation found and did. */
export interface Reconciliation {
  /** Whether Redis had lost the marker the last run left: it restarted empty, or was replaced. */
  redisLostData: boolean;
  /** Published outbox rows checked against Redis. */
  checked: number;
  /** Outbox rows whose job Redis no longer held, published again under the same job id. */
  republished: number;
  /** Schedules Redis no longer held, created again. */
  schedulesRestored: string[];
}

/**
 * Repairs what a Redis that lost its data leaves behind. Every job Corridor runs starts as an
 * outbox row published under `jobId` = row id, and BullMQ keeps a finished job's key for days
 * (see `defaultJobOptions`); so a published row of the last `RECONCILE_LOOKBACK_MS` whose job key
 * is gone was lost by Redis, not run. Those rows are published again with the same job id, which
 * makes a second reconciler, or one racing the relay, harmless; handlers re-read the database,
 * so a job that did run and is re-run finds its work done. Missing schedules are re-created.
 *
 * It runs at worker start, every `RECONCILE_INTERVAL_MS`, and at once when a marker key it keeps
 * in Redis disappears (Redis restarted empty), so the pipeline resumes within seconds rather than
 * at the next worker restart. Workers side by side take turns through a short Redis lock.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Reconciler.name);
  private readonly marker: string;
  private readonly lock: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private lastFull = 0;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
    private readonly schedules: JobSchedules,
    private readonly config: AppConfig,
  ) {
    this.marker = `${config.queuePrefix}:reconciler:marker`;
    this.lock = `${config.queuePrefix}:reconciler:lock`;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), Math.min(MARKER_CHECK_MS, this.config.reconcileIntervalMs));
    this.timer.unref();
    this.tick(true);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs a full check when one is due or the marker is gone; never two at once in this process. */
  private tick(force = false): void {
    if (this.stopped || this.running) return;
    this.running = this.due(force)
      .then((due) => (due ? this.reconcile() : null))
      .catch((error: unknown) => {
        // While Redis is away the outage log has said so; the next tick tries again.
        if (this.queues.outagesNow().length === 0) this.logger.warn(`reconciler: ${String(error)}; will retry`);
      })
      .finally(() => {
        this.running = null;
      });
  }

  private async due(force: boolean): Promise<boolean> {
    if (force || Date.now() - this.lastFull >= this.config.reconcileIntervalMs) return true;
    const redis = await this.redis();
    return (await redis.exists(this.marker)) === 0;
  }

  /**
   * One full pass, under the lock (another worker holding it means it is doing this pass):
   * checks the marker, republishes lost jobs, restores schedules, sets the marker again.
   * Returns null when another worker holds the lock.
   */
  async reconcile(): Promise<Reconciliation | null> {
    const redis = await this.redis();
    const token = randomUUID();
    const ttl = Math.max(30_000, this.config.reconcileIntervalMs);
    if ((await redis.set(this.lock, token, 'PX', ttl, 'NX')) !== 'OK') return null;
    try {
      const redisLostData = (await redis.exists(this.marker)) === 0 && this.lastFull > 0;
      const schedulesRestored = await this.schedules.restoreMissing();
      const { checked, republished } = await this.republishLost();
      await redis.set(this.marker, new Date().toISOString());
      this.lastFull = Date.now();
      const result = { redisLostData, checked, republished, schedulesRestored };
      if (redisLostData || republished > 0 || schedulesRestored.length > 0) {
        this.logger.warn(
          `reconciler: ${redisLostData ? 'Redis lost its data; ' : ''}republished ${republished} of ${checked} published jobs Redis no longer held` +
            (schedulesRestored.length > 0 ? `, re-created schedules ${schedulesRestored.join(', ')}` : ''),
        );
      }
      return result;
    } finally {
      if ((await redis.get(this.lock)) === token) await redis.del(this.lock);
    }
  }

  /** Pages through the lookback window, checking each batch's job keys in one pipeline. */
  private async republishLost(): Promise<{ checked: number; republished: number }> {
    const since = new Date(Date.now() - this.config.reconcileLookbackMs);
    let after: string | null = null;
    let checked = 0;
    let republished = 0;
    for (;;) {
      const rows: OutboxRow[] = await publishedOutboxRows(this.dataSource.manager, since, after, BATCH);
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      checked += rows.length;
      const known = rows.filter((r) => isJobName(r.job_name));
      const redis = await this.redis();
      const pipeline = redis.pipeline();
      for (const row of known) pipeline.exists(this.queues.get(this.queueOf(row)).toKey(row.id));
      const answers = (await pipeline.exec()) ?? [];
      const lost = known.filter((_, i) => answers[i]?.[1] === 0);
      await this.queues.addOutboxRows(lost);
      republished += lost.length;
      if (rows.length < BATCH) break;
    }
    return { checked, republished };
  }

  private queueOf(row: OutboxRow): QueueName {
    return JOB_QUEUE[row.job_name as keyof typeof JOB_QUEUE];
  }

  /** The maintenance queue's own ioredis connection (BullMQ's Redis backend holds one). */
  private async redis(): Promise<Redis> {
    return (await this.queues.get(JOB_QUEUE['maintenance.purge_idempotency_keys']).getBackend().client) as unknown as Redis;
  }
}
