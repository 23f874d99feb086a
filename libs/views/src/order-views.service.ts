import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@corridor/domain';
import { loadHistory, readSnapshot, type Page } from '@corridor/persistence';
import {
  PurchaseOrdersService,
  toPurchaseOrderView,
  type ListPurchaseOrdersDto,
  type PurchaseOrderView,
} from '@corridor/purchase-orders';
import { ShipmentsService } from '@corridor/shipments';

/**
 * An order as the API shows it: the order's own rows from purchase-orders, what its lines have
 * packed and shipped and its shipments from shipments, its history from persistence.
 */
@Injectable()
export class OrderViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: PurchaseOrdersService,
    private readonly shipments: ShipmentsService,
  ) {}

  /** Newest first, paged by the orders' keyset; each order with its lines' progress. */
  async list(filter: ListPurchaseOrdersDto, actor: Actor): Promise<Page<PurchaseOrderView>> {
    const page = await this.orders.page(filter, actor);
    const items = await readSnapshot(this.dataSource, async (manager) => {
      const orders = await this.orders.withLines(manager, page.items);
      const progress = await this.shipments.progressOf(manager, page.items);
      return orders.map((o) => toPurchaseOrderView(o, progress));
    });
    return { items, nextCursor: page.nextCursor };
  }

  /**
   * The order as the API answers it, read in one snapshot (see `readSnapshot`); throws the lib's
   * not-found error when `actor` may not see the order (staff see all, a buyer its store's, an
   * exporter its supplier's).
   */
  async get(id: string, actor: Actor): Promise<PurchaseOrderView> {
    return readSnapshot(this.dataSource, async (manager) => {
      await this.orders.findVisible(manager, id, actor);
      return this.detail(manager, id);
    });
  }

  /**
   * Cancels an order and its shipments not yet handed over, in one transaction (see
   * `ShipmentsService.cancelOrder`), and answers the order as it then stands.
   */
  async cancel(id: string, reason: string, actor: Actor): Promise<PurchaseOrderView> {
    return this.dataSource.transaction(async (manager) => {
      await this.shipments.cancelOrder(manager, id, reason, actor);
      return this.detail(manager, id);
    });
  }

  /** The order with its progress, history and shipments. */
  private async detail(manager: EntityManager, id: string): Promise<PurchaseOrderView> {
    const [order] = await this.orders.withLines(manager, [id]);
    const progress = await this.shipments.progressOf(manager, [id]);
    return toPurchaseOrderView(order, progress, {
      history: await loadHistory(manager, id),
      shipments: await this.shipments.summariesOf(manager, id),
    });
  }
}
