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

/** Thrown for answers that retrying will not change (the carrier refused the request). */
export class CarrierRefusal extends UnrecoverableError {}

const TIMEOUT_MS = 10_000;

/**
 * The carriers' booking API over HTTP. Connection failures, timeouts, 429 and 5xx are thrown
 * as ordinary errors so the job retries with backoff; other 4xx are {@link CarrierRefusal}.
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

  private async call<T>(
    carrier: string,
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const secret = this.config.carrierSecret(carrier);
    if (!secret) throw new CarrierRefusal(`no credentials configured for carrier ${carrier}`);
    const url = `${this.config.carrierSimUrl}/v1/carriers/${encodeURIComponent(carrier)}${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`carrier ${carrier} unreachable at ${url}: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (response.ok) return JSON.parse(text) as T;
    if (response.status === 429 || response.status >= 500)
      throw new Error(`carrier ${carrier} answered ${response.status}: ${text.slice(0, 300)}`);
    throw new CarrierRefusal(
      `carrier ${carrier} refused ${method} ${path} with ${response.status}: ${text.slice(0, 300)}`,
    );
  }
}
