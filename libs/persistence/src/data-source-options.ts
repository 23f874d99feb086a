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
    logging: ['error'],
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  };
}
