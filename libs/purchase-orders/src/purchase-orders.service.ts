import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  In,
  QueryFailedError,
  type DataSource,
  type EntityManager,
  type SelectQueryBuilder,
  type ObjectLiteral,
} from 'typeorm';
import {
  DomainError,
  SYSTEM_ACTOR,
  priceOrderLines,
  purchaseOrderStateMachine,
  type Actor,
  type PurchaseOrderAction,
  type PurchaseOrderStatus,
} from '@corridor/domain';
import {
  scopeToActor,
  createdAtKeySql,
  decodeCreatedCursor,
  encodeCreatedCursor,
  loadHistory,
  newId,
  type Page,
} from '@corridor/persistence';
import { recordIdempotentResponse } from '@corridor/http';
import { applyTransition, recordCreation } from '@corridor/queue';
import { ProductsService, SuppliersService } from '@corridor/suppliers';
import { PurchaseOrder } from './entities/purchase-order.entity';
import { PurchaseOrderLine } from './entities/purchase-order-line.entity';
import type { CreatePurchaseOrderDto } from './dto/create-purchase-order.dto';
import type { ListPurchaseOrdersDto } from './dto/list-purchase-orders.dto';
import { toPurchaseOrderView, type PurchaseOrderView } from './purchase-order.views';

/** What an order's shipments have handed over, as the order's recount needs it (shipments supply it). */
export interface ShippedQuantities {
  /** Quantity handed over per order line id. */
  shipped: Map<string, number>;
  /** Whether the order has shipments not cancelled and every one of them is delivered. */
  allDelivered: boolean;
}

/**
 * Purchase orders from Freshippo stores: entry, the supplier's answer, and the order's moves as
 * its shipments progress. What shipments have packed and shipped is theirs to say: views of an
 * order with its shipments are composed above, in `@corridor/views`.
 */
