import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { supplierSignUp } from '../support/scenario';
import { waitFor } from '../support/wait-for';

/**
 * `npm start` (scripts/start.js) for real, against the built apps in dist/: on a machine where
 * no Postgres and no Redis answer, it starts an embedded Postgres and a redis-server of its own,
 * prints a banner with the admin key, serves the API, keeps its key and data across restarts,
 * stops everything on Ctrl-C, and two copies on different ports keep to themselves.
 *
 * "No Postgres and no Redis" is a network namespace of our own: its loopback is empty, while the
 * machine's Postgres and Redis (which the other suites use) listen on the default namespace's.
 * So the launcher, and every request to what it started, run through `ip netns exec`; that needs
 * root and iproute2, which CI has. Without them this suite fails, on purpose, saying why.
 */

const ROOT = resolve(__dirname, '..', '..');
const START_SCRIPT = join(ROOT, 'scripts', 'start.js');
const STEP_MS = 90_000;
const BANNER_END = 'Press Ctrl-C to stop.';
const SECOND_PORT = 3400;
const STALE_HINT =
  'run npm run build; if it has run since the last edit (one that changes no output, such as a comment, leaves the ' +
  'bundle untouched and older), touch dist/apps/*/main.js';

// ---------------------------------------------------------------------------------------
// Preconditions

/** Why this machine cannot run the suite, or null. Checked first, so a failure says so plainly. */
function missingPrerequisite(): string | null {
  if (process.platform !== 'linux') return `network namespaces need Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return `network namespaces need root (running as uid ${process.getuid?.()})`;
  const probe = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  if (probe.error) return `\`ip netns\` is unavailable (${probe.error.message}): install iproute2`;
  if (probe.status !== 0) return `\`ip netns list\` failed (${probe.status}): ${probe.stderr.trim()}`;
  for (const app of ['api', 'worker', 'carrier-sim']) {
    if (!existsSync(join(ROOT, 'dist', 'apps', app, 'main.js')))
      return `dist/apps/${app}/main.js is missing: run npm run build first`;
  }
  // The launcher rebuilds a stale dist/ itself (a minute, beside the other suites using it): this suite is about
  // the start, so it wants the build `npm test` has just made.
  const { needsBuild } = require(START_SCRIPT) as { needsBuild: () => boolean };
  if (needsBuild())
    return `a bundle in dist/ is older than its sources, so the launcher would rebuild it: ${STALE_HINT}`;
  return null;
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 15_000 });
  if (result.error || result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.error?.message ?? result.stderr.trim()}`);
  }
  return result.stdout;
}

/** A fresh data directory the `postgres` user can enter (mkdtemp makes it 0700). */
function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-launcher-'));
  chmodSync(dir, 0o755);
  return dir;
}

// ---------------------------------------------------------------------------------------
// A network namespace with nothing listening, and a way to make requests inside it

interface NsResponse {
  status: number;
  contentType: string | null;
  text: string;
  json: any;
}

/** Runs in the namespace: one JSON request a line on stdin, one JSON answer a line on stdout. */
const PROBER = `
const lines = require('node:readline').createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  const { id, url, method, headers, body, timeoutMs } = JSON.parse(line);
  let answer;
  try {
    const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    answer = { id, status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
  } catch (error) {
    answer = { id, error: String((error && error.cause && (error.cause.code || error.cause.message)) || error) };
  }
  process.stdout.write(JSON.stringify(answer) + '\\n');
});
lines.on('close', () => process.exit(0));
`;

class Namespace {
  readonly name = `corlt-${randomBytes(4).toString('hex')}`;
  private prober?: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, (answer: any) => void>();

  create(): void {
    run('ip', ['netns', 'add', this.name]);
    run('ip', ['netns', 'exec', this.name, 'ip', 'link', 'set', 'lo', 'up']);
    this.prober = spawn('ip', ['netns', 'exec', this.name, process.execPath, '-e', PROBER], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    createInterface({ input: this.prober.stdout! }).on('line', (line) => {
      const answer = JSON.parse(line);
      this.pending.get(answer.id)?.(answer);
      this.pending.delete(answer.id);
    });
    this.prober.on('exit', () => {
      for (const settle of this.pending.values()) settle({ error: 'the prober exited' });
      this.pending.clear();
    });
  }

  /** An HTTP request made from inside the namespace; rejects when nothing answered. */
  request(
    url: string,
    init: { method?: string; key?: string; body?: unknown; timeoutMs?: number } = {},
  ): Promise<NsResponse> {
    const id = this.nextId++;
    const headers: Record<string, string> = {};
    if (init.key) headers.authorization = `Bearer ${init.key}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const message = {
      id,
      url,
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      timeoutMs: init.timeoutMs ?? 10_000,
    };
    return new Promise((resolveAnswer, reject) => {
      this.pending.set(id, (answer) => {
        if (answer.error) return reject(new Error(`${message.method} ${url}: ${answer.error}`));
        let json: any;
        try {
          json = answer.contentType?.includes('json') ? JSON.parse(answer.text) : undefined;
        } catch {
          json = undefined;
        }
        resolveAnswer({ status: answer.status, contentType: answer.contentType, text: answer.text, json });
      });
      this.prober!.stdin!.write(`${JSON.stringify(message)}\n`);
    });
  }

  /** TCP ports something listens on inside the namespace. */
  listeningPorts(): number[] {
    return run('ip', ['netns', 'exec', this.name, 'ss', '-ltnH'])
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[3])
      .filter(Boolean)
      .map((address) => Number(address.slice(address.lastIndexOf(':') + 1)));
  }

  destroy(): void {
    this.prober?.stdin?.end();
    this.prober?.kill('SIGKILL');
    spawnSync('ip', ['netns', 'del', this.name]);
  }
}

