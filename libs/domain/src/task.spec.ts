import {
  TASK_OUTCOMES,
  TASK_STATUSES,
  TASK_TYPES,
  isAllowedOutcome,
  isTaskType,
  taskStateMachine,
  type TaskAction,
  type TaskStatus,
} from './task';
import { itAllowsExactlyTheTransitions } from './testing/state-machine-expectations';

/*
 * Expectations written by hand from the contract ("Staff task queue"): an open task is
 * claimed; the claimer releases it (open again) or completes it (done); a second claim of a
 * claimed task is 409; done is final.
 */
const STATUSES: readonly TaskStatus[] = ['open', 'claimed', 'done'];

const ACTIONS = Object.keys({
  claim: true,
  release: true,
  complete: true,
} satisfies Record<TaskAction, true>) as TaskAction[];

const ALLOWED: ReadonlyArray<readonly [TaskStatus, TaskAction, TaskStatus]> = [
  ['open', 'claim', 'claimed'],
  ['claimed', 'release', 'open'],
  ['claimed', 'complete', 'done'],
];

describe('task state machine', () => {
  itAllowsExactlyTheTransitions(taskStateMachine, { statuses: STATUSES, actions: ACTIONS, allowed: ALLOWED });

  it('exports exactly the statuses of the contract as TASK_STATUSES', () => {
    expect([...TASK_STATUSES].sort()).toEqual([...STATUSES].sort());
  });
});

describe('task types and outcomes', () => {
  const CONTRACT_OUTCOMES: Record<string, string[]> = {
    supplier_review: ['approve', 'reject', 'request_changes'],
    documents_fix: ['regenerate', 'cancel_shipment'],
    handoff_dropoff: ['handed_over'],
    exception_review: ['resume', 'cancel_shipment'],
    failed_job: ['retry', 'discard'],
    certificate_expiring: ['acknowledge'],
  };

  it('knows exactly the task types of the contract', () => {
    expect([...TASK_TYPES].sort()).toEqual(Object.keys(CONTRACT_OUTCOMES).sort());
  });

  it.each(Object.entries(CONTRACT_OUTCOMES))('offers %s exactly the outcomes %j', (type, outcomes) => {
    expect([...(TASK_OUTCOMES as Record<string, readonly string[]>)[type]].sort()).toEqual([...outcomes].sort());
  });

  it('allows an outcome of the task type', () => {
    expect(isAllowedOutcome('exception_review', 'resume')).toBe(true);
  });

  it('refuses an outcome that belongs to another task type', () => {
    expect(isAllowedOutcome('documents_fix', 'resume')).toBe(false);
  });

  it('recognises a task type and rejects an unknown one', () => {
    expect(isTaskType('handoff_dropoff')).toBe(true);
    expect(isTaskType('toString')).toBe(false);
    expect(isTaskType('payment_review')).toBe(false);
  });
});
