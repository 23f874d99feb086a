import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@corridor/config';
import { LocalDiskFileStore, dataSourceOptions, migrateAndSeed } from '@corridor/persistence';
import { STORE_SEED } from '@corridor/purchase-orders';
import { seedDemoSuppliers } from '@corridor/suppliers';
import { closeOnSignal } from '@corridor/observability';
import { createApiApp } from './api.app';
import { ShutdownState } from './shutdown-state';

/**
 * `main.js` serves the API. `main.js migrate` applies migrations and seeds the stores, then
 * exits; with `--demo` it also adds the demo suppliers (what `npm start` does).
 */
async function main(): Promise<void> {
  const config = AppConfig.loadOrExit();
  if (process.argv[2] === 'migrate') {
    const say = (line: string) => process.stdout.write(`${line}\n`);
    await migrateAndSeed(config, say, [STORE_SEED]);
    if (process.argv.includes('--demo')) await seedDemo(config, say);
    return;
  }
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  const logger = new Logger('Api');
  closeOnSignal(app, { draining: () => app.get(ShutdownState).begin(), log: (line) => logger.log(line) });
  logger.log(`Corridor API listening on ${config.publicUrl}`);
}

async function seedDemo(config: AppConfig, say: (line: string) => void): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(config, 1)).initialize();
  try {
    const seeded = await seedDemoSuppliers(dataSource, new LocalDiskFileStore(config.dataDir));
    if (seeded > 0) say(`demo suppliers seeded: ${seeded}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `corridor api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
