import { CARRIER_BY_MODE } from './carriers';
import {
  MILESTONES,
  SHIPMENT_DOCUMENT_TYPES,
  SHIPMENT_MODES,
  SHIPMENT_STATUSES,
  isMilestone,
  milestoneRank,
  shipmentStateMachine,
  type ShipmentAction,
  type ShipmentStatus,
} from './shipment';
import { itAllowsExactlyTheTransitions } from './testing/state-machine-expectations';

/*
 * Expectations written out by hand, row by row, from the contract's shipment table:
 *   documents_pending → documents_ready, documents_blocked, cancelled
 *   documents_blocked → documents_pending (a documents_fix task's regenerate), cancelled
 *   documents_ready   → handoff_booked, cancelled
 *   handoff_booked    → handed_over, cancelled
 *   handed_over … out_for_delivery → any later milestone of
 *                       in_transit → arrived → customs_cleared → out_for_delivery → delivered
 *                       (carriers may skip), or exception; never back, never cancelled
 *   exception         → the milestone reported next or the one it was at (any milestone), or cancelled
 *   delivered, cancelled → final
 */
const STATUSES: readonly ShipmentStatus[] = [
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
];

const ACTIONS = Object.keys({
  documents_ready: true,
  documents_blocked: true,
  regenerate: true,
  book_handoff: true,
  cancel: true,
  exception: true,
  reach_handed_over: true,
  reach_in_transit: true,
  reach_arrived: true,
  reach_customs_cleared: true,
  reach_out_for_delivery: true,
  reach_delivered: true,
} satisfies Record<ShipmentAction, true>) as ShipmentAction[];

const ALLOWED: ReadonlyArray<readonly [ShipmentStatus, ShipmentAction, ShipmentStatus]> = [
  ['documents_pending', 'documents_ready', 'documents_ready'],
  ['documents_pending', 'documents_blocked', 'documents_blocked'],
  ['documents_pending', 'cancel', 'cancelled'],

  ['documents_blocked', 'regenerate', 'documents_pending'],
  ['documents_blocked', 'cancel', 'cancelled'],

  ['documents_ready', 'book_handoff', 'handoff_booked'],
  ['documents_ready', 'cancel', 'cancelled'],

  ['handoff_booked', 'reach_handed_over', 'handed_over'],
  ['handoff_booked', 'cancel', 'cancelled'],

  ['handed_over', 'reach_in_transit', 'in_transit'],
  ['handed_over', 'reach_arrived', 'arrived'],
  ['handed_over', 'reach_customs_cleared', 'customs_cleared'],
  ['handed_over', 'reach_out_for_delivery', 'out_for_delivery'],
  ['handed_over', 'reach_delivered', 'delivered'],
  ['handed_over', 'exception', 'exception'],

  ['in_transit', 'reach_arrived', 'arrived'],
  ['in_transit', 'reach_customs_cleared', 'customs_cleared'],
  ['in_transit', 'reach_out_for_delivery', 'out_for_delivery'],
  ['in_transit', 'reach_delivered', 'delivered'],
  ['in_transit', 'exception', 'exception'],

  ['arrived', 'reach_customs_cleared', 'customs_cleared'],
  ['arrived', 'reach_out_for_delivery', 'out_for_delivery'],
  ['arrived', 'reach_delivered', 'delivered'],
  ['arrived', 'exception', 'exception'],

  ['customs_cleared', 'reach_out_for_delivery', 'out_for_delivery'],
  ['customs_cleared', 'reach_delivered', 'delivered'],
  ['customs_cleared', 'exception', 'exception'],

  ['out_for_delivery', 'reach_delivered', 'delivered'],
  ['out_for_delivery', 'exception', 'exception'],

  ['exception', 'reach_handed_over', 'handed_over'],
  ['exception', 'reach_in_transit', 'in_transit'],
  ['exception', 'reach_arrived', 'arrived'],
  ['exception', 'reach_customs_cleared', 'customs_cleared'],
  ['exception', 'reach_out_for_delivery', 'out_for_delivery'],
  ['exception', 'reach_delivered', 'delivered'],
  ['exception', 'cancel', 'cancelled'],
];

describe('shipment state machine', () => {
  itAllowsExactlyTheTransitions(shipmentStateMachine, { statuses: STATUSES, actions: ACTIONS, allowed: ALLOWED });

  it('exports exactly the statuses of the contract as SHIPMENT_STATUSES', () => {
    expect([...SHIPMENT_STATUSES].sort()).toEqual([...STATUSES].sort());
  });

  it.each(['delivered', 'cancelled'] as const)('treats %s as final', (status) => {
    expect(shipmentStateMachine.targets(status)).toEqual([]);
  });

  it('never moves a milestone back to an earlier one', () => {
    const backwards = STATUSES.filter(isMilestone).flatMap((from) =>
      shipmentStateMachine
        .targets(from)
        .filter((to) => isMilestone(to) && milestoneRank(to) <= milestoneRank(from))
        .map((to) => `${from}→${to}`),
    );

    expect(backwards).toEqual([]);
  });
});

describe('shipment milestones', () => {
  it('run in travel order from handed_over to delivered', () => {
    expect([...MILESTONES]).toEqual([
      'handed_over',
      'in_transit',
      'arrived',
      'customs_cleared',
      'out_for_delivery',
      'delivered',
    ]);
  });

  it('rank later milestones higher', () => {
    expect(milestoneRank('in_transit')).toBeLessThan(milestoneRank('customs_cleared'));
  });

  it.each(['documents_pending', 'exception', 'cancelled', 'nonsense'])(
    'rank %s, which is not a milestone, as -1',
    (status) => {
      expect(milestoneRank(status)).toBe(-1);
      expect(isMilestone(status)).toBe(false);
    },
  );
});

describe('shipment modes and documents', () => {
  it.each([
    ['postal', 'iposita-ems'],
    ['courier', 'express'],
    ['air_cargo', 'air-cargo'],
  ] as const)('books a %s shipment with carrier %s', (mode, carrier) => {
    expect(CARRIER_BY_MODE[mode]).toBe(carrier);
  });

  it('knows exactly the modes of the contract', () => {
    expect([...SHIPMENT_MODES].sort()).toEqual(['air_cargo', 'courier', 'postal']);
  });

  it('knows exactly the document types of the contract', () => {
    expect([...SHIPMENT_DOCUMENT_TYPES].sort()).toEqual(
      [
        'commercial_invoice',
        'packing_list',
        'certificate_of_origin',
        'phytosanitary_request',
        'export_declaration',
        'cn22',
        'cn23',
        'shipping_label',
      ].sort(),
    );
  });
});
