import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  InvalidTransitionError,
  REASON_CODES,
  SYSTEM_ACTOR,
  SUPPLIER_DOCUMENT_TYPES,
  TASK_OUTCOMES,
  isAllowedOutcome,
  taskStateMachine,
  type Actor,
  type TaskAction,
  type TaskStatus,
  type TaskSubjectKind,
  type TaskType,
} from '@corridor/domain';
import { decodeIdCursor, newId, toPage, type Page } from '@corridor/persistence';
import { applyTransition, recordCreation, taskCompletionJob, type EffectJobs, type JobPayloads } from '@corridor/queue';
import { ApiKeysService } from '@corridor/auth';
import { Task } from './task.entity';

export interface TaskView {
  id: string;
  type: TaskType;
  status: TaskStatus;
  subject: { kind: TaskSubjectKind; id: string };
  summary: string;
  allowedOutcomes: string[];
  /** Who holds the task: the key and its label ("admin" for the bootstrap key). */
  claimedBy: TaskHolder | null;
  claimedAt: string | null;
  outcome: string | null;
  note: string | null;
  data: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
}

export interface TaskHolder {
  keyId: string;
  label: string;
}

export interface TaskFilter {
  status?: TaskStatus;
  type?: TaskType;
  subjectId?: string;
  assignee?: 'me';
  /** Lists are newest first; the console's inbox reads them oldest first. */
  order?: 'newest' | 'oldest';
  limit: number;
  cursor?: string;
}

