import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort } from '../../support/free-port';
import { waitFor } from '../../support/wait-for';

/**
 * A `redis-server` of a suite's own, a child process on a spare port with its append-only file
 * in a temporary directory, that the suite may stop and start (keeping or losing its data):
 * the shared server on 6379 is never touched.
 */
export class PrivateRedis {
  port = 0;
  private dir = '';
  private child: ChildProcess | null = null;
  private output: string[] = [];

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    if (this.port === 0) this.port = await freePort();
    if (!this.dir) this.dir = mkdtempSync(join(tmpdir(), 'corridor-faults-redis-'));
    this.output = [];
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--maxmemory-policy',
        'noeviction',
        '--dir',
        this.dir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    this.child = child;
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`redis-server exited: ${this.output.join('').slice(-1500)}`);
        const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        try {
          await client.connect();
          return (await client.ping()) === 'PONG';
        } finally {
          client.disconnect();
        }
      },
      Boolean,
      { what: `redis-server on ${this.port}`, timeoutMs: 30_000 },
    );
    return this;
  }

  /** Stops the server (SIGTERM: it flushes its append-only file) and waits until it is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGTERM');
    await gone;
  }

  /** Forgets everything it held: only while stopped. */
  wipe(): void {
    if (this.child) throw new Error('wipe a stopped redis only');
    rmSync(this.dir, { recursive: true, force: true });
    this.dir = mkdtempSync(join(tmpdir(), 'corridor-faults-redis-'));
  }

  /** Stops the server and removes its directory. */
  async destroy(): Promise<void> {
    await this.stop();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
