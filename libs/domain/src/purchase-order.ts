import { StateMachine } from './state-machine';

/** Every status a purchase order can be in, as stored and returned by the API. */
export const PURCHASE_ORDER_STATUSES = [
  'submitted',
  'confirmed',
  'rejected',
  'cancelled',
  'partially_shipped',
  'shipped',
  'delivered',
] as const;
/** A purchase order's status; moves only through {@link purchaseOrderStateMachine}. */
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

/** The actions of {@link purchaseOrderStateMachine}. */
export type PurchaseOrderAction = 'confirm' | 'reject' | 'cancel' | 'ship_partially' | 'ship_fully' | 'deliver';

/**
 * The contract's order lifecycle. `ship_partially` and `ship_fully` follow handed-over
 * quantities; cancelling once anything is handed over is refused by the table itself.
 */
export const purchaseOrderStateMachine = new StateMachine<PurchaseOrderStatus, PurchaseOrderAction>(
  'purchase order',
  {
    submitted: { confirm: 'confirmed', reject: 'rejected', cancel: 'cancelled' },
    confirmed: { ship_partially: 'partially_shipped', ship_fully: 'shipped', cancel: 'cancelled' },
    partially_shipped: { ship_fully: 'shipped' },
    shipped: { deliver: 'delivered' },
    rejected: {},
    cancelled: {},
    delivered: {},
  },
  { created: { status: 'submitted' }, event: 'purchase_order.status_changed' },
);

/**
 * The Incoterms 2020 rules an order may use: those for any mode of transport (sea-only rules are
 * refused, see {@link SEA_INCOTERMS}).
 */
export const INCOTERMS = ['FCA', 'CPT', 'CIP', 'DAP'] as const;
/** An accepted Incoterms 2020 rule. */
export type Incoterm = (typeof INCOTERMS)[number];
/** Incoterms 2020 rules for sea and inland waterway only; refused with a message that says so. */
export const SEA_INCOTERMS = ['FAS', 'FOB', 'CFR', 'CIF'] as const;
