import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '@corridor/persistence';
import type { JobName, JobPayloads } from './jobs';

/** Postgres channel the relay listens on; NOTIFY is delivered only when the transaction commits. */
export const OUTBOX_CHANNEL = 'corridor_outbox';

/**
 * Writes jobs to the transactional outbox. Call it with the manager of the transaction that
 * makes the state change: the job exists if and only if the change committed.
 */
@Injectable()
export class JobPublisher {
  async publish<N extends JobName>(manager: EntityManager, name: N, payload: JobPayloads[N]): Promise<string> {
    const id = newId();
    await manager.query(`INSERT INTO outbox (id, job_name, payload) VALUES ($1, $2, $3)`, [
      id,
      name,
      JSON.stringify(payload),
    ]);
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return id;
  }
}
