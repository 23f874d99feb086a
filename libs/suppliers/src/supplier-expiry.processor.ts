import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, type SupplierReason } from '@corridor/domain';
import { newId } from '@corridor/persistence';
import { JobHandler, JobPublisher, type JobPayloads } from '@corridor/queue';
import { SupplierDocument } from './entities/supplier-document.entity';
import { EXPIRY_WARNING_DAYS, requiredDocuments } from './required-documents';
import { isoDate, latestByType } from './document-checks';
import { SuppliersService } from './suppliers.service';

/**
 * Watches certificate dates. A document (the newest of its type) expiring within the warning
 * window opens a `certificate_expiring` task and tells the exporter, once per document; an
 * approved supplier whose required document has expired is suspended, so no new purchase
 * order can reach it until a valid replacement passes review.
 */
@Injectable()
export class SupplierExpiryProcessor {
  private readonly logger = new Logger(SupplierExpiryProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly jobs: JobPublisher,
  ) {}

  @JobHandler('supplier.check_expiry')
  async checkExpiry(): Promise<{ suspended: number; expiring: number }> {
    const today = isoDate();
    const soon = isoDate(EXPIRY_WARNING_DAYS);
    // Only suppliers with a dated document that has expired or is about to.
    const candidates: { supplier_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT d.supplier_id FROM supplier_document d JOIN supplier s ON s.id = d.supplier_id
       WHERE s.status = 'approved' AND d.expires_on IS NOT NULL AND d.expires_on <= $1`,
      [soon],
    );
    let suspended = 0;
    let expiring = 0;
    for (const { supplier_id: supplierId } of candidates) {
      const outcome = await this.checkSupplier(supplierId, today, soon);
      suspended += outcome.suspended ? 1 : 0;
      expiring += outcome.expiring;
    }
    if (suspended + expiring > 0) this.logger.log(`certificate check: ${suspended} suspended, ${expiring} expiring`);
    return { suspended, expiring };
  }

  private async checkSupplier(
    supplierId: string,
    today: string,
    soon: string,
  ): Promise<{ suspended: boolean; expiring: number }> {
    return this.dataSource.transaction(async (manager) => {
      const supplier = await this.suppliers.lock(manager, supplierId);
      if (!supplier || supplier.status !== 'approved') return { suspended: false, expiring: 0 };
      const documents = await manager
        .getRepository(SupplierDocument)
        .find({ where: { supplierId }, order: { id: 'DESC' } });
      const latest = latestByType(documents);
      const required = new Set<string>(requiredDocuments(supplier.categories));
      const expired = [...latest.values()].filter(
        (d) => required.has(d.type) && d.expiresOn !== null && d.expiresOn < today,
      );
      if (expired.length > 0) {
        const reasons: SupplierReason[] = expired.map((d) => ({
          code: 'DOCUMENT_EXPIRED',
          documentType: d.type,
          message: `${d.type} expired on ${d.expiresOn}`,
        }));
        const why = reasons.map((r) => r.message).join('; ');
        await this.suppliers.apply({
          manager,
          supplier,
          action: 'suspend',
          actor: SYSTEM_ACTOR,
          reason: why,
          set: { reasons: JSON.stringify(reasons) },
          jobs: {
            'supplier.notify': {
              supplierId,
              kind: 'suspended',
              message: `Suspended: ${why}. Upload a valid replacement and submit again; no new purchase orders until then.`,
              dedupeKey: `suspended:${supplierId}:${supplier.version + 1}`,
              data: { reasons },
            },
          },
        });
        return { suspended: true, expiring: 0 };
      }
      const soonExpiring = [...latest.values()].filter(
        (d) => d.expiresOn !== null && d.expiresOn >= today && d.expiresOn <= soon,
      );
      for (const doc of soonExpiring) {
        await this.jobs.publish(manager, 'task.open', {
          type: 'certificate_expiring',
          subject: { kind: 'supplier', id: supplierId },
          summary: `${supplier.legalName}: ${doc.type}${doc.number ? ` ${doc.number}` : ''} expires on ${doc.expiresOn}`,
          dedupeKey: `certificate_expiring:${doc.id}`,
          data: { documentId: doc.id, documentType: doc.type, expiresOn: doc.expiresOn },
        });
        await this.jobs.publish(manager, 'supplier.notify', {
          supplierId,
          kind: 'certificate_expiring',
          message: `Your ${doc.type} expires on ${doc.expiresOn}: upload its renewal before then to keep selling`,
          dedupeKey: `certificate_expiring:${doc.id}`,
          data: { documentId: doc.id, documentType: doc.type, expiresOn: doc.expiresOn },
        });
      }
      return { suspended: false, expiring: soonExpiring.length };
    });
  }

  @JobHandler('supplier.notify')
  async notify(payload: JobPayloads['supplier.notify']): Promise<{ created: boolean }> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO supplier_notification (id, supplier_id, kind, message, data, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        newId(),
        payload.supplierId,
        payload.kind,
        payload.message,
        JSON.stringify(payload.data ?? {}),
        payload.dedupeKey,
      ],
    );
    return { created: rows.length > 0 };
  }
}
