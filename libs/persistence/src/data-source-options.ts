import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '@corridor/config';
import { MIGRATIONS } from './migrations';

/** Connection options shared by the apps and the migration command; never `synchronize`. */
export function dataSourceOptions(config: AppConfig, poolSize = config.databasePoolSize): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // TypeORM's own error log prints a failed query with its parameters (a contact's email and
    // phone in a duplicate-TIN insert). Failures reach the caller instead: the HTTP error filter
    // logs Corridor's faults without SQL, and a job's failure is logged by the worker.
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  };
}
