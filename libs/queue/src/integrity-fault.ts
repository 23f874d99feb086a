import { UnrecoverableError } from 'bullmq';

/**
 * A fault no retry can mend: rows that contradict each other, or code and a transitions
 * table that disagree. Thrown from a job, it fails the job at once (BullMQ's
 * `UnrecoverableError`), which opens a `failed_job` task for staff, instead of retrying; a
 * passing fault such as a lost connection is thrown as it is, so the job retries.
 */
export class IntegrityFault extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    this.name = 'UnrecoverableError';
  }
}
