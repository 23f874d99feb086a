import { Injectable } from '@nestjs/common';
import { JobHandler, type JobPayloads } from '@corridor/queue';
import { TasksService } from './tasks.service';

/** Opens the tasks other modules ask for through the outbox. */
@Injectable()
export class TasksProcessor {
  constructor(private readonly tasks: TasksService) {}

  /** `task.open`: opens the task the payload describes; with a dedupe key, a retried job gives the task already open. */
  @JobHandler('task.open')
  async open(payload: JobPayloads['task.open']): Promise<{ taskId: string }> {
    const task = await this.tasks.open(payload);
    return { taskId: task.id };
  }
}
