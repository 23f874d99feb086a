import { randomUUID } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@corridor/config';
import { ApiError } from '@corridor/http';
import { RedisClient } from './redis-client';

const RATE_LIMITED = Symbol('corridor:rate-limited');
const WINDOW_MS = 60_000;

/** A public route limited to `RATE_LIMIT_PUBLIC` requests a minute per client address. */
export const RateLimited = (): MethodDecorator => SetMetadata(RATE_LIMITED, true);

/**
 * A sliding one-minute log per address, kept in Redis so every API instance shares one count.
 * Atomic in one script: drop entries older than the window, refuse when the rest reach the
 * limit (answering how long until the oldest leaves), else record this request.
 */
const SLIDING_WINDOW = `
local key, now, window, limit, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
redis.call('ZREMRANGEBYSCORE', key, 0, now - window)
local count = redis.call('ZCARD', key)
if count >= limit then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return { count, tonumber(oldest[2]) + window - now }
end
redis.call('ZADD', key, now, member)
redis.call('PEXPIRE', key, window)
return { count + 1, 0 }`;

/**
 * Over the limit: `429 RATE_LIMITED` with `Retry-After`. If Redis cannot answer, the request
 * goes through: a limiter must not take the public routes down with it.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger(RateLimitGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly client: RedisClient,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.reflector.get<boolean>(RATE_LIMITED, context.getHandler())) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const limit = this.config.rateLimitPublic;
    let count: number;
    let retryAfterMs: number;
    try {
      const redis = await this.client.ready();
      [count, retryAfterMs] = (await redis.eval(
        SLIDING_WINDOW,
        1,
        `${this.config.queuePrefix}:rate:${request.ip}`,
        Date.now(),
        WINDOW_MS,
        limit,
        `${Date.now()}:${randomUUID()}`,
      )) as [number, number];
    } catch (error) {
      this.logger.warn(`rate limit not applied: ${(error as Error).message}`);
      return true;
    }
    void reply
      .header('RateLimit-Limit', String(limit))
      .header('RateLimit-Remaining', String(Math.max(0, limit - count)));
    if (retryAfterMs > 0) {
      const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      throw new ApiError(
        429,
        'RATE_LIMITED',
        `at most ${limit} requests a minute on public routes; retry in ${retryAfterSeconds} s`,
        [{ issue: 'rate limited', retryAfterSeconds }],
      );
    }
    return true;
  }
}
