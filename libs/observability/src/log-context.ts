import { PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';

/**
 * Runs `work` with a child of the root logger carrying `fields`, so every Nest `Logger` line
 * written inside it (a job handler's, say) names the job and what caused it. Without
 * nestjs-pino set up (a unit test), `work` runs as it is.
 */
export function runWithLogFields<T>(fields: Record<string, unknown>, work: () => T): T {
  const root = PinoLogger.root as PinoLogger['logger'] | undefined;
  if (!root) return work();
  return storage.run(new Store(root.child(fields)), work);
}
