import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per document version, packages or not. The first schema's key
 * `(shipment_id, type, package_reference, version)` let two rows with no package through (NULLs
 * are distinct), so two workers rendering the same round both stored v1 of the invoice. The key
 * now treats a missing package as one value (PostgreSQL 15's `NULLS NOT DISTINCT`); rows that
 * already repeat a version keep their first copy.
 */
export class DocumentVersionUnique1764921600000 implements MigrationInterface {
  name = 'DocumentVersionUnique1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM shipment_document d
       USING shipment_document keep
       WHERE keep.shipment_id = d.shipment_id AND keep.type = d.type AND keep.version = d.version
         AND keep.package_reference IS NOT DISTINCT FROM d.package_reference
         AND (keep.created_at, keep.id) < (d.created_at, d.id)`);
    await this.dropOldKey(q);
    await q.query(`
      ALTER TABLE shipment_document ADD CONSTRAINT shipment_document_version_key
        UNIQUE NULLS NOT DISTINCT (shipment_id, type, package_reference, version)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE shipment_document DROP CONSTRAINT shipment_document_version_key`);
    await q.query(`ALTER TABLE shipment_document ADD UNIQUE (shipment_id, type, package_reference, version)`);
  }

  /** The first schema's key was unnamed: find it by its columns. */
  private async dropOldKey(q: QueryRunner): Promise<void> {
    const rows: { conname: string }[] = await q.query(`
      SELECT conname FROM pg_constraint
       WHERE conrelid = 'shipment_document'::regclass AND contype = 'u'`);
    for (const { conname } of rows) await q.query(`ALTER TABLE shipment_document DROP CONSTRAINT "${conname}"`);
  }
}
