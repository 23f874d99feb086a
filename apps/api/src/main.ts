import { Logger } from '@nestjs/common';
import { AppConfig } from '@corridor/config';
import { migrateAndSeed } from '@corridor/persistence';
import { createApiApp } from './api.app';

/** `main.js` serves the API; `main.js migrate` applies migrations and seeds the stores, then exits. */
async function main(): Promise<void> {
  const config = AppConfig.loadOrExit();
  if (process.argv[2] === 'migrate') {
    await migrateAndSeed(config, (line) => process.stdout.write(`${line}\n`));
    return;
  }
  const app = await createApiApp(config);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  new Logger('Api').log(`Corridor API listening on ${config.publicUrl}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `corridor api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
