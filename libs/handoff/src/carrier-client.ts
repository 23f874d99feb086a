import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { AppConfig } from '@corridor/config';
import { CARRIERS, CARRIER_CODES, type TrackingNumberRule } from '@corridor/domain';
import { carrierRequestsTotal, type CarrierOperation, type CarrierResult } from '@corridor/observability';

/** What Corridor asks a carrier to book: one shipment's parcels, from Rwanda to the store in China. */
export interface BookingRequest {
  /** Corridor's shipment id; also the idempotency key, so a retried booking never books twice. */
  reference: string;
  /** The parcels as packed: their references, gross weight as a kg string with three decimals, sides as cm strings. */
  packages: { reference: string; grossWeightKg: string; lengthCm: string; widthCm: string; heightCm: string }[];
  /** Where the carrier collects: always Rwanda. */
  origin: { city: string; country: 'RW' };
  /** Where the parcels go: the store's city, its arrival airport (IATA) and its code. */
  destination: { city: string; country: 'CN'; airport?: string; storeCode?: string };
}

/** A carrier's booking, as it answers every booking call (book, handover, cancel). */
export interface Booking {
  /** The carrier's id for the booking; handover and cancel name it. */
  bookingId: string;
  /** The carrier's code, as in the carrier registry. */
  carrier: string;
  /**
   * The number the parcels travel under; {@link CarrierPort.book} has already checked it against the carrier's rule.
   */
  trackingNumber: string;
  /** Corridor's shipment id, echoed back. */
  reference: string;
  /**
   * The booking's state in the carrier's words (`booked`, `handed_over`, `cancelled`); informative, not a Corridor
   * status.
   */
  status: string;
}

/** One tracking event as the carrier reports it, the same shape it pushes to our webhook. */
export interface CarrierTrackingEvent {
  /** The carrier's id for the event, unique per carrier; repeats of it are one event. */
  eventId: string;
  /** The tracking number the event is about. */
  trackingNumber: string;
  /** The contract's event code (`in_transit`, …), as the carrier sends it. */
  code: string;
  /** When it happened, as an ISO 8601 timestamp. */
  occurredAt: string;
  /** Where, in the carrier's free text; not shown to the public as is. */
  location: string;
  /** The carrier's own words for the event. */
  description: string;
}

/** The carrier's answer to a tracking poll: every event it has for the number. */
export interface CarrierTracking {
  /** The number polled. */
  trackingNumber: string;
  /** The carrier's code, when it says. */
  carrier?: string;
  /** The code of the latest event, or the booking's status before the first one. */
  status: string;
  /** Every event so far, in no promised order. */
  events: CarrierTrackingEvent[];
}

/** Thrown for answers that retrying will not change (the carrier refused the request). */
export class CarrierRefusal extends UnrecoverableError {}

/** What Corridor needs from a carrier: the port every carrier adapter implements. */
export interface CarrierPort {
  /** The carrier's code in the carrier registry (`iposita-ems`, …). */
  readonly code: string;
  /**
   * Books the shipment. Idempotent on `request.reference`: booking it again returns the same booking. Throws
   * {@link CarrierRefusal} when the carrier refuses or gives a tracking number its own rule rejects; other errors are
   * worth a retry.
   */
  book(request: BookingRequest): Promise<Booking>;
  /** Tells the carrier staff handed the parcels over: its receipt number and when (ISO 8601). Throws as {@link book} does. */
  handover(bookingId: string, input: { receiptNumber: string; handedOverAt: string }): Promise<Booking>;
  /** Cancels the booking before handover. Throws as {@link book} does. */
  cancel(bookingId: string): Promise<Booking>;
  /** Every event the carrier has for a tracking number: the poll for when its pushes stop coming. */
  track(trackingNumber: string): Promise<CarrierTracking>;
}

/**
 * One carrier's HTTP API. Connection failures, timeouts (`CARRIER_TIMEOUT_MS`), 429 and 5xx
 * are thrown as ordinary errors so the job retries with backoff; other 4xx are
 * {@link CarrierRefusal}. A tracking number the carrier's own rule refuses (a wrong S10 or
 * air waybill check digit) is a refusal too: booking again returns the same booking.
 */
export class HttpCarrierAdapter implements CarrierPort {
  constructor(
    /** The carrier's code in the carrier registry; picks its URL path and credentials. */
    readonly code: string,
    private readonly config: AppConfig,
    private readonly trackingNumber: TrackingNumberRule,
  ) {}

