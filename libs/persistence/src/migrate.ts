import { DataSource } from 'typeorm';
import type { AppConfig } from '@corridor/config';
import { dataSourceOptions } from './data-source-options';
import stores from './seeds/freshippo-stores.json';

/** An arbitrary constant: one advisory lock so two starters never migrate at once. */
const MIGRATION_LOCK = 7_311_208;

interface StoreSeed {
  code: string;
  name: { en: string; zh: string };
  city: { en: string; zh: string };
  address: { en: string; zh: string };
  destinationAirport: string;
}

/**
 * Applies pending migrations and seeds the Freshippo stores, under an advisory lock.
 * Seeding inserts missing stores only, so it is safe on every start.
 */
export async function migrateAndSeed(config: AppConfig, log: (line: string) => void = () => undefined): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(config, 1));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) log(`migration applied: ${m.name}`);
    const seeded = await seedStores(dataSource, stores as StoreSeed[]);
    if (seeded > 0) log(`stores seeded: ${seeded}`);
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await dataSource.destroy();
  }
}

async function seedStores(dataSource: DataSource, seeds: StoreSeed[]): Promise<number> {
  const rows: unknown[] = await dataSource.query(
    `INSERT INTO store (code, name_en, name_zh, city_en, city_zh, address_en, address_zh, destination_airport)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(code text, name_en text, name_zh text, city_en text, city_zh text,
       address_en text, address_zh text, destination_airport text)
     ON CONFLICT (code) DO NOTHING RETURNING code`,
    [
      JSON.stringify(
        seeds.map((s) => ({
          code: s.code,
          name_en: s.name.en,
          name_zh: s.name.zh,
          city_en: s.city.en,
          city_zh: s.city.zh,
          address_en: s.address.en,
          address_zh: s.address.zh,
          destination_airport: s.destinationAirport,
        })),
      ),
    ],
  );
  return rows.length;
}
