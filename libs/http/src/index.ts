export * from './error-envelope.filter';
export * from './validation.pipe';
export * from './list-query.dto';
export * from './idempotency-context';
export * from './idempotency.interceptor';
export * from './idempotency-purge.processor';
