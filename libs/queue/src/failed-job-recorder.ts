/** What is known of a job that failed its last attempt. */
export interface FailedJobInfo {
  queue: string;
  jobId: string;
  jobName: string;
  /** Tells one final failure of the job from another (after a staff retry). */
  failureKey: string;
  attempts: number;
  error: string;
  data: unknown;
}

/** Port through which the worker turns a job that failed for good into work for a person. */
export abstract class FailedJobRecorder {
  abstract record(info: FailedJobInfo): Promise<void>;
}