  async book(request: BookingRequest): Promise<Booking> {
    const booking = await this.call<Booking>('book', 'POST', `/bookings`, request, {
      'Idempotency-Key': `shipment-${request.reference}`,
    });
    if (typeof booking.trackingNumber !== 'string' || !this.trackingNumber.isValid(booking.trackingNumber)) {
      throw new CarrierRefusal(
        `carrier ${this.code} gave tracking number ${String(booking.trackingNumber)}, not ${this.trackingNumber.form}`,
      );
    }
    return booking;
  }

  handover(bookingId: string, input: { receiptNumber: string; handedOverAt: string }): Promise<Booking> {
    return this.call('handover', 'POST', `/bookings/${encodeURIComponent(bookingId)}/handover`, input);
  }

  cancel(bookingId: string): Promise<Booking> {
    return this.call('cancel', 'POST', `/bookings/${encodeURIComponent(bookingId)}/cancel`, {});
  }

  track(trackingNumber: string): Promise<CarrierTracking> {
    return this.call('track', 'GET', `/tracking/${encodeURIComponent(trackingNumber)}`);
  }

  /** One call, counted in `corridor_carrier_requests_total` by its outcome. */
  private async call<T>(
    operation: CarrierOperation,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    let result: CarrierResult = 'error';
    try {
      const answer = await this.exchange<T>(method, path, body, headers);
      result = 'ok';
      return answer;
    } catch (error) {
      if (error instanceof CarrierRefusal) result = 'refused';
      else if ((error as { cause?: { name?: string } }).cause?.name === 'TimeoutError') result = 'timeout';
      throw error;
    } finally {
      carrierRequestsTotal().inc({ carrier: this.code, operation, result });
    }
  }

  private async exchange<T>(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<T> {
    const carrier = this.code;
    const secret = this.config.carrierSecret(carrier);
    if (!secret) throw new CarrierRefusal(`no credentials configured for carrier ${carrier}`);
    const url = `${this.config.carrierSimUrl}/v1/carriers/${encodeURIComponent(carrier)}${path}`;
    // One deadline for the whole exchange, body included: a carrier that stalls mid-answer
    // is as unavailable as one that never answers, and the job retries either way.
    const signal = AbortSignal.timeout(this.config.carrierTimeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          authorization: `Bearer ${secret}`,
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      // The path, not the URL: a configured URL may carry credentials, and the message reaches the log.
      throw new Error(`carrier ${carrier} unreachable at ${method} ${path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (response.ok) return parseAnswer<T>(carrier, text);
    if (response.status === 429 || response.status >= 500)
      throw new Error(`carrier ${carrier} answered ${response.status}: ${text.slice(0, 300)}`);
    throw new CarrierRefusal(
      `carrier ${carrier} refused ${method} ${path} with ${response.status}: ${text.slice(0, 300)}`,
    );
  }
}

/** The carriers Corridor books with, one adapter each, by carrier code. */
@Injectable()
export class CarrierClient {
  private readonly adapters: Map<string, CarrierPort>;

  constructor(config: AppConfig) {
    this.adapters = new Map(
      CARRIER_CODES.map((code) => [code, new HttpCarrierAdapter(code, config, CARRIERS[code].trackingNumber)]),
    );
  }

  /** The adapter of a carrier; an unknown code is a refusal, not something a retry fixes. */
  carrier(code: string): CarrierPort {
    const adapter = this.adapters.get(code);
    if (!adapter) throw new CarrierRefusal(`no adapter for carrier ${code}`);
    return adapter;
  }

  /** Books a shipment with `carrier`; booking the same reference again returns the same booking. */
  book(carrier: string, request: BookingRequest): Promise<Booking> {
    return this.carrier(carrier).book(request);
  }

  /** Tells `carrier` that staff handed the booked parcels over, with the receipt number. */
  handover(
    carrier: string,
    bookingId: string,
    input: { receiptNumber: string; handedOverAt: string },
  ): Promise<Booking> {
    return this.carrier(carrier).handover(bookingId, input);
  }

  /** Cancels a booking with `carrier`. */
  cancel(carrier: string, bookingId: string): Promise<Booking> {
    return this.carrier(carrier).cancel(bookingId);
  }

  /** Every event the carrier has for a tracking number: the poll for when its pushes stop coming. */
  track(carrier: string, trackingNumber: string): Promise<CarrierTracking> {
    return this.carrier(carrier).track(trackingNumber);
  }
}

/**
 * A 2xx that is not JSON is a carrier fault (a proxy's error page, a cut-off body): retried,
 * like a 5xx, rather than failing the job for good.
 */
function parseAnswer<T>(carrier: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`carrier ${carrier} answered with a body that is not JSON: ${text.slice(0, 300)}`);
  }
}
