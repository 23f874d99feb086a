import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, type SchemaObject } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckError,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { Public } from '@corridor/auth';
import { RedisClient } from '../redis-client';
import { ShutdownState } from '../shutdown-state';
import { ApiErrors } from '../openapi/api-errors.decorator';

/** What each dependency said: `{ "postgres": { "status": "up" }, … }`. */
const DEPENDENCIES: SchemaObject = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string' } },
    additionalProperties: true,
  },
};

/** Terminus' answer when every dependency is up. */
const READY: SchemaObject = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['ok'] },
    info: DEPENDENCIES,
    error: DEPENDENCIES,
    details: DEPENDENCIES,
  },
};

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redisClient: RedisClient,
    private readonly shutdown: ShutdownState,
  ) {}

  /** The process is up. */
  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  @ApiOkResponse({
    schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } },
  })
  @ApiErrors()
  live() {
    return { status: 'ok' };
  }

  /** Postgres and Redis answer and the API is not shutting down; `503` otherwise. */
  @Get('ready')
  @ApiOperation({ summary: 'Postgres and Redis answer, and the API is not shutting down' })
  @ApiOkResponse({ schema: READY })
  @ApiErrors('UNAVAILABLE')
  @HealthCheck({ swaggerDocumentation: false })
  ready() {
    return this.health.check([
      () => this.running(),
      () => this.db.pingCheck('postgres', { timeout: 2000 }),
      () => this.redis(),
    ]);
  }

  private running(): HealthIndicatorResult {
    if (this.shutdown.isDraining)
      throw new HealthCheckError('shutting down', { api: { status: 'down', reason: 'shutting down' } });
    return { api: { status: 'up' } };
  }

  private async redis(): Promise<HealthIndicatorResult> {
    if (!(await this.redisClient.ping()))
      throw new HealthCheckError('redis unreachable', { redis: { status: 'down' } });
    return { redis: { status: 'up' } };
  }
}
