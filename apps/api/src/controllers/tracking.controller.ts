import {
  type ArgumentsHost,
  Body,
  Catch,
  Controller,
  Get,
  Headers,
  HttpCode,
  Logger,
  Param,
  Post,
  Query,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@corridor/auth';
import { ApiError, ErrorEnvelopeFilter } from '@corridor/http';
import { CarrierEventsDto, TrackingService } from '@corridor/tracking';
import { pickLanguage, renderTrackingErrorPage, renderTrackingPage } from '../tracking-page';
import { CarrierSignatureGuard } from '../carrier-signature.guard';
import { RateLimited } from '../rate-limit.guard';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiHtmlPage } from '../openapi/api-html-page.decorator';
import { CarrierEventsResultView } from '../openapi/carrier-events-result.view';
import { TrackingView } from '../openapi/tracking.view';

/** The page is HTML, no JSON: `default-src 'none'` holds it to its own inline styles. */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

/**
 * Errors of the tracking page (a malformed number, an unknown one, the rate limit) as HTML
 * pages with the same status codes the JSON route answers in the envelope.
 */
@Catch()
class TrackingPageErrorFilter extends ErrorEnvelopeFilter {
  private readonly log = new Logger('TrackingPage');

  override catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, message } = this.describe(exception);
    if (status >= 500)
      this.log.error(`${request.method} ${request.url}: ${String((exception as Error)?.stack ?? message)}`);
    if (exception instanceof ApiError && exception.code === 'RATE_LIMITED') {
      const retry = exception.details.find((d) => d.retryAfterSeconds !== undefined)?.retryAfterSeconds;
      if (retry !== undefined) void reply.header('Retry-After', String(retry));
    }
    const query = request.query as Record<string, unknown> | undefined;
    const html = renderTrackingErrorPage({
      status,
      lang: pickLanguage(query?.lang, request.headers['accept-language']),
      trackingNumber: String((request.params as Record<string, unknown> | undefined)?.trackingNumber ?? ''),
      requestId: String(request.id),
    });
    void reply.status(status).headers(PAGE_HEADERS).send(html);
  }
}

@ApiTags('tracking')
@Controller()
export class TrackingController {
  constructor(private readonly tracking: TrackingService) {}

  /** Where a parcel is: public, no key; no prices, people or supplier details. */
  @Get('v1/tracking/:trackingNumber')
  @Public()
  @RateLimited()
  @ApiOkResponse({ type: TrackingView })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'RATE_LIMITED')
  view(@Param('trackingNumber') trackingNumber: string) {
    return this.tracking.publicView(trackingNumber);
  }

  /**
   * The same, as a small bilingual page for store staff: `?lang=zh|en`, else the browser's
   * `Accept-Language`. Errors are HTML pages too (400 malformed, 404 unknown, 429).
   */
  @Get('track/:trackingNumber')
  @Public()
  @RateLimited()
  @UseFilters(TrackingPageErrorFilter)
  @ApiHtmlPage({ description: 'The tracking page.', errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'RATE_LIMITED'] })
  async page(
    @Param('trackingNumber') trackingNumber: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const view = await this.tracking.publicView(trackingNumber);
    await reply.headers(PAGE_HEADERS).send(renderTrackingPage(view, pickLanguage(lang, acceptLanguage)));
  }

  /** Carriers push tracking events, signed with HMAC-SHA256 of "t.rawBody". */
  @Post('v1/carriers/:carrierCode/events')
  @Public()
  @HttpCode(200)
  @ApiHeader({
    name: 'X-Carrier-Signature',
    description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "t.rawBody">',
    required: true,
  })
  @UseGuards(CarrierSignatureGuard)
  @ApiOkResponse({ type: CarrierEventsResultView })
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE')
  events(@Param('carrierCode') carrierCode: string, @Body() body: CarrierEventsDto) {
    return this.tracking.ingest(carrierCode, body.events);
  }
}
