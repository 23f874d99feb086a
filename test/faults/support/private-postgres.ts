import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from '../../support/free-port';
import { waitFor } from '../../support/wait-for';

const run = promisify(execFile);
const VERSION = '15';

/**
 * A PostgreSQL cluster of a suite's own (Debian's `pg_createcluster`), on a spare port with
 * trust auth on 127.0.0.1, that the suite may stop, start and restart at will: the shared
 * server on 5432 is never touched. Dropped with `drop()`.
 */
export class PrivatePostgres {
  readonly name = `faults${randomBytes(4).toString('hex')}`;
  port = 0;

  /** The superuser URL for TestEnvironment's `pgAdminUrl`. */
  get adminUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async create(): Promise<this> {
    this.port = await freePort();
    // fsync off: the suite stops the server with a clean (fast) shutdown, never the machine.
    await run('pg_createcluster', [
      VERSION,
      this.name,
      '-p',
      String(this.port),
      '--start-conf=manual',
      '-o',
      'fsync=off',
      '-o',
      'synchronous_commit=off',
      '-o',
      'full_page_writes=off',
      '-o',
      'max_connections=200',
      '--',
      '--auth=trust',
    ]);
    await this.start();
    return this;
  }

  async start(): Promise<void> {
    await this.ctl('start');
    await this.ready();
  }

  /** A fast shutdown: open connections are cut, as when the database host goes away. */
  async stop(): Promise<void> {
    await this.ctl('stop', ['-m', 'fast']);
  }

  async restart(): Promise<void> {
    await this.ctl('restart', ['-m', 'fast']);
    await this.ready();
  }

  async drop(): Promise<void> {
    if (this.port === 0) return;
    await run('pg_dropcluster', ['--stop', VERSION, this.name]);
  }

  private async ctl(action: 'start' | 'stop' | 'restart', options: string[] = []): Promise<void> {
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', VERSION, this.name, action, ...options]);
  }

  private async ready(): Promise<void> {
    await waitFor(
      async () => {
        const client = new Client({ connectionString: this.adminUrl });
        await client.connect();
        await client.end();
        return true;
      },
      Boolean,
      { what: `postgres cluster ${this.name} to accept connections`, timeoutMs: 30_000 },
    );
  }
}
