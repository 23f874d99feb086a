import { Controller, Get, Query } from '@nestjs/common';
import { toBookingView, type BookingView } from './booking';
import { JourneyService } from './journey.service';
import { StateStore } from './state-store.service';

export interface SandboxBookingList {
  items: Array<BookingView & { idempotencyKey: string }>;
  /** Booking requests received for `reference` (replays and refusals included), or for all references. */
  requestCount: number;
  requestCounts: Record<string, number>;
}

/** Introspection for tests and demos; no auth, since it is not part of any carrier's API. */
@Controller('sandbox')
export class SandboxController {
  constructor(
    private readonly store: StateStore,
    private readonly journeys: JourneyService,
  ) {}

  @Get('health')
  health(): { status: 'ok'; bookings: number; activeJourneys: number } {
    return { status: 'ok', bookings: this.store.all().length, activeJourneys: this.journeys.activeCount() };
  }

  @Get('bookings')
  bookings(@Query('reference') reference?: string, @Query('carrier') carrier?: string): SandboxBookingList {
    const items = this.store
      .all()
      .filter(
        (b) =>
          (reference === undefined || b.request.reference === reference) &&
          (carrier === undefined || b.carrier === carrier),
      )
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((b) => ({ ...toBookingView(b), idempotencyKey: b.idempotencyKey }));
    const requestCounts = this.store.allRequestCounts();
    const requestCount =
      reference === undefined
        ? Object.values(requestCounts).reduce((sum, n) => sum + n, 0)
        : (requestCounts[reference] ?? 0);
    return {
      items,
      requestCount,
      requestCounts: reference === undefined ? requestCounts : { [reference]: requestCount },
    };
  }
}
