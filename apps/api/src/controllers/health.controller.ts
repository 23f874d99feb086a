import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckError,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { Public } from '@corridor/auth';
import { RedisClient } from '../redis-client';
import { ApiErrors } from '../openapi/api-errors.decorator';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redisClient: RedisClient,
  ) {}

  /** The process is up. */
  @Get('live')
  @ApiOkResponse({
    schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } },
  })
  @ApiErrors()
  live() {
    return { status: 'ok' };
  }

  /** Postgres and Redis answer; `503` otherwise. */
  @Get('ready')
  @ApiErrors('UNAVAILABLE')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.db.pingCheck('postgres', { timeout: 2000 }), () => this.redis()]);
  }

  private async redis(): Promise<HealthIndicatorResult> {
    if (!(await this.redisClient.ping()))
      throw new HealthCheckError('redis unreachable', { redis: { status: 'down' } });
    return { redis: { status: 'up' } };
  }
}
