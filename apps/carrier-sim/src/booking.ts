import type { CarrierCode, CarrierEventCode } from '@corridor/domain';
import { CARRIER_PROFILES } from './carriers';
import type { JourneyFaults } from './faults';

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
  /** Set once the duplicate of a `duplicateEvents` journey has been pushed. */
  duplicatePushed?: boolean;
}

/** `lost` ends a journey the `lostParcel` fault cut short. */
export type BookingStatus = 'booked' | 'cancelled' | 'handed_over' | 'delivered' | 'lost';

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
  /** The journey faults in force at handover; absent (state files from before faults) means none. */
  journeyFaults?: JourneyFaults | null;
}

/** What a carrier prints on the shipping label: enough for Corridor to render its own. */
export interface LabelData {
  trackingNumber: string;
  /** The symbology of the barcode, which encodes `barcodeData`. */
  barcode: 'code128';
  barcodeData: string;
  /** Destination country and gateway (IATA airport, else the city's first letters), as sorting hubs read it. */
  routingCode: string;
  serviceName: string;
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
  label: LabelData;
  events: Array<Omit<EmittedEvent, 'step' | 'lastError' | 'duplicatePushed'>>;
}

export function labelData(booking: Booking): LabelData {
  const { destination } = booking.request;
  const gateway =
    destination.airport ??
    destination.city
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 3)
      .toUpperCase();
  return {
    trackingNumber: booking.trackingNumber,
    barcode: 'code128',
    barcodeData: booking.trackingNumber,
    routingCode: `${destination.country}-${gateway}`,
    serviceName: CARRIER_PROFILES[booking.carrier].serviceName,
  };
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
    label: labelData(booking),
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

/** One event as the tracking API and the webhook show it. */
export interface TrackingEventView {
  eventId: string;
  trackingNumber: string;
  code: CarrierEventCode;
  occurredAt: string;
  location: string;
  description: string;
}

export function toTrackingEventView(booking: Booking, event: EmittedEvent): TrackingEventView {
  return {
    eventId: event.eventId,
    trackingNumber: booking.trackingNumber,
    code: event.code,
    occurredAt: event.occurredAt,
    location: event.location,
    description: event.description,
  };
}

/** `GET /v1/carriers/:carrier/tracking/:trackingNumber`. */
export interface TrackingView {
  trackingNumber: string;
  carrier: CarrierCode;
  /** The code of the latest event by occurredAt; before the first one, the booking's status. */
  status: CarrierEventCode | BookingStatus;
  /**
   * Every event pushed so far (sent at least once, whatever Corridor answered), oldest first,
   * with the ids its webhooks carry. Events a `shuffleEvents` journey still holds back are
   * left out, so a poll never shows what the webhooks have not.
   */
  events: TrackingEventView[];
}

export function toTrackingView(booking: Booking): TrackingView {
  const events = booking.events
    .filter((event) => event.attempts > 0)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.step - b.step)
    .map((event) => toTrackingEventView(booking, event));
  return {
    trackingNumber: booking.trackingNumber,
    carrier: booking.carrier,
    status: events.at(-1)?.code ?? booking.status,
    events,
  };
}
