import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { insertOutboxRow } from '@corridor/persistence';
import type { JobName, JobPayloads } from './jobs';

/**
 * Writes jobs to the transactional outbox. Call it with the manager of the transaction that
 * makes the state change: the job exists if and only if the change committed.
 */
@Injectable()
export class JobPublisher {
  publish<N extends JobName>(manager: EntityManager, name: N, payload: JobPayloads[N]): Promise<string> {
    return insertOutboxRow(manager, name, payload);
  }
}
