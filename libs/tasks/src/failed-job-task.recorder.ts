import { Injectable } from '@nestjs/common';
import { FailedJobRecorder, type FailedJobInfo } from '@corridor/queue';
import { TasksService } from './tasks.service';

/**
 * A job that failed its last attempt becomes a `failed_job` task. Written directly, not
 * through the outbox: if opening tasks were itself failing, a job could not report it.
 */
@Injectable()
export class FailedJobTaskRecorder extends FailedJobRecorder {
  constructor(private readonly tasks: TasksService) {
    super();
  }

  async record(info: FailedJobInfo): Promise<void> {
    await this.tasks.open({
      type: 'failed_job',
      subject: { kind: 'job', id: `${info.queue}/${info.jobId}` },
      summary: `Job ${info.jobName} failed after ${info.attempts} attempt(s): ${info.error.slice(0, 300)}`,
      dedupeKey: `failed_job:${info.queue}:${info.jobId}:${info.failureKey}`,
      data: {
        queue: info.queue,
        jobId: info.jobId,
        jobName: info.jobName,
        attempts: info.attempts,
        error: info.error,
        subjects: subjectsOf(info.data),
      },
    });
  }
}

/**
 * The ids a payload names (`shipmentId`, `supplierId`, …), so staff can open what the job was
 * about; payloads carry ids, never entities.
 */
export function subjectsOf(payload: unknown): Record<string, string> {
  if (typeof payload !== 'object' || payload === null) return {};
  return Object.fromEntries(
    Object.entries(payload).filter(
      (entry): entry is [string, string] => /^[a-z][A-Za-z]*Id$/.test(entry[0]) && typeof entry[1] === 'string',
    ),
  );
}
