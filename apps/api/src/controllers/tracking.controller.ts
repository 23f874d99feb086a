import { Body, Controller, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@corridor/auth';
import { CarrierEventsDto, TrackingService } from '@corridor/tracking';
import { renderTrackingPage } from '../tracking-page';
import { CarrierSignatureGuard } from '../carrier-signature.guard';
import { RateLimited } from '../rate-limit.guard';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { CarrierEventsResultView } from '../openapi/carrier-events-result.view';
import { TrackingView } from '../openapi/tracking.view';

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

  /** The same, as a small bilingual page for store staff. */
  @Get('track/:trackingNumber')
  @Public()
  @RateLimited()
  @ApiExcludeEndpoint()
  async page(@Param('trackingNumber') trackingNumber: string, @Res() reply: FastifyReply): Promise<void> {
    const view = await this.tracking.publicView(trackingNumber);
    await reply.header('content-type', 'text/html; charset=utf-8').send(renderTrackingPage(view));
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
