export * from './api-key.entity';
export * from './api-keys.service';
export * from './api-key-cache';
export * from './auth.decorators';
export * from './api-key.guard';
export * from './auth.module';
