import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toBookingView, type BookingView } from './booking';
import { BookingsService } from './bookings.service';
import { CarrierAuthGuard } from './carrier-auth.guard';
import type { CarrierCode } from '@corridor/domain';

/** The carrier API Corridor books, hands over and cancels parcels with. */
@Controller('v1/carriers/:carrierCode/bookings')
@UseGuards(CarrierAuthGuard)
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  /** 201 with a new booking, or 200 with the first one when the Idempotency-Key repeats. */
  @Post()
  async book(
    @Param('carrierCode') carrier: CarrierCode,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BookingView> {
    const { booking, replayed } = await this.bookings.book({ carrier, idempotencyKey, body });
    if (replayed) void reply.status(200).header('idempotent-replayed', 'true');
    return toBookingView(booking);
  }

  @Get(':bookingId')
  get(@Param('carrierCode') carrier: CarrierCode, @Param('bookingId') bookingId: string): BookingView {
    return toBookingView(this.bookings.get(carrier, bookingId));
  }

  @Post(':bookingId/handover')
  @HttpCode(200)
  async handover(
    @Param('carrierCode') carrier: CarrierCode,
    @Param('bookingId') bookingId: string,
    @Body() body: unknown,
  ): Promise<BookingView> {
    return toBookingView(await this.bookings.handover({ carrier, bookingId, body }));
  }

  @Post(':bookingId/cancel')
  @HttpCode(200)
  async cancel(
    @Param('carrierCode') carrier: CarrierCode,
    @Param('bookingId') bookingId: string,
  ): Promise<BookingView> {
    return toBookingView(await this.bookings.cancel({ carrier, bookingId }));
  }
}
