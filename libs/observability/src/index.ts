export * from './logger-params';
export * from './metrics';
export * from './ops-server';
export * from './log-context';
export * from './shutdown';
