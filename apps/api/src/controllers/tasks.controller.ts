import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@corridor/domain';
import { CurrentActor, Roles } from '@corridor/auth';
import { TasksService } from '@corridor/tasks';
import { CompleteTaskDto, ListTasksDto } from '../dto/complete-task.dto';
import { IdPipe } from '../uuid.pipe';

@ApiTags('tasks')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('v1/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  list(@Query() query: ListTasksDto, @CurrentActor() actor: Actor) {
    return this.tasks.list(query, actor);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: string) {
    return this.tasks.get(id);
  }

  /** Takes the task; a second claim of a claimed task is `409`. */
  @Post(':id/claim')
  @HttpCode(200)
  claim(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.tasks.claim(id, actor);
  }

  @Post(':id/release')
  @HttpCode(200)
  release(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.tasks.release(id, actor);
  }

  /** Records the decision (only by the claimer); the pipeline carries it out. */
  @Post(':id/complete')
  @HttpCode(200)
  complete(@Param('id', IdPipe) id: string, @Body() dto: CompleteTaskDto, @CurrentActor() actor: Actor) {
    return this.tasks.complete(id, dto, actor);
  }
}