// ---------------------------------------------------------------------------------------
// Processes, read from /proc

interface ProcessInfo {
  pid: number;
  ppid: number;
  startTime: string;
  state: string;
  cmdline: string;
}

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // after "pid (comm) "
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { pid, ppid: Number(fields[1]), state: fields[0], startTime: fields[19], cmdline };
  } catch {
    return null; // gone meanwhile
  }
}

function allProcesses(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProcess(Number(entry)))
    .filter((info): info is ProcessInfo => info !== null);
}

/** Every process below `pid`, at this moment. */
function descendants(pid: number): ProcessInfo[] {
  const all = allProcesses();
  const found: ProcessInfo[] = [];
  const parents = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const info of all) {
      if (parents.has(info.ppid) && !parents.has(info.pid)) {
        parents.add(info.pid);
        found.push(info);
        grew = true;
      }
    }
  }
  return found;
}

function environOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * What is still alive of a launch: the processes seen below it while it ran (same pid and start
 * time, not a zombie), and any process naming its data directory on its command line or in its
 * environment (the embedded Postgres runs with `-D <DATA_DIR>/postgres`; the apps get DATA_DIR).
 */
function survivors(launch: Launch): string[] {
  const left = new Map<number, ProcessInfo>();
  for (const seen of launch.tree) {
    const now = readProcess(seen.pid);
    if (now && now.startTime === seen.startTime && now.state !== 'Z') left.set(now.pid, now);
  }
  for (const info of allProcesses()) {
    if (info.pid === process.pid || info.state === 'Z') continue;
    if (info.cmdline.includes(launch.dataDir) || environOf(info.pid).includes(`DATA_DIR=${launch.dataDir}\0`)) {
      left.set(info.pid, info);
    }
  }
  return [...left.values()].map((info) => `${info.pid} ${info.cmdline}`);
}

// ---------------------------------------------------------------------------------------
// One run of `node scripts/start.js`

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Banner {
  text: string;
  adminKey: string;
  databaseUrl: string;
  databaseKind: string;
  redisUrl: string;
  redisKind: string;
}

