import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { AppConfig } from '@corridor/config';

export interface BookingRequest {
  /** Corridor's shipment id; also the idempotency key, so a retried booking never books twice. */
  reference: string;
  packages: { reference: string; grossWeightKg: string; lengthCm: string; widthCm: string; heightCm: string }[];
  origin: { city: string; country: 'RW' };
  destination: { city: string; country: 'CN'; airport?: string; storeCode?: string };
}

export interface Booking {
  bookingId: string;
  carrier: string;
  trackingNumber: string;
  reference: string;
  status: string;
}

/** One tracking event as the carrier reports it, the same shape it pushes to our webhook. */
export interface CarrierTrackingEvent {
  eventId: string;
  trackingNumber: string;
  code: string;
  occurredAt: string;
  location: string;
  description: string;
}

/** The carrier's answer to a tracking poll: every event it has for the number. */
export interface CarrierTracking {
  trackingNumber: string;
  carrier?: string;
  /** The code of the latest event, or the booking's status before the first one. */
  status: string;
  events: CarrierTrackingEvent[];
}

/** Thrown for answers that retrying will not change (the carrier refused the request). */
export class CarrierRefusal extends UnrecoverableError {}

/**
 * The carriers' booking and tracking API over HTTP. Connection failures, timeouts
 * (`CARRIER_TIMEOUT_MS`), 429 and 5xx are thrown as ordinary errors so the job retries with
 * backoff; other 4xx are {@link CarrierRefusal}.
 */
@Injectable()
export class CarrierClient {
  constructor(private readonly config: AppConfig) {}

  book(carrier: string, request: BookingRequest): Promise<Booking> {
    return this.call(carrier, 'POST', `/bookings`, request, { 'Idempotency-Key': `shipment-${request.reference}` });
  }

  handover(
    carrier: string,
    bookingId: string,
    input: { receiptNumber: string; handedOverAt: string },
  ): Promise<Booking> {
    return this.call(carrier, 'POST', `/bookings/${encodeURIComponent(bookingId)}/handover`, input);
  }

  cancel(carrier: string, bookingId: string): Promise<Booking> {
    return this.call(carrier, 'POST', `/bookings/${encodeURIComponent(bookingId)}/cancel`, {});
  }

  /** Every event the carrier has for a tracking number: the poll for when its pushes stop coming. */
  track(carrier: string, trackingNumber: string): Promise<CarrierTracking> {
    return this.call(carrier, 'GET', `/tracking/${encodeURIComponent(trackingNumber)}`);
  }

  private async call<T>(
    carrier: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
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
      throw new Error(`carrier ${carrier} unreachable at ${method} ${url}: ${(error as Error).message}`);
    }
    if (response.ok) return parseAnswer<T>(carrier, text);
    if (response.status === 429 || response.status >= 500)
      throw new Error(`carrier ${carrier} answered ${response.status}: ${text.slice(0, 300)}`);
    throw new CarrierRefusal(
      `carrier ${carrier} refused ${method} ${path} with ${response.status}: ${text.slice(0, 300)}`,
    );
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
