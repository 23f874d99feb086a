import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { toBookingView, type BookingView } from './booking';
import type { CarrierCode } from '@corridor/domain';
import { validateFaultConfig, type FaultConfig } from './faults';
import { FaultsService } from './faults.service';
import { JourneyService } from './journey.service';
import { SimError } from './sim-error';
import { StateStore, type CarrierCounters } from './state-store.service';

export interface SandboxBookingList {
  items: Array<BookingView & { idempotencyKey: string }>;
  /** Booking requests received for `reference` (replays and refusals included), or for all references. */
  requestCount: number;
  requestCounts: Record<string, number>;
}

export interface SandboxStats {
  carriers: Record<CarrierCode, CarrierCounters & { bookingsCreated: number }>;
  /** `carrier reference` pairs with more than one booking (cancelled ones included); empty when each was booked once. */
  referencesBookedMoreThanOnce: Array<{ carrier: CarrierCode; reference: string; bookings: number }>;
}

/** Introspection and fault control for tests and demos; no auth, since it is not part of any carrier's API. */
@Controller('sandbox')
export class SandboxController {
  constructor(
    private readonly store: StateStore,
    private readonly journeys: JourneyService,
    private readonly faults: FaultsService,
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

  /** Per carrier: requests received, faults injected, bookings made; persisted across restarts. */
  @Get('stats')
  stats(): SandboxStats {
    const counters = this.store.allCounters();
    const perReference = new Map<string, { carrier: CarrierCode; reference: string; bookings: number }>();
    const created = new Map<CarrierCode, number>();
    for (const booking of this.store.all()) {
      created.set(booking.carrier, (created.get(booking.carrier) ?? 0) + 1);
      const key = `${booking.carrier}\n${booking.request.reference}`;
      const entry = perReference.get(key) ?? {
        carrier: booking.carrier,
        reference: booking.request.reference,
        bookings: 0,
      };
      entry.bookings += 1;
      perReference.set(key, entry);
    }
    const carriers = Object.fromEntries(
      (Object.keys(counters) as CarrierCode[]).map((code) => [
        code,
        { ...counters[code], bookingsCreated: created.get(code) ?? 0 },
      ]),
    ) as SandboxStats['carriers'];
    return {
      carriers,
      referencesBookedMoreThanOnce: [...perReference.values()].filter((entry) => entry.bookings > 1),
    };
  }

  @Get('faults')
  currentFaults(): FaultConfig {
    return this.faults.current();
  }

  /**
   * Replaces the whole fault configuration (`{}` turns every fault off) and restarts the
   * request numbering the error and timeout rates are drawn from. Bookings and journeys
   * started from now on meet the new faults; journeys already under way keep theirs.
   */
  @Put('faults')
  replaceFaults(@Body() body: unknown): FaultConfig {
    const validated = validateFaultConfig(body);
    if (!validated.ok) throw SimError.validation(validated.issues);
    this.faults.replace(validated.value);
    return validated.value;
  }
}
