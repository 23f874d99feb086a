import { ApiProperty } from '@nestjs/swagger';
import { TASK_STATUSES, TASK_TYPES, type TaskStatus, type TaskSubjectKind, type TaskType } from '@corridor/domain';
import type { TaskView as TaskShape } from '@corridor/tasks';
import { TIMESTAMP, UUID } from './formats';

export class TaskSubjectView {
  @ApiProperty({ enum: ['supplier', 'purchase_order', 'shipment', 'job'] })
  kind: TaskSubjectKind;

  /** The subject's id (a job's id for `failed_job`). */
  id: string;
}

/** Work that needs a person, from the staff task queue. */
export class TaskView implements TaskShape {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ enum: TASK_TYPES })
  type: TaskType;

  @ApiProperty({ enum: TASK_STATUSES })
  status: TaskStatus;

  subject: TaskSubjectView;

  summary: string;

  /** The outcomes `complete` takes for this task's type. */
  allowedOutcomes: string[];

  /** The key of the staff member who claimed it. */
  @ApiProperty({ ...UUID, nullable: true })
  claimedBy: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  outcome: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  note: string | null;

  /** What the pipeline recorded (such as `problems`) and the completion's `data`. */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  data: Record<string, unknown> | null;

  @ApiProperty(TIMESTAMP)
  createdAt: string;

  @ApiProperty(TIMESTAMP)
  updatedAt: string;
}
