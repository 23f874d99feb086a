import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Task } from './task.entity';
import { TasksService } from './tasks.service';
import { TaskGauges } from './task-gauges';

/**
 * The staff task queue: work the pipeline hands to a person, and the decisions that come back. Its processor and
 * failed-job recorder are added by the worker.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Task])],
  providers: [TasksService, TaskGauges],
  exports: [TasksService],
})
export class TasksModule {}
