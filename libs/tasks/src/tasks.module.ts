import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Task } from './task.entity';
import { TasksService } from './tasks.service';
import { TaskGauges } from './task-gauges';

@Module({
  imports: [TypeOrmModule.forFeature([Task])],
  providers: [TasksService, TaskGauges],
  exports: [TasksService],
})
export class TasksModule {}