@Injectable()
export class PurchaseOrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly products: ProductsService,
  ) {}

  /**
   * Records a submitted order in its own transaction and answers it as the API does. Throws a
   * `DomainError`, `FORBIDDEN` when a buyer orders for another store or an exporter for another
   * supplier (checked before either is looked up), `BUSINESS_RULE_VIOLATED` or `VALIDATION_FAILED` when the delivery
   * date is not in the future, the store is unknown, the supplier is not approved, a SKU is not the
   * supplier's, or the total is too large to store.
   */
  async create(dto: CreatePurchaseOrderDto, actor: Actor): Promise<PurchaseOrderView> {
    // Scope first, before anything is looked up: a store or supplier outside the key's scope is
    // refused alike whether or not it exists, so the answer tells nothing about other tenants.
    if (actor.role === 'buyer' && actor.storeCode && actor.storeCode !== dto.storeCode) {
      throw DomainError.forbidden('this key orders for its own store only', 'storeCode');
    }
    if (actor.role === 'exporter' && actor.supplierId !== dto.supplierId) {
      throw DomainError.forbidden('an exporter may enter orders for its own supplier only', 'supplierId');
    }
    if (
      dto.requestedDeliveryDate <= new Date().toISOString().slice(0, 10) ||
      Number.isNaN(Date.parse(dto.requestedDeliveryDate))
    ) {
      throw DomainError.validation('requestedDeliveryDate', 'must be a real date in the future');
    }
    const priced = priceOrderLines({ currency: dto.currency, lines: dto.lines });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const store: { code: string }[] = await manager.query('SELECT code FROM store WHERE code = $1', [
          dto.storeCode,
        ]);
        if (store.length === 0) throw DomainError.rule(`storeCode ${dto.storeCode} is not a known store`, 'storeCode');
        const supplier = await this.suppliers.requireApproved(manager, dto.supplierId);
        const bySku = await this.products.bySkus(
          manager,
          supplier.id,
          dto.lines.map((l) => l.sku),
        );
        dto.lines.forEach((line, i) => {
          if (!bySku.has(line.sku))
            throw DomainError.rule(`SKU ${line.sku} is not a product of this supplier`, `lines[${i}].sku`);
        });
        const { total } = priced;
        if (!total.fitsStorage()) throw DomainError.rule('the order total is too large to record', 'lines');

        const id = newId();
        await manager.getRepository(PurchaseOrder).insert({
          id,
          storeCode: dto.storeCode,
          supplierId: supplier.id,
          buyerReference: dto.buyerReference,
          currency: dto.currency,
          incoterm: dto.incoterm,
          namedPlace: dto.namedPlace,
          requestedDeliveryDate: dto.requestedDeliveryDate,
          status: 'submitted',
          totalMinor: total.minor,
          version: 1,
        });
        await manager.getRepository(PurchaseOrderLine).insert(
          dto.lines.map((line, i) => {
            const product = bySku.get(line.sku)!;
            return {
              id: newId(),
              purchaseOrderId: id,
              position: i,
              productId: product.id,
              sku: product.sku,
              descriptionEn: product.nameEn,
              descriptionZh: product.nameZh,
              hsCode: product.hsCode,
              quantity: line.quantity,
              unitPriceMinor: priced.lines[i].unitPrice.minor,
            };
          }),
        );
        await recordCreation({
          manager,
          machine: purchaseOrderStateMachine,
          aggregateType: 'purchase_order',
          id,
          actor,
        });
        // A new order has no shipments yet: nothing packed or shipped.
        const view = await this.view(manager, id);
        await recordIdempotentResponse(manager, 201, view);
        return view;
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'purchase_order_store_code_buyer_reference_key'
      ) {
        throw DomainError.conflict(
          `buyerReference ${dto.buyerReference} is already used by store ${dto.storeCode}`,
          'buyerReference',
        );
      }
      throw error;
    }
  }

  /**
   * One page of the orders the caller may see, newest first, as ids: paged by a keyset on
   * `(createdAt, id)`, so a page starts strictly after the last row of the one before and
   * orders inserted meanwhile never shift or repeat a page.
   */
  async page(filter: ListPurchaseOrdersDto, actor: Actor): Promise<Page<string>> {
    const qb = this.dataSource
      .getRepository(PurchaseOrder)
      .createQueryBuilder('o')
      .select('o.id', 'id')
      .addSelect(createdAtKeySql('o.created_at'), 'created_at')
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(filter.limit + 1);
    this.scope(qb, actor);
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.storeCode) qb.andWhere('o.store_code = :storeCode', { storeCode: filter.storeCode });
    if (filter.supplierId) qb.andWhere('o.supplier_id = :supplierId', { supplierId: filter.supplierId });
    if (filter.createdFrom) qb.andWhere('o.created_at >= :from', { from: filter.createdFrom });
    if (filter.createdTo) qb.andWhere('o.created_at < :to', { to: filter.createdTo });
    const after = decodeCreatedCursor(filter.cursor);
    if (after) {
      qb.andWhere('(o.created_at, o.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', {
        afterAt: after.createdAt,
        afterId: after.id,
      });
    }
    const rows: { id: string; created_at: string }[] = await qb.getRawMany();
    const more = rows.length > filter.limit;
    const slice = more ? rows.slice(0, filter.limit) : rows;
    const last = slice[slice.length - 1];
    return {
      items: slice.map((row) => row.id),
      nextCursor: more && last ? encodeCreatedCursor({ createdAt: last.created_at, id: last.id }) : null,
    };
  }

  /** These orders with their lines, in the order of `ids`. */
  async withLines(manager: EntityManager, ids: string[]): Promise<PurchaseOrder[]> {
    if (ids.length === 0) return [];
    const orders = await manager
      .getRepository(PurchaseOrder)
      .find({ where: { id: In(ids) }, relations: { lines: true } });
    const byId = new Map(orders.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id)!);
  }

  /**
   * Confirms a submitted order under a row lock, in its own transaction; throws when `actor` may not
   * see the order or it is not `submitted` (`InvalidTransitionError`).
   */
  async confirm(id: string, actor: Actor): Promise<PurchaseOrderView> {
    return this.act(id, 'confirm', actor, null);
  }

  /**
   * Rejects a submitted order, recording `reason` in its history; same locking and errors as
   * {@link confirm}.
   */
  async reject(id: string, reason: string, actor: Actor): Promise<PurchaseOrderView> {
    return this.act(id, 'reject', actor, reason);
  }

  /**
   * Cancels an order the caller has locked (see {@link findVisible}); its shipments are the
   * shipments lib's to cancel, in the same transaction (`ShipmentsService.cancelOrder`).
   */
  async cancel(manager: EntityManager, order: PurchaseOrder, reason: string, actor: Actor): Promise<void> {
    await this.apply({ manager, order, action: 'cancel', actor, reason });
  }

  /** The order row-locked for the caller's transaction, without its lines; null when there is none. */
  async lock(manager: EntityManager, id: string): Promise<PurchaseOrder | null> {
    return manager
      .getRepository(PurchaseOrder)
      .createQueryBuilder('o')
      .where('o.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /**
   * Follows the order's shipments, given what they handed over: `partially_shipped` once
   * something is handed over while quantity remains, `shipped` when every line is handed over
   * in full, `delivered` when every shipment not cancelled is delivered. Idempotent: it only
   * moves forward. `order` is locked by the caller (see {@link lock}).
   */
  async recount(manager: EntityManager, order: PurchaseOrder, quantities: ShippedQuantities): Promise<string> {
    const id = order.id;
    const lines = await manager.getRepository(PurchaseOrderLine).findBy({ purchaseOrderId: id });
    const shippedAll = lines.every((l) => (quantities.shipped.get(l.id) ?? 0) >= l.quantity);
    const shippedAny = lines.some((l) => (quantities.shipped.get(l.id) ?? 0) > 0);
    const allDelivered = quantities.allDelivered;
    const step = (action: PurchaseOrderAction) => this.apply({ manager, order, action, actor: SYSTEM_ACTOR });
    if ((order.status === 'confirmed' || order.status === 'partially_shipped') && shippedAll) await step('ship_fully');
    else if (order.status === 'confirmed' && shippedAny) await step('ship_partially');
    if (order.status === 'shipped' && allDelivered) await step('deliver');
    return order.status;
  }

  /**
   * The order and its lines, in position order. `lock` takes the order's row lock, for packing
   * a new shipment against what is left; readers (documents) leave it off, so they never wait
   * on, or deadlock with, an order being cancelled.
   */
  async linesForShipment(
    manager: EntityManager,
    id: string,
    options: { lock: boolean },
  ): Promise<{ order: PurchaseOrder; lines: PurchaseOrderLine[] }> {
    const qb = manager.getRepository(PurchaseOrder).createQueryBuilder('o').where('o.id = :id', { id });
    if (options.lock) qb.setLock('pessimistic_write');
    const order = await qb.getOne();
    if (!order) throw DomainError.notFound('purchase order');
    const lines = await manager
      .getRepository(PurchaseOrderLine)
      .find({ where: { purchaseOrderId: id }, order: { position: 'ASC' } });
    return { order, lines };
  }

  /** The order without its lines and without a lock; null when there is none. */
  async findById(manager: EntityManager, id: string): Promise<PurchaseOrder | null> {
    return manager.getRepository(PurchaseOrder).findOneBy({ id });
  }

  /** Staff see every order; a buyer its store's (or every store's for HQ); an exporter its supplier's. */
  async findVisible(manager: EntityManager, id: string, actor: Actor, lock = false): Promise<PurchaseOrder> {
    const qb = manager.getRepository(PurchaseOrder).createQueryBuilder('o').where('o.id = :id', { id });
    this.scope(qb, actor);
    if (lock) qb.setLock('pessimistic_write');
    const order = await qb.getOne();
    if (!order) throw DomainError.notFound('purchase order');
    return order;
  }

  /**
   * The one way an order's status changes: the move and its history (the order table names no
   * jobs), committed with the caller's transaction, which holds the order's row lock;
   * `order.status` follows.
   */
  async apply(req: {
    manager: EntityManager;
    order: Pick<PurchaseOrder, 'id' | 'status'>;
    action: PurchaseOrderAction;
    actor: Actor;
    reason?: string | null;
  }): Promise<PurchaseOrderStatus> {
    return applyTransition({
      manager: req.manager,
      machine: purchaseOrderStateMachine,
      aggregateType: 'purchase_order',
      aggregate: req.order,
      action: req.action,
      actor: req.actor,
      reason: req.reason,
    });
  }

  private scope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor): void {
    scopeToActor(qb, actor, { storeCode: 'o.store_code', supplierId: 'o.supplier_id' });
  }

  private async act(
    id: string,
    action: PurchaseOrderAction,
    actor: Actor,
    reason: string | null,
  ): Promise<PurchaseOrderView> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.findVisible(manager, id, actor, true);
      await this.apply({ manager, order, action, actor, reason });
      // Only a submitted order is confirmed or rejected, and only a confirmed one has shipments.
      return this.view(manager, id, { history: await loadHistory(manager, id), shipments: [] });
    });
  }

  /** The order as it stands, with nothing packed or shipped: for an order that has no shipments. */
  private async view(
    manager: EntityManager,
    id: string,
    detail?: Parameters<typeof toPurchaseOrderView>[2],
  ): Promise<PurchaseOrderView> {
    const order = await manager
      .getRepository(PurchaseOrder)
      .findOneOrFail({ where: { id }, relations: { lines: true } });
    return toPurchaseOrderView(order, new Map(), detail);
  }
}
