import { Logger } from '@nestjs/common';
import { AppConfig } from '@corridor/config';
import { createCarrierSimApp, listenPort } from './carrier-sim.app';
import { validateFaultConfig, type FaultConfig } from './faults';

/** CARRIER_SIM_FAULTS, checked like the rest of the configuration: a bad value stops start-up. */
function faultsFromConfig(config: AppConfig): FaultConfig | undefined {
  if (!config.carrierSimFaults) return undefined;
  const checked = validateFaultConfig(JSON.parse(config.carrierSimFaults));
  if (checked.ok) return checked.value;
  process.stderr.write(
    `Invalid configuration:\n  - CARRIER_SIM_FAULTS: ${checked.issues.map((i) => `${i.field} ${i.issue}`).join('; ')}\n`,
  );
  process.exit(78); // EX_CONFIG
}

async function main(): Promise<void> {
  const config = AppConfig.loadOrExit();
  const app = await createCarrierSimApp(config, { faults: faultsFromConfig(config) });
  app.enableShutdownHooks();
  await app.listen(listenPort(config.carrierSimUrl), config.host);
  const line = `carrier-sim listening on ${config.carrierSimUrl}`;
  // start scripts wait for this line, so it appears even when LOG_LEVEL hides info logs.
  if (['info', 'debug'].includes(config.logLevel)) new Logger('CarrierSim').log(line);
  else if (config.logLevel !== 'silent') process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `carrier-sim failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
