import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { AppConfig } from '@corridor/config';
import { runInRequestContext } from '@corridor/persistence';
import { jobDuration, jobsTotal, runWithLogFields } from '@corridor/observability';
import { JOB_HANDLER, type JobContext } from './job-handler.decorator';
import { JOB_NAMES, JOB_QUEUE, QUEUE_NAMES, type JobName } from './jobs';
import { redisOptionsFromUrl } from './redis-options';
import { FailedJobRecorder } from './failed-job-recorder';
import { payloadIds, splitJobMeta } from './job-meta';
import { OutageLog } from './redis-health';

/** How long a forced close may take once the active jobs were handed back. */
const FORCED_CLOSE_MS = 500;

type Handler = (payload: unknown, context: JobContext) => Promise<unknown>;

/** Thrown at boot when a job has no handler or more than one: the worker refuses to start. */
export class HandlerRegistryError extends Error {}

/**
 * The consumer side: finds every `@JobHandler` method, checks each job has exactly one,
 * and runs one BullMQ worker per queue that dispatches by job name.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobWorkers.name);
  private readonly handlers = new Map<JobName, Handler>();
  private readonly workers: Worker[] = [];
  /** Failures `dispatch` has counted already; others (a job that stalled too often) are counted on `failed`. */
  private readonly counted = new WeakSet<Error>();
  private readonly outages = new OutageLog(this.logger);
  /** Jobs running now, with the lock token each was taken with: what shutdown hands back. */
  private readonly active = new Map<Job, string | undefined>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly failedJobs: FailedJobRecorder,
  ) {}

  onApplicationBootstrap(): void {
    this.collectHandlers();
    const connection = redisOptionsFromUrl(this.config.redisUrl);
    for (const queue of QUEUE_NAMES) {
      const worker = new Worker(queue, (job, token) => this.track(job, token, () => this.dispatch(queue, job)), {
        connection,
        prefix: this.config.queuePrefix,
        concurrency: this.config.workerConcurrency,
        // A dead worker's jobs come back once their lock lapses: keep that short. Handlers are
        // safe to re-run, so a job cut off by several crashes in a row is retried, not failed.
        lockDuration: 10_000,
        stalledInterval: 5_000,
        maxStalledCount: 5,
      });
      worker.on('failed', (job, error) => void this.onFailed(queue, job, error));
      this.outages.watch(`worker ${queue}`, worker);
      this.outages.watch(`worker ${queue}`, worker.getBackend());
      this.workers.push(worker);
    }
    this.logger.log(`handling ${this.handlers.size} jobs on ${QUEUE_NAMES.length} queues`);
  }

  /**
   * Stops taking jobs and gives the active ones `WORKER_SHUTDOWN_TIMEOUT_MS` to finish; then
   * hands the rest back, moving each to its queue's wait list under its own lock token so
   * another worker runs it at once rather than after its lock lapses, and closes without
   * waiting (handlers are written to be re-run; the cut-off run's transaction never commits).
   * Runs before the database and Redis connections close, so a finishing job can still commit.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const started = Date.now();
    const graceful = Promise.all(this.workers.map((w) => w.close())).then(() => true);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.config.workerShutdownTimeoutMs);
    });
    const finished = await Promise.race([graceful, timedOut]);
    clearTimeout(timer);
    if (!finished) {
      const active = this.workers.filter((w) => w.isRunning()).length;
      const handedBack = await this.handBack();
      this.logger.warn(
        `active jobs did not finish within ${this.config.workerShutdownTimeoutMs} ms: handed ${handedBack} back to their queues (${active} queue(s) busy)`,
      );
      // BullMQ's forced close still waits for the running processor to return; the jobs are
      // back in their queues already, so give it a moment and let the process end.
      let forced: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(this.workers.map((w) => w.close(true))),
        new Promise((resolve) => {
          forced = setTimeout(resolve, FORCED_CLOSE_MS);
        }),
      ]);
      clearTimeout(forced);
    }
    this.logger.log(`workers stopped in ${Date.now() - started} ms`);
  }

  private async track(job: Job, token: string | undefined, run: () => Promise<unknown>): Promise<unknown> {
    this.active.set(job, token);
    try {
      return await run();
    } finally {
      this.active.delete(job);
    }
  }

  /** Moves every job still running back to waiting; returns how many went back. */
  private async handBack(): Promise<number> {
    const moved = await Promise.all(
      [...this.active].map(([job, token]) =>
        job.moveToWait(token).then(
          () => true,
          // Its lock already lapsed or Redis is away: the stalled-job check takes it back later.
          () => false,
        ),
      ),
    );
    return moved.filter(Boolean).length;
  }

  private collectHandlers(): void {
    const found = new Map<string, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = (instance as Record<string, unknown>)[method];
        if (typeof fn !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, fn as () => unknown);
        if (!name) continue;
        found.set(name, [...(found.get(name) ?? []), `${instance.constructor.name}.${method}`]);
        this.handlers.set(name, (fn as Handler).bind(instance));
      }
    }
    const problems: string[] = [];
    for (const name of JOB_NAMES) {
      const where = found.get(name) ?? [];
      if (where.length === 0) problems.push(`job ${name} has no handler`);
      if (where.length > 1) problems.push(`job ${name} has ${where.length} handlers: ${where.join(', ')}`);
    }
    for (const name of found.keys()) {
      if (!(name in JOB_QUEUE)) problems.push(`handler for unknown job ${name}`);
    }
    if (problems.length > 0) throw new HandlerRegistryError(`worker cannot start:\n  - ${problems.join('\n  - ')}`);
  }

  /**
   * Runs the job's handler inside the job's context: the request id that caused it (so outbox
   * rows and flows it writes pass it on) and a logger whose every line names the job, its
   * queue, the ids of its payload and that request id. When the last attempt fails, the
   * `failed_job` task is recorded before the error goes back to BullMQ, while the job is still
   * ours: if the process dies here, the job is retried and recorded then, so the task cannot be lost.
   */
  private dispatch(queue: string, job: Job): Promise<unknown> {
    const { payload, meta } = splitJobMeta(job.data);
    return runInRequestContext({ requestId: meta.requestId }, () =>
      runWithLogFields(jobLogFields(queue, job), () => this.run(queue, job, payload)),
    );
  }

  private async run(queue: string, job: Job, payload: unknown): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    const attempt = job.attemptsMade + 1;
    const maxAttempts = job.opts.attempts ?? 1;
    const stopTimer = jobDuration().startTimer({ queue, name: job.name });
    try {
      const result = await handler(payload, { jobId: job.id ?? '', attempt, maxAttempts });
      jobsTotal().inc({ queue, name: job.name, result: 'completed' });
      this.logger.log(`job ${job.name} ${job.id} completed (attempt ${attempt})`);
      return result;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      const final = isUnrecoverable(failure) || attempt >= maxAttempts;
      jobsTotal().inc({ queue, name: job.name, result: final ? 'failed' : 'retried' });
      if (error instanceof Error) this.counted.add(error);
      if (final) await this.recordFailure(queue, job, failure, attempt);
      throw error;
    } finally {
      stopTimer();
    }
  }

  /**
   * Logs every failure. A final one that did not come through `dispatch` (a job that stalled
   * too often) is recorded here; recording twice is harmless, the task is opened once.
   */
  private async onFailed(queue: string, job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final = isUnrecoverable(error) || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!this.counted.has(error)) jobsTotal().inc({ queue, name: job.name, result: final ? 'failed' : 'retried' });
    runWithLogFields(jobLogFields(queue, job), () =>
      this.logger.warn(
        `job ${job.name} ${job.id} failed (attempt ${job.attemptsMade}${final ? ', final' : ''}): ${error.message}`,
      ),
    );
    if (final)
      await this.recordFailure(queue, job, error, job.attemptsMade).catch((recordError: unknown) => {
        this.logger.error(`could not record failed job ${job.id}: ${String(recordError)}`);
      });
  }

  private recordFailure(queue: string, job: Job, error: Error, attempts: number): Promise<void> {
    return this.failedJobs.record({
      queue,
      jobId: job.id ?? '',
      jobName: job.name,
      // One task per final failure: a retried job that fails for good again gets a new one.
      failureKey: String(job.processedOn ?? job.timestamp),
      attempts,
      error: error.message,
      data: splitJobMeta(job.data).payload,
    });
  }
}

/** What every log line about a job names: the job, its queue, its payload's ids and the request behind it. */
function jobLogFields(queue: string, job: Job): Record<string, unknown> {
  const { payload, meta } = splitJobMeta(job.data);
  return { jobId: job.id, queue, jobName: job.name, ...payloadIds(payload), requestId: meta.requestId };
}

function isUnrecoverable(error: Error): boolean {
  return error instanceof UnrecoverableError || error.name === 'UnrecoverableError';
}
