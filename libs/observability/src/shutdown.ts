/** What {@link closeOnSignal} needs of a Nest application (HTTP app or standalone context). */
export interface Closable {
  /** Runs the app's shutdown hooks and closes its servers and connections. */
  close(): Promise<void>;
}

/**
 * Shuts the app down on the first SIGTERM or SIGINT and exits 0 once it has closed (1 if closing
 * failed): `draining` is called first, so readiness turns `503` for the whole drain, then Nest's
 * shutdown hooks run (workers hand back their jobs within `WORKER_SHUTDOWN_TIMEOUT_MS`, the HTTP
 * server finishes its requests), then `after` (a side listener). A second signal exits at once.
 * Used instead of `enableShutdownHooks`, which re-raises the signal and so ends with its code.
 */
export function closeOnSignal(
  app: Closable,
  options: { draining: () => void; after?: () => Promise<void>; log: (line: string) => void },
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      options.log(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    closing = true;
    options.draining();
    options.log(`${signal}: draining, then closing`);
    const started = Date.now();
    app
      .close()
      .then(() => options.after?.())
      .then(
        () => {
          options.log(`closed in ${Date.now() - started} ms`);
          process.exit(0);
        },
        (error: unknown) => {
          options.log(`closing failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
