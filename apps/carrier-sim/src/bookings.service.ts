import { Injectable } from '@nestjs/common';
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { toTrackingView, type Booking, type TrackingView } from './booking';
import { isValidIdempotencyKey, validateBookingRequest, validateHandoverRequest } from './booking-request.validation';
import { CARRIER_PROFILES } from './carriers';
import { FaultsService } from './faults.service';
import { JourneyService } from './journey.service';
import { SimError } from './sim-error';
import { StateStore } from './state-store.service';
import { generateTrackingNumber } from './tracking-number';
import { TRACKING_NUMBER_PATTERN, type CarrierCode } from '@corridor/domain';

/** Enough tries that a collision in a space of 10^7+ numbers never surfaces. */
const TRACKING_NUMBER_ATTEMPTS = 100;

/** Bookings as a carrier keeps them: created once per idempotency key, then handed over or cancelled. */
@Injectable()
export class BookingsService {
  constructor(
    private readonly store: StateStore,
    private readonly journeys: JourneyService,
    private readonly faults: FaultsService,
  ) {}

  /**
   * Books once per Idempotency-Key and once per live reference: a repeat of either answers
   * with the first booking (`replayed`). Injected faults: an error refuses the request with
   * 503 before anything happens; a timeout does the work, then holds the answer, so the
   * booking exists although the client gave up, as with a real carrier.
   */
  async book(params: {
    carrier: CarrierCode;
    idempotencyKey: unknown;
    body: unknown;
  }): Promise<{ booking: Booking; replayed: boolean }> {
    const { carrier, idempotencyKey, body } = params;
    const reference = (body as { reference?: unknown } | null)?.reference;
    // Counted before any check: tests compare requests received with bookings made.
    if (typeof reference === 'string') this.store.countRequest(reference);
    this.store.count(carrier, 'bookingRequests');
    const { fault, holdMs } = this.faults.nextBookingFault(carrier);
    if (fault === 'error') {
      this.store.count(carrier, 'errorsInjected');
      await this.store.save();
      throw SimError.unavailable();
    }
    if (fault === 'timeout') this.store.count(carrier, 'timeoutsInjected');
    try {
      if (!isValidIdempotencyKey(idempotencyKey)) {
        throw SimError.validation([
          { field: 'Idempotency-Key', issue: 'header is required: 1-255 printable ASCII characters' },
        ]);
      }
      const validated = validateBookingRequest(body, CARRIER_PROFILES[carrier].maxPackageGrams);
      if (!validated.ok) throw SimError.validation(validated.issues);
      const request = validated.value;
      const fingerprint = createHash('sha256').update(JSON.stringify(request)).digest('hex');

      const existing = this.store.findByIdempotencyKey(carrier, idempotencyKey);
      if (existing) {
        if (existing.requestFingerprint !== fingerprint) {
          throw new SimError(
            422,
            'IDEMPOTENCY_KEY_REUSED',
            'this Idempotency-Key was used with a different request body',
          );
        }
        this.store.count(carrier, 'replays');
        return { booking: existing, replayed: true };
      }
      // Corridor's reference is its shipment id: one live booking per shipment, whatever the key.
      const sameReference = this.store.findLiveByReference(carrier, request.reference);
      if (sameReference) {
        this.store.count(carrier, 'replays');
        return { booking: sameReference, replayed: true };
      }

      const now = new Date().toISOString();
      const booking: Booking = {
        bookingId: randomUUID(),
        carrier,
        trackingNumber: this.freshTrackingNumber(carrier),
        status: 'booked',
        idempotencyKey,
        requestFingerprint: fingerprint,
        request,
        createdAt: now,
        updatedAt: now,
        handover: null,
        cancelledAt: null,
        events: [],
      };
      // Indexed synchronously, before any await, so a concurrent replay finds it.
      this.store.add(booking);
      return { booking, replayed: false };
    } finally {
      // Answer only once the booking (or the request count) is on disk.
      await this.store.save();
      if (holdMs > 0) await this.faults.hold(holdMs);
    }
  }

  get(carrier: CarrierCode, bookingId: string): Booking {
    const booking = this.store.get(bookingId);
    // Another carrier's booking is as unknown as a made-up id.
    if (!booking || booking.carrier !== carrier) throw SimError.notFound(`booking ${bookingId}`);
    return booking;
  }

  /** A parcel's tracking as the carrier's own tracking API shows it. */
  track(carrier: CarrierCode, trackingNumber: string): TrackingView {
    const booking = this.store.findByTrackingNumber(trackingNumber);
    if (!booking || booking.carrier !== carrier) throw SimError.notFound(`tracking number ${trackingNumber}`);
    return toTrackingView(booking);
  }

  /** Starts the journey on the first call; later calls return the booking unchanged. */
  async handover(params: { carrier: CarrierCode; bookingId: string; body: unknown }): Promise<Booking> {
    const validated = validateHandoverRequest(params.body);
    if (!validated.ok) throw SimError.validation(validated.issues);
    const booking = this.get(params.carrier, params.bookingId);
    if (booking.status === 'cancelled') throw SimError.invalidTransition(booking.status, 'hand over');
    if (booking.handover) {
      await this.store.settled();
      return booking;
    }
    const now = new Date().toISOString();
    booking.handover = {
      receiptNumber: validated.value.receiptNumber,
      handedOverAt: validated.value.handedOverAt ?? now,
      receivedAt: now,
    };
    booking.status = 'handed_over';
    booking.updatedAt = now;
    // Frozen now: faults changed later apply to later journeys only.
    booking.journeyFaults = this.faults.journeyFaults(booking.carrier);
    await this.store.save();
    this.journeys.start(booking.bookingId);
    return booking;
  }

  async cancel(params: { carrier: CarrierCode; bookingId: string }): Promise<Booking> {
    const booking = this.get(params.carrier, params.bookingId);
    if (booking.status === 'cancelled') {
      await this.store.settled();
      return booking;
    }
    if (booking.status !== 'booked') throw SimError.invalidTransition(booking.status, 'cancel');
    const now = new Date().toISOString();
    booking.status = 'cancelled';
    booking.cancelledAt = now;
    booking.updatedAt = now;
    await this.store.save();
    return booking;
  }

  private freshTrackingNumber(carrier: CarrierCode): string {
    for (let attempt = 0; attempt < TRACKING_NUMBER_ATTEMPTS; attempt++) {
      const candidate = generateTrackingNumber(carrier, (max) => randomInt(max));
      if (!TRACKING_NUMBER_PATTERN.test(candidate))
        throw new Error(`generated tracking number ${candidate} breaks the contract pattern`);
      if (!this.store.hasTrackingNumber(candidate)) return candidate;
    }
    throw new Error(`no free ${carrier} tracking number after ${TRACKING_NUMBER_ATTEMPTS} attempts`);
  }
}
