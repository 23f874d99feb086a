import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full customs document set: each round of documents has a version (a `regenerate` starts
 * the next), the consistency findings of the last round are kept on the shipment, and each
 * postal item keeps the customs declaration (CN22 or CN23) it was packed with.
 */
export class CustomsDocumentSet1764576000000 implements MigrationInterface {
  name = 'CustomsDocumentSet1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE shipment
        ADD COLUMN documents_version integer NOT NULL DEFAULT 1,
        ADD COLUMN document_findings jsonb NOT NULL DEFAULT '[]';
      ALTER TABLE shipment_package
        ADD COLUMN postal_form text CHECK (postal_form IN ('cn22', 'cn23'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE shipment_package DROP COLUMN postal_form;
      ALTER TABLE shipment DROP COLUMN document_findings, DROP COLUMN documents_version;
    `);
  }
}
