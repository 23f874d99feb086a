import type { CarrierEventCode } from '@corridor/domain';
import type { CarrierCode } from './carriers';

export interface PackageSpec {
  reference: string;
  grossWeightKg: string;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
}

export interface Place {
  city: string;
  country: string;
}

export interface Destination extends Place {
  airport?: string;
  storeCode?: string;
}

/** A validated booking request, normalised so that equal requests serialise equally. */
export interface BookingRequest {
  reference: string;
  packages: PackageSpec[];
  origin: Place;
  destination: Destination;
}

/** Whether Corridor took the event: `rejected` means it answered a 4xx other than 429. */
export type DeliveryState = 'pending' | 'delivered' | 'rejected';

export interface EmittedEvent {
  eventId: string;
  /** Position in the journey plan, so a resumed journey knows where it stood. */
  step: number;
  code: CarrierEventCode;
  occurredAt: string;
  location: string;
  description: string;
  delivery: DeliveryState;
  attempts: number;
  lastError: string | null;
}

export type BookingStatus = 'booked' | 'cancelled' | 'handed_over' | 'delivered';

/** A booking as persisted in state.json. */
export interface Booking {
  bookingId: string;
  carrier: CarrierCode;
  trackingNumber: string;
  status: BookingStatus;
  idempotencyKey: string;
  /** sha256 of the normalised request, to spot a key reused with a different body. */
  requestFingerprint: string;
  request: BookingRequest;
  createdAt: string;
  updatedAt: string;
  handover: { receiptNumber: string | null; handedOverAt: string; receivedAt: string } | null;
  cancelledAt: string | null;
  events: EmittedEvent[];
}

/** The booking as the carrier API shows it: no idempotency internals. */
export interface BookingView {
  bookingId: string;
  carrier: CarrierCode;
  trackingNumber: string;
  reference: string;
  status: BookingStatus;
  createdAt: string;
  updatedAt: string;
  packages: PackageSpec[];
  origin: Place;
  destination: Destination;
  handover: { receiptNumber: string | null; handedOverAt: string } | null;
  cancelledAt: string | null;
  events: Array<Omit<EmittedEvent, 'step' | 'lastError'>>;
}

export function toBookingView(booking: Booking): BookingView {
  return {
    bookingId: booking.bookingId,
    carrier: booking.carrier,
    trackingNumber: booking.trackingNumber,
    reference: booking.request.reference,
    status: booking.status,
    createdAt: booking.createdAt,
    updatedAt: booking.updatedAt,
    packages: booking.request.packages,
    origin: booking.request.origin,
    destination: booking.request.destination,
    handover: booking.handover && {
      receiptNumber: booking.handover.receiptNumber,
      handedOverAt: booking.handover.handedOverAt,
    },
    cancelledAt: booking.cancelledAt,
    events: booking.events.map(({ eventId, code, occurredAt, location, description, delivery, attempts }) => ({
      eventId,
      code,
      occurredAt,
      location,
      description,
      delivery,
      attempts,
    })),
  };
}
