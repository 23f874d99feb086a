import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, type SupplierReason } from '@corridor/domain';
import { JobHandler, JobPublisher, type JobPayloads } from '@corridor/queue';
import { SupplierDocument } from './entities/supplier-document.entity';
import { requiredDocuments } from './required-documents';
import { checkDocuments } from './document-checks';
import { SuppliersService } from './suppliers.service';

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
        await this.jobs.publish(manager, 'supplier.notify', {
          supplierId: supplier.id,
          kind: 'review_outcome',
          message: `Automated checks asked for changes: ${reasons.map((r) => r.message).join('; ')}`,
          dedupeKey: `verification:${supplier.id}:${supplier.version + 2}`,
          data: { status: 'changes_requested', reasons },
        });
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
      const to = await this.suppliers.move(manager, supplier, action, payload.actor, why, {
        reasons: JSON.stringify(reasons),
      });
      await this.jobs.publish(manager, 'supplier.notify', {
        supplierId: supplier.id,
        kind: 'review_outcome',
        message:
          to === 'approved'
            ? 'Approved: you can now receive purchase orders from Freshippo stores'
            : `Review outcome ${to}${why ? `: ${why}` : ''}`,
        dedupeKey: `review:${supplier.id}:${supplier.version + 1}`,
        data: { status: to, reasons },
      });
      return { outcome: action };
    });
  }
}
