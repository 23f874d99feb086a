import {
  TASK_COMPLETION_JOB,
  type Actor,
  type SupplierReason,
  type TaskSubjectKind,
  type TaskType,
} from '@corridor/domain';
import type { StatusChangedEvent } from '@corridor/persistence';

/**
 * The outbox job every status change publishes, creation included (see `applyTransition`).
 * Routed like any other job; buyer webhooks are built from it.
 */
export const STATUS_CHANGED_JOB = 'events.status_changed';

/** Every queue Corridor runs. No queue name is written anywhere else. */
export const QUEUES = {
  suppliers: 'suppliers',
  purchaseOrders: 'purchase-orders',
  customsDocuments: 'customs-documents',
  handoff: 'handoff',
  tracking: 'tracking',
  tasks: 'tasks',
  maintenance: 'maintenance',
  /** Status changes fanned out to buyer webhook subscriptions. */
  webhooks: 'webhooks',
  /** One job per webhook delivery, retried on its own long backoff (see the queue module). */
  webhookDeliveries: 'webhook-deliveries',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const QUEUE_NAMES = Object.values(QUEUES) as QueueName[];

/** The documents a round renders; `postal_declaration` becomes a `cn22` or `cn23` per package. */
export type CustomsDocumentJob =
  | 'commercial_invoice'
  | 'packing_list'
  | 'certificate_of_origin'
  | 'phytosanitary_request'
  | 'export_declaration'
  | 'postal_declaration';

export type SupplierNotificationKind = 'review_outcome' | 'certificate_expiring' | 'suspended' | 'reinstated';

/** What a staff member decided on a task, handed to the module that owns the task's subject. */
export interface TaskCompletedPayload {
  taskId: string;
  type: TaskType;
  subject: { kind: TaskSubjectKind; id: string };
  outcome: string;
  note: string | null;
  data: Record<string, unknown>;
  actor: Actor;
}

/**
 * Every job with its payload. Payloads carry ids and the actor, never rows: the handler
 * re-reads the database, which is the truth.
 */
export interface JobPayloads {
  /** Automated checks on a submitted supplier's file. */
  'supplier.verify': { supplierId: string; actor: Actor };
  /** Staff decided a `supplier_review` task. */
  'supplier.review_completed': TaskCompletedPayload;
  /** Daily (and on demand): certificates about to expire, and suppliers whose required ones have. */
  'supplier.check_expiry': { actor: Actor };
  /** Tell an exporter something about its supplier (idempotent on `dedupeKey`). */
  'supplier.notify': {
    supplierId: string;
    kind: SupplierNotificationKind;
    message: string;
    dedupeKey: string;
    data?: Record<string, unknown>;
  };
  /** Some module needs a person: open a task (idempotent on `dedupeKey`). */
  'task.open': {
    type: TaskType;
    subject: { kind: TaskSubjectKind; id: string };
    summary: string;
    dedupeKey: string;
    data?: Record<string, unknown>;
  };
  /** Start a round of a shipment's customs documents: one render job each, then the check. */
  'customs.generate': { shipmentId: string; actor: Actor };
  /** Build one document's data, render its PDF and store both, as version `version`. */
  'customs.render_document': {
    shipmentId: string;
    version: number;
    document: CustomsDocumentJob;
    /** The package of a postal declaration. */
    packageReference?: string;
  };
  /** After every document of the round is stored: check them against each other, then ready or blocked. */
  'customs.check_documents': { shipmentId: string; version: number; actor: Actor };
  /** Staff decided a `documents_fix` task. */
  'customs.fix_completed': TaskCompletedPayload;
  /** Book a shipment with its carrier and make its labels. */
  'handoff.book': { shipmentId: string; actor: Actor };
  /** Staff dropped the parcels at the carrier (`handoff_dropoff` done). */
  'handoff.dropoff_completed': TaskCompletedPayload;
  /** Tell the carrier staff handed the parcels over; the shipment is already `handed_over`. */
  'handoff.notify_handover': { shipmentId: string; receiptNumber: string; handedOverAt: string; actor: Actor };
  /**
   * Cancel a carrier booking. `booking` names it when the shipment row does not (a booking
   * made for a shipment cancelled while the carrier answered).
   */
  'handoff.cancel_booking': { shipmentId: string; actor: Actor; booking?: { carrier: string; bookingId: string } };
  /** Staff decided an `exception_review` task. */
  'tracking.exception_reviewed': TaskCompletedPayload;
  /** Scheduled: find shipments on the way that the carrier has said nothing about lately. */
  'tracking.poll_stale': { actor: Actor };
  /** Ask the shipment's carrier for its tracking events and ingest them as if pushed. */
  'tracking.poll': { shipmentId: string };
  /** A shipment of the order moved: recount quantities and move the order. */
  'purchase_order.recompute': { purchaseOrderId: string; actor: Actor };
  /** Staff decided a `failed_job` task: retry or discard the job. */
  'queue.failed_job_resolved': TaskCompletedPayload;
  /** Hourly: forget `Idempotency-Key` records past their retention. */
  'maintenance.purge_idempotency_keys': Record<string, never>;
  /** A supplier, order or shipment changed status (written by the state machine's writer). */
  [STATUS_CHANGED_JOB]: StatusChangedEvent;
  /** Post one event to one buyer webhook subscription; each attempt is recorded. */
  'webhook.deliver': { deliveryId: string };
}

export type JobName = keyof JobPayloads;

/** Which queue carries each job. A job name missing here does not compile. */
export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  'supplier.verify': QUEUES.suppliers,
  'supplier.review_completed': QUEUES.suppliers,
  'supplier.check_expiry': QUEUES.suppliers,
  'supplier.notify': QUEUES.suppliers,
  'task.open': QUEUES.tasks,
  'customs.generate': QUEUES.customsDocuments,
  'customs.render_document': QUEUES.customsDocuments,
  'customs.check_documents': QUEUES.customsDocuments,
  'customs.fix_completed': QUEUES.customsDocuments,
  'handoff.book': QUEUES.handoff,
  'handoff.dropoff_completed': QUEUES.handoff,
  'handoff.cancel_booking': QUEUES.handoff,
  'handoff.notify_handover': QUEUES.handoff,
  'tracking.exception_reviewed': QUEUES.tracking,
  'tracking.poll_stale': QUEUES.tracking,
  'tracking.poll': QUEUES.tracking,
  'purchase_order.recompute': QUEUES.purchaseOrders,
  'queue.failed_job_resolved': QUEUES.maintenance,
  'maintenance.purge_idempotency_keys': QUEUES.maintenance,
  [STATUS_CHANGED_JOB]: QUEUES.webhooks,
  'webhook.deliver': QUEUES.webhookDeliveries,
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

/** The jobs that carry a completed task to the lib owning its subject. */
export type TaskCompletionJob = {
  [N in JobName]: JobPayloads[N] extends TaskCompletedPayload ? N : never;
}[JobName];

/** Whether `name` is a job of the registry. */
export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_QUEUE, name);
}

/**
 * The job that carries a completed task of `type` to its subject's owner (the domain's
 * `TASK_COMPLETION_JOB`); null when nothing follows.
 */
export function taskCompletionJob(type: TaskType): TaskCompletionJob | null {
  const job = TASK_COMPLETION_JOB[type];
  if (job === null) return null;
  if (!isJobName(job)) throw new Error(`task type ${type} completes with ${job}, which is not a registered job`);
  return job as TaskCompletionJob;
}

export type { SupplierReason };