/** The staff task queue: opening (idempotent), claiming, releasing and completing tasks. */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: ApiKeysService,
  ) {}

  /** Opens a task unless one with the same dedupe key exists; returns the task either way. */
  async open(input: JobPayloads['task.open'], manager: EntityManager = this.dataSource.manager): Promise<Task> {
    const id = newId();
    const inserted: unknown[] = await manager.query(
      `INSERT INTO task (id, type, status, subject_kind, subject_id, summary, allowed_outcomes, data, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        id,
        input.type,
        taskStateMachine.options.created?.status,
        input.subject.kind,
        input.subject.id,
        input.summary,
        [...TASK_OUTCOMES[input.type]],
        input.data ? JSON.stringify(input.data) : null,
        input.dedupeKey,
      ],
    );
    if (inserted.length > 0) {
      await recordCreation({ manager, machine: taskStateMachine, aggregateType: 'task', id, actor: SYSTEM_ACTOR });
    }
    return manager.getRepository(Task).findOneByOrFail({ dedupeKey: input.dedupeKey });
  }

  async list(filter: TaskFilter, actor: Actor): Promise<Page<TaskView>> {
    const oldest = filter.order === 'oldest';
    const qb = this.dataSource
      .getRepository(Task)
      .createQueryBuilder('t')
      .orderBy('t.id', oldest ? 'ASC' : 'DESC')
      .take(filter.limit + 1);
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    if (filter.type) qb.andWhere('t.type = :type', { type: filter.type });
    if (filter.subjectId) qb.andWhere('t.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.assignee === 'me') qb.andWhere('t.claimed_by = :me', { me: actor.keyId });
    const after = decodeIdCursor(filter.cursor);
    if (after) qb.andWhere(oldest ? 't.id > :after' : 't.id < :after', { after });
    const page = toPage(
      await qb.getMany(),
      filter.limit,
      (t) => t.id,
      (t) => t,
    );
    const labels = await this.keys.labels(page.items.map((t) => t.claimedBy));
    return { items: page.items.map((t) => toTaskView(t, labels)), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<TaskView> {
    return this.view(await this.find(this.dataSource.manager, id));
  }

  /** A claimed task is the claimer's until released; a second claim is `409`. */
  async claim(id: string, actor: Actor): Promise<TaskView> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.find(manager, id, true);
      if (task.status === 'claimed' && task.claimedBy) {
        const holder = await this.holder(task.claimedBy);
        const since = task.claimedAt?.toISOString() ?? null;
        throw new DomainError('INVALID_STATE_TRANSITION', `the task is already claimed by ${holder.label}`, [
          { issue: 'claimed by someone else', from: 'claimed', action: 'claim', ...holder, claimedAt: since },
        ]);
      }
      return this.apply({
        manager,
        task,
        action: 'claim',
        actor,
        set: { claimed_by: actor.keyId, claimed_at: new Date() },
      });
    });
  }

  async release(id: string, actor: Actor): Promise<TaskView> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.find(manager, id, true);
      this.assertClaimer(task, actor, 'release');
      return this.apply({ manager, task, action: 'release', actor, set: { claimed_by: null, claimed_at: null } });
    });
  }

  /**
   * Records the decision and hands it, through the outbox, to the module that owns the
   * task's subject; both commit together.
   */
  async complete(
    id: string,
    input: { outcome: string; note?: string; data?: Record<string, unknown> },
    actor: Actor,
  ): Promise<TaskView> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.find(manager, id, true);
      if (!isAllowedOutcome(task.type, input.outcome)) {
        throw new DomainError('VALIDATION_FAILED', `outcome must be one of ${task.allowedOutcomes.join(', ')}`, [
          { field: 'outcome', issue: `must be one of ${task.allowedOutcomes.join(', ')}` },
        ]);
      }
      const data = validateOutcomeData(task.type, input.outcome, input.data ?? {});
      this.assertClaimer(task, actor, 'complete');
      const job = taskCompletionJob(task.type);
      const jobs: EffectJobs = {};
      if (job) {
        jobs[job] = {
          taskId: task.id,
          type: task.type,
          subject: { kind: task.subjectKind, id: task.subjectId },
          outcome: input.outcome,
          note: input.note ?? null,
          data: { ...(task.data ?? {}), ...data },
          actor,
        };
      }
      return this.apply({
        manager,
        task,
        action: 'complete',
        actor,
        reason: input.note ?? null,
        set: {
          outcome: input.outcome,
          note: input.note ?? null,
          data: JSON.stringify({ ...(task.data ?? {}), ...data }),
        },
        jobs,
      });
    });
  }

  /**
   * Moves a task through its state machine with the one status writer (conditional update,
   * history, the jobs the table names) and answers the task as it now is.
   */
  private async apply(req: {
    manager: EntityManager;
    task: Task;
    action: TaskAction;
    actor: Actor;
    reason?: string | null;
    set: Record<string, unknown>;
    jobs?: EffectJobs;
  }): Promise<TaskView> {
    await applyTransition({
      manager: req.manager,
      machine: taskStateMachine,
      aggregateType: 'task',
      aggregate: req.task,
      action: req.action,
      actor: req.actor,
      reason: req.reason,
      set: req.set,
      jobs: req.jobs,
    });
    return this.view(await this.find(req.manager, req.task.id));
  }

  private async view(task: Task): Promise<TaskView> {
    return toTaskView(task, await this.keys.labels([task.claimedBy]));
  }

  private async holder(keyId: string): Promise<TaskHolder> {
    return { keyId, label: (await this.keys.labels([keyId])).get(keyId) ?? '' };
  }

  private assertClaimer(task: Task, actor: Actor, action: TaskAction): void {
    if (task.status !== 'claimed') throw new InvalidTransitionError('task', task.status, action);
    if (task.claimedBy !== actor.keyId) {
      throw new DomainError('FORBIDDEN', `only the staff member who claimed the task may ${action} it`);
    }
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<Task> {
    const qb = manager.getRepository(Task).createQueryBuilder('t').where('t.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const task = await qb.getOne();
    if (!task) throw DomainError.notFound('task');
    return task;
  }
}

/** Checks the data an outcome needs (reasons for a review, a receipt for a drop-off). */
function validateOutcomeData(type: TaskType, outcome: string, data: Record<string, unknown>): Record<string, unknown> {
  if (type === 'supplier_review' && outcome !== 'approve') {
    const reasons = data.reasons;
    if (!Array.isArray(reasons) || reasons.length === 0) {
      throw DomainError.validation('data.reasons', `must list at least one reason for ${outcome}`);
    }
    reasons.forEach((reason: unknown, i) => {
      const r = reason as Record<string, unknown>;
      if (typeof r !== 'object' || r === null || !(REASON_CODES as readonly string[]).includes(String(r.code))) {
        throw DomainError.validation(`data.reasons[${i}].code`, `must be one of ${REASON_CODES.join(', ')}`);
      }
      if (
        r.documentType !== undefined &&
        !(SUPPLIER_DOCUMENT_TYPES as readonly string[]).includes(String(r.documentType))
      ) {
        throw DomainError.validation(
          `data.reasons[${i}].documentType`,
          `must be one of ${SUPPLIER_DOCUMENT_TYPES.join(', ')}`,
        );
      }
      if (r.message !== undefined && (typeof r.message !== 'string' || r.message.length > 1000)) {
        throw DomainError.validation(`data.reasons[${i}].message`, 'must be a string of at most 1000 characters');
      }
    });
    return {
      reasons: reasons.map((r: Record<string, unknown>) => ({
        code: r.code,
        ...(r.documentType ? { documentType: r.documentType } : {}),
        ...(r.message ? { message: r.message } : {}),
      })),
    };
  }
  if (type === 'handoff_dropoff') {
    const receipt = data.receiptNumber;
    if (typeof receipt !== 'string' || !/^\S.{0,63}$/.test(receipt)) {
      throw DomainError.validation('data.receiptNumber', 'must be the carrier receipt number (1-64 characters)');
    }
    return { receiptNumber: receipt };
  }
  return data;
}

/** The task as the API shows it; `labels` names the holder's key (from {@link ApiKeysService.labels}). */
export function toTaskView(task: Task, labels: ReadonlyMap<string, string>): TaskView {
  return {
    id: task.id,
    type: task.type,
    status: task.status,
    subject: { kind: task.subjectKind, id: task.subjectId },
    summary: task.summary,
    allowedOutcomes: task.allowedOutcomes,
    claimedBy: task.claimedBy ? { keyId: task.claimedBy, label: labels.get(task.claimedBy) ?? '' } : null,
    claimedAt: task.claimedBy ? (task.claimedAt?.toISOString() ?? null) : null,
    outcome: task.outcome,
    note: task.note,
    data: task.data,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}
