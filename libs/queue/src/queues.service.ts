import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { FlowProducer, type FlowJob, type Queue } from 'bullmq';
import { AppConfig } from '@corridor/config';
import { currentRequestId, type OutboxRow } from '@corridor/persistence';
import { JOB_QUEUE, QUEUE_NAMES, type JobName, type JobPayloads, type QueueName } from './jobs';
import { defaultJobOptions } from './job-options';
import { producerRedisOptionsFromUrl } from './redis-options';
import { withJobMeta } from './job-meta';
import { OutageLog } from './redis-health';

/** A job of a flow: a registered job, its payload, a deterministic id, and its children. */
export interface FlowStep<N extends JobName = JobName> {
  /** The registered job; its queue comes from the registry. */
  name: N;
  /** The job's payload: ids and the actor, never entities. */
  data: JobPayloads[N];
  /** Deterministic, so adding the same flow twice adds it once. No colons (BullMQ keys use them). */
  jobId: string;
  /** Jobs that must all complete before this one runs; one failing for good fails this one too. */
  children?: FlowStep[];
}

/** The producer side of every registered queue, by name, and flows of parent and child jobs. */
@Injectable()
export class Queues implements OnModuleInit, OnModuleDestroy {
  private readonly byName = new Map<QueueName, Queue>();
  private flowProducer: FlowProducer | null = null;
  private readonly outages = new OutageLog(new Logger(Queues.name));

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  /** Resolved once the module graph exists: the queue providers live in BullModule's own module. */
  onModuleInit(): void {
    for (const name of QUEUE_NAMES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      if (!queue) throw new Error(`queue ${name} is not registered`);
      this.watch(`queue ${name}`, queue);
      this.byName.set(name, queue);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.flowProducer?.close();
  }

  /** Redis connections down right now, by label (`queue handoff`, `flow producer`). */
  outagesNow(): string[] {
    return this.outages.outages();
  }

  private watch(label: string, holder: Queue | FlowProducer): void {
    this.outages.watch(label, holder);
    if ('getBackend' in holder) this.outages.watch(label, holder.getBackend());
  }

  /**
   * The BullMQ queue registered under `name`, for reading counts or jobs. Throws if the name is not registered, which
   * the registry's types rule out. Publish through the outbox, not by adding here.
   */
  get(name: QueueName): Queue {
    const queue = this.byName.get(name);
    if (!queue) throw new Error(`queue ${name} is not registered`);
    return queue;
  }

  /**
   * Publishes outbox rows as jobs, each on the queue its job name routes to, under `jobId` = row
   * id (so a row published twice is one job) and with the request id it was written under.
   * The relay's publishing and the reconciler's republishing both go through here.
   */
  async addOutboxRows(rows: readonly OutboxRow[]): Promise<void> {
    const byQueue = new Map<QueueName, OutboxRow[]>();
    for (const row of rows) {
      const queue = JOB_QUEUE[row.job_name as JobName];
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
    }
    for (const [queue, items] of byQueue) {
      await this.get(queue).addBulk(
        items.map((r) => ({
          name: r.job_name,
          data: withJobMeta(r.payload, { requestId: r.request_id ?? undefined }),
          opts: { jobId: r.id },
        })),
      );
    }
  }

  /**
   * Adds a parent job that runs once all its children have completed; a child that fails for
   * good fails its parent. Each job gets the registry's queue and the default options, and
   * the request id of the request (or job) adding the flow, as an outbox row would.
   */
  async addFlow(step: FlowStep): Promise<void> {
    if (!this.flowProducer) {
      this.flowProducer = new FlowProducer({
        connection: producerRedisOptionsFromUrl(this.config.redisUrl),
        prefix: this.config.queuePrefix,
      });
      this.watch('flow producer', this.flowProducer);
    }
    await this.flowProducer.add(this.toFlowJob(step, false, currentRequestId()));
  }

  private toFlowJob(step: FlowStep, child: boolean, requestId: string | undefined): FlowJob {
    return {
      name: step.name,
      queueName: JOB_QUEUE[step.name],
      data: withJobMeta(step.data, { requestId }),
      opts: { ...defaultJobOptions(this.config), jobId: step.jobId, ...(child ? { failParentOnFailure: true } : {}) },
      children: step.children?.map((c) => this.toFlowJob(c, true, requestId)),
    };
  }
}
