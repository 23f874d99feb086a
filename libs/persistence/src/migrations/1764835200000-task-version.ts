import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tasks move through the same status writer as suppliers, orders and shipments: every claim,
 * release and completion bumps `version` and leaves a history row.
 */
export class TaskVersion1764835200000 implements MigrationInterface {
  name = 'TaskVersion1764835200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE task ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE task DROP COLUMN version`);
  }
}
