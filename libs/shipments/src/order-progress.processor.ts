import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler, type JobPayloads } from '@corridor/queue';
import { PurchaseOrdersService } from '@corridor/purchase-orders';
import { ShipmentsService } from './shipments.service';

/**
 * Moves orders as their shipments are handed over and delivered: shipments say what they
 * handed over, the order's service makes the move. The order is locked first, as every
 * writer of an order and its shipments does.
 */
@Injectable()
export class OrderProgressProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: PurchaseOrdersService,
    private readonly shipments: ShipmentsService,
  ) {}

  /**
   * Recounts the order's shipped and delivered quantities under a lock on the order, which may move it
   * to partially shipped, shipped or delivered; answers `missing` when the order no longer exists.
   */
  @JobHandler('purchase_order.recompute')
  async recompute(payload: JobPayloads['purchase_order.recompute']): Promise<{ status: string }> {
    const status = await this.dataSource.transaction(async (manager) => {
      const order = await this.orders.lock(manager, payload.purchaseOrderId);
      if (!order) return 'missing';
      return this.orders.recount(manager, order, await this.shipments.shippedQuantities(manager, order.id));
    });
    return { status };
  }
}
