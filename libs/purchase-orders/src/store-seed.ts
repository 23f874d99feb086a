import type { DataSource } from 'typeorm';
import type { Seed } from '@corridor/persistence';
import stores from './seeds/freshippo-stores.json';

interface StoreSeed {
  code: string;
  name: { en: string; zh: string };
  city: { en: string; zh: string };
  address: { en: string; zh: string };
  destinationAirport: string;
}

/** Inserts the Freshippo stores that are missing, so it is safe on every start; answers how many. */
export async function seedStores(dataSource: DataSource): Promise<number> {
  const rows: unknown[] = await dataSource.query(
    `INSERT INTO store (code, name_en, name_zh, city_en, city_zh, address_en, address_zh, destination_airport)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(code text, name_en text, name_zh text, city_en text, city_zh text,
       address_en text, address_zh text, destination_airport text)
     ON CONFLICT (code) DO NOTHING RETURNING code`,
    [
      JSON.stringify(
        (stores as StoreSeed[]).map((s) => ({
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

/** The stores as a seed of `migrateAndSeed`: every start inserts the missing ones. */
export const STORE_SEED: Seed = { name: 'stores', run: seedStores };
