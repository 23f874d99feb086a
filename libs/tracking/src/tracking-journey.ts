import {
  CARRIER_EVENT_CODES,
  STATUS_BY_EVENT_CODE,
  isMilestone,
  milestoneRank,
  type CarrierEventCode,
  type Milestone,
  type ShipmentStatus,
} from '@corridor/domain';

/** A stored carrier event, as far as following the journey needs it. */
export interface JourneyEvent {
  /** The carrier's id for the event; the last tie-breaker of the order. */
  eventId: string;
  /** What happened, as a contract event code. */
  code: CarrierEventCode;
  /** When it happened by the carrier; events are ordered by this first. */
  occurredAt: Date;
}

/** What the shipment is at before a push is followed. */
export interface JourneyState {
  /** The shipment's status now. */
  status: ShipmentStatus;
  /** The milestone it had reached when it went into `exception`; null when not in one. */
  milestoneBeforeException: Milestone | null;
}

/** One move the push causes, in the order it must be made. */
export type JourneyStep<E extends JourneyEvent = JourneyEvent> =
  { kind: 'reach'; from: ShipmentStatus; to: Milestone; event: E } | { kind: 'exception'; from: Milestone; event: E };

/**
 * The order of a shipment's events: by `occurredAt`, then (at the same instant) along the
 * journey — the code order of the contract, where trouble comes after the milestone it
 * interrupts — then by `eventId`. Never by arrival, so a shuffled push reads like a clean one.
 */
export function compareJourneyEvents(a: JourneyEvent, b: JourneyEvent): number {
  return (
    a.occurredAt.getTime() - b.occurredAt.getTime() ||
    CARRIER_EVENT_CODES.indexOf(a.code) - CARRIER_EVENT_CODES.indexOf(b.code) ||
    (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)
  );
}

function further(a: Milestone | null, b: Milestone | null): Milestone | null {
  if (a === null) return b;
  if (b === null) return a;
  return milestoneRank(b) > milestoneRank(a) ? b : a;
}

/** The furthest milestone any of these events reports; `null` if none reports one. */
export function furthestMilestone(events: readonly JourneyEvent[]): Milestone | null {
  let reached: Milestone | null = null;
  for (const e of events) {
    const status = STATUS_BY_EVENT_CODE[e.code];
    if (isMilestone(status)) reached = further(reached, status);
  }
  return reached;
}

/**
 * Where an `exception_review` task's `resume` goes: the milestone the shipment was at, or a
 * further one the carrier reported before the trouble but that arrived after it (history only
 * at the time, yet the parcel did get there).
 */
export function resumeMilestone(before: Milestone | null, events: readonly JourneyEvent[]): Milestone {
  return further(before ?? 'handed_over', furthestMilestone(events)) ?? 'handed_over';
}

/**
 * The moves a push of carrier events causes, following the contract: the status follows the
 * furthest milestone by `occurredAt` and never moves back; an older event is history only.
 * `events` are all the shipment's stored events (any order), `fresh` the `eventId`s this push
 * stored for the first time (a repeated one is already history). `state` is updated in place.
 *
 * Fresh events are followed one by one in journey order, so one push of several events ends
 * where the same events pushed one at a time would. An event is *news* when it is later than
 * every event stored before the push.
 *
 * - Any event means the carrier holds the parcel: a shipment still `handoff_booked` reaches
 *   `handed_over` first (as the carrier reporting `accepted` would), then the event applies.
 * - A milestone moves the shipment to the furthest milestone reported up to it (never back).
 *   While in `exception`, only news leaves it (or `delivered`, below): an older milestone
 *   must not undo the trouble the carrier reported after it.
 * - `delivered` ends the journey however late it arrives: in order, an exception reported
 *   after a delivery finds the shipment final and changes nothing, so a late `delivered` after
 *   such an exception ends at `delivered` too, as the clean run would.
 * - An exception (`exception`, `customs_hold`, `returned`) that is news moves to `exception`
 *   and asks for a review. One older than a milestone already known is history only, with no
 *   task: the carrier has since reported the parcel moving on, so the trouble is behind it and
 *   a review would act on stale news (in order, that milestone would have left the exception).
 */
export function planJourney<E extends JourneyEvent>(input: {
  state: JourneyState;
  events: readonly E[];
  fresh: ReadonlySet<string>;
}): JourneyStep<E>[] {
  const { state, fresh } = input;
  const ordered = [...input.events].sort(compareJourneyEvents);
  let newestKnown = -1;
  ordered.forEach((e, i) => {
    if (!fresh.has(e.eventId)) newestKnown = i;
  });
  const steps: JourneyStep<E>[] = [];
  const reach = (target: Milestone, event: E) => {
    if (state.status === 'handoff_booked') {
      steps.push({ kind: 'reach', from: state.status, to: 'handed_over', event });
      state.status = 'handed_over';
    }
    if (state.status === 'exception') {
      const to = further(state.milestoneBeforeException ?? 'handed_over', target) as Milestone;
      steps.push({ kind: 'reach', from: state.status, to, event });
      state.status = to;
      state.milestoneBeforeException = null;
      return;
    }
    if (isMilestone(state.status) && milestoneRank(target) > milestoneRank(state.status)) {
      steps.push({ kind: 'reach', from: state.status, to: target, event });
      state.status = target;
    }
  };

  let reached: Milestone | null = null;
  for (const [i, event] of ordered.entries()) {
    const target = STATUS_BY_EVENT_CODE[event.code];
    if (isMilestone(target)) reached = further(reached, target);
    if (!fresh.has(event.eventId)) continue;
    if (state.status === 'delivered' || state.status === 'cancelled') break;
    const news = i > newestKnown;
    if (target === 'exception') {
      if (!news || state.status === 'exception') continue;
      reach(reached ?? 'handed_over', event);
      if (!isMilestone(state.status)) continue;
      steps.push({ kind: 'exception', from: state.status, event });
      state.milestoneBeforeException = state.status;
      state.status = 'exception';
      continue;
    }
    if (state.status === 'exception' && !news && target !== 'delivered') continue;
    reach(reached ?? 'handed_over', event);
  }
  return steps;
}
