import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@corridor/domain';
import { CurrentActor, Roles } from '@corridor/auth';
import { TasksService } from '@corridor/tasks';
import { CompleteTaskDto, ListTasksDto } from '../dto/complete-task.dto';
import { IdPipe } from '../uuid.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiPageResponse } from '../openapi/paginated';
import { TaskView } from '../openapi/task.view';

@ApiTags('tasks')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('v1/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  /** Newest first, or with `order=oldest` oldest first (the console's inbox). */
  @Get()
  @ApiPageResponse(TaskView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  list(@Query() query: ListTasksDto, @CurrentActor() actor: Actor) {
    return this.tasks.list(query, actor);
  }

  /** One task. */
  @Get(':id')
  @ApiOkResponse({ type: TaskView })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  get(@Param('id', IdPipe) id: string) {
    return this.tasks.get(id);
  }

  /**
   * Takes the task; a claim of a claimed task is `409` naming the holder in `details`
   * (`keyId`, `label`, `claimedAt`).
   */
  @Post(':id/claim')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskView })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE_TRANSITION')
  claim(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.tasks.claim(id, actor);
  }

  /** Gives a claimed task back to the queue (only by the claimer). */
  @Post(':id/release')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskView })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE_TRANSITION')
  release(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.tasks.release(id, actor);
  }

  /** Records the decision (only by the claimer); the pipeline carries it out. */
  @Post(':id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskView })
  @ApiErrors(
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'INVALID_STATE_TRANSITION',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
  )
  complete(@Param('id', IdPipe) id: string, @Body() dto: CompleteTaskDto, @CurrentActor() actor: Actor) {
    return this.tasks.complete(id, dto, actor);
  }
}
