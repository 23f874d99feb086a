import { PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';

type PinoInstance = PinoLogger['logger'];

/**
 * The logger nestjs-pino writes through outside a request. `PinoLogger.root` is only set
 * where its HTTP middleware runs (the API); elsewhere (the worker) the `logger` getter, read
 * outside any context, gives the same process-wide logger. Undefined without nestjs-pino.
 */
function baseLogger(): PinoInstance | undefined {
  const root = PinoLogger.root as PinoInstance | undefined;
  if (root) return root;
  const getter = Object.getOwnPropertyDescriptor(PinoLogger.prototype, 'logger')?.get;
  return storage.exit(() => getter?.call({}) as PinoInstance | undefined);
}

/**
 * Runs `work` with a child logger carrying `fields`, so every Nest `Logger` line written
 * inside it (a job handler's, say) names the job and what caused it. Without nestjs-pino set
 * up (a unit test), `work` runs as it is.
 */
export function runWithLogFields<T>(fields: Record<string, unknown>, work: () => T): T {
  const base = baseLogger();
  if (!base) return work();
  return storage.run(new Store(base.child(fields)), work);
}
