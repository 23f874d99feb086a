import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, existsSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { AppConfig } from '@corridor/config';
import { migrateAndSeed } from '@corridor/persistence';
import { HttpClient } from './http-client';
import { waitFor } from './wait-for';

const ROOT = resolve(__dirname, '..', '..');
const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type AppName = 'api' | 'worker' | 'carrier-sim';

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
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
  readonly dataDir = mkdtempSync(join(tmpdir(), 'corridor-test-'));
  env: Record<string, string> = {};
  api!: HttpClient;
  admin!: HttpClient;
  carrierSim!: HttpClient;
  private readonly processes = new Map<string, ChildProcess>();
  private readonly logs = new Map<AppName, string[]>();

  constructor(private readonly overrides: Record<string, string> = {}) {}

  async start(apps: AppName[] = ['carrier-sim', 'worker', 'api']): Promise<this> {
    for (const app of ['api', 'worker', 'carrier-sim'] as AppName[]) {
      if (!existsSync(join(ROOT, 'dist', 'apps', app, 'main.js')))
        throw new Error(`dist/apps/${app}/main.js is missing: run npm run build first`);
    }
    chmodSync(this.dataDir, 0o755);
    const admin = new Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${this.database}`);
    await admin.end();
    const [port, simPort] = [await freePort(), await freePort()];
    const databaseUrl = new URL(PG_ADMIN_URL);
    databaseUrl.pathname = `/${this.database}`;
    this.env = {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL,
      QUEUE_PREFIX: this.queuePrefix,
      DATA_DIR: this.dataDir,
      ADMIN_API_KEY: this.adminKey,
      CARRIER_SECRETS: this.carrierSecrets,
      CARRIER_SIM_URL: `http://127.0.0.1:${simPort}`,
      CARRIER_SIM_STEP_MS: '100',
      JOB_BACKOFF_MS: '200',
      OUTBOX_POLL_MS: '500',
      LOG_LEVEL: 'warn',
      ...this.overrides,
    };
    await migrateAndSeed(AppConfig.fromEnv(this.env));
    this.api = new HttpClient(`http://127.0.0.1:${port}`);
    this.admin = this.api.as(this.adminKey);
    this.carrierSim = new HttpClient(this.env.CARRIER_SIM_URL);
    for (const app of apps) await this.startApp(app);
    return this;
  }

  /** Starts one app and waits until it answers (the worker: until its start line is logged). */
  async startApp(app: AppName): Promise<void> {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', app, 'main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env, LOG_LEVEL: app === 'worker' ? 'info' : this.env.LOG_LEVEL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // A fresh log per start: a restarted app must prove it is up again, not echo the last run.
    const log: string[] = [];
    this.logs.set(app, log);
    const collect = (chunk: Buffer) => log.push(chunk.toString('utf8'));
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

  /** Kills an app without warning, as a crash or an OOM kill would, and waits until it is gone. */
  async kill(app: AppName | `api-replica-${number}`, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.processes.get(app);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill(signal);
    await gone;
    this.processes.delete(app);
  }

  log(app: AppName): string {
    return (this.logs.get(app) ?? []).join('');
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

  async stop(): Promise<void> {
    await Promise.all([...this.processes.keys()].map((app) => this.kill(app as AppName, 'SIGTERM')));
    const redis = new Redis(REDIS_URL);
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
    const admin = new Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${this.database} WITH (FORCE)`);
    await admin.end();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
