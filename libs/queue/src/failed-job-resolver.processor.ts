import { Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobHandler } from './job-handler.decorator';
import type { JobPayloads, QueueName } from './jobs';
import { QUEUE_NAMES } from './jobs';
import { Queues } from './queues.service';

/** Carries out a staff decision on a `failed_job` task: retry the job, or leave it failed. */
@Injectable()
export class FailedJobResolver {
  private readonly logger = new Logger(FailedJobResolver.name);

  constructor(private readonly queues: Queues) {}

  /**
   * `queue.failed_job_resolved`: on the outcome `retry`, retries the failed job with its attempts reset; any other
   * outcome, or a job that is gone or no longer failed, leaves things as they are (`retried: false`).
   */
  @JobHandler('queue.failed_job_resolved')
  async resolve(payload: JobPayloads['queue.failed_job_resolved']): Promise<{ retried: boolean }> {
    if (payload.outcome !== 'retry') return { retried: false };
    const queueName = String(payload.data.queue) as QueueName;
    if (!QUEUE_NAMES.includes(queueName)) return { retried: false };
    const job = await Job.fromId(this.queues.get(queueName), String(payload.data.jobId));
    if (!job || !(await job.isFailed())) {
      this.logger.warn(`failed job ${String(payload.data.jobId)} is gone or no longer failed; nothing to retry`);
      return { retried: false };
    }
    await job.retry('failed', { resetAttemptsMade: true });
    return { retried: true };
  }
}
