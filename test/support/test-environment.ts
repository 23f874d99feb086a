import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { AppConfig } from '@corridor/config';
import { migrateAndSeed } from '@corridor/persistence';
import { STORE_SEED } from '@corridor/purchase-orders';
import { HttpClient } from './http-client';
import { freePort } from './free-port';
import { waitFor } from './wait-for';

const ROOT = resolve(__dirname, '..', '..');
const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type AppName = 'api' | 'worker' | 'carrier-sim';

/**
 * A running process of this environment: an app, or `worker-2`, a second worker (same dist,
 * same database and queues, its own ops port) for suites that need two workers side by side.
 */
export type InstanceName = AppName | 'worker-2';

/** Where an environment's database and Redis live, when not the shared servers of the env vars. */
export interface InfraUrls {
  /** A superuser URL whose server gets this environment's database (default TEST_PG_ADMIN_URL). */
  pgAdminUrl?: string;
  /** The Redis every app of this environment uses (default TEST_REDIS_URL). */
  redisUrl?: string;
}

/** How a stopped process ended, and how long it took from the signal. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

function appOf(instance: InstanceName | `api-replica-${number}`): AppName {
  if (instance.startsWith('api')) return 'api';
  return instance.startsWith('worker') ? 'worker' : 'carrier-sim';
}

/** What must never reach a log line, besides this environment's own secrets. */
const LEAK_PATTERNS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'an issued API key', pattern: /\bcor_[a-z]+_[A-Za-z0-9_-]{8,}/g },
  { what: 'a webhook secret', pattern: /\bwhsec_[A-Za-z0-9+/=_-]{8,}/g },
  { what: 'an email address', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  { what: 'an E.164 phone number', pattern: /(?<![\w+])\+[1-9]\d{7,14}(?!\d)/g },
];

/** A found secret as the failure message shows it: enough to recognise, not enough to use. */
function mask(value: string): string {
  return `${value.slice(0, 4)}…[${value.length} chars]`;
}


/**
 * One isolated Corridor for a test file: its own database, Redis key prefix, data directory
 * and ports, with the built API, worker and sandbox carriers running as separate processes.
 * Everything is created in `start()` and dropped in `stop()`.
 */
export class TestEnvironment {
  readonly id = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  readonly database = `corridor_test_${this.id}`;
  readonly queuePrefix = `corridor-test-${this.id}`;
  readonly adminKey = `test-admin-${randomBytes(18).toString('hex')}`;
  readonly carrierSecrets = `iposita-ems=${randomBytes(16).toString('hex')},express=${randomBytes(16).toString('hex')},air-cargo=${randomBytes(16).toString('hex')}`;
  /** The SECRETS_KEY of this environment: what its stored secrets are encrypted under. */
  readonly secretsKey = randomBytes(32).toString('base64');
  readonly dataDir = mkdtempSync(join(tmpdir(), 'corridor-test-'));
  env: Record<string, string> = {};
  api!: HttpClient;
  admin!: HttpClient;
  carrierSim!: HttpClient;
  /** The worker's ops listener (`/metrics`, `/health/*`) on its `WORKER_PORT`. */
  worker!: HttpClient;
  /** The second worker's ops listener, on its own port. */
  worker2!: HttpClient;
  private readonly processes = new Map<string, ChildProcess>();
  private readonly logs = new Map<InstanceName, string[]>();
  /** Every chunk each app wrote in this environment, across restarts: what `stop()` scans for leaks. */
  private readonly everything: { app: InstanceName; chunk: string }[] = [];
  private readonly pgAdminUrl: string;
  private readonly redisUrl: string;
  private worker2Port = 0;

  constructor(
    private readonly overrides: Record<string, string> = {},
    infra: InfraUrls = {},
  ) {
    this.pgAdminUrl = infra.pgAdminUrl ?? PG_ADMIN_URL;
    this.redisUrl = infra.redisUrl ?? REDIS_URL;
  }

