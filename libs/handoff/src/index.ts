export * from './carrier-client';
export * from './handoff.processor';
export * from './handoff.module';
