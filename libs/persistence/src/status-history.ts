import type { EntityManager } from 'typeorm';
import { newId } from './ids';

/** When the aggregate first reached `status`, by its history; null if it never did. */
export async function firstReachedAt(
  manager: EntityManager,
  aggregateId: string,
  status: string,
): Promise<Date | null> {
  const rows: { at: Date }[] = await manager.query(
    `SELECT at FROM status_history WHERE aggregate_id = $1 AND to_status = $2 ORDER BY at LIMIT 1`,
    [aggregateId, status],
  );
  return rows[0]?.at ?? null;
}

/** One step of a made-up past, for demo data: `minutesAgo` before now, by an actor of `role`. */
export interface PastStatusChange {
  from: string | null;
  to: string;
  minutesAgo: number;
  role: string;
  reason: string | null;
}

/**
 * Writes history rows for an aggregate that demo data creates in a state it reached in the
 * past, without announcing them: no outbox event, since nothing happened now.
 */
export async function recordPastHistory(
  manager: EntityManager,
  aggregate: { type: string; id: string },
  changes: readonly PastStatusChange[],
): Promise<void> {
  for (const change of changes) {
    await manager.query(
      `INSERT INTO status_history (id, aggregate_type, aggregate_id, from_status, to_status, at, actor_role, reason)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(mins => $6), $7, $8)`,
      [newId(), aggregate.type, aggregate.id, change.from, change.to, change.minutesAgo, change.role, change.reason],
    );
  }
}
