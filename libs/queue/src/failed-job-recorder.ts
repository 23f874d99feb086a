/** What is known of a job that failed its last attempt. */
export interface FailedJobInfo {
  /** The queue the job ran on. */
  queue: string;
  /** The BullMQ job id. */
  jobId: string;
  /** The registered job name, e.g. `handoff.book`. */
  jobName: string;
  /** Tells one final failure of the job from another (after a staff retry). */
  failureKey: string;
  /** How many attempts were made, the last included. */
  attempts: number;
  /** The last error's message. */
  error: string;
  /** The job's payload as its handler took it (Corridor's job meta removed). */
  data: unknown;
}

/** Port through which the worker turns a job that failed for good into work for a person. */
export abstract class FailedJobRecorder {
  /**
   * Records one final failure, outside any transaction. It may be called more than once for the same failure, so it
   * must be idempotent on `queue`, `jobId` and `failureKey`.
   */
  abstract record(info: FailedJobInfo): Promise<void>;
}
