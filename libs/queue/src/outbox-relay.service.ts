import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { AppConfig } from '@corridor/config';
import {
  OUTBOX_CHANNEL,
  claimOutboxRows,
  markOutboxPublished,
  type OutboxRow as StoredOutboxRow,
} from '@corridor/persistence';
import { JOB_QUEUE, type JobName, type QueueName } from './jobs';
import { Queues } from './queues.service';

const BATCH = 200;

type OutboxRow = StoredOutboxRow & { job_name: JobName };

/**
 * Publishes outbox rows to BullMQ with `jobId` = outbox id. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so several relays can run side by side; a crash between the
 * add and the commit republishes the row, and BullMQ drops the duplicate jobId.
 * Woken by NOTIFY on commit, and by a poll as a fallback. The request id a row was written
 * under rides on its job's data (see `job-meta.ts`), so the job's log lines name it too.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.config.outboxPollMs);
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
  }

  /** Starts a drain, or asks the running one to go round again. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainUntilEmpty()
      .then(() => undefined)
      .catch((error: unknown) => {
        // While Redis is away the outage log has said so once; the rows simply wait.
        if (this.queues.outagesNow().length === 0) this.logger.warn(`outbox relay: ${String(error)}; will retry`);
      })
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Publishes every pending row; resolves when none is left. Returns how many it published. */
  async drainUntilEmpty(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      total += published;
      if (published < BATCH || this.stopped) return total;
    }
  }

  private async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await claimOutboxRows(manager, BATCH)) as OutboxRow[];
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, OutboxRow[]>();
      const unknown: OutboxRow[] = [];
      for (const row of rows) {
        const queue = Object.hasOwn(JOB_QUEUE, row.job_name) ? JOB_QUEUE[row.job_name] : undefined;
        if (!queue) unknown.push(row);
        else byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
      }
      // A row no job matches (say, written by an older version) is set aside, not retried
      // forever: it would hold up every row behind it.
      if (unknown.length > 0) {
        this.logger.error(
          `outbox rows name unknown jobs and are set aside: ${unknown.map((r) => `${r.id} (${r.job_name})`).join(', ')}`,
        );
        await markOutboxPublished(
          manager,
          unknown.map((r) => r.id),
          'unknown job',
        );
      }
      await this.queues.addOutboxRows([...byQueue.values()].flat());
      await markOutboxPublished(
        manager,
        [...byQueue.values()].flat().map((r) => r.id),
      );
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', () => this.wake());
    // A lost listener only slows publishing down to the poll; reconnect in the background.
    client.on('error', (error) => {
      this.logger.warn(`outbox listener lost: ${error.message}`);
      this.listener = null;
      this.relisten();
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.listener = client;
  }

  private relisten(): void {
    if (this.stopped) return;
    setTimeout(() => {
      this.listen().catch(() => this.relisten());
    }, 1000).unref();
  }
}
