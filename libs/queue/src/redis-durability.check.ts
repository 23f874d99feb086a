import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@corridor/config';
import { QUEUE_NAMES } from './jobs';
import { Queues } from './queues.service';
import { durabilityProblems, parseRedisDurability } from './redis-health';

const CHECK_TIMEOUT_MS = 3000;

/** Thrown at boot in production when Redis could drop or forget jobs: the app refuses to start. */
export class RedisDurabilityError extends Error {}

/**
 * Checks at start that Redis keeps what BullMQ gives it: `maxmemory-policy noeviction` (an
 * evicting Redis silently drops job keys under memory pressure) and append-only persistence
 * (without it a restart forgets every waiting job; the reconciler repairs that, slowly). In
 * production a Redis that fails either refuses the start; elsewhere it is one loud warning.
 */
@Injectable()
export class RedisDurabilityCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('RedisDurability');

  constructor(
    private readonly queues: Queues,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const info = await this.readInfo();
    if (!info) {
      this.logger.warn('could not read Redis settings at start (Redis unreachable): durability not checked');
      return;
    }
    const problems = durabilityProblems(parseRedisDurability(info.memory, info.persistence));
    if (problems.length === 0) return;
    const text = `Redis is not durable enough for job queues: ${problems.join('; ')}`;
    if (this.config.nodeEnv === 'production') throw new RedisDurabilityError(text);
    this.logger.warn(`${text}. Accepted outside production only.`);
  }

  private async readInfo(): Promise<{ memory: string; persistence: string } | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), CHECK_TIMEOUT_MS);
    });
    const read = (async () => {
      const client = await this.queues.get(QUEUE_NAMES[0]!).getBackend().client;
      const all = await client.info();
      return { memory: all, persistence: all };
    })().catch(() => null);
    try {
      return await Promise.race([read, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
