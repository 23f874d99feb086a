import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@corridor/config';
import { toTrackingEventView, type Booking, type DeliveryState, type EmittedEvent } from './booking';
import { shuffledOrder, type JourneyFaults } from './faults';
import { journeyEventId, journeyPlan, retryDelayMs } from './journey-plan';
import { signCarrierPayload } from './signature';
import { StateStore } from './state-store.service';

/** One attempt may hang on a stuck receiver; give up on it and retry. */
const ATTEMPT_TIMEOUT_MS = 10_000;
/** Honour a receiver's Retry-After, but not beyond a minute. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Walks handed-over parcels through their milestones, pushing each as a signed webhook to
 * Corridor. A milestone is only emitted after the previous one was delivered (or refused
 * with a 4xx), so Corridor sees them in order; progress is persisted after every step, so
 * a restarted sandbox resumes where it stopped and resends an undelivered event as is.
 * The journey faults frozen on the booking bend this: events pushed twice, or held back
 * and pushed in shuffled batches (see {@link nextPush}).
 */
@Injectable()
export class JourneyService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CarrierSim');
  private readonly running = new Map<string, Promise<void>>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly config: AppConfig,
    private readonly store: StateStore,
  ) {}

  onApplicationBootstrap(): void {
    for (const booking of this.store.all()) {
      if (booking.status === 'handed_over') this.start(booking.bookingId);
    }
  }

  /** Stops every journey at its next await; persisted progress lets the next boot resume. */
  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled(this.running.values());
    // Keeps the attempt counts of events still pending; the journey itself is already saved.
    await this.persist();
  }

  activeCount(): number {
    return this.running.size;
  }

  /** Starts the journey of a handed-over booking unless it is already running. */
  start(bookingId: string): void {
    if (this.stopping.signal.aborted || this.running.has(bookingId)) return;
    const run = this.run(bookingId)
      .catch((error: unknown) => this.logger.error(`journey of booking ${bookingId} stopped: ${String(error)}`))
      .finally(() => this.running.delete(bookingId));
    this.running.set(bookingId, run);
  }

  private async run(bookingId: string): Promise<void> {
    const signal = this.stopping.signal;
    const booking = this.store.get(bookingId);
    if (!booking) throw new Error('unknown booking');
    const faults = booking.journeyFaults ?? null;
    const plan = journeyPlan({ carrier: booking.carrier, destination: booking.request.destination, faults });

    while (!signal.aborted) {
      const next = nextPush({ booking, faults, planLength: plan.length });
      if (next) {
        await this.push(booking, next, signal);
        continue;
      }
      const step = booking.events.length;
      if (step >= plan.length) {
        // A lost parcel's journey ends in its exception; every other one in delivered.
        booking.status = plan.at(-1)?.code === 'exception' ? 'lost' : 'delivered';
        booking.updatedAt = new Date().toISOString();
        await this.persist();
        return;
      }
      const milestone = plan[step];
      await pause(this.config.carrierSimStepMs * (milestone.pauseSteps ?? 1), signal);
      if (signal.aborted) return;
      const now = new Date().toISOString();
      booking.events.push({
        eventId: journeyEventId(bookingId, step),
        step,
        code: milestone.code,
        occurredAt: now,
        location: milestone.location,
        description: milestone.description,
        delivery: 'pending',
        attempts: 0,
        lastError: null,
      });
      booking.updatedAt = now;
      // Persisted before sending, so a restart resends the same eventId and occurredAt.
      await this.persist();
    }
  }

  /** Pushes a pending event, or the second copy of a delivered one under `duplicateEvents`. */
  private async push(booking: Booking, event: EmittedEvent, signal: AbortSignal): Promise<void> {
    const outcome = await this.deliver(booking, event, signal);
    if (outcome === null) return;
    if (event.delivery === 'pending') event.delivery = outcome;
    else event.duplicatePushed = true;
    await this.persist();
  }

  /**
   * Sends one event until Corridor answers 2xx or a 4xx other than 429 (the outcome), or the
   * sandbox stops (null).
   */
  private async deliver(
    booking: Booking,
    event: EmittedEvent,
    signal: AbortSignal,
  ): Promise<Exclude<DeliveryState, 'pending'> | null> {
    const secret = this.config.carrierSecret(booking.carrier);
    if (!secret) throw new Error(`no secret configured for carrier ${booking.carrier}`);
    const url = `${this.config.publicUrl}/v1/carriers/${booking.carrier}/events`;
    const rawBody = JSON.stringify({ events: [toTrackingEventView(booking, event)] });

    for (let failures = 0; !signal.aborted;) {
      event.attempts += 1;
      let retryAfterMs = 0;
      try {
        // Signed afresh on every attempt: a receiver refuses timestamps older than 5 minutes.
        const signature = signCarrierPayload({ secret, timestamp: Math.floor(Date.now() / 1000), rawBody });
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-carrier-signature': signature },
          body: rawBody,
          signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
        });
        const text = await response.text().catch(() => '');
        if (response.ok) {
          event.lastError = null;
          return 'delivered';
        }
        event.lastError = `HTTP ${response.status}`;
        if (response.status !== 429 && response.status < 500) {
          // Corridor refused the event itself; resending it would never help.
          this.logger.warn(
            `${booking.carrier} event ${event.eventId} (${event.code}) refused with HTTP ${response.status}: ${text.slice(0, 300)}`,
          );
          return 'rejected';
        }
        retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'));
      } catch (error) {
        if (signal.aborted) return null;
        event.lastError = describeFetchError(error);
      }
      failures += 1;
      const delay = Math.min(Math.max(retryDelayMs(failures), retryAfterMs), MAX_RETRY_AFTER_MS);
      const message = `${booking.carrier} event ${event.eventId} (${event.code}) failed (${event.lastError}); retry #${failures} in ${delay} ms`;
      // First failure and every 20th are worth a warning; the rest would flood the log.
      if (failures === 1 || failures % 20 === 0) this.logger.warn(message);
      else this.logger.debug(message);
      await pause(delay, signal);
    }
    return null;
  }

  /** A failed save is logged, not fatal: memory stays right and the next save catches up. */
  private async persist(): Promise<void> {
    try {
      await this.store.save();
    } catch {
      // StateStore already logged it.
    }
  }
}

