import type { EntityManager } from 'typeorm';
import type { Actor, Effect, StateMachine } from '@corridor/domain';
import { insertOutboxRow, statusWriter, type AggregateType } from '@corridor/persistence';
import { IntegrityFault } from './integrity-fault';
import { STATUS_CHANGED_JOB, isJobName, type JobName, type JobPayloads } from './jobs';

/** The status writer of every aggregate, announcing each change as {@link STATUS_CHANGED_JOB}. */
const writer = statusWriter(STATUS_CHANGED_JOB);

/** Payloads of the jobs a transition sets off, by job name. */
export type EffectJobs = { [N in JobName]?: JobPayloads[N] };

/** A move of one aggregate, as its owning service's `apply({ … })` hands it to the writer. */
export interface ApplyTransitionRequest<S extends string, A extends string> {
  /** The manager of the transaction the move commits in, with the caller's row lock. */
  manager: EntityManager;
  machine: StateMachine<S, A>;
  aggregateType: AggregateType;
  /** The row as the caller read it; its `status` is set to the new one once the update holds. */
  aggregate: { id: string; status: S };
  action: A;
  actor: Actor;
  /** Recorded in the history (and announced); null when the move needs no explanation. */
  reason?: string | null;
  /** Other columns to write in the same update, by column name. */
  set?: Record<string, unknown>;
  /**
   * The payload of each job the transitions table names for this move: every unconditional
   * one, and the conditional ones whose condition the caller found true. A job the table does
   * not name for the move is refused: the table is the whole truth about what a move sets off.
   */
  jobs?: EffectJobs;
}

/**
 * The one writer of `status`. Checks the move against the state machine, applies it with a
 * conditional update (`WHERE status = from`) so that of concurrent moves exactly one wins,
 * bumps `version`, records the history row with its `events.status_changed` announcement, and
 * writes the outbox row of every job the transitions table names for the move, all in the
 * caller's transaction; then sets the in-memory status. Throws `InvalidTransitionError` when
 * the move is not allowed or another one won, and an {@link IntegrityFault} (a job fails at
 * once, into a `failed_job` task) when the jobs supplied do not match the table.
 */
export async function applyTransition<S extends string, A extends string>(
  req: ApplyTransitionRequest<S, A>,
): Promise<S> {
  const from = req.aggregate.status;
  const jobs = effectJobs(
    req.machine.effects(from, req.action),
    req.jobs ?? {},
    `${req.machine.aggregate} ${req.action}`,
  );
  const to = await writer.transitionStatus({
    manager: req.manager,
    machine: req.machine,
    aggregateType: req.aggregateType,
    id: req.aggregate.id,
    from,
    action: req.action,
    actor: req.actor,
    reason: req.reason ?? null,
    set: req.set,
  });
  for (const [name, payload] of jobs) await insertOutboxRow(req.manager, name, payload);
  req.aggregate.status = to;
  return to;
}

/** The birth of an aggregate, recorded like a move. */
export interface RecordCreationRequest<S extends string, A extends string> {
  manager: EntityManager;
  machine: StateMachine<S, A>;
  aggregateType: AggregateType;
  id: string;
  actor: Actor;
  /** The payload of each job the table names for the creation. */
  jobs?: EffectJobs;
}

/**
 * Records the creation of an aggregate in the status its table starts it in (`from` null in
 * the history, announced likewise) and writes the jobs the table names for the creation.
 */
export async function recordCreation<S extends string, A extends string>(
  req: RecordCreationRequest<S, A>,
): Promise<void> {
  const created = req.machine.options.created;
  if (!created) throw new IntegrityFault(`the ${req.machine.aggregate} table names no creation status`);
  const jobs = effectJobs(created.effects ?? [], req.jobs ?? {}, `${req.machine.aggregate} creation`);
  await writer.recordCreation(req.manager, {
    aggregateType: req.aggregateType,
    id: req.id,
    status: created.status,
    actor: req.actor,
  });
  for (const [name, payload] of jobs) await insertOutboxRow(req.manager, name, payload);
}

/**
 * The jobs to publish, in the table's order, after checking them against the table: each
 * supplied job is declared, each unconditional one supplied, and a `task.open` opens the type
 * of task the table says.
 */
export function effectJobs(effects: readonly Effect[], supplied: EffectJobs, move: string): [JobName, unknown][] {
  for (const name of Object.keys(supplied)) {
    if (!effects.some((e) => e.job === name)) {
      throw new IntegrityFault(`${move} does not set off ${name}: the transitions table must name it`);
    }
  }
  const jobs: [JobName, unknown][] = [];
  for (const effect of effects) {
    if (!isJobName(effect.job)) throw new IntegrityFault(`${move} names ${effect.job}, which is not a registered job`);
    const payload = supplied[effect.job];
    if (payload === undefined) {
      if (effect.when === undefined)
        throw new IntegrityFault(`${move} sets off ${effect.job}, but no payload was given`);
      continue;
    }
    if (effect.task !== undefined && (payload as JobPayloads['task.open']).type !== effect.task) {
      throw new IntegrityFault(
        `${move} opens a ${effect.task} task, not ${(payload as JobPayloads['task.open']).type}`,
      );
    }
    if (!jobs.some(([name]) => name === effect.job)) jobs.push([effect.job, payload]);
  }
  return jobs;
}
