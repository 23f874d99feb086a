import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '@corridor/domain';
import { JobHandler, type JobPayloads } from '@corridor/queue';
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
  ) {}

  /** Checks the supplier's documents, then asks for changes or opens the staff review. */
  @JobHandler('supplier.verify')
  async verify(payload: JobPayloads['supplier.verify']): Promise<{ outcome: string }> {
    return this.dataSource.transaction(async (manager) => {
      const supplier = await this.suppliers.lock(manager, payload.supplierId);
      if (!supplier || supplier.status !== 'submitted') return { outcome: 'skipped' };
      const version = supplier.version;
      await this.suppliers.apply({ manager, supplier, action: 'start_verification', actor: SYSTEM_ACTOR });
      const documents = await manager
        .getRepository(SupplierDocument)
        .find({ where: { supplierId: supplier.id }, order: { id: 'DESC' } });
      const reasons = checkDocuments(requiredDocuments(supplier.categories), documents);
      if (reasons.length > 0) {
        const why = reasons.map((r) => r.message).join('; ');
        await this.suppliers.apply({
          manager,
          supplier,
          action: 'request_changes',
          actor: SYSTEM_ACTOR,
          reason: why,
          set: { reasons: JSON.stringify(reasons) },
          jobs: {
            'supplier.notify': {
              supplierId: supplier.id,
              kind: 'review_outcome',
              message: `Automated checks asked for changes: ${why}`,
              dedupeKey: `verification:${supplier.id}:${version + 2}`,
              data: { status: 'changes_requested', reasons },
            },
          },
        });
        return { outcome: 'changes_requested' };
      }
      await this.suppliers.apply({
        manager,
        supplier,
        action: 'pass_verification',
        actor: SYSTEM_ACTOR,
        jobs: {
          'task.open': {
            type: 'supplier_review',
            subject: { kind: 'supplier', id: supplier.id },
            summary: `Review ${supplier.legalName} (${supplier.categories.join(', ')}, ${supplier.district}): documents passed automated checks`,
            dedupeKey: `supplier_review:${supplier.id}:${version + 2}`,
          },
        },
      });
      return { outcome: 'in_review' };
    });
  }
}
