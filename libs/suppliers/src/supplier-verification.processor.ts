import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '@corridor/domain';
import { JobHandler, JobPublisher, type JobPayloads } from '@corridor/queue';
import { SupplierDocument } from './entities/supplier-document.entity';
import { requiredDocuments } from './required-documents';
import { checkDocuments } from './document-checks';
import { SuppliersService } from './suppliers.service';

/**
 * The automated checks on a submitted supplier: changes requested, or on to a staff review
 * (the `supplier_review` task, decided in `supplier-review.processor.ts`). Idempotent: a job
 * that finds the supplier already moved does nothing.
 */
@Injectable()
export class SupplierVerificationProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly jobs: JobPublisher,
  ) {}

  /** Checks the supplier's documents, then asks for changes or opens the staff review. */
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
}
