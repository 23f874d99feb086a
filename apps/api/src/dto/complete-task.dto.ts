import { IsIn, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { TASK_OUTCOMES, TASK_STATUSES, TASK_TYPES, type TaskStatus, type TaskType } from '@corridor/domain';
import { ListQueryDto } from '@corridor/http';

const ALL_OUTCOMES = [...new Set(Object.values(TASK_OUTCOMES).flat())];

export class CompleteTaskDto {
  /** One of the task's `allowedOutcomes`. */
  @IsIn(ALL_OUTCOMES)
  outcome: string;

  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;

  /** `reasons` for a supplier review, `receiptNumber` for a drop-off. */
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}

export class ListTasksDto extends ListQueryDto {
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @IsOptional()
  @IsIn(TASK_TYPES)
  type?: TaskType;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  subjectId?: string;

  @IsOptional()
  @IsIn(['me'])
  assignee?: 'me';

  /** `newest` (the default, as every list) or `oldest` first, as the console's inbox reads it. */
  @IsOptional()
  @IsIn(['newest', 'oldest'])
  order?: 'newest' | 'oldest';
}
