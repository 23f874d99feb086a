import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import type { TrackingView } from './booking';
import { BookingsService } from './bookings.service';
import { CarrierAuthGuard } from './carrier-auth.guard';
import type { CarrierCode } from '@corridor/domain';

/** The carrier's tracking API, for clients that poll instead of (or besides) taking webhooks. */
@Controller('v1/carriers/:carrierCode/tracking')
@UseGuards(CarrierAuthGuard)
export class TrackingController {
  constructor(private readonly bookings: BookingsService) {}

  @Get(':trackingNumber')
  track(@Param('carrierCode') carrier: CarrierCode, @Param('trackingNumber') trackingNumber: string): TrackingView {
    return this.bookings.track(carrier, trackingNumber);
  }
}
