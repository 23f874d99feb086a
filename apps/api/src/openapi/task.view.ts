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

/** Who holds a claimed task. */
export class TaskHolderView {
  @ApiProperty(UUID)
  keyId: string;

  /** The key's label, as staff know each other ("admin" for the bootstrap admin key). */
  label: string;
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

  /** The staff member who claimed it; `null` while open or once done. */
  @ApiProperty({ type: TaskHolderView, nullable: true })
  claimedBy: TaskHolderView | null;

  /** When it was claimed; `null` when no one holds it. */
  @ApiProperty({ ...TIMESTAMP, nullable: true })
  claimedAt: string | null;

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
