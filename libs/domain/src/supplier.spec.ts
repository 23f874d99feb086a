import { InvalidTransitionError } from './domain-error';
import {
  SUPPLIER_EDITABLE_STATUSES,
  SUPPLIER_STATUSES,
  supplierStateMachine,
  type SupplierAction,
  type SupplierStatus,
} from './supplier';

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

const REFUSED = STATUSES.flatMap((from) =>
  ACTIONS.filter((action) => !ALLOWED.some(([f, a]) => f === from && a === action)).map(
    (action) => [from, action] as const,
  ),
);

function thrownBy(attempt: () => unknown): unknown {
  try {
    attempt();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, but it returned');
}

describe('supplier state machine', () => {
  it('knows exactly the statuses of the contract', () => {
    expect([...supplierStateMachine.statuses()].sort()).toEqual([...STATUSES].sort());
    expect([...SUPPLIER_STATUSES].sort()).toEqual([...STATUSES].sort());
  });

  it.each(ALLOWED)('moves %s —%s→ %s', (from, action, to) => {
    expect(supplierStateMachine.next(from, action)).toBe(to);
  });

  it.each(REFUSED)('refuses %s —%s→ with INVALID_STATE_TRANSITION naming from and action', (from, action) => {
    const error = thrownBy(() => supplierStateMachine.next(from, action));

    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      details: [expect.objectContaining({ from, action })],
    });
  });

  it('answers can() true for exactly the contract moves', () => {
    const allowedPairs = STATUSES.flatMap((from) =>
      ACTIONS.filter((action) => supplierStateMachine.can(from, action)).map((action) => `${from}:${action}`),
    );

    expect(allowedPairs.sort()).toEqual(ALLOWED.map(([from, action]) => `${from}:${action}`).sort());
  });

  it('treats rejected as final', () => {
    expect(supplierStateMachine.targets('rejected')).toEqual([]);
  });

  it('lets the exporter edit only while draft, changes_requested or suspended', () => {
    expect([...SUPPLIER_EDITABLE_STATUSES].sort()).toEqual(['changes_requested', 'draft', 'suspended']);
  });
});
