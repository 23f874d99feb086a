import { StateMachine, type Effect, type TransitionCell, type TransitionSpec } from './state-machine';

/** Every status a shipment can be in, as stored and returned by the API. */
export const SHIPMENT_STATUSES = [
  'documents_pending',
  'documents_ready',
  'documents_blocked',
  'handoff_booked',
  'handed_over',
  'in_transit',
  'arrived',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
  'exception',
  'cancelled',
] as const;
/** A shipment's status; moves only through {@link shipmentStateMachine}. */
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** The carrier milestones in travel order; a shipment never moves back along them. */
export const MILESTONES = [
  'handed_over',
  'in_transit',
  'arrived',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
] as const satisfies readonly ShipmentStatus[];
/** A carrier milestone: a shipment status a carrier's tracking reports. */
export type Milestone = (typeof MILESTONES)[number];

/** Whether `status` is one of the carrier {@link MILESTONES} (and not, say, `exception`). */
export function isMilestone(status: string): status is Milestone {
  return (MILESTONES as readonly string[]).includes(status);
}

/** Position along the journey; -1 for statuses that are not milestones. */
export function milestoneRank(status: string): number {
  return (MILESTONES as readonly string[]).indexOf(status);
}

/** The actions of {@link shipmentStateMachine}; `reach_<milestone>` moves to that milestone. */
export type ShipmentAction =
  | 'documents_ready'
  | 'documents_blocked'
  | 'regenerate'
  | 'book_handoff'
  | 'cancel'
  | 'exception'
  | `reach_${Milestone}`;

type Row = Partial<Record<ShipmentAction, TransitionCell<ShipmentStatus>>>;

/** A milestone or a cancel changes what the order has shipped or delivered: it recounts. */
const RECOUNT: Effect = { job: 'purchase_order.recompute' };

const reach = (after: Milestone | null): Row => {
  const row: Row = {};
  for (const m of MILESTONES.slice(after === null ? 1 : milestoneRank(after) + 1)) {
    row[`reach_${m}`] = { to: m, effects: [RECOUNT] };
  }
  return row;
};

const cancel = (bookingCancellable: boolean): TransitionSpec<ShipmentStatus> => ({
  to: 'cancelled',
  effects: bookingCancellable
    ? [RECOUNT, { job: 'handoff.cancel_booking', when: 'the carrier holds a booking but not yet the parcels' }]
    : [RECOUNT],
});

/** A carrier reported trouble: staff review it. */
const EXCEPTION: TransitionSpec<ShipmentStatus> = {
  to: 'exception',
  effects: [{ job: 'task.open', task: 'exception_review' }],
};

const handOver: TransitionSpec<ShipmentStatus> = {
  to: 'handed_over',
  effects: [RECOUNT, { job: 'handoff.notify_handover', when: 'staff dropped the parcels off (the carrier is told)' }],
};

/**
 * The contract's shipment table, with what each move sets off. Carriers may skip milestones,
 * so each milestone may move to any later one; from `exception` the next reported milestone
 * (or the one it was at, which the tracking service checks against the milestone recorded
 * before the exception).
 */
export const shipmentStateMachine = new StateMachine<ShipmentStatus, ShipmentAction>(
  'shipment',
  {
    documents_pending: {
      documents_ready: { to: 'documents_ready', effects: [{ job: 'handoff.book' }] },
      documents_blocked: { to: 'documents_blocked', effects: [{ job: 'task.open', task: 'documents_fix' }] },
      cancel: cancel(false),
    },
    documents_blocked: {
      regenerate: { to: 'documents_pending', effects: [{ job: 'customs.generate' }] },
      cancel: cancel(false),
    },
    documents_ready: {
      book_handoff: { to: 'handoff_booked', effects: [{ job: 'task.open', task: 'handoff_dropoff' }] },
      cancel: cancel(false),
    },
    handoff_booked: { reach_handed_over: handOver, cancel: cancel(true) },
    handed_over: { ...reach('handed_over'), exception: EXCEPTION },
    in_transit: { ...reach('in_transit'), exception: EXCEPTION },
    arrived: { ...reach('arrived'), exception: EXCEPTION },
    customs_cleared: { ...reach('customs_cleared'), exception: EXCEPTION },
    out_for_delivery: { ...reach('out_for_delivery'), exception: EXCEPTION },
    exception: { ...reach(null), reach_handed_over: { to: 'handed_over', effects: [RECOUNT] }, cancel: cancel(false) },
    delivered: {},
    cancelled: {},
  },
  {
    created: { status: 'documents_pending', effects: [{ job: 'customs.generate' }] },
    event: 'shipment.status_changed',
  },
);

/** The ways a shipment can travel, as the API accepts them. */
export const SHIPMENT_MODES = ['postal', 'courier', 'air_cargo'] as const;
/** How a shipment travels. */
export type ShipmentMode = (typeof SHIPMENT_MODES)[number];

/** The documents generated for a shipment, as named in the API and the stored files. */
export const SHIPMENT_DOCUMENT_TYPES = [
  'commercial_invoice',
  'packing_list',
  'certificate_of_origin',
  'phytosanitary_request',
  'export_declaration',
  'cn22',
  'cn23',
  'shipping_label',
] as const;
/** The kind of a generated shipment document. */
export type ShipmentDocumentType = (typeof SHIPMENT_DOCUMENT_TYPES)[number];
