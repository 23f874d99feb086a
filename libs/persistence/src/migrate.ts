import { DataSource } from 'typeorm';
import type { AppConfig } from '@corridor/config';
import { dataSourceOptions } from './data-source-options';

/** An arbitrary constant: one advisory lock so two starters never migrate at once. */
const MIGRATION_LOCK = 7_311_208;

/** Reference data a lib owns and seeds after the migrations: `run` inserts what is missing and answers how many. */
export interface Seed {
  /** What the log line calls the rows, e.g. `stores`. */
  name: string;
  run(dataSource: DataSource): Promise<number>;
}

/**
 * Applies pending migrations and runs the seeds (each lib seeds the tables it owns), under an
 * advisory lock. A seed inserts missing rows only, so it is safe on every start.
 */
export async function migrateAndSeed(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
  seeds: readonly Seed[] = [],
): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(config, 1));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) log(`migration applied: ${m.name}`);
    for (const seed of seeds) {
      const seeded = await seed.run(dataSource);
      if (seeded > 0) log(`${seed.name} seeded: ${seeded}`);
    }
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await dataSource.destroy();
  }
}
