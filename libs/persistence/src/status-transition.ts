import type { EntityManager } from 'typeorm';
import { InvalidTransitionError, type Actor, type StateMachine } from '@corridor/domain';
import { newId } from './ids';
import { insertOutboxRow } from './outbox';

export type AggregateType = 'supplier' | 'purchase_order' | 'shipment' | 'task';

/** A status change as it committed: the history row, published through the outbox. */
export interface StatusChangedEvent {
  /** The history row's id: stable, so consumers can deduplicate on it. */
  eventId: string;
  aggregateType: AggregateType;
  aggregateId: string;
  /** Null when the aggregate was created. */
  from: string | null;
  to: string;
  /** ISO 8601, as in the history. */
  at: string;
  actor: Actor;
  reason: string | null;
}

export interface TransitionRequest<S extends string, A extends string> {
  manager: EntityManager;
  machine: StateMachine<S, A>;
  aggregateType: AggregateType;
  id: string;
  /** The status the caller read; the update applies only if it is still current. */
  from: S;
  action: A;
  actor: Actor;
  reason?: string | null;
  /** Other columns to write in the same update, by column name. */
  set?: Record<string, unknown>;
}

/**
 * The one writer of `status`, bound to the outbox job that announces each change. Persistence
 * knows no job names: the queue registry binds the writer to its status-changed job
 * (see `transitionStatus` in `@corridor/queue`), and services use that.
 */
export interface StatusWriter {
  /**
   * Checks the move against the state machine, applies it with a conditional update
   * (`WHERE status = from`) so that of concurrent moves exactly one wins, bumps `version`, and
   * records the history row and its outbox announcement in the same transaction.
   */
  transitionStatus<S extends string, A extends string>(req: TransitionRequest<S, A>): Promise<S>;
  /** Records the creation of an aggregate (`from` null) in its history, announced likewise. */
  recordCreation(
    manager: EntityManager,
    input: { aggregateType: AggregateType; id: string; status: string; actor: Actor },
  ): Promise<void>;
}

/** A {@link StatusWriter} announcing every change as an outbox job named `announceAs`. */
export function statusWriter(announceAs: string): StatusWriter {
  return {
    transitionStatus: (req) => transitionStatus(announceAs, req),
    recordCreation: (manager, input) => recordCreation(announceAs, manager, input),
  };
}

async function transitionStatus<S extends string, A extends string>(
  announceAs: string,
  req: TransitionRequest<S, A>,
): Promise<S> {
  const to = req.machine.next(req.from, req.action);
  const extra = Object.entries(req.set ?? {});
  const assignments = extra.map(([column], i) => `${column} = $${i + 4}`);
  const rows: unknown[] = await req.manager.query(
    `UPDATE ${req.aggregateType} SET status = $1, version = version + 1, updated_at = now()
       ${assignments.map((a) => `, ${a}`).join('')}
     WHERE id = $2 AND status = $3 RETURNING id`,
    [to, req.id, req.from, ...extra.map(([, v]) => v)],
  );
  if (updatedCount(rows) === 0) {
    const current: { status: string }[] = await req.manager.query(
      `SELECT status FROM ${req.aggregateType} WHERE id = $1`,
      [req.id],
    );
    throw new InvalidTransitionError(req.machine.aggregate, current[0]?.status ?? 'unknown', req.action);
  }
  await recordHistory(announceAs, req.manager, {
    aggregateType: req.aggregateType,
    id: req.id,
    from: req.from,
    to,
    actor: req.actor,
    reason: req.reason ?? null,
  });
  return to;
}

async function recordCreation(
  announceAs: string,
  manager: EntityManager,
  input: { aggregateType: AggregateType; id: string; status: string; actor: Actor },
): Promise<void> {
  await recordHistory(announceAs, manager, {
    aggregateType: input.aggregateType,
    id: input.id,
    from: null,
    to: input.status,
    actor: input.actor,
    reason: null,
  });
}

/**
 * Writes the history row and, in the same transaction, the outbox row announcing it: the event
 * exists if and only if the change committed.
 */
async function recordHistory(
  announceAs: string,
  manager: EntityManager,
  change: {
    aggregateType: AggregateType;
    id: string;
    from: string | null;
    to: string;
    actor: Actor;
    reason: string | null;
  },
): Promise<void> {
  const eventId = newId();
  const rows: { at: Date }[] = await manager.query(
    `INSERT INTO status_history (id, aggregate_type, aggregate_id, from_status, to_status, at, actor_role, actor_key_id, reason)
     VALUES ($1, $2, $3, $4, $5, clock_timestamp(), $6, $7, $8) RETURNING at`,
    [
      eventId,
      change.aggregateType,
      change.id,
      change.from,
      change.to,
      change.actor.role,
      change.actor.keyId ?? null,
      change.reason,
    ],
  );
  const event: StatusChangedEvent = {
    eventId,
    aggregateType: change.aggregateType,
    aggregateId: change.id,
    from: change.from,
    to: change.to,
    at: rows[0].at.toISOString(),
    actor: { role: change.actor.role, ...(change.actor.keyId ? { keyId: change.actor.keyId } : {}) },
    reason: change.reason,
  };
  await insertOutboxRow(manager, announceAs, event);
}

/** TypeORM's postgres driver answers an UPDATE … RETURNING with `[rows, count]`. */
function updatedCount(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}

export interface HistoryItem {
  from: string | null;
  to: string;
  at: string;
  actor: { role: string; keyId?: string };
  reason?: string;
}

/** The contract's `history`, oldest first. */
export async function loadHistory(manager: EntityManager, aggregateId: string): Promise<HistoryItem[]> {
  const rows: {
    from_status: string | null;
    to_status: string;
    at: Date;
    actor_role: string;
    actor_key_id: string | null;
    reason: string | null;
  }[] = await manager.query(
    `SELECT from_status, to_status, at, actor_role, actor_key_id, reason FROM status_history
       WHERE aggregate_id = $1 ORDER BY at, id`,
    [aggregateId],
  );
  return rows.map((r) => ({
    from: r.from_status,
    to: r.to_status,
    at: r.at.toISOString(),
    actor: { role: r.actor_role, ...(r.actor_key_id ? { keyId: r.actor_key_id } : {}) },
    ...(r.reason ? { reason: r.reason } : {}),
  }));
}
