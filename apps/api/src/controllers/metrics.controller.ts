import { Controller, Get, Headers, Header } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@corridor/auth';
import { AppConfig } from '@corridor/config';
import { ApiError } from '@corridor/http';
import { metricsAuthorized, metricsRegistry } from '@corridor/observability';
import { ApiErrors } from '../openapi/api-errors.decorator';

@ApiTags('operations')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly config: AppConfig) {}

  /**
   * Prometheus text format: request durations, jobs per queue and state, the outbox backlog,
   * open tasks per type and the process defaults. Open, unless `METRICS_TOKEN` is set: then
   * `Authorization: Bearer <METRICS_TOKEN>` (the token, not an API key).
   */
  @Get()
  @Header('content-type', metricsRegistry.contentType)
  @Header('cache-control', 'no-store')
  @ApiHeader({ name: 'Authorization', required: false, description: '`Bearer <METRICS_TOKEN>` when one is set.' })
  @ApiOkResponse({
    description: 'The metrics, in the Prometheus text exposition format 0.0.4.',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiErrors('UNAUTHENTICATED')
  async metrics(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!metricsAuthorized(this.config.metricsToken, authorization))
      throw new ApiError(401, 'UNAUTHENTICATED', 'a valid metrics token is required');
    return metricsRegistry.metrics();
  }
}