class Launch {
  child?: ChildProcess;
  output = '';
  exit?: Exit;
  /** The processes below the launcher once it was ready. */
  tree: ProcessInfo[] = [];
  banner?: Banner;

  constructor(
    private readonly ns: Namespace,
    readonly port: string,
    readonly dataDir: string,
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `ip netns exec` replaces itself with node, so the child is the launcher itself, leading its own process group. */
  spawn(): this {
    this.child = spawn('ip', ['netns', 'exec', this.ns.name, process.execPath, START_SCRIPT], {
      cwd: ROOT,
      // what a shell would have, and nothing of the test run's (no NODE_ENV=test, no DATABASE_URL)
      env: {
        PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
        HOME: process.env.HOME ?? '/root',
        PORT: this.port,
        DATA_DIR: this.dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.child.on('exit', (code, signal) => (this.exit = { code, signal }));
    return this;
  }

  get running(): boolean {
    return this.child !== undefined && this.exit === undefined;
  }

  log(): string {
    return `launcher (PORT=${this.port}, DATA_DIR=${this.dataDir}) output:\n${this.output.slice(-6000)}`;
  }

  /** Starts the launcher and waits for its banner, which it prints once /health/ready answers 200. */
  async start(): Promise<Banner> {
    this.spawn();
    const state = await waitFor(
      async () => {
        if (this.output.includes('building (npm run build)')) return 'rebuilding';
        if (this.exit) return 'exited';
        return this.output.includes(BANNER_END) ? 'ready' : 'starting';
      },
      (value) => value !== 'starting',
      { timeoutMs: 60_000, intervalMs: 100, what: `the launcher's banner on port ${this.port}` },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.log()}`);
    });
    if (state === 'rebuilding')
      throw new Error(`the launcher started a build (dist/ went stale meanwhile): ${STALE_HINT}\n${this.log()}`);
    if (state === 'exited')
      throw new Error(`the launcher exited (${JSON.stringify(this.exit)}) before its banner\n${this.log()}`);
    this.tree = descendants(this.child!.pid!);
    this.banner = parseBanner(this.output);
    return this.banner;
  }

  /** Sends `signal` (to the launcher, or to its whole process group as a terminal's Ctrl-C does) and waits for its exit. */
  async stop(signal: NodeJS.Signals = 'SIGINT', { group = false } = {}): Promise<Exit> {
    if (this.running) process.kill(group ? -this.child!.pid! : this.child!.pid!, signal);
    return this.exited(`to exit after ${signal}`);
  }

  /** Waits for the launcher to exit. */
  async exited(what = 'to exit'): Promise<Exit> {
    await waitFor(
      async () => this.exit,
      (exit) => exit !== undefined,
      { timeoutMs: 30_000, intervalMs: 100, what: `the launcher on port ${this.port} ${what}` },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.log()}`);
    });
    return this.exit!;
  }

  /** Cleanup whatever happened: SIGINT, then SIGKILL to the group and to anything left of this run. */
  async forceStop(): Promise<void> {
    if (this.running) {
      await this.stop('SIGINT').catch(() => undefined);
      if (this.running) process.kill(-this.child!.pid!, 'SIGKILL');
    }
    for (const line of survivors(this)) {
      try {
        process.kill(Number(line.split(' ')[0]), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

/** The box the launcher prints once the API is ready. */
function parseBanner(output: string): Banner {
  const text = output.slice(output.lastIndexOf('┌'), output.lastIndexOf('┘') + 1);
  const adminKey = /Admin API key\s+(cor_admin_[A-Za-z0-9_-]+)/.exec(text)?.[1];
  const database = /Database\s+(postgres:\/\/\S+) \(([^)]+)\)/.exec(text);
  const redis = /Redis\s+(redis:\/\/\S+) \(([^)]+)\)/.exec(text);
  if (!adminKey || !database || !redis) throw new Error(`unexpected banner:\n${output.slice(-4000)}`);
  return {
    text,
    adminKey,
    databaseUrl: database[1],
    databaseKind: database[2],
    redisUrl: redis[1],
    redisKind: redis[2],
  };
}

// ---------------------------------------------------------------------------------------

describe('npm start (scripts/start.js) with no Postgres or Redis reachable', () => {
  const ns = new Namespace();
  const launches: Launch[] = [];
  const dataDirs: string[] = [];
  let firstRun: Launch;
  let adminKey: string;
  let secretsKey: string;
  let supplier: { id: string; tin: string };

  function launch(port: string, dataDir: string): Launch {
    const created = new Launch(ns, port, dataDir);
    launches.push(created);
    return created;
  }

  function dataDir(): string {
    const dir = freshDataDir();
    dataDirs.push(dir);
    return dir;
  }

  function expectStoppedCleanly(run: Launch, exit: Exit) {
    expect({ exit, stopped: run.output.includes('[start]    stopped\n') }).toEqual({
      exit: { code: 0, signal: null },
      stopped: true,
    });
    expect(survivors(run)).toEqual([]);
  }

  /** The 150 seeded stores, read a page of 50 at a time through the cursors. */
  async function storeCodes(run: Launch, key: string): Promise<string[]> {
    const codes: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await ns.request(
        `${run.base}/v1/stores?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { key },
      );
      expect(page.status).toBe(200);
      codes.push(...page.json.items.map((store: { code: string }) => store.code));
      cursor = page.json.nextCursor ?? undefined;
    } while (cursor && codes.length < 1000);
    return codes;
  }

  async function signUpSupplier(run: Launch): Promise<{ id: string; tin: string }> {
    const body = supplierSignUp({ legalName: `Launcher test cooperative ${run.port}` });
    const created = await ns.request(`${run.base}/v1/suppliers`, { method: 'POST', body });
    expect({ status: created.status, body: created.json }).toMatchObject({
      status: 201,
      body: { supplier: { tin: body.tin } },
    });
    return { id: created.json.supplier.id, tin: body.tin };
  }

  beforeAll(() => {
    const prerequisite = missingPrerequisite();
    if (prerequisite) throw new Error(`the launcher suite cannot run here: ${prerequisite}`);
    ns.create();
  }, 30_000);

  afterAll(async () => {
    await Promise.all(launches.map((run) => run.forceStop()));
    ns.destroy();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it(
    'starts an embedded Postgres and a Redis of its own, prints the banner, and serves the API with its admin key',
    async () => {
      const dir = dataDir();
      firstRun = launch('3000', dir);
      const banner = await firstRun.start();

      expect(banner).toMatchObject({
        databaseKind: 'embedded',
        databaseUrl: expect.stringMatching(/^postgres:\/\/postgres:postgres@127\.0\.0\.1:\d+\/corridor$/),
        redisKind: 'started here',
        redisUrl: expect.stringMatching(/^redis:\/\/127\.0\.0\.1:\d+$/),
      });
      expect(banner.text).toContain(`data in ${join(dir, 'postgres')}`);
      expect(banner.text).toContain(`kept in ${join(dir, 'admin-api-key')}`);
      expect(banner.text).toContain('http://127.0.0.1:3000/docs');
      expect(firstRun.output).toContain('no local Postgres on 127.0.0.1:5432');
      expect(firstRun.output).toContain('no local Redis on 127.0.0.1:6379');

      adminKey = banner.adminKey;
      const keyFile = join(dir, 'admin-api-key');
      expect(readFileSync(keyFile, 'utf8').trim()).toBe(adminKey);
      expect((statSync(keyFile).mode & 0o777).toString(8)).toBe('600');
      // SECRETS_KEY, generated the same way: 32 random bytes in base64, readable by its owner only
      const secretsFile = join(dir, 'secrets.key');
      secretsKey = readFileSync(secretsFile, 'utf8').trim();
      expect(Buffer.from(secretsKey, 'base64')).toHaveLength(32);
      expect((statSync(secretsFile).mode & 0o777).toString(8)).toBe('600');

      // the processes it runs: the three apps, the embedded Postgres on DATA_DIR, redis-server
      const commands = firstRun.tree.map((info) => info.cmdline).join('\n');
      for (const app of ['api', 'worker', 'carrier-sim'])
        expect(commands).toContain(join(ROOT, 'dist', 'apps', app, 'main.js'));
      expect(commands).toContain(`-D ${join(dir, 'postgres')}`);
      expect(commands).toContain('redis-server');

      expect((await ns.request(`${firstRun.base}/health/ready`)).status).toBe(200);
      const docs = await ns.request(`${firstRun.base}/docs`);
      expect({ status: docs.status, html: docs.contentType?.includes('text/html') }).toEqual({
        status: 200,
        html: true,
      });

      expect((await ns.request(`${firstRun.base}/v1/stores?limit=200`)).status).toBe(401);
      const stores = await ns.request(`${firstRun.base}/v1/stores?limit=200`, { key: adminKey });
      expect({ status: stores.status, count: stores.json?.items?.length }).toEqual({ status: 200, count: 150 });
      const paged = await storeCodes(firstRun, adminKey);
      expect({ count: paged.length, distinct: new Set(paged).size }).toEqual({ count: 150, distinct: 150 });

      // The demo suppliers: two approved, one suspended for an expired GACC registration.
      const demo = await ns.request(`${firstRun.base}/v1/suppliers?limit=200`, { key: adminKey });
      const demoSuppliers = (demo.json?.items ?? []) as { district: string; status: string }[];
      expect(demoSuppliers.map((d) => `${d.district} ${d.status}`).sort()).toEqual([
        'Bugesera approved',
        'Nyagatare suspended',
        'Nyamasheke approved',
      ]);

      supplier = await signUpSupplier(firstRun);
      const read = await ns.request(`${firstRun.base}/v1/suppliers/${supplier.id}`, { key: adminKey });
      expect({ status: read.status, tin: read.json?.tin }).toEqual({ status: 200, tin: supplier.tin });
    },
    STEP_MS,
  );

  it(
    'stops on SIGINT: exits 0, stops the embedded Postgres and Redis, and leaves no process behind',
    async () => {
      if (!firstRun?.banner) throw new Error('the first run did not start (see the previous test)');
      const exit = await firstRun.stop('SIGINT');
      expectStoppedCleanly(firstRun, exit);
      expect(firstRun.output).toContain('stopped embedded Postgres');
      expect(firstRun.output).toContain('stopped Redis');
      expect(ns.listeningPorts()).toEqual([]);
    },
    STEP_MS,
  );

  it(
    'starts again on the same DATA_DIR with the same admin key and data, and stops on a Ctrl-C to its whole process group',
    async () => {
      if (!firstRun?.exit || !supplier) throw new Error('the first run did not complete (see the previous tests)');
      const again = launch('3000', firstRun.dataDir);
      const banner = await again.start();
      expect(banner.adminKey).toBe(adminKey);
      expect(banner.text).not.toContain('kept in'); // not generated this time
      expect(again.output).not.toContain('initialising an embedded Postgres');
      expect(readFileSync(join(again.dataDir, 'admin-api-key'), 'utf8').trim()).toBe(adminKey);
      expect(readFileSync(join(again.dataDir, 'secrets.key'), 'utf8').trim()).toBe(secretsKey);

      const read = await ns.request(`${again.base}/v1/suppliers/${supplier.id}`, { key: adminKey });
      expect({ status: read.status, tin: read.json?.tin }).toEqual({ status: 200, tin: supplier.tin });
      const stores = await ns.request(`${again.base}/v1/stores?limit=200`, { key: adminKey });
      expect({ status: stores.status, count: stores.json?.items?.length }).toEqual({ status: 200, count: 150 }); // seeded once
      const suppliers = await ns.request(`${again.base}/v1/suppliers?limit=200`, { key: adminKey });
      expect(suppliers.json?.items?.length).toBe(4); // the three demo suppliers, seeded once, and the one signed up

      // a terminal's Ctrl-C reaches every process of the group: the apps, Postgres and Redis get it too
      const exit = await again.stop('SIGINT', { group: true });
      expectStoppedCleanly(again, exit);
      expect(ns.listeningPorts()).toEqual([]);
    },
    STEP_MS,
  );

  it(
    `runs two copies at once, on ports 3000 and ${SECOND_PORT}, each with its own database, key and data`,
    async () => {
      if (!supplier) throw new Error('the first run did not complete (see the previous tests)');
      const first = launch('3000', firstRun.dataDir);
      const second = launch(String(SECOND_PORT), dataDir());
      const [bannerA, bannerB] = await Promise.all([first.start(), second.start()]);

      expect(bannerA).toMatchObject({
        databaseKind: 'embedded',
        databaseUrl: expect.stringMatching(/\/corridor$/),
        adminKey,
      });
      expect(bannerB).toMatchObject({
        databaseKind: 'embedded',
        databaseUrl: expect.stringMatching(new RegExp(`/corridor_${SECOND_PORT}$`)),
      });
      expect(bannerB.text).toContain(`data in ${join(second.dataDir, 'postgres')}`);
      expect(bannerB.text).toContain(`http://127.0.0.1:${SECOND_PORT + 1}`); // its sandbox carriers
      expect(new URL(bannerB.databaseUrl).port).not.toBe(new URL(bannerA.databaseUrl).port);
      expect(bannerB.redisUrl).not.toBe(bannerA.redisUrl);
      expect(bannerB.adminKey).not.toBe(adminKey);

      for (const run of [first, second]) expect((await ns.request(`${run.base}/health/ready`)).status).toBe(200);
      // keys do not cross
      expect((await ns.request(`${second.base}/v1/stores?limit=1`, { key: adminKey })).status).toBe(401);
      expect((await ns.request(`${first.base}/v1/stores?limit=1`, { key: bannerB.adminKey })).status).toBe(401);

      // suppliers do not cross: the one from the first runs lives on 3000 only, a new one on the second port only
      const onSecond = await signUpSupplier(second);
      const reads = {
        oldOnFirst: (await ns.request(`${first.base}/v1/suppliers/${supplier.id}`, { key: adminKey })).status,
        oldOnSecond: (await ns.request(`${second.base}/v1/suppliers/${supplier.id}`, { key: bannerB.adminKey })).status,
        newOnSecond: (await ns.request(`${second.base}/v1/suppliers/${onSecond.id}`, { key: bannerB.adminKey })).status,
        newOnFirst: (await ns.request(`${first.base}/v1/suppliers/${onSecond.id}`, { key: adminKey })).status,
      };
      expect(reads).toEqual({ oldOnFirst: 200, oldOnSecond: 404, newOnSecond: 200, newOnFirst: 404 });
      const listed = await ns.request(`${first.base}/v1/suppliers?limit=200`, { key: adminKey });
      expect(listed.json.items.map((item: { id: string }) => item.id)).not.toContain(onSecond.id);

      const [exitA, exitB] = await Promise.all([first.stop('SIGINT'), second.stop('SIGINT')]);
      expectStoppedCleanly(first, exitA);
      expectStoppedCleanly(second, exitB);
      expect(ns.listeningPorts()).toEqual([]);
    },
    STEP_MS,
  );

  it(
    'refuses PORT=abc with a clear message and a non-zero exit, touching nothing',
    async () => {
      const dir = dataDir();
      const refused = launch('abc', dir).spawn();
      const exit = await refused.exited();
      expect(exit.code).not.toBe(0);
      expect(exit.code).not.toBeNull();
      expect(refused.output).toContain('cannot start: PORT must be 1-65534, got abc');
      expect(readdirSync(dir)).toEqual([]);
    },
    STEP_MS,
  );
});
