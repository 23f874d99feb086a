import { StateMachine, type Effect } from './state-machine';

/** Every status a staff task can be in. */
export const TASK_STATUSES = ['open', 'claimed', 'done'] as const;
/** A task's status; moves only through {@link taskStateMachine}. */
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** The actions of {@link taskStateMachine}. */
export type TaskAction = 'claim' | 'release' | 'complete';

/** Each task type with the outcomes staff may choose from. */
export const TASK_OUTCOMES = {
  supplier_review: ['approve', 'reject', 'request_changes'],
  documents_fix: ['regenerate', 'cancel_shipment'],
  handoff_dropoff: ['handed_over'],
  exception_review: ['resume', 'cancel_shipment'],
  failed_job: ['retry', 'discard'],
  certificate_expiring: ['acknowledge'],
} as const satisfies Record<string, readonly string[]>;

/** A kind of staff task, one key of {@link TASK_OUTCOMES}. */
export type TaskType = keyof typeof TASK_OUTCOMES;
/** Every task type, in the order {@link TASK_OUTCOMES} lists them. */
export const TASK_TYPES = Object.keys(TASK_OUTCOMES) as TaskType[];
/** An outcome staff may choose when completing a task of type `T` (any type's by default). */
export type TaskOutcome<T extends TaskType = TaskType> = (typeof TASK_OUTCOMES)[T][number];
/** The kind of thing a task is about; `job` for a failed background job. */
export type TaskSubjectKind = 'supplier' | 'purchase_order' | 'shipment' | 'job';

/** Whether `value` names a task type; for checking untrusted input such as a query string. */
export function isTaskType(value: unknown): value is TaskType {
  return typeof value === 'string' && Object.hasOwn(TASK_OUTCOMES, value);
}

/** Whether `outcome` is one of the outcomes {@link TASK_OUTCOMES} allows for `type`. */
export function isAllowedOutcome(type: TaskType, outcome: string): boolean {
  return (TASK_OUTCOMES[type] as readonly string[]).includes(outcome);
}

/**
 * The job that carries a completed task's decision to the lib owning its subject; null when
 * nothing follows (an acknowledged certificate reminder).
 */
export const TASK_COMPLETION_JOB: Readonly<Record<TaskType, string | null>> = {
  supplier_review: 'supplier.review_completed',
  documents_fix: 'customs.fix_completed',
  handoff_dropoff: 'handoff.dropoff_completed',
  exception_review: 'tracking.exception_reviewed',
  failed_job: 'queue.failed_job_resolved',
  certificate_expiring: null,
};

const COMPLETION_EFFECTS: Effect[] = TASK_TYPES.flatMap((type) => {
  const job = TASK_COMPLETION_JOB[type];
  return job ? [{ job, when: `the task type is ${type}` }] : [];
});

/**
 * A task's life: claimed by one staff member at a time, released or completed by that member.
 * Completing hands the decision to the subject's owner through the job of the task's type.
 */
export const taskStateMachine = new StateMachine<TaskStatus, TaskAction>(
  'task',
  {
    open: { claim: 'claimed' },
    claimed: { release: 'open', complete: { to: 'done', effects: COMPLETION_EFFECTS } },
    done: {},
  },
  { created: { status: 'open' } },
);
