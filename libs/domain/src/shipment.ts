import { StateMachine } from './state-machine';

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
export type Milestone = (typeof MILESTONES)[number];

export function isMilestone(status: string): status is Milestone {
  return (MILESTONES as readonly string[]).includes(status);
}

/** Position along the journey; -1 for statuses that are not milestones. */
export function milestoneRank(status: string): number {
  return (MILESTONES as readonly string[]).indexOf(status);
}

export type ShipmentAction =
  | 'documents_ready'
  | 'documents_blocked'
  | 'regenerate'
  | 'book_handoff'
  | 'cancel'
  | 'exception'
  | `reach_${Milestone}`;

type Row = Partial<Record<ShipmentAction, ShipmentStatus>>;

const reach = (after: Milestone | null): Row => {
  const row: Row = {};
  for (const m of MILESTONES.slice(after === null ? 1 : milestoneRank(after) + 1)) row[`reach_${m}`] = m;
  return row;
};

/**
 * The contract's shipment table. Carriers may skip milestones, so each milestone may move to
 * any later one; from `exception` the next reported milestone (or the one it was at, which
 * the tracking service checks against the milestone recorded before the exception).
 */
export const shipmentStateMachine = new StateMachine<ShipmentStatus, ShipmentAction>('shipment', {
  documents_pending: {
    documents_ready: 'documents_ready',
    documents_blocked: 'documents_blocked',
    cancel: 'cancelled',
  },
  documents_blocked: { regenerate: 'documents_pending', cancel: 'cancelled' },
  documents_ready: { book_handoff: 'handoff_booked', cancel: 'cancelled' },
  handoff_booked: { reach_handed_over: 'handed_over', cancel: 'cancelled' },
  handed_over: { ...reach('handed_over'), exception: 'exception' },
  in_transit: { ...reach('in_transit'), exception: 'exception' },
  arrived: { ...reach('arrived'), exception: 'exception' },
  customs_cleared: { ...reach('customs_cleared'), exception: 'exception' },
  out_for_delivery: { ...reach('out_for_delivery'), exception: 'exception' },
  exception: { ...reach(null), reach_handed_over: 'handed_over', cancel: 'cancelled' },
  delivered: {},
  cancelled: {},
});

export const SHIPMENT_MODES = ['postal', 'courier', 'air_cargo'] as const;
export type ShipmentMode = (typeof SHIPMENT_MODES)[number];

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
export type ShipmentDocumentType = (typeof SHIPMENT_DOCUMENT_TYPES)[number];
