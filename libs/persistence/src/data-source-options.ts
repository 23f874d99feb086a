import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '@corridor/config';
import { migrations } from './migrations';
import { SecretBox } from './secret-box';

/** Connection options shared by the apps and the migration command; never `synchronize`. */
export function dataSourceOptions(config: AppConfig, poolSize = config.databasePoolSize): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrations: migrations(config.secretsKey ? SecretBox.fromConfig(config) : undefined),
    migrationsTableName: 'migrations',
    // TypeORM's own error log prints a failed query with its parameters (a contact's email and
    // phone in a duplicate-TIN insert). Failures reach the caller instead: the HTTP error filter
    // logs Corridor's faults without SQL, and a job's failure is logged by the worker.
    logging: false,
    // A connection that cannot be had in 5 s fails the request (503) instead of queueing it; a
    // statement or an idle open transaction past the limit is ended by Postgres itself.
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5000,
      statement_timeout: config.databaseStatementTimeoutMs,
      idle_in_transaction_session_timeout: config.databaseStatementTimeoutMs,
      keepAlive: true,
    },
  };
}
