import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@corridor/config';
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Booking } from './booking';
import { CARRIER_CODES, type CarrierCode } from '@corridor/domain';

/** What happened to one carrier's booking requests; bookings created are counted from the bookings. */
export interface CarrierCounters {
  /** Authenticated booking requests received, refused, replayed and fault-injected ones included. */
  bookingRequests: number;
  /** Requests answered 503 by the `bookingErrorRate` fault (nothing was booked). */
  errorsInjected: number;
  /** Requests whose answer was held for `timeoutMs` by the `bookingTimeoutRate` fault. */
  timeoutsInjected: number;
  /** Requests answered with an existing booking (same Idempotency-Key or same reference). */
  replays: number;
}

interface StateFile {
  version: 1;
  bookings: Booking[];
  /** Booking requests received per reference, replays included (for tests to assert retries). */
  requestCounts: Record<string, number>;
  /** Absent in files written before fault injection. */
  counters?: Partial<Record<CarrierCode, CarrierCounters>>;
}

const ZERO_COUNTERS: Readonly<CarrierCounters> = {
  bookingRequests: 0,
  errorsInjected: 0,
  timeoutsInjected: 0,
  replays: 0,
};

/**
 * The sandbox's whole state, in memory and mirrored to `<dataDir>/carrier-sim/state.json`.
 * Each save writes a full snapshot to a temp file and renames it over the old one, so a
 * crash leaves either the old or the new file, never half of one. Saves run one at a time
 * in call order, so a later snapshot never gets overwritten by an earlier one.
 */
@Injectable()
export class StateStore implements OnApplicationShutdown {
  private readonly logger = new Logger('CarrierSim');
  private readonly dir: string;
  private readonly file: string;
  private readonly bookings = new Map<string, Booking>();
  private readonly byIdempotencyKey = new Map<string, Booking>();
  private readonly byReference = new Map<string, Booking>();
  private readonly byTrackingNumber = new Map<string, Booking>();
  private readonly requestCounts = new Map<string, number>();
  private readonly counters = new Map<CarrierCode, CarrierCounters>();
  private writes: Promise<void> = Promise.resolve();

  constructor(config: AppConfig) {
    this.dir = join(config.dataDir, 'carrier-sim');
    this.file = join(this.dir, 'state.json');
    this.load();
  }

  /** Loads at construction so every consumer sees the persisted state from the start. */
  private load(): void {
    mkdirSync(this.dir, { recursive: true });
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    // A corrupt file is a bug to look at, not something to paper over by starting empty.
    const state = JSON.parse(text) as StateFile;
    if (state.version !== 1) throw new Error(`${this.file}: unsupported state version ${String(state.version)}`);
    for (const booking of state.bookings) this.index(booking);
    for (const [reference, count] of Object.entries(state.requestCounts)) this.requestCounts.set(reference, count);
    for (const [carrier, counters] of Object.entries(state.counters ?? {}))
      this.counters.set(carrier as CarrierCode, { ...ZERO_COUNTERS, ...counters });
    this.logger.log(`loaded ${state.bookings.length} booking(s) from ${this.file}`);
  }

  private index(booking: Booking): void {
    this.bookings.set(booking.bookingId, booking);
    this.byIdempotencyKey.set(idempotencyIndexKey(booking.carrier, booking.idempotencyKey), booking);
    // Bookings arrive oldest first, so the index ends on the latest booking of a reference.
    this.byReference.set(referenceIndexKey(booking.carrier, booking.request.reference), booking);
    this.byTrackingNumber.set(booking.trackingNumber, booking);
  }

  all(): Booking[] {
    return [...this.bookings.values()];
  }

  get(bookingId: string): Booking | undefined {
    return this.bookings.get(bookingId);
  }

  findByIdempotencyKey(carrier: string, key: string): Booking | undefined {
    return this.byIdempotencyKey.get(idempotencyIndexKey(carrier, key));
  }

  /** The carrier's booking for `reference` that is still live (not cancelled), if any. */
  findLiveByReference(carrier: CarrierCode, reference: string): Booking | undefined {
    const booking = this.byReference.get(referenceIndexKey(carrier, reference));
    return booking && booking.status !== 'cancelled' ? booking : undefined;
  }

  findByTrackingNumber(trackingNumber: string): Booking | undefined {
    return this.byTrackingNumber.get(trackingNumber);
  }

  hasTrackingNumber(trackingNumber: string): boolean {
    return this.byTrackingNumber.has(trackingNumber);
  }

  add(booking: Booking): void {
    this.index(booking);
  }

  countRequest(reference: string): void {
    this.requestCounts.set(reference, (this.requestCounts.get(reference) ?? 0) + 1);
  }

  requestCount(reference: string): number {
    return this.requestCounts.get(reference) ?? 0;
  }

  allRequestCounts(): Record<string, number> {
    return Object.fromEntries(this.requestCounts);
  }

  count(carrier: CarrierCode, counter: keyof CarrierCounters): void {
    const counters = this.counters.get(carrier) ?? { ...ZERO_COUNTERS };
    counters[counter] += 1;
    this.counters.set(carrier, counters);
  }

  /** Every carrier's counters, zeros included. */
  allCounters(): Record<CarrierCode, CarrierCounters> {
    return Object.fromEntries(
      CARRIER_CODES.map((code) => [code, { ...(this.counters.get(code) ?? ZERO_COUNTERS) }]),
    ) as Record<CarrierCode, CarrierCounters>;
  }

  /** Queues a snapshot of the current state; resolves once that snapshot is on disk. */
  save(): Promise<void> {
    const state: StateFile = {
      version: 1,
      bookings: this.all(),
      requestCounts: this.allRequestCounts(),
      counters: this.allCounters(),
    };
    const text = JSON.stringify(state, null, 2);
    const write = this.writes.then(() => this.write(text));
    // The chain must survive a failed write; the caller still sees the failure.
    this.writes = write.catch((error: unknown) => this.logger.error(`could not save ${this.file}: ${String(error)}`));
    return write;
  }

  /** Resolves when every save queued so far has finished. */
  settled(): Promise<void> {
    return this.writes;
  }

  private async write(text: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.file);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }
}

function idempotencyIndexKey(carrier: string, key: string): string {
  return `${carrier}\n${key}`;
}

function referenceIndexKey(carrier: string, reference: string): string {
  return `${carrier}\n${reference}`;
}
