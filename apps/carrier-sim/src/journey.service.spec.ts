import type { AppConfig } from '@corridor/config';
import type { Booking, EmittedEvent } from './booking';
import type { JourneyFaults } from './faults';
import { shuffledOrder } from './faults';
import { JourneyService, nextPush } from './journey.service';
import type { StateStore } from './state-store.service';

const NO_FAULTS: JourneyFaults = {
  seed: 1,
  duplicateEvents: false,
  shuffleEvents: false,
  shuffleBatchSize: 3,
  customsHold: false,
  customsHoldSteps: 2,
  lostParcel: false,
  lostAfter: 'in_transit',
};

function event(step: number, delivery: EmittedEvent['delivery'] = 'pending'): EmittedEvent {
  return {
    eventId: `b1-${step + 1}`,
    step,
    code: 'in_transit',
    occurredAt: new Date(Date.UTC(2026, 10, 28, 0, 0, step)).toISOString(),
    location: 'here',
    description: 'there',
    delivery,
    attempts: 0,
    lastError: null,
  };
}

/** Pushes as the journey would, emitting the next milestone whenever nothing is due. */
function pushOrder(faults: JourneyFaults | null, planLength: number): string[] {
  const booking = { bookingId: 'b1', events: [] as EmittedEvent[] };
  const pushed: string[] = [];
  for (let guard = 0; guard < 100; guard++) {
    const next = nextPush({ booking, faults, planLength });
    if (next) {
      pushed.push(next.eventId);
      if (next.delivery === 'pending') next.delivery = 'delivered';
      else next.duplicatePushed = true;
    } else if (booking.events.length < planLength) booking.events.push(event(booking.events.length));
    else return pushed;
  }
  throw new Error('journey never ended');
}

describe('nextPush', () => {
  it('pushes each event once, in order, without faults', () => {
    expect(pushOrder(null, 4)).toEqual(['b1-1', 'b1-2', 'b1-3', 'b1-4']);
    expect(pushOrder(NO_FAULTS, 4)).toEqual(['b1-1', 'b1-2', 'b1-3', 'b1-4']);
  });

  it('pushes each event twice in a row under duplicateEvents', () => {
    expect(pushOrder({ ...NO_FAULTS, duplicateEvents: true }, 3)).toEqual([
      'b1-1',
      'b1-1',
      'b1-2',
      'b1-2',
      'b1-3',
      'b1-3',
    ]);
  });

  it('holds events until their batch is complete, then pushes the batch shuffled', () => {
    const faults = { ...NO_FAULTS, shuffleEvents: true, shuffleBatchSize: 3 };
    const order = pushOrder(faults, 7);
    const expected = [0, 1, 2].flatMap((batch) => {
      const first = batch * 3;
      const size = Math.min(3, 7 - first);
      return shuffledOrder({ seed: 1, bookingId: 'b1', batch, size }).map((offset) => `b1-${first + offset + 1}`);
    });
    expect(order).toEqual(expected);
    expect(order.slice(0, 3)).not.toEqual(['b1-1', 'b1-2', 'b1-3']);
    expect(order.at(-1)).toBe('b1-7');
  });

  it('holds nothing back while a batch is still filling', () => {
    const faults = { ...NO_FAULTS, shuffleEvents: true, shuffleBatchSize: 3 };
    const booking = { bookingId: 'b1', events: [event(0), event(1)] };
    expect(nextPush({ booking, faults, planLength: 7 })).toBeNull();
    booking.events.push(event(2));
    expect(nextPush({ booking, faults, planLength: 7 })).not.toBeNull();
  });

  it('resumes a half-pushed batch where it stopped (after a restart)', () => {
    const faults = { ...NO_FAULTS, shuffleEvents: true, shuffleBatchSize: 3 };
    const order = shuffledOrder({ seed: 1, bookingId: 'b1', batch: 0, size: 3 });
    const events = [event(0), event(1), event(2)];
    events[order[0]].delivery = 'delivered';
    expect(nextPush({ booking: { bookingId: 'b1', events }, faults, planLength: 7 })).toBe(events[order[1]]);
  });
});

describe('JourneyService pauses', () => {
  const STEP_MS = 20;

  /** Walks one handed-over iposita-ems booking to its end on a fake clock, Corridor answering 200. */
  async function walk(faults: JourneyFaults): Promise<EmittedEvent[]> {
    const booking = {
      bookingId: 'b1',
      carrier: 'iposita-ems',
      trackingNumber: 'EE123456785RW',
      status: 'handed_over',
      request: {
        reference: 'r1',
        packages: [],
        origin: { city: 'Kigali', country: 'RW' },
        destination: { city: 'Shanghai', country: 'CN', airport: 'PVG', storeCode: 'FS-SHA-001' },
      },
      events: [],
      journeyFaults: faults,
    } as unknown as Booking;
    const config = {
      carrierSimStepMs: STEP_MS,
      publicUrl: 'http://corridor.test',
      carrierSecret: () => 's3cret',
    } as unknown as AppConfig;
    const store = { get: () => booking, all: () => [booking], save: async () => undefined } as unknown as StateStore;
    const fetched = jest.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('{}'));
    const journeys = new JourneyService(config, store);
    try {
      journeys.start(booking.bookingId);
      for (let guard = 0; journeys.activeCount() > 0; guard++) {
        if (guard > 1000) throw new Error('journey never ended');
        await jest.advanceTimersByTimeAsync(STEP_MS);
      }
    } finally {
      fetched.mockRestore();
      await journeys.onModuleDestroy();
    }
    expect(booking.status).toBe('delivered');
    return booking.events;
  }

  beforeEach(() => jest.useFakeTimers({ now: Date.UTC(2026, 10, 28, 8, 0, 0) }));
  afterEach(() => jest.useRealTimers());

  it('holds a parcel in customs for the configured steps, then carries on a step at a time', async () => {
    const events = await walk({ ...NO_FAULTS, customsHold: true, customsHoldSteps: 5 });

    expect(events.map((e) => e.code)).toEqual([
      'accepted',
      'departed_origin',
      'in_transit',
      'arrived_destination',
      'customs_hold',
      'customs_cleared',
      'out_for_delivery',
      'delivered',
    ]);
    // On the fake clock each milestone happens exactly its pause after the one before: one
    // step each, five steps of hold before clearance.
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect(times.slice(1).map((t, i) => (t - times[i]) / STEP_MS)).toEqual([1, 1, 1, 1, 5, 1, 1]);
  });

  it('waits one step before each milestone without faults', async () => {
    const events = await walk(NO_FAULTS);
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect(times.slice(1).map((t, i) => (t - times[i]) / STEP_MS)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
