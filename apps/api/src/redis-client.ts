import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@corridor/config';
import { redisOptionsFromUrl } from '@corridor/queue';

/**
 * The API's own small Redis connection, for readiness checks and rate limits. It fails fast
 * instead of queueing commands while Redis is away, so neither blocks a request.
 */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: Redis;

  constructor(config: AppConfig) {
    this.redis = new Redis({
      ...(redisOptionsFromUrl(config.redisUrl) as object),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      commandTimeout: 2000,
    });
    this.redis.on('error', () => undefined);
  }

  /** Connects on first use and after the connection was lost. */
  async ready(): Promise<Redis> {
    if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
    return this.redis;
  }

  async ping(): Promise<boolean> {
    try {
      return (await (await this.ready()).ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