/** Waits `ms`, or less if `signal` aborts; never rejects. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

function parseRetryAfterMs(value: string | null): number {
  if (!value) return 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - Date.now());
}

/** fetch hides the useful part (ECONNREFUSED, timeout) in `cause`. */
function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  if (error instanceof Error) return error.name === 'TimeoutError' ? 'timeout' : error.message;
  return String(error);
}

/**
 * The event to push next, or null when the journey should move on to its next milestone.
 * Normally the first pending event. Under `shuffleEvents` events wait until their batch of
 * `shuffleBatchSize` (or the journey) is complete and then go in a seeded shuffled order;
 * under `duplicateEvents` a delivered event is pushed once more before anything else.
 */
export function nextPush(params: {
  booking: Pick<Booking, 'bookingId' | 'events'>;
  faults: JourneyFaults | null;
  planLength: number;
}): EmittedEvent | null {
  const { booking, faults, planLength } = params;
  const { events } = booking;
  const duplicate = faults?.duplicateEvents
    ? events.find((e) => e.delivery === 'delivered' && !e.duplicatePushed)
    : undefined;
  if (duplicate) return duplicate;
  if (!faults?.shuffleEvents) return events.find((e) => e.delivery === 'pending') ?? null;

  const size = faults.shuffleBatchSize;
  for (let batch = 0; batch * size < events.length; batch++) {
    const first = batch * size;
    const end = Math.min(first + size, planLength);
    if (events.length < end) return null;
    const order = shuffledOrder({ seed: faults.seed, bookingId: booking.bookingId, batch, size: end - first });
    const pending = order.map((offset) => events[first + offset]).find((e) => e.delivery === 'pending');
    if (pending) return pending;
  }
  return null;
}
