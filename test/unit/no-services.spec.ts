import net from 'node:net';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { Client } from 'pg';

/** What config/jest-unit-guard.js keeps on the `net` module: whether it is on, and what it refused. */
const guard = (net as unknown as Record<symbol, { active: boolean; attempts: string[] }>)[
  Symbol.for('corridor.unitGuard')
];

/**
 * The unit tier's promise: a spec that reaches for Postgres or Redis fails, so `npm run
 * test:unit` passes with both stopped. Refused attempts are forgotten after each test here,
 * since the guard fails any file that made one.
 */
describe('the unit tier', () => {
  afterEach(() => {
    guard.attempts.length = 0;
  });

  it('is guarded', () => {
    expect(guard.active).toBe(true);
  });

  it.each([5432, 6379])('refuses any TCP connect to port %i, and remembers it', (port) => {
    expect(() => net.connect(port, '127.0.0.1')).toThrow(
      `without Postgres and Redis, but this one connected to 127.0.0.1:${port}`,
    );
    expect(() => new net.Socket().connect({ port, host: 'localhost' })).toThrow(/without Postgres and Redis/);
    expect(guard.attempts).toHaveLength(2);
  });

  it('fails a Postgres client and a Redis client', async () => {
    await expect(new Client({ host: '127.0.0.1', port: 5432 }).connect()).rejects.toThrow(/without Postgres and Redis/);
    const redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true, retryStrategy: () => null });
    await expect(redis.connect()).rejects.toThrow(/without Postgres and Redis/);
    redis.disconnect();
    expect(guard.attempts.length).toBeGreaterThanOrEqual(2);
  });

  it('lets every other connection through', async () => {
    const server = net.createServer((socket) => socket.end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1');
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      expect(answer).toBe('hello');
      expect(guard.attempts).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
