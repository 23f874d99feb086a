import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { CarrierCode } from '@corridor/domain';
import {
  bookingFault,
  effectiveFaults,
  journeyFaults,
  NO_FAULTS,
  type BookingFault,
  type FaultConfig,
  type JourneyFaults,
} from './faults';

/** Where the module gets the faults it starts with (tests, or a future CARRIER_SIM_FAULTS). */
export const INITIAL_FAULTS = Symbol('INITIAL_FAULTS');

/**
 * The faults in force, set at boot and replaced at runtime through `PUT /sandbox/faults`.
 * Booking requests are numbered per carrier from the last change, so the same seed and the
 * same request sequence meet the same faults on every run.
 */
@Injectable()
export class FaultsService implements OnModuleDestroy {
  private config: FaultConfig;
  private readonly requestNumbers = new Map<CarrierCode, number>();
  private readonly stopping = new AbortController();

  constructor(@Inject(INITIAL_FAULTS) initial: FaultConfig | null) {
    this.config = initial ?? NO_FAULTS;
  }

  current(): FaultConfig {
    return this.config;
  }

  replace(config: FaultConfig): void {
    this.config = config;
    this.requestNumbers.clear();
  }

  /** Decides the fault of the next booking request to `carrier`; `holdMs` is set for a timeout. */
  nextBookingFault(carrier: CarrierCode): { fault: BookingFault; holdMs: number } {
    const requestNumber = (this.requestNumbers.get(carrier) ?? 0) + 1;
    this.requestNumbers.set(carrier, requestNumber);
    const settings = effectiveFaults(this.config, carrier);
    const fault = bookingFault({ seed: this.config.seed, carrier, requestNumber, settings });
    return { fault, holdMs: fault === 'timeout' ? settings.timeoutMs : 0 };
  }

  /** The journey faults to freeze on a booking handed over now. */
  journeyFaults(carrier: CarrierCode): JourneyFaults {
    return journeyFaults(this.config, carrier);
  }

  /** Holds a response for `ms`, cut short when the sandbox shuts down so it never blocks a restart. */
  hold(ms: number): Promise<void> {
    const signal = this.stopping.signal;
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

  onModuleDestroy(): void {
    this.stopping.abort();
  }
}
