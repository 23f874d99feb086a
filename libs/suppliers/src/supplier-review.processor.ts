import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { supplierStateMachine, type SupplierAction, type SupplierReason } from '@corridor/domain';
import { JobHandler, type JobPayloads } from '@corridor/queue';
import { SuppliersService } from './suppliers.service';

/**
 * Where a supplier is approved, rejected or sent back for changes: the outcome of the staff
 * review (`supplier_review` task) of a supplier that passed automated verification. Idempotent:
 * a job that finds the supplier no longer in review does nothing.
 */
@Injectable()
export class SupplierReviewProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
  ) {}

  /** Moves the supplier as staff decided and tells the exporter the outcome. */
  @JobHandler('supplier.review_completed')
  async reviewCompleted(payload: JobPayloads['supplier.review_completed']): Promise<{ outcome: string }> {
    return this.dataSource.transaction(async (manager) => {
      const supplier = await this.suppliers.lock(manager, payload.subject.id);
      if (!supplier || supplier.status !== 'in_review') return { outcome: 'skipped' };
      const reasons = (payload.data.reasons as SupplierReason[] | undefined) ?? [];
      const why = [payload.note, ...reasons.map((r) => r.message ?? r.code)].filter(Boolean).join('; ') || null;
      const action: SupplierAction =
        payload.outcome === 'approve' ? 'approve' : payload.outcome === 'reject' ? 'reject' : 'request_changes';
      const to = supplierStateMachine.next(supplier.status, action);
      await this.suppliers.apply({
        manager,
        supplier,
        action,
        actor: payload.actor,
        reason: why,
        set: { reasons: JSON.stringify(reasons) },
        jobs: {
          'supplier.notify': {
            supplierId: supplier.id,
            kind: 'review_outcome',
            message:
              to === 'approved'
                ? 'Approved: you can now receive purchase orders from Freshippo stores'
                : `Review outcome ${to}${why ? `: ${why}` : ''}`,
            dedupeKey: `review:${supplier.id}:${supplier.version + 1}`,
            data: { status: to, reasons },
          },
        },
      });
      return { outcome: action };
    });
  }
}
