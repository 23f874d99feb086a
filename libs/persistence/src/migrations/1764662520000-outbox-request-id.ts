import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request id travels with each outbox row to its job, so a job's log lines name the
 * request that set it off. Nullable: scheduled work has no request.
 */
export class OutboxRequestId1764662520000 implements MigrationInterface {
  name = 'OutboxRequestId1764662520000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN request_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN request_id`);
  }
}
