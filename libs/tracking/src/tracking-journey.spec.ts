import fc from 'fast-check';
import { CARRIER_EVENT_CODES, shipmentStateMachine, type CarrierEventCode, type Milestone } from '@corridor/domain';
import {
  compareJourneyEvents,
  planJourney,
  resumeMilestone,
  type JourneyEvent,
  type JourneyState,
  type JourneyStep,
} from './tracking-journey';

const T0 = Date.parse('2026-11-20T08:00:00.000Z');

function event(code: CarrierEventCode, minute: number, eventId = `${code}-${minute}`): JourneyEvent {
  return { eventId, code, occurredAt: new Date(T0 + minute * 60_000) };
}

/**
 * A carrier pushing `batches` one after the other, as the service follows them: each push is
 * stored (a repeated `eventId` ignored), then planned against everything stored so far. Every
 * step is checked against the shipment state machine, as the database would.
 */
function run(batches: JourneyEvent[][], start: JourneyState['status'] = 'handoff_booked') {
  const state: JourneyState = { status: start, milestoneBeforeException: null };
  const stored = new Map<string, JourneyEvent>();
  const steps: JourneyStep[] = [];
  for (const batch of batches) {
    const fresh = new Set<string>();
    for (const e of batch) {
      if (stored.has(e.eventId)) continue;
      stored.set(e.eventId, e);
      fresh.add(e.eventId);
    }
    if (fresh.size === 0) continue;
    const from = state.status;
    const planned = planJourney({ state, events: [...stored.values()], fresh });
    let at = from;
    for (const step of planned) {
      expect(step.from).toBe(at);
      at = shipmentStateMachine.next(at, step.kind === 'exception' ? 'exception' : `reach_${step.to}`);
    }
    expect(at).toBe(state.status);
    steps.push(...planned);
  }
  return {
    state,
    steps,
    moves: steps.map((s) => (s.kind === 'exception' ? `exception(${s.event.code})` : s.to)),
    exceptions: steps.filter((s) => s.kind === 'exception').map((s) => s.event.eventId),
    resumeAt: resumeMilestone(state.milestoneBeforeException, [...stored.values()]),
  };
}

const one = (events: JourneyEvent[]) => events.map((e) => [e]);

const JOURNEY = [
  event('accepted', 0),
  event('departed_origin', 60),
  event('in_transit', 120),
  event('arrived_destination', 180),
  event('customs_cleared', 240),
  event('out_for_delivery', 300),
  event('delivered', 360),
];

describe('following carrier events', () => {
  it('walks a clean journey milestone by milestone', () => {
    const { state, moves } = run(one(JOURNEY));
    expect(moves).toEqual(['handed_over', 'in_transit', 'arrived', 'customs_cleared', 'out_for_delivery', 'delivered']);
    expect(state.status).toBe('delivered');
  });

  it.each(['exception', 'customs_hold', 'returned'] as const)(
    'moves a booked shipment to handed_over, then to exception with a review, on %s',
    (code) => {
      const { state, moves, exceptions } = run([[event(code, 10)]]);
      expect(moves).toEqual(['handed_over', `exception(${code})`]);
      expect(state).toEqual({ status: 'exception', milestoneBeforeException: 'handed_over' });
      expect(exceptions).toEqual([`${code}-10`]);
    },
  );

  it('moves a booked shipment through handed_over to any later milestone reported first', () => {
    expect(run([[event('arrived_destination', 180)]]).moves).toEqual(['handed_over', 'arrived']);
  });

  it('records the furthest milestone of the push as where the exception happened', () => {
    const { state, moves } = run([[event('customs_hold', 200), event('arrived_destination', 180), JOURNEY[0]]]);
    expect(moves).toEqual(['handed_over', 'arrived', 'exception(customs_hold)']);
    expect(state.milestoneBeforeException).toBe('arrived');
  });

  it('follows one push of several events as if they came one at a time', () => {
    const events = [JOURNEY[0], JOURNEY[1], event('customs_hold', 150), JOURNEY[3], JOURNEY[4]];
    const together = run([[...events].reverse()]);
    const apart = run(one(events));
    expect(together.moves).toEqual(apart.moves);
    expect(together.moves).toEqual([
      'handed_over',
      'in_transit',
      'exception(customs_hold)',
      'arrived',
      'customs_cleared',
    ]);
  });

  it('orders events at the same instant along the journey, then by event id, never by arrival', () => {
    const same = [event('delivered', 5, 'b'), event('accepted', 5, 'z'), event('exception', 5, 'a')];
    const sorted = [...same].sort(compareJourneyEvents).map((e) => e.code);
    expect(sorted).toEqual(['accepted', 'delivered', 'exception']);
    const twins = [event('in_transit', 5, 'evt-2'), event('in_transit', 5, 'evt-1')];
    expect([...twins].sort(compareJourneyEvents).map((e) => e.eventId)).toEqual(['evt-1', 'evt-2']);
    // Equal times in one push: the same end whatever order the carrier listed them in.
    const a = run([[event('customs_cleared', 5, 'x'), event('customs_hold', 5, 'y'), JOURNEY[0]]]);
    const b = run([[JOURNEY[0], event('customs_hold', 5, 'y'), event('customs_cleared', 5, 'x')]]);
    expect(a.moves).toEqual(b.moves);
    expect(a.moves).toEqual(['handed_over', 'exception(customs_hold)', 'customs_cleared']);
  });

  it('keeps an older milestone as history only: never moves back', () => {
    const { moves, state } = run([[JOURNEY[4]], [JOURNEY[2]], [JOURNEY[0]]]);
    expect(moves).toEqual(['handed_over', 'customs_cleared']);
    expect(state.status).toBe('customs_cleared');
  });

  it('ignores a repeated event id', () => {
    const { moves } = run([[event('exception', 10)], [event('exception', 10)]]);
    expect(moves).toEqual(['handed_over', 'exception(exception)']);
  });

  it('keeps an exception older than a known milestone as history, without a review', () => {
    const { moves, state, exceptions } = run([[JOURNEY[0], JOURNEY[3]], [event('exception', 150)]]);
    expect(moves).toEqual(['handed_over', 'arrived']);
    expect(state.status).toBe('arrived');
    expect(exceptions).toEqual([]);
  });

  it('keeps the exception when an older milestone arrives late, and resumes at the furthest reported', () => {
    const { state, moves, resumeAt } = run([[JOURNEY[0]], [event('customs_hold', 200)], [JOURNEY[3]]]);
    expect(moves).toEqual(['handed_over', 'exception(customs_hold)']);
    expect(state).toEqual({ status: 'exception', milestoneBeforeException: 'handed_over' });
    expect(resumeAt).toBe('arrived');
  });

  it('leaves the exception for the next milestone the carrier reports, never below where it was', () => {
    const { moves } = run([[JOURNEY[0], JOURNEY[3]], [event('exception', 200)], [event('in_transit', 210)]]);
    expect(moves).toEqual(['handed_over', 'arrived', 'exception(exception)', 'arrived']);
  });

  it('ends delivered when a delivery arrives after a later exception, as in order it would', () => {
    const inOrder = run(one([JOURNEY[0], JOURNEY[6], event('exception', 400)]));
    const late = run([[event('exception', 400)], [JOURNEY[6]]]);
    expect(inOrder.state.status).toBe('delivered');
    expect(late.state.status).toBe('delivered');
  });

  it.each(['delivered', 'cancelled'] as const)('never moves a %s shipment', (status) => {
    expect(run([[event('exception', 500), event('in_transit', 400)]], status).moves).toEqual([]);
  });

  it('does not touch a shipment the carrier has not booked yet', () => {
    expect(run([[JOURNEY[2]]], 'documents_ready').moves).toEqual([]);
  });
});

