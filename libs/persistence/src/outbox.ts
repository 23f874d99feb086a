import type { EntityManager } from 'typeorm';
import { newId } from './ids';
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
