import { Injectable } from '@nestjs/common';
import { JobHandler, type JobPayloads } from '@corridor/queue';
import { PurchaseOrdersService } from './purchase-orders.service';

/** Moves orders as their shipments are handed over and delivered. */
@Injectable()
export class PurchaseOrdersProcessor {
  constructor(private readonly orders: PurchaseOrdersService) {}

  @JobHandler('purchase_order.recompute')
  async recompute(payload: JobPayloads['purchase_order.recompute']): Promise<{ status: string }> {
    return { status: await this.orders.recompute(payload.purchaseOrderId) };
  }
}
