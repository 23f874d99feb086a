export * from './task.entity';
export * from './tasks.service';
export * from './tasks.processor';
export * from './failed-job-task.recorder';
export * from './task-gauges';
export * from './tasks.module';
