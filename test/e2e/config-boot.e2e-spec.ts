import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** Config is validated at boot: the built API refuses a bad variable before it listens. */
describe('the built API with a bad environment', () => {
  const root = resolve(__dirname, '..', '..');
  const main = join(root, 'dist', 'apps', 'api', 'main.js');
  let child: ChildProcess | undefined;

  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  /** Starts the built API with `env` and waits for it to exit, with what it wrote. */
  async function boot(env: Record<string, string>) {
    if (!existsSync(main)) throw new Error('dist/apps/api/main.js is missing: run npm run build first');
    child = spawn(process.execPath, [main], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const started = child;
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
      started.on('exit', (code, signal) => resolveExit({ code, signal })),
    );
    return { ...exit, stdout, stderr };
  }

  /** A port nothing listens on, so a refusal is the variable's and not the port's. */
  function freePort(): Promise<string> {
    return new Promise((resolvePort) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolvePort(String(port)));
      });
    });
  }

  function expectRefused(run: Awaited<ReturnType<typeof boot>>, named: RegExp) {
    expect(run.signal).toBeNull();
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stderr).toMatch(named);
    expect(run.stdout + run.stderr).not.toMatch(/listening/i);
  }

  it('exits non-zero without listening, naming PORT on stderr, when PORT=abc', async () => {
    expectRefused(await boot({ NODE_ENV: 'test', PORT: 'abc' }), /\bPORT\b/);
  }, 30_000);

  it('refuses production without SECRETS_KEY, saying it is required there', async () => {
    const run = await boot({
      NODE_ENV: 'production',
      PORT: await freePort(),
      CARRIER_SECRETS: 'iposita-ems=a,express=b,air-cargo=c',
    });
    expectRefused(run, /SECRETS_KEY is required when NODE_ENV=production/);
    expect(run.code).toBe(78);
  }, 30_000);

  it('refuses a SECRETS_KEY that is not 32 bytes of base64, without printing it', async () => {
    const value = Buffer.from('sixteen byte key').toString('base64');
    const run = await boot({ NODE_ENV: 'test', SECRETS_KEY: value });
    expectRefused(run, /SECRETS_KEY=\(hidden, \d+ characters\): .*32 bytes/);
    expect(run.stdout + run.stderr).not.toContain(value);
  }, 30_000);

  it('started on its own without SECRETS_KEY, stops and says how to get one', async () => {
    const run = await boot({ NODE_ENV: 'development', PORT: await freePort(), HOST: '127.0.0.1' });
    expectRefused(run, /SECRETS_KEY is not set: npm start generates one into DATA_DIR\/secrets\.key/);
  }, 30_000);
});
