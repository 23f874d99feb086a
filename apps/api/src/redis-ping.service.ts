import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@corridor/config';
import { redisOptionsFromUrl } from '@corridor/queue';

/** A small dedicated connection for readiness checks: fails fast instead of queueing commands. */
@Injectable()
export class RedisPing implements OnApplicationShutdown {
  private readonly client: Redis;

  constructor(config: AppConfig) {
    this.client = new Redis({
      ...(redisOptionsFromUrl(config.redisUrl) as object),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      commandTimeout: 2000,
    });
    this.client.on('error', () => undefined);
  }

  async ping(): Promise<boolean> {
    try {
      if (this.client.status === 'wait' || this.client.status === 'end') await this.client.connect();
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
  }
}
