import type { EntityManager } from 'typeorm';
import { firstIdAt, newId } from './ids';
import { currentRequestId } from './request-context';

/** Postgres channel the outbox relay listens on; NOTIFY is delivered only when the transaction commits. */
export const OUTBOX_CHANNEL = 'corridor_outbox';

/**
 * Writes one outbox row in the caller's transaction and wakes the relay once it commits.
 * Job names and payload types are checked by the queue registry's publisher, which calls this.
 * The row keeps the request id of the request (or job) that wrote it, so the job's log lines
 * can be traced back to the request that set it off.
 */
export async function insertOutboxRow(manager: EntityManager, jobName: string, payload: unknown): Promise<string> {
  const id = newId();
  await manager.query(`INSERT INTO outbox (id, job_name, payload, request_id) VALUES ($1, $2, $3, $4)`, [
    id,
    jobName,
    JSON.stringify(payload),
    currentRequestId() ?? null,
  ]);
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  return id;
}

/** An outbox row as the relay publishes it. */
export interface OutboxRow {
  id: string;
  job_name: string;
  payload: Record<string, unknown>;
  request_id: string | null;
}

/**
 * Claims up to `limit` unpublished rows, oldest first, for the caller's transaction. Rows are
 * locked `FOR UPDATE SKIP LOCKED`, so relays side by side never claim the same row.
 */
export function claimOutboxRows(manager: EntityManager, limit: number): Promise<OutboxRow[]> {
  return manager.query(
    `SELECT id, job_name, payload, request_id FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
}

/** Marks rows published; with an `error`, they are set aside as published-with-error instead. */
export async function markOutboxPublished(manager: EntityManager, ids: string[], error?: string): Promise<void> {
  if (error === undefined) {
    await manager.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  } else {
    await manager.query(`UPDATE outbox SET published_at = now(), error = $2 WHERE id = ANY($1::uuid[])`, [ids, error]);
  }
}

/** How many rows wait to be published, and the age of the oldest in seconds (0 when none). */
export async function outboxBacklog(manager: EntityManager): Promise<{ pending: number; oldest: number }> {
  const [row] = (await manager.query(
    `SELECT count(*)::int AS pending, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS oldest
       FROM outbox WHERE published_at IS NULL`,
  )) as { pending: number; oldest: number }[];
  return row ?? { pending: 0, oldest: 0 };
}

/**
 * Published rows created since `since`, oldest first, after `after` (a keyset over the primary
 * key): what the reconciler checks against Redis. Rows set aside with an error are left out.
 */
export function publishedOutboxRows(
  manager: EntityManager,
  since: Date,
  after: string | null,
  limit: number,
): Promise<OutboxRow[]> {
  return manager.query(
    `SELECT id, job_name, payload, request_id FROM outbox
      WHERE id >= $1 AND ($2::uuid IS NULL OR id > $2) AND published_at IS NOT NULL AND error IS NULL
      ORDER BY id LIMIT $3`,
    [firstIdAt(since), after, limit],
  );
}
