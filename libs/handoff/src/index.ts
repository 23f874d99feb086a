export * from './carrier-client';
export * from './handoff.processor';
export * from './tracking-poll.processor';
export * from './tracking-poll.scheduler';
export * from './handoff.module';
