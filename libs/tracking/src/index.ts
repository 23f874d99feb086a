export * from './carrier-signature';
export * from './event-descriptions';
export * from './tracking-event.entity';
export * from './carrier-events.dto';
export * from './tracking.service';
export * from './tracking.processor';
export * from './tracking.module';
