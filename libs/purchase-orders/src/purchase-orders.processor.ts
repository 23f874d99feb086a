import { Injectable } from '@nestjs/common';
import { JobHandler, type JobPayloads } from '@corridor/queue';
import { PurchaseOrdersService } from './purchase-orders.service';

/** Moves orders as their shipments are handed over and delivered. */
@Injectable()
export class PurchaseOrdersProcessor {
  constructor(private readonly orders: PurchaseOrdersService) {}

  /**
   * `purchase_order.recompute`, published when one of the order's shipments reaches a milestone or is cancelled: brings
   * the order's status in line with its shipments (see {@link PurchaseOrdersService.recompute}); the result names the
   * status it ends in.
   */
  @JobHandler('purchase_order.recompute')
  async recompute(payload: JobPayloads['purchase_order.recompute']): Promise<{ status: string }> {
    return { status: await this.orders.recompute(payload.purchaseOrderId) };
  }
}
