import { SetMetadata } from '@nestjs/common';
import type { JobName } from './jobs';

export const JOB_HANDLER = Symbol('corridor:job-handler');

/** Marks a provider method as the one handler of a job; the worker checks there is exactly one each. */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, name);

/** What a handler learns about the job besides its payload. */
export interface JobContext {
  jobId: string;
  attempt: number;
  maxAttempts: number;
}
