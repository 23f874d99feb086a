import { Client } from 'pg';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { QUEUE_NAMES } from '@corridor/queue/jobs';
import { redisOptionsFromUrl } from '@corridor/queue/redis-options';
import type { HttpClient } from './http-client';
import type { TestEnvironment } from './test-environment';

/** Shipment statuses while the carrier holds the parcels and they are not yet delivered. */
export const IN_TRANSIT = ['handed_over', 'in_transit', 'arrived', 'customs_cleared', 'out_for_delivery'];

/**
 * A staff member at the drop-off desk: takes every open `handoff_dropoff` task, claims it and
 * completes it with a receipt number, as fast as the tasks appear. Tasks whose shipment is
 * held (`hold`) are left open until the hold is lifted. Works over the HTTP API only.
 */
export class DropoffClerk {
  /** Receipt number handed in, by shipment id. */
  readonly receipts = new Map<string, string>();
  /** Anything the API refused: a clerk's claim or completion should never fail. */
  readonly errors: string[] = [];
  private hold: (shipmentId: string) => boolean = () => false;
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly staff: HttpClient,
    private readonly intervalMs = 100,
  ) {}

  start(options: { hold?: (shipmentId: string) => boolean } = {}): this {
    if (options.hold) this.hold = options.hold;
    this.running = true;
    this.schedule();
    return this;
  }

  /** Lets held shipments through from the next round on. */
  release(): void {
    this.hold = () => false;
  }

  /** Runs one round now (after any round in progress) and returns how many tasks it completed. */
  work(): Promise<number> {
    this.round = this.round.catch(() => 0).then(() => this.completeOpenTasks());
    return this.round;
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.round.catch(() => 0);
  }

  private schedule(): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      // A round the API broke off (a refused request, an answer the spec does not declare) is
      // recorded, and the next round tries again: the desk stays open.
      void this.work()
        .catch((error: Error) => {
          this.errors.push(`round failed: ${error.message}`);
          return 0;
        })
        .finally(() => this.schedule());
    }, this.intervalMs);
  }

  private async completeOpenTasks(): Promise<number> {
    const open = await this.staff.get('/v1/tasks?type=handoff_dropoff&status=open&limit=200');
    if (open.status !== 200) {
      this.errors.push(`list tasks: ${open.status} ${JSON.stringify(open.body)}`);
      return 0;
    }
    let completed = 0;
    for (const task of open.body.items as { id: string; subject: { id: string } }[]) {
      const shipmentId = task.subject.id;
      if (this.hold(shipmentId)) continue;
      const claimed = await this.staff.post(`/v1/tasks/${task.id}/claim`);
      if (claimed.status !== 200) {
        this.errors.push(`claim ${task.id} of ${shipmentId}: ${claimed.status} ${JSON.stringify(claimed.body)}`);
        continue;
      }
      const receiptNumber = `RCPT-${shipmentId.slice(-12)}`;
      const done = await this.staff.post(`/v1/tasks/${task.id}/complete`, {
        outcome: 'handed_over',
        data: { receiptNumber },
      });
      if (done.status !== 200) {
        this.errors.push(`complete ${task.id} of ${shipmentId}: ${done.status} ${JSON.stringify(done.body)}`);
        continue;
      }
      if (this.receipts.has(shipmentId)) this.errors.push(`a second handoff_dropoff task ${task.id} for ${shipmentId}`);
      this.receipts.set(shipmentId, receiptNumber);
      completed += 1;
    }
    return completed;
  }
}

/** Starts the worker again; `startApp` waits for this start's own running line. */
export async function restartWorker(env: TestEnvironment): Promise<void> {
  await env.startApp('worker');
}

/** Reads the pipeline's state straight from the test's database and Redis prefix. */
export class PipelineProbe {
  private readonly db: Client;

  constructor(private readonly env: TestEnvironment) {
    this.db = new Client({ connectionString: env.env.DATABASE_URL });
  }

  async open(): Promise<this> {
    await this.db.connect();
    return this;
  }

  async close(): Promise<void> {
    await this.db.end();
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(sql, params)).rows as T[];
  }

  /** Current status of each shipment, by id. */
  async shipmentStatuses(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.query<{ id: string; status: string }>(
      `SELECT id, status FROM shipment WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /** How many shipments are in each status. */
  async statusCounts(ids: string[]): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const status of (await this.shipmentStatuses(ids)).values()) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }

  async unpublishedOutbox(): Promise<{ job_name: string; n: number }[]> {
    return this.query<{ job_name: string; n: number }>(
      `SELECT job_name, count(*)::int AS n FROM outbox WHERE published_at IS NULL GROUP BY job_name ORDER BY job_name`,
    );
  }

  /**
   * BullMQ job counts of every queue under the test's prefix, summed by state. The next run of
   * a job scheduler (the daily certificate check) waits as a delayed job by design; it is left out.
   */
  async jobCounts(): Promise<Record<string, number>> {
    const totals: Record<string, number> = {};
    await this.eachQueue(async (queue) => {
      const scheduled = (await queue.getDelayed(0, 1000)).filter((job) => job.repeatJobKey).length;
      totals.delayed = (totals.delayed ?? 0) - scheduled;
      const counts = await queue.getJobCounts(
        'active',
        'wait',
        'delayed',
        'prioritized',
        'waiting-children',
        'failed',
        'completed',
      );
      for (const [state, n] of Object.entries(counts)) totals[state] = (totals[state] ?? 0) + n;
    });
    return totals;
  }

  /** Jobs that ended failed, with their reason, across every queue. */
  async failedJobs(): Promise<{ queue: string; id: string | undefined; name: string; reason: string }[]> {
    const failed: { queue: string; id: string | undefined; name: string; reason: string }[] = [];
    await this.eachQueue(async (queue) => {
      for (const job of await queue.getFailed(0, 100))
        failed.push({ queue: queue.name, id: job.id, name: job.name, reason: job.failedReason });
    });
    return failed;
  }

  /**
   * How many times each queue's stalled-job check took a job back from a dead worker
   * (BullMQ's `stalled` event in the queue's event stream).
   */
  async stalledCount(): Promise<number> {
    const redis = new Redis(this.env.env.REDIS_URL);
    try {
      let total = 0;
      for (const name of QUEUE_NAMES) {
        const events = await redis.xrange(`${this.env.queuePrefix}:${name}:events`, '-', '+');
        total += events.filter(([, fields]) => fields[0] === 'event' && fields[1] === 'stalled').length;
      }
      return total;
    } finally {
      redis.disconnect();
    }
  }

  private async eachQueue(fn: (queue: Queue) => Promise<void>): Promise<void> {
    const connection = redisOptionsFromUrl(this.env.env.REDIS_URL);
    for (const name of QUEUE_NAMES) {
      const queue = new Queue(name, { connection, prefix: this.env.queuePrefix });
      try {
        await fn(queue);
      } finally {
        await queue.close();
      }
    }
  }
}
