import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What Corridor tells an exporter (review outcomes, certificates about to expire, suspensions),
 * and room on outbox rows to say why one was set aside instead of published.
 */
export class SupplierNotifications1764403200000 implements MigrationInterface {
  name = 'SupplierNotifications1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supplier_notification (
        id uuid PRIMARY KEY,
        supplier_id uuid NOT NULL REFERENCES supplier (id),
        kind text NOT NULL,
        message text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        dedupe_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX supplier_notification_supplier_idx ON supplier_notification (supplier_id, id DESC);
      CREATE INDEX supplier_document_expiry_idx ON supplier_document (expires_on) WHERE expires_on IS NOT NULL;
      ALTER TABLE outbox ADD COLUMN IF NOT EXISTS error text;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE outbox DROP COLUMN error; DROP INDEX supplier_document_expiry_idx; DROP TABLE supplier_notification;`,
    );
  }
}
