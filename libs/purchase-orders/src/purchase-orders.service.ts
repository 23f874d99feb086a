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
  InvalidTransitionError,
  MILESTONES,
  SYSTEM_ACTOR,
  priceOrderLines,
  purchaseOrderStateMachine,
  shipmentStateMachine,
  type Actor,
  type PurchaseOrderAction,
  type ShipmentStatus,
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
import { JobPublisher, recordCreation, transitionStatus } from '@corridor/queue';
import { ProductsService, SuppliersService } from '@corridor/suppliers';
import { PurchaseOrder } from './entities/purchase-order.entity';
import { PurchaseOrderLine } from './entities/purchase-order-line.entity';
import type { CreatePurchaseOrderDto } from './dto/create-purchase-order.dto';
import type { ListPurchaseOrdersDto } from './dto/list-purchase-orders.dto';
import { toPurchaseOrderView, type LineProgress, type PurchaseOrderView } from './purchase-order.views';

/** Shipment statuses that count as shipped: handed over or any later point of the journey. */
const SHIPPED_STATUSES: readonly string[] = [...MILESTONES, 'exception'];

/** Purchase orders from Freshippo stores: entry, the supplier's answer, and progress from shipments. */
@Injectable()
export class PurchaseOrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly products: ProductsService,
    private readonly jobs: JobPublisher,
  ) {}

  async create(dto: CreatePurchaseOrderDto, actor: Actor): Promise<PurchaseOrderView> {
    if (actor.role === 'buyer' && actor.storeCode && actor.storeCode !== dto.storeCode) {
      throw DomainError.rule(`storeCode ${dto.storeCode} is not a store this key may order for`, 'storeCode');
    }
    if (actor.role === 'exporter' && actor.supplierId !== dto.supplierId) {
      throw DomainError.rule('an exporter may enter orders for its own supplier only', 'supplierId');
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
        await recordCreation(manager, { aggregateType: 'purchase_order', id, status: 'submitted', actor });
        const view = await this.view(manager, id, false);
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
   * Newest first, paged by a keyset on `(createdAt, id)`: a page starts strictly after the
   * last row of the one before, so orders inserted meanwhile never shift or repeat a page.
   */
  async list(filter: ListPurchaseOrdersDto, actor: Actor): Promise<Page<PurchaseOrderView>> {
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
    const items = await this.summaries(
      this.dataSource.manager,
      slice.map((row) => row.id),
    );
    return {
      items,
      nextCursor: more && last ? encodeCreatedCursor({ createdAt: last.created_at, id: last.id }) : null,
    };
  }

  async get(id: string, actor: Actor): Promise<PurchaseOrderView> {
    await this.findVisible(this.dataSource.manager, id, actor);
    return this.view(this.dataSource.manager, id, true);
  }

  async confirm(id: string, actor: Actor): Promise<PurchaseOrderView> {
    return this.act(id, 'confirm', actor, null);
  }

  async reject(id: string, reason: string, actor: Actor): Promise<PurchaseOrderView> {
    return this.act(id, 'reject', actor, reason);
  }

  /**
   * Cancels an order. A confirmed order's shipments that are not yet handed over are
   * cancelled with it, in the same transaction and under the same row locks that the
   * drop-off takes, so a shipment is either handed over or cancelled, never both; their carrier
   * bookings are cancelled through the outbox. Once anything is handed over, cancel is `409`.
   */
  async cancel(id: string, reason: string, actor: Actor): Promise<PurchaseOrderView> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.findVisible(manager, id, actor, true);
      const shipments: { id: string; status: ShipmentStatus; carrier_booking_id: string | null }[] =
        await manager.query(
          `SELECT id, status, carrier_booking_id FROM shipment WHERE purchase_order_id = $1 AND status <> 'cancelled' ORDER BY id FOR UPDATE`,
          [id],
        );
      if (shipments.some((s) => SHIPPED_STATUSES.includes(s.status))) {
        throw new InvalidTransitionError('purchase order', order.status, 'cancel');
      }
      await transitionStatus({
        manager,
        machine: purchaseOrderStateMachine,
        aggregateType: 'purchase_order',
        id,
        from: order.status,
        action: 'cancel',
        actor,
        reason,
      });
      for (const shipment of shipments) {
        await transitionStatus({
          manager,
          machine: shipmentStateMachine,
          aggregateType: 'shipment',
          id: shipment.id,
          from: shipment.status,
          action: 'cancel',
          actor,
          reason: `order cancelled: ${reason}`,
        });
        if (shipment.carrier_booking_id) {
          await this.jobs.publish(manager, 'handoff.cancel_booking', { shipmentId: shipment.id, actor });
        }
      }
      return this.view(manager, id, true);
    });
  }

  /**
   * Follows the order's shipments: `partially_shipped` once something is handed over while
   * quantity remains, `shipped` when every line is handed over in full, `delivered` when every
   * shipment not cancelled is delivered. Idempotent: it only moves forward.
   */
  async recompute(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const order = await manager
        .getRepository(PurchaseOrder)
        .createQueryBuilder('o')
        .where('o.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!order) return 'missing';
      const progress = await this.progress(manager, id);
      const lines = await manager.getRepository(PurchaseOrderLine).findBy({ purchaseOrderId: id });
      const shippedAll = lines.every((l) => (progress.get(l.id)?.shipped ?? 0) >= l.quantity);
      const shippedAny = lines.some((l) => (progress.get(l.id)?.shipped ?? 0) > 0);
      const open: { status: string }[] = await manager.query(
        `SELECT status FROM shipment WHERE purchase_order_id = $1 AND status <> 'cancelled'`,
        [id],
      );
      const allDelivered = open.length > 0 && open.every((s) => s.status === 'delivered');
      let status = order.status;
      const step = async (action: PurchaseOrderAction) => {
        status = await transitionStatus({
          manager,
          machine: purchaseOrderStateMachine,
          aggregateType: 'purchase_order',
          id,
          from: status,
          action,
          actor: SYSTEM_ACTOR,
        });
      };
      if ((status === 'confirmed' || status === 'partially_shipped') && shippedAll) await step('ship_fully');
      else if (status === 'confirmed' && shippedAny) await step('ship_partially');
      if (status === 'shipped' && allDelivered) await step('deliver');
      return status;
    });
  }

  /**
   * The order's lines with what each has packed and shipped. `lock` takes the order's row
   * lock, for packing a new shipment against what is left; readers (documents) leave it off,
   * so they never wait on, or deadlock with, an order being cancelled.
   */
  async linesForShipment(
    manager: EntityManager,
    id: string,
    options: { lock: boolean },
  ): Promise<{ order: PurchaseOrder; lines: (PurchaseOrderLine & LineProgress)[] }> {
    const qb = manager.getRepository(PurchaseOrder).createQueryBuilder('o').where('o.id = :id', { id });
    if (options.lock) qb.setLock('pessimistic_write');
    const order = await qb.getOne();
    if (!order) throw DomainError.notFound('purchase order');
    const progress = await this.progress(manager, id);
    const lines = await manager
      .getRepository(PurchaseOrderLine)
      .find({ where: { purchaseOrderId: id }, order: { position: 'ASC' } });
    return { order, lines: lines.map((l) => Object.assign(l, progress.get(l.id) ?? { packed: 0, shipped: 0 })) };
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
      await transitionStatus({
        manager,
        machine: purchaseOrderStateMachine,
        aggregateType: 'purchase_order',
        id,
        from: order.status,
        action,
        actor,
        reason,
      });
      return this.view(manager, id, true);
    });
  }

  private progress(manager: EntityManager, id: string): Promise<Map<string, LineProgress>> {
    return this.progressOf(manager, [id]);
  }

  /** What every line of these orders has packed and shipped, by line id. */
  private async progressOf(manager: EntityManager, ids: string[]): Promise<Map<string, LineProgress>> {
    const rows: { line_id: string; packed: string; shipped: string }[] = await manager.query(
      `SELECT sl.purchase_order_line_id AS line_id,
              COALESCE(SUM(sl.quantity) FILTER (WHERE s.status <> 'cancelled'), 0) AS packed,
              COALESCE(SUM(sl.quantity) FILTER (WHERE s.status = ANY($2)), 0) AS shipped
       FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id
       WHERE s.purchase_order_id = ANY($1::uuid[]) GROUP BY sl.purchase_order_line_id`,
      [ids, SHIPPED_STATUSES],
    );
    return new Map(rows.map((r) => [r.line_id, { packed: Number(r.packed), shipped: Number(r.shipped) }]));
  }

  /** List views of many orders in three queries, in the order of `ids`. */
  private async summaries(manager: EntityManager, ids: string[]): Promise<PurchaseOrderView[]> {
    if (ids.length === 0) return [];
    const orders = await manager
      .getRepository(PurchaseOrder)
      .find({ where: { id: In(ids) }, relations: { lines: true } });
    const progress = await this.progressOf(manager, ids);
    const byId = new Map(orders.map((o) => [o.id, o]));
    return ids.map((id) => toPurchaseOrderView(byId.get(id)!, progress));
  }

  private async view(manager: EntityManager, id: string, detailed: boolean): Promise<PurchaseOrderView> {
    const order = await manager
      .getRepository(PurchaseOrder)
      .findOneOrFail({ where: { id }, relations: { lines: true } });
    const progress = await this.progress(manager, id);
    if (!detailed) return toPurchaseOrderView(order, progress);
    const shipments: {
      id: string;
      status: string;
      mode: string;
      carrier: string | null;
      tracking_number: string | null;
      created_at: Date;
    }[] = await manager.query(
      `SELECT id, status, mode, carrier, tracking_number, created_at FROM shipment WHERE purchase_order_id = $1 ORDER BY id`,
      [id],
    );
    return toPurchaseOrderView(order, progress, {
      history: await loadHistory(manager, id),
      shipments: shipments.map((s) => ({
        id: s.id,
        status: s.status,
        mode: s.mode,
        carrier: s.carrier,
        trackingNumber: s.tracking_number,
        createdAt: s.created_at.toISOString(),
      })),
    });
  }
}
