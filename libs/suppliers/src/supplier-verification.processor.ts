import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, type SupplierReason } from '@corridor/domain';
import { JobHandler, JobPublisher, type JobPayloads } from '@corridor/queue';
import { SupplierDocument } from './entities/supplier-document.entity';
import { EXPIRY_WARNING_DAYS, requiredDocuments } from './required-documents';
import { SuppliersService } from './suppliers.service';

/** Today as a calendar date in UTC, and a date `days` later. */
function isoDate(offsetDays = 0, from = new Date()): string {
  return new Date(from.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The automated checks on a submitted supplier, and the staff review that follows.
 * Both are idempotent: a job that finds the supplier already moved does nothing.
 */
@Injectable()
export class SupplierVerificationProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly jobs: JobPublisher,
  ) {}

  @JobHandler('supplier.verify')
  async verify(payload: JobPayloads['supplier.verify']): Promise<{ outcome: string }> {
    return this.dataSource.transaction(async (manager) => {
      const supplier = await this.suppliers.lock(manager, payload.supplierId);
      if (!supplier || supplier.status !== 'submitted') return { outcome: 'skipped' };
      await this.suppliers.move(manager, supplier, 'start_verification', SYSTEM_ACTOR, null);
      const documents = await manager
        .getRepository(SupplierDocument)
        .find({ where: { supplierId: supplier.id }, order: { id: 'DESC' } });
      const reasons = checkDocuments(requiredDocuments(supplier.categories), documents);
      const verifying = { ...supplier, status: 'verifying' as const };
      if (reasons.length > 0) {
        await this.suppliers.move(
          manager,
          verifying,
          'request_changes',
          SYSTEM_ACTOR,
          reasons.map((r) => r.message).join('; '),
          {
            reasons: JSON.stringify(reasons),
          },
        );
        return { outcome: 'changes_requested' };
      }
      await this.suppliers.move(manager, verifying, 'pass_verification', SYSTEM_ACTOR, null);
      await this.jobs.publish(manager, 'task.open', {
        type: 'supplier_review',
        subject: { kind: 'supplier', id: supplier.id },
        summary: `Review ${supplier.legalName} (${supplier.categories.join(', ')}, ${supplier.district}): documents passed automated checks`,
        dedupeKey: `supplier_review:${supplier.id}:${supplier.version + 2}`,
      });
      return { outcome: 'in_review' };
    });
  }

  @JobHandler('supplier.review_completed')
  async reviewCompleted(payload: JobPayloads['supplier.review_completed']): Promise<{ outcome: string }> {
    return this.dataSource.transaction(async (manager) => {
      const supplier = await this.suppliers.lock(manager, payload.subject.id);
      if (!supplier || supplier.status !== 'in_review') return { outcome: 'skipped' };
      const reasons = (payload.data.reasons as SupplierReason[] | undefined) ?? [];
      const why = [payload.note, ...reasons.map((r) => r.message ?? r.code)].filter(Boolean).join('; ') || null;
      const action =
        payload.outcome === 'approve' ? 'approve' : payload.outcome === 'reject' ? 'reject' : 'request_changes';
      await this.suppliers.move(manager, supplier, action, payload.actor, why, { reasons: JSON.stringify(reasons) });
      return { outcome: action };
    });
  }
}

/** Each required document present, in date, and not expiring within the warning window. */
export function checkDocuments(required: string[], documents: SupplierDocument[], today = isoDate()): SupplierReason[] {
  const soon = isoDate(EXPIRY_WARNING_DAYS, new Date(`${today}T00:00:00Z`));
  const reasons: SupplierReason[] = [];
  for (const type of required) {
    const latest = documents.find((d) => d.type === type);
    if (!latest) {
      reasons.push({
        code: 'DOCUMENT_MISSING',
        documentType: type as SupplierReason['documentType'],
        message: `${type} is missing`,
      });
    } else if (latest.expiresOn && latest.expiresOn < today) {
      reasons.push({
        code: 'DOCUMENT_EXPIRED',
        documentType: latest.type,
        message: `${type} expired on ${latest.expiresOn}`,
      });
    } else if (latest.expiresOn && latest.expiresOn <= soon) {
      reasons.push({
        code: 'DOCUMENT_EXPIRING',
        documentType: latest.type,
        message: `${type} expires on ${latest.expiresOn}, within ${EXPIRY_WARNING_DAYS} days`,
      });
    }
  }
  return reasons;
}