describe('a shuffled push', () => {
  const trouble = fc.constantFrom<CarrierEventCode>('customs_hold', 'exception', 'returned');
  /** A journey of a consistent carrier: milestones in order, exceptions anywhere, times may tie. */
  const journey = fc
    .record({
      milestones: fc.subarray(
        CARRIER_EVENT_CODES.filter((c) => !['customs_hold', 'exception', 'returned'].includes(c)),
        { minLength: 1 },
      ),
      troubles: fc.array(fc.tuple(trouble, fc.nat({ max: 8 })), { maxLength: 3 }),
      gaps: fc.array(fc.nat({ max: 2 }), { minLength: 12, maxLength: 12 }),
    })
    .map(({ milestones, troubles, gaps }) => {
      const events: JourneyEvent[] = [];
      let minute = 0;
      milestones.forEach((code, i) => {
        minute += gaps[i];
        events.push(event(code, minute * 10, `m${i}`));
      });
      troubles.forEach(([code, slot], i) => events.push(event(code, slot * 10 + 5 * (i % 2), `x${i}`)));
      return events;
    });
  const shuffled = (events: JourneyEvent[]) =>
    fc.tuple(
      fc.shuffledSubarray(events, { minLength: events.length }),
      fc.array(fc.nat({ max: 3 }), { minLength: events.length, maxLength: events.length }),
    );

  /** Splits a permutation into pushes: a cut after each event whose draw is 0. */
  function split(events: JourneyEvent[], cuts: number[]): JourneyEvent[][] {
    const batches: JourneyEvent[][] = [[]];
    events.forEach((e, i) => {
      batches[batches.length - 1].push(e);
      if (cuts[i] === 0) batches.push([]);
    });
    return batches.filter((b) => b.length > 0);
  }

  it('ends at the status and resume milestone of the clean run', () => {
    let endedInException = 0;
    fc.assert(
      fc.property(
        journey.chain((events) => fc.tuple(fc.constant(events), shuffled(events))),
        ([events, [order, cuts]]) => {
          const clean = run(one([...events].sort(compareJourneyEvents)));
          const messy = run(split(order, cuts));
          expect(messy.state.status).toBe(clean.state.status);
          // Where staff would resume it is the same too, whether or not it ended in an exception.
          expect(messy.resumeAt).toBe(clean.resumeAt);
          if (clean.state.status === 'exception') endedInException += 1;
        },
      ),
      { numRuns: 500 },
    );
    // The journeys drawn include ones that end in an exception, where the resume milestone matters.
    expect(endedInException).toBeGreaterThan(0);
  });

  it('ends at the same status however a carrier with a skewed clock lists its events', () => {
    const anyEvents = fc.array(
      fc.record({ code: fc.constantFrom(...CARRIER_EVENT_CODES), minute: fc.nat({ max: 20 }) }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(
        anyEvents
          .map((list) => list.map((e, i) => event(e.code, e.minute, `e${i}`)))
          .chain((events) => fc.tuple(fc.constant(events), shuffled(events))),
        ([events, [order, cuts]]) => {
          const clean = run(one([...events].sort(compareJourneyEvents)));
          expect(run(split(order, cuts)).state.status).toBe(clean.state.status);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('resumes where the shipment was when nothing further was reported', () => {
    expect(resumeMilestone('arrived' as Milestone, [event('in_transit', 1)])).toBe('arrived');
    expect(resumeMilestone(null, [])).toBe('handed_over');
  });
});
