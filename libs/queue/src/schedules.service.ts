import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@corridor/config';
import { JOB_QUEUE } from './jobs';
import { Queues } from './queues.service';
import { SCHEDULES, type Schedule } from './schedules';

/**
 * Keeps every job of {@link SCHEDULES} scheduled, on the queue the job registry routes it to.
 * `upsertJobScheduler` is idempotent, so every worker may declare them at start-up and BullMQ
 * still adds one job per tick; a changed cadence replaces the old one. The reconciler calls
 * {@link JobSchedules.restoreMissing} so schedules a Redis lost come back without a restart.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobSchedules.name);

  constructor(
    private readonly queues: Queues,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const schedule of SCHEDULES as readonly Schedule[]) {
      await this.upsert(schedule);
      this.logger.log(schedule.describe(this.config));
    }
  }

  /** Re-creates the schedules Redis no longer holds; returns their ids. */
  async restoreMissing(): Promise<string[]> {
    const restored: string[] = [];
    for (const schedule of SCHEDULES as readonly Schedule[]) {
      const queue = this.queues.get(JOB_QUEUE[schedule.job]);
      if (await queue.getJobScheduler(schedule.id)) continue;
      await this.upsert(schedule);
      restored.push(schedule.id);
    }
    return restored;
  }

  private async upsert(schedule: Schedule): Promise<void> {
    await this.queues.get(JOB_QUEUE[schedule.job]).upsertJobScheduler(schedule.id, schedule.cadence(this.config), {
      name: schedule.job,
      data: schedule.payload,
    });
  }
}
