import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Config is validated at boot: the built API refuses a bad variable before it listens. */
describe('the built API with a bad environment', () => {
  const root = resolve(__dirname, '..', '..');
  const main = join(root, 'dist', 'apps', 'api', 'main.js');
  let child: ChildProcess | undefined;

  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('exits non-zero without listening, naming PORT on stderr, when PORT=abc', async () => {
    if (!existsSync(main)) throw new Error('dist/apps/api/main.js is missing: run npm run build first');
    child = spawn(process.execPath, [main], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        PORT: 'abc',
        DATABASE_URL: process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
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

    expect(exit.signal).toBeNull();
    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    expect(stderr).toMatch(/\bPORT\b/);
    expect(stdout + stderr).not.toMatch(/listening/i);
  }, 30_000);
});