  async start(apps: AppName[] = ['carrier-sim', 'worker', 'api']): Promise<this> {
    for (const app of ['api', 'worker', 'carrier-sim'] as AppName[]) {
      if (!existsSync(join(ROOT, 'dist', 'apps', app, 'main.js')))
        throw new Error(`dist/apps/${app}/main.js is missing: run npm run build first`);
    }
    chmodSync(this.dataDir, 0o755);
    const admin = new Client({ connectionString: this.pgAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${this.database}`);
    await admin.end();
    const [port, simPort, workerPort] = [await freePort(), await freePort(), await freePort()];
    this.worker2Port = await freePort();
    const databaseUrl = new URL(this.pgAdminUrl);
    databaseUrl.pathname = `/${this.database}`;
    this.env = {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL: this.redisUrl,
      QUEUE_PREFIX: this.queuePrefix,
      DATA_DIR: this.dataDir,
      ADMIN_API_KEY: this.adminKey,
      CARRIER_SECRETS: this.carrierSecrets,
      SECRETS_KEY: this.secretsKey,
      CARRIER_SIM_URL: `http://127.0.0.1:${simPort}`,
      CARRIER_SIM_STEP_MS: '100',
      JOB_BACKOFF_MS: '200',
      OUTBOX_POLL_MS: '500',
      WORKER_PORT: String(workerPort),
      // Info, so the leak scan in stop() sees the request and job lines that matter.
      LOG_LEVEL: 'info',
      ...this.overrides,
    };
    await migrateAndSeed(AppConfig.fromEnv(this.env), undefined, [STORE_SEED]);
    this.api = new HttpClient(`http://127.0.0.1:${port}`);
    this.admin = this.api.as(this.adminKey);
    this.carrierSim = new HttpClient(this.env.CARRIER_SIM_URL);
    this.worker = new HttpClient(`http://127.0.0.1:${this.env.WORKER_PORT}`);
    this.worker2 = new HttpClient(`http://127.0.0.1:${this.worker2Port}`);
    for (const app of apps) await this.startApp(app);
    return this;
  }

  /**
   * Starts one app and waits until it answers (a worker: until its start line is logged).
   * `worker-2` is a second worker beside `worker`, on its own ops port.
   */
  async startApp(app: InstanceName): Promise<void> {
    const own = app === 'worker-2' ? { WORKER_PORT: String(this.worker2Port) } : {};
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', appOf(app), 'main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env, ...own },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // A fresh log per start: a restarted app must prove it is up again, not echo the last run.
    const log: string[] = [];
    this.logs.set(app, log);
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log.push(text);
      this.everything.push({ app, chunk: text });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.processes.set(app, child);
    let exited: number | null = null;
    child.on('exit', (code) => {
      exited = code ?? -1;
    });
    const ready = async () => {
      if (exited !== null) throw new Error(`${app} exited with ${exited}: ${log.join('').slice(-2000)}`);
      if (app === 'api') return (await this.api.get('/health/ready')).status === 200;
      if (app === 'carrier-sim') return (await this.carrierSim.get('/sandbox/health')).status === 200;
      return log.join('').includes('Corridor worker running');
    };
    await waitFor(
      () =>
        ready().catch((error: Error) => {
          if (error.message.includes('exited')) throw error;
          return false;
        }),
      Boolean,
      { timeoutMs: 60_000, what: `${app} to start` },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${app} log:\n${log.join('').slice(-3000)}`);
    });
  }

  /**
   * A second API process on its own port, against the same database and Redis: what scaling
   * out looks like. Stopped with the rest in `stop()`.
   */
  async startApiReplica(overrides: Record<string, string> = {}): Promise<HttpClient> {
    const port = await freePort();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'api', 'main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env, ...overrides, PORT: String(port) },
      stdio: 'ignore',
    });
    this.processes.set(`api-replica-${port}`, child);
    const replica = new HttpClient(`http://127.0.0.1:${port}`);
    await waitFor(
      () =>
        replica.get('/health/ready').then(
          (r) => r.status === 200,
          () => false,
        ),
      Boolean,
      {
        timeoutMs: 60_000,
        what: 'the API replica to start',
      },
    );
    return replica;
  }

  /**
   * Kills an app without warning, as a crash or an OOM kill would, and waits until it is gone;
   * answers how it ended (undefined when it was not running).
   */
  async kill(
    app: InstanceName | `api-replica-${number}`,
    signal: NodeJS.Signals = 'SIGKILL',
  ): Promise<ProcessExit | undefined> {
    const child = this.processes.get(app);
    if (!child || child.exitCode !== null || child.signalCode !== null) return undefined;
    const sent = Date.now();
    const gone = new Promise<ProcessExit>((resolveExit) =>
      child.once('exit', (code, exitSignal) => resolveExit({ code, signal: exitSignal, ms: Date.now() - sent })),
    );
    // A frozen (SIGSTOPped) process must run again to act on a signal other than SIGKILL.
    if (signal !== 'SIGKILL') child.kill('SIGCONT');
    child.kill(signal);
    const exit = await gone;
    this.processes.delete(app);
    return exit;
  }

  /** Sends a signal that does not end the process (SIGSTOP, SIGCONT) and returns at once. */
  signal(app: InstanceName, signal: 'SIGSTOP' | 'SIGCONT'): void {
    const child = this.processes.get(app);
    if (!child || child.exitCode !== null || child.signalCode !== null) throw new Error(`${app} is not running`);
    child.kill(signal);
  }

  /** Whether the process is running (started and not yet exited). */
  running(app: InstanceName): boolean {
    const child = this.processes.get(app);
    return !!child && child.exitCode === null && child.signalCode === null;
  }

  log(app: InstanceName): string {
    return (this.logs.get(app) ?? []).join('');
  }

  /** Every JSON line an app wrote in this environment (across restarts), parsed; other lines are skipped. */
  jsonLines(app: InstanceName): Record<string, unknown>[] {
    const text = this.everything
      .filter((c) => c.app === app)
      .map((c) => c.chunk)
      .join('');
    return text.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return [];
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  /**
   * Lines any app wrote that carry a secret or personal data: this environment's admin key,
   * secrets key, carrier secrets and metrics token, and anything shaped like an issued API key, a webhook
   * secret, an email address or an E.164 phone number. Each with the secret masked.
   */
  leaks(): string[] {
    const own = [
      this.adminKey,
      this.env.SECRETS_KEY ?? this.secretsKey,
      ...this.carrierSecrets.split(',').map((pair) => pair.slice(pair.indexOf('=') + 1)),
      ...(this.env.METRICS_TOKEN ? [this.env.METRICS_TOKEN] : []),
    ];
    const found: string[] = [];
    for (const app of ['api', 'worker', 'worker-2', 'carrier-sim'] as InstanceName[]) {
      const text = this.everything
        .filter((c) => c.app === app)
        .map((c) => c.chunk)
        .join('');
      for (const line of text.split('\n')) {
        const hits: string[] = [];
        for (const secret of own)
          if (line.includes(secret)) hits.push(`a secret of this environment (${mask(secret)})`);
        for (const { what, pattern } of LEAK_PATTERNS)
          for (const match of line.matchAll(pattern)) hits.push(`${what} (${mask(match[0])})`);
        if (hits.length === 0) continue;
        let shown = line;
        for (const secret of own) shown = shown.split(secret).join('[secret]');
        for (const { pattern } of LEAK_PATTERNS) shown = shown.replace(pattern, (m) => mask(m));
        found.push(`${app} logged ${hits.join(', ')}: ${shown.slice(0, 1500)}`);
      }
    }
    return found;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Stops everything and drops what it made; then fails if any app logged a secret or personal data. */
  async stop(): Promise<void> {
    await Promise.all([...this.processes.keys()].map((app) => this.kill(app as InstanceName, 'SIGTERM')));
    try {
      await this.cleanUp();
    } finally {
      const leaks = this.leaks();
      if (leaks.length > 0)
        throw new Error(
          `log lines carry secrets or personal data (${leaks.length}):\n${leaks.slice(0, 20).join('\n')}`,
        );
    }
  }

  private async cleanUp(): Promise<void> {
    const redis = new Redis(this.redisUrl);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.queuePrefix}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length > 0) await redis.del(...keys);
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
    const admin = new Client({ connectionString: this.pgAdminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${this.database} WITH (FORCE)`);
    await admin.end();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
