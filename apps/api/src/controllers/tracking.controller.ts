import { Body, Controller, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@corridor/config';
import { Public } from '@corridor/auth';
import { ApiError } from '@corridor/http';
import { CarrierEventsDto, TrackingService, verifyCarrierSignature } from '@corridor/tracking';
import { renderTrackingPage } from '../tracking-page';
import { RateLimited } from '../rate-limit.guard';

@ApiTags('tracking')
@Controller()
export class TrackingController {
  constructor(
    private readonly tracking: TrackingService,
    private readonly config: AppConfig,
  ) {}

  /** Where a parcel is: public, no key; no prices, people or supplier details. */
  @Get('v1/tracking/:trackingNumber')
  @Public()
  @RateLimited()
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
  async events(
    @Param('carrierCode') carrierCode: string,
    @Headers('x-carrier-signature') signature: string | undefined,
    @Req() req: FastifyRequest & { rawBody?: Buffer },
    @Body() body: CarrierEventsDto,
  ) {
    const secret = this.config.carrierSecret(carrierCode);
    if (!secret || !req.rawBody || !verifyCarrierSignature({ secret, header: signature, rawBody: req.rawBody })) {
      throw new ApiError(401, 'UNAUTHENTICATED', 'missing, stale or invalid X-Carrier-Signature');
    }
    return this.tracking.ingest(carrierCode, body.events);
  }
}
