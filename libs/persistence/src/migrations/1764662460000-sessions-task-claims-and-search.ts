import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * For the staff console: when a task was claimed (so it can say "claimed by Amina 3 minutes
 * ago"), and an index for finding shipments by the buyer reference of their order.
 */
export class TaskClaimsAndSearch1764662460000 implements MigrationInterface {
  name = 'TaskClaimsAndSearch1764662460000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE task ADD COLUMN claimed_at timestamptz;
      UPDATE task SET claimed_at = updated_at WHERE claimed_by IS NOT NULL;
      CREATE INDEX purchase_order_buyer_reference_idx ON purchase_order (buyer_reference);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX purchase_order_buyer_reference_idx;
      ALTER TABLE task DROP COLUMN claimed_at;
    `);
  }
}
