import {
  SUPPLIER_EDITABLE_STATUSES,
  SUPPLIER_STATUSES,
  supplierStateMachine,
  type SupplierAction,
  type SupplierStatus,
} from './supplier';
import { itAllowsExactlyTheTransitions } from './testing/state-machine-expectations';

/*
 * Expectations written by hand from the contract ("Suppliers", Status), not read from the
 * machine's table, so that a wrong or missing row in the table makes a test fail:
 *   draft → submitted → verifying → in_review → approved | rejected | changes_requested;
 *   verifying → changes_requested (the verification job finds a problem);
 *   changes_requested → submitted; approved → suspended;
 *   suspended → submitted (exporter resubmits) | approved (staff reinstate); rejected is final.
 */
const STATUSES: readonly SupplierStatus[] = [
  'draft',
  'submitted',
  'verifying',
  'in_review',
  'approved',
  'rejected',
  'changes_requested',
  'suspended',
];

// A Record over the action union: adding an action to the type without listing it here fails tsc.
const ACTIONS = Object.keys({
  submit: true,
  start_verification: true,
  pass_verification: true,
  request_changes: true,
  approve: true,
  reject: true,
  suspend: true,
  reinstate: true,
} satisfies Record<SupplierAction, true>) as SupplierAction[];

const ALLOWED: ReadonlyArray<readonly [SupplierStatus, SupplierAction, SupplierStatus]> = [
  ['draft', 'submit', 'submitted'],
  ['submitted', 'start_verification', 'verifying'],
  ['verifying', 'pass_verification', 'in_review'],
  ['verifying', 'request_changes', 'changes_requested'],
  ['in_review', 'approve', 'approved'],
  ['in_review', 'reject', 'rejected'],
  ['in_review', 'request_changes', 'changes_requested'],
  ['changes_requested', 'submit', 'submitted'],
  ['approved', 'suspend', 'suspended'],
  ['suspended', 'submit', 'submitted'],
  ['suspended', 'reinstate', 'approved'],
];

describe('supplier state machine', () => {
  itAllowsExactlyTheTransitions(supplierStateMachine, { statuses: STATUSES, actions: ACTIONS, allowed: ALLOWED });

  it('exports exactly the statuses of the contract as SUPPLIER_STATUSES', () => {
    expect([...SUPPLIER_STATUSES].sort()).toEqual([...STATUSES].sort());
  });

  it('treats rejected as final', () => {
    expect(supplierStateMachine.targets('rejected')).toEqual([]);
  });

  it('lets the exporter edit only while draft, changes_requested or suspended', () => {
    expect([...SUPPLIER_EDITABLE_STATUSES].sort()).toEqual(['changes_requested', 'draft', 'suspended']);
  });
});
