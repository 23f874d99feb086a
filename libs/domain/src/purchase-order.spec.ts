import {
  INCOTERMS,
  PURCHASE_ORDER_STATUSES,
  SEA_INCOTERMS,
  purchaseOrderStateMachine,
  type PurchaseOrderAction,
  type PurchaseOrderStatus,
} from './purchase-order';
import { itAllowsExactlyTheTransitions } from './testing/state-machine-expectations';

/*
 * Expectations written by hand from the contract ("Purchase orders", Status):
 *   submitted → confirmed | rejected | cancelled; confirmed → partially_shipped | shipped | cancelled;
 *   partially_shipped → shipped; shipped → delivered. Anything else is 409, in particular
 *   cancel once anything is handed over (partially_shipped, shipped).
 */
const STATUSES: readonly PurchaseOrderStatus[] = [
  'submitted',
  'confirmed',
  'rejected',
  'cancelled',
  'partially_shipped',
  'shipped',
  'delivered',
];

const ACTIONS = Object.keys({
  confirm: true,
  reject: true,
  cancel: true,
  ship_partially: true,
  ship_fully: true,
  deliver: true,
} satisfies Record<PurchaseOrderAction, true>) as PurchaseOrderAction[];

const ALLOWED: ReadonlyArray<readonly [PurchaseOrderStatus, PurchaseOrderAction, PurchaseOrderStatus]> = [
  ['submitted', 'confirm', 'confirmed'],
  ['submitted', 'reject', 'rejected'],
  ['submitted', 'cancel', 'cancelled'],
  ['confirmed', 'ship_partially', 'partially_shipped'],
  ['confirmed', 'ship_fully', 'shipped'],
  ['confirmed', 'cancel', 'cancelled'],
  ['partially_shipped', 'ship_fully', 'shipped'],
  ['shipped', 'deliver', 'delivered'],
];

describe('purchase order state machine', () => {
  itAllowsExactlyTheTransitions(purchaseOrderStateMachine, { statuses: STATUSES, actions: ACTIONS, allowed: ALLOWED });

  it('exports exactly the statuses of the contract as PURCHASE_ORDER_STATUSES', () => {
    expect([...PURCHASE_ORDER_STATUSES].sort()).toEqual([...STATUSES].sort());
  });

  it.each(['rejected', 'cancelled', 'delivered'] as const)('treats %s as final', (status) => {
    expect(purchaseOrderStateMachine.targets(status)).toEqual([]);
  });
});

describe('incoterms', () => {
  it('accepts the four air and post terms FCA, CPT, CIP, DAP', () => {
    expect([...INCOTERMS].sort()).toEqual(['CIP', 'CPT', 'DAP', 'FCA']);
  });

  it('lists the sea terms FAS, FOB, CFR, CIF as refused, none of them accepted', () => {
    expect([...SEA_INCOTERMS].sort()).toEqual(['CFR', 'CIF', 'FAS', 'FOB']);
    expect(SEA_INCOTERMS.filter((term) => (INCOTERMS as readonly string[]).includes(term))).toEqual([]);
  });
});
