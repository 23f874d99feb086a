import { StateMachine } from './state-machine';

export const TASK_STATUSES = ['open', 'claimed', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskAction = 'claim' | 'release' | 'complete';

export const taskStateMachine = new StateMachine<TaskStatus, TaskAction>('task', {
  open: { claim: 'claimed' },
  claimed: { release: 'open', complete: 'done' },
  done: {},
});

/** Each task type with the outcomes staff may choose from. */
export const TASK_OUTCOMES = {
  supplier_review: ['approve', 'reject', 'request_changes'],
  documents_fix: ['regenerate', 'cancel_shipment'],
  handoff_dropoff: ['handed_over'],
  exception_review: ['resume', 'cancel_shipment'],
  failed_job: ['retry', 'discard'],
  certificate_expiring: ['acknowledge'],
} as const satisfies Record<string, readonly string[]>;

export type TaskType = keyof typeof TASK_OUTCOMES;
export const TASK_TYPES = Object.keys(TASK_OUTCOMES) as TaskType[];
export type TaskOutcome<T extends TaskType = TaskType> = (typeof TASK_OUTCOMES)[T][number];
export type TaskSubjectKind = 'supplier' | 'purchase_order' | 'shipment' | 'job';

export function isTaskType(value: unknown): value is TaskType {
  return typeof value === 'string' && Object.hasOwn(TASK_OUTCOMES, value);
}

export function isAllowedOutcome(type: TaskType, outcome: string): boolean {
  return (TASK_OUTCOMES[type] as readonly string[]).includes(outcome);
}
