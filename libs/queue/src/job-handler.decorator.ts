import { SetMetadata } from '@nestjs/common';
import type { JobName } from './jobs';

/** Metadata key {@link JobHandler} sets; the worker discovers handlers by it. */
export const JOB_HANDLER = Symbol('corridor:job-handler');

/** Marks a provider method as the one handler of a job; the worker checks there is exactly one each. */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, name);

/** What a handler learns about the job besides its payload. */
export interface JobContext {
  /** The BullMQ job id: for a job relayed from the outbox, the outbox row's id. */
  jobId: string;
  /** This run's attempt, 1-based. */
  attempt: number;
  /**
   * How many attempts the job has in all; on the last, a thrown error fails it for good and opens a `failed_job` task.
   */
  maxAttempts: number;
}
