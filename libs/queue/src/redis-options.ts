import type { RedisOptions } from 'bullmq';

/** ioredis options from a `redis://` or `rediss://` URL (BullMQ takes options, not a URL). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const u = new URL(url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db: Number.isInteger(db) ? db : 0,
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; they must not give up on a slow command.
    maxRetriesPerRequest: null,
  };
}

/**
 * Options for the producer side (queues, flow producer): a command fails at once while Redis is
 * away instead of waiting in ioredis's offline queue, so a request or job that publishes learns
 * of the outage and answers or retries, rather than hanging. Workers keep {@link redisOptionsFromUrl}.
 */
export function producerRedisOptionsFromUrl(url: string): RedisOptions {
  return { ...redisOptionsFromUrl(url), enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}
