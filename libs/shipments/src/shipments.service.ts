import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  DomainError,
  InvalidTransitionError,
  MILESTONES,
  parseCm,
  parseKg,
  shipmentStateMachine,
  type Actor,
  type ShipmentAction,
  type ShipmentStatus,
  choosePostalForm,
  formatKg,
  valueOfContents,
} from '@corridor/domain';
import { scopeToActor, decodeIdCursor, newId, toPage, type Page } from '@corridor/persistence';
import { AppConfig } from '@corridor/config';
import { recordIdempotentResponse } from '@corridor/http';
import { JobPublisher, applyTransition, recordCreation, type EffectJobs } from '@corridor/queue';
import { ProductsService, suppliersNamedLikeSql } from '@corridor/suppliers';
import {
  PurchaseOrdersService,
  ordersWithBuyerReferenceSql,
  type LineProgress,
  type ShipmentSummary,
  type ShippedQuantities,
} from '@corridor/purchase-orders';
import { Shipment } from './entities/shipment.entity';
import { ShipmentLine } from './entities/shipment-line.entity';
import { ShipmentPackage } from './entities/shipment-package.entity';
import type { CreateShipmentDto } from './dto/create-shipment.dto';
import type { ListShipmentsDto } from './dto/list-shipments.dto';
import { chooseMode, parcelProblem, parcelValueSdr, type ParcelSize } from './mode-rules';
import { toShipmentView, type ShipmentView } from './shipment.views';

/** Statuses from which a shipment can still be cancelled without the carrier holding goods. */
export const CANCELLABLE_STATUSES: readonly ShipmentStatus[] = [
  'documents_pending',
  'documents_blocked',
  'documents_ready',
  'handoff_booked',
];

/** Shipment statuses that count as shipped: handed over or any later point of the journey. */
export const SHIPPED_STATUSES: readonly ShipmentStatus[] = [...MILESTONES, 'exception'];

/**
 * Shipments: packing an order into parcels, the one writer of a shipment's status, and what
 * an order's shipments have packed and shipped.
 */
@Injectable()
export class ShipmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: PurchaseOrdersService,
    private readonly products: ProductsService,
    private readonly jobs: JobPublisher,
    private readonly config: AppConfig,
  ) {}

  /**
   * Packs part of a confirmed order. Quantities, package contents and weights must agree;
   * any failure is `400 BUSINESS_RULE_VIOLATED` and stores nothing. Documents follow as a job.
   */
  async create(purchaseOrderId: string, dto: CreateShipmentDto, actor: Actor): Promise<ShipmentView> {
    return this.dataSource.transaction(async (manager) => {
      await this.orders.findVisible(manager, purchaseOrderId, actor);
      const { order, lines } = await this.orders.linesForShipment(manager, purchaseOrderId, { lock: true });
      const progress = await this.progressOf(manager, [order.id]);
      const orderLines = lines.map((l) => Object.assign(l, progress.get(l.id) ?? { packed: 0, shipped: 0 }));
      if (order.status !== 'confirmed' && order.status !== 'partially_shipped') {
        throw new InvalidTransitionError('purchase order', order.status, 'create_shipment');
      }
      const orderLineBySku = new Map(orderLines.map((l) => [l.sku, l]));
      const products = await this.products.bySkus(
        manager,
        order.supplierId,
        dto.lines.map((l) => l.sku),
      );
      const quantities = new Map<string, number>();
      dto.lines.forEach((line, i) => {
        const orderLine = orderLineBySku.get(line.sku);
        if (!orderLine) throw DomainError.rule(`SKU ${line.sku} is not on this order`, `lines[${i}].sku`);
        const left = orderLine.quantity - orderLine.packed;
        if (line.quantity > left) {
          throw DomainError.rule(
            `quantity ${line.quantity} of ${line.sku} is over what is left to ship (${left})`,
            `lines[${i}].quantity`,
          );
        }
        quantities.set(line.sku, line.quantity);
      });
      const packed = new Map<string, number>();
      const parcels: (ParcelSize & { reference: string })[] = dto.packages.map((pkg, p) => {
        let netG = 0;
        pkg.contents.forEach((c, j) => {
          if (!quantities.has(c.sku))
            throw DomainError.rule(
              `package ${pkg.reference} holds ${c.sku}, which is not a line of this shipment`,
              `packages[${p}].contents[${j}].sku`,
            );
          packed.set(c.sku, (packed.get(c.sku) ?? 0) + c.quantity);
          netG += c.quantity * products.get(c.sku)!.unitNetWeightG;
        });
        const parcel = {
          reference: pkg.reference,
          grossWeightG: parseKg(pkg.grossWeightKg, `packages[${p}].grossWeightKg`),
          lengthUm: parseCm(pkg.lengthCm, `packages[${p}].lengthCm`),
          widthUm: parseCm(pkg.widthCm, `packages[${p}].widthCm`),
          heightUm: parseCm(pkg.heightCm, `packages[${p}].heightCm`),
          valueSdr: parcelValueSdr({
            contents: pkg.contents,
            prices: orderLineBySku,
            currency: order.currency,
            sdrRates: this.config.sdrRates,
          }),
        };
        if (parcel.lengthUm === 0 || parcel.widthUm === 0 || parcel.heightUm === 0) {
          throw DomainError.validation(`packages[${p}]`, 'sizes must be greater than 0');
        }
        if (parcel.grossWeightG < netG) {
          throw DomainError.rule(
            `package ${pkg.reference} weighs ${pkg.grossWeightKg} kg gross, below the ${netG / 1000} kg net of its contents`,
            `packages[${p}].grossWeightKg`,
          );
        }
        return parcel;
      });
      for (const [sku, quantity] of quantities) {
        if ((packed.get(sku) ?? 0) !== quantity) {
          throw DomainError.rule(
            `packages hold ${packed.get(sku) ?? 0} of ${sku}, but the lines ship ${quantity}`,
            'packages',
          );
        }
      }
      let mode = dto.mode;
      if (mode === 'postal' || mode === 'courier') {
        const problem = parcels
          .map((p) => parcelProblem(mode as 'postal' | 'courier', p, this.config))
          .find((x) => x !== null);
        if (problem) throw DomainError.rule(`${problem}; choose another mode or repack`, 'mode');
      }
      mode ??= chooseMode(parcels, this.config);

      const id = newId();
      const netWeightG = dto.lines.reduce((sum, l) => sum + l.quantity * products.get(l.sku)!.unitNetWeightG, 0);
      const value = valueOfContents({ contents: dto.lines, prices: orderLineBySku, currency: order.currency });
      await manager.getRepository(Shipment).insert({
        id,
        purchaseOrderId: order.id,
        supplierId: order.supplierId,
        storeCode: order.storeCode,
        status: 'documents_pending',
        mode,
        carrier: null,
        trackingNumber: null,
        carrierBookingId: null,
        milestoneBeforeException: null,
        netWeightG,
        grossWeightG: parcels.reduce((sum, p) => sum + p.grossWeightG, 0),
        valueMinor: value.minor,
        currency: order.currency,
        version: 1,
      });
      await manager.getRepository(ShipmentLine).insert(
        dto.lines.map((l, i) => ({
          id: newId(),
          shipmentId: id,
          purchaseOrderLineId: orderLineBySku.get(l.sku)!.id,
          position: i,
          sku: l.sku,
          quantity: l.quantity,
          lotNumber: l.lotNumber,
        })),
      );
      await manager.getRepository(ShipmentPackage).insert(
        parcels.map((p, i) => {
          const contents = dto.packages[i].contents.map((c) => ({ sku: c.sku, quantity: c.quantity }));
          const value = valueOfContents({ contents, prices: orderLineBySku, currency: order.currency });
          return {
            id: newId(),
            shipmentId: id,
            position: i,
            reference: p.reference,
            grossWeightG: p.grossWeightG,
            lengthUm: p.lengthUm,
            widthUm: p.widthUm,
            heightUm: p.heightUm,
            contents,
            // The packer attaches the item's customs declaration: fixed here, checked with the papers.
            postalForm:
              mode === 'postal'
                ? choosePostalForm({
                    grossWeightKg: formatKg(p.grossWeightG),
                    value: value.toAmountString(),
                    currency: order.currency,
                    sdrRate: this.config.sdrRates[order.currency],
                  })
                : null,
          };
        }),
      );
      await recordCreation({
        manager,
        machine: shipmentStateMachine,
        aggregateType: 'shipment',
        id,
        actor,
        jobs: { 'customs.generate': { shipmentId: id, actor } },
      });
      const view = toShipmentView(await this.load(manager, id));
      await recordIdempotentResponse(manager, 201, view);
      return view;
    });
  }

  /**
   * A page of the shipments `actor` may see, newest first (by id), filtered by status, order and
   * search text; `filter.cursor` continues after the previous page's `nextCursor`. Read outside any
   * transaction.
   */
  async list(filter: ListShipmentsDto, actor: Actor): Promise<Page<ShipmentView>> {
    const qb = this.dataSource
      .getRepository(Shipment)
      .createQueryBuilder('s')
      .orderBy('s.id', 'DESC')
      .take(filter.limit + 1);
    this.scope(qb, actor);
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.purchaseOrderId) qb.andWhere('s.purchase_order_id = :po', { po: filter.purchaseOrderId });
    if (filter.q?.trim()) searchShipments(qb, filter.q.trim());
    const after = decodeIdCursor(filter.cursor);
    if (after) qb.andWhere('s.id < :after', { after });
    const page = toPage(
      await qb.getMany(),
      filter.limit,
      (s) => s.id,
      (s) => s.id,
    );
    const items = await Promise.all(
      page.items.map(async (id) => toShipmentView(await this.load(this.dataSource.manager, id))),
    );
    return { items, nextCursor: page.nextCursor };
  }

  /** Staff see every shipment; a buyer its store's (HQ every store's); an exporter its supplier's. */
  async findVisible(manager: EntityManager, id: string, actor: Actor): Promise<Shipment> {
    const qb = manager.getRepository(Shipment).createQueryBuilder('s').where('s.id = :id', { id });
    this.scope(qb, actor);
    const shipment = await qb.getOne();
    if (!shipment) throw DomainError.notFound('shipment');
    return shipment;
  }

  /** The shipment with lines and packages, row-locked for the caller's transaction. */
  async lock(manager: EntityManager, id: string): Promise<Shipment | null> {
    const shipment = await manager
      .getRepository(Shipment)
      .createQueryBuilder('s')
      .where('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!shipment) return null;
    return this.load(manager, id);
  }

  /** The shipment with lines and packages, without a lock; null when there is none. */
  async findById(manager: EntityManager, id: string): Promise<Shipment | null> {
    return manager.getRepository(Shipment).findOne({ where: { id }, relations: { lines: true, packages: true } });
  }

  /**
   * The shipment with its lines and packages, without a lock; throws TypeORM's
   * `EntityNotFoundError` when there is none, so call it only for an id known to exist.
   */
  async load(manager: EntityManager, id: string): Promise<Shipment> {
    return manager.getRepository(Shipment).findOneOrFail({ where: { id }, relations: { lines: true, packages: true } });
  }

  /** The shipment with this tracking number, with lines and packages, without a lock; null when there is none. */
  async findByTrackingNumber(manager: EntityManager, trackingNumber: string): Promise<Shipment | null> {
    return manager
      .getRepository(Shipment)
      .findOne({ where: { trackingNumber }, relations: { lines: true, packages: true } });
  }

  /**
   * The shipment with this tracking number (and carrier, when given), locked `FOR UPDATE` in
   * `manager`'s transaction, without lines or packages; null when there is none.
   */
  async byTrackingNumber(manager: EntityManager, trackingNumber: string, carrier?: string): Promise<Shipment | null> {
    const qb = manager
      .getRepository(Shipment)
      .createQueryBuilder('s')
      .where('s.tracking_number = :trackingNumber', { trackingNumber });
    if (carrier) qb.andWhere('s.carrier = :carrier', { carrier });
    return qb.setLock('pessimistic_write').getOne();
  }

  /**
   * Shipments in `statuses` that a carrier tracks (carrier and tracking number set) and that
   * have not changed for `quietForMs`, with when each last changed; `cutoff` is the database's
   * now less `quietForMs`, for comparing other times against the same clock.
   */
  async quietFor(
    manager: EntityManager,
    input: { statuses: readonly string[]; quietForMs: number },
  ): Promise<{ cutoff: Date; shipments: { id: string; updatedAt: Date }[] }> {
    const [{ cutoff }]: { cutoff: Date }[] = await manager.query(
      `SELECT now() - make_interval(secs => $1::double precision / 1000) AS cutoff`,
      [input.quietForMs],
    );
    const rows: { id: string; updated_at: Date }[] = await manager.query(
      `SELECT id, updated_at FROM shipment
        WHERE status = ANY($1::text[]) AND carrier IS NOT NULL AND tracking_number IS NOT NULL AND updated_at < $2`,
      [input.statuses, cutoff],
    );
    return { cutoff, shipments: rows.map((r) => ({ id: r.id, updatedAt: r.updated_at })) };
  }

  /** Sets the customs declaration (CN22 or CN23) a postal parcel carries, when its papers are made afresh. */
  async declarePostalForm(
    manager: EntityManager,
    input: { shipmentId: string; packageReference: string; form: NonNullable<ShipmentPackage['postalForm']> },
  ): Promise<void> {
    await manager
      .getRepository(ShipmentPackage)
      .update({ shipmentId: input.shipmentId, reference: input.packageReference }, { postalForm: input.form });
  }

  /** What every line of these orders has packed (shipments not cancelled) and shipped, by line id. */
  async progressOf(manager: EntityManager, orderIds: string[]): Promise<Map<string, LineProgress>> {
    const rows: { line_id: string; packed: string; shipped: string }[] = await manager.query(
      `SELECT sl.purchase_order_line_id AS line_id,
              COALESCE(SUM(sl.quantity) FILTER (WHERE s.status <> 'cancelled'), 0) AS packed,
              COALESCE(SUM(sl.quantity) FILTER (WHERE s.status = ANY($2)), 0) AS shipped
       FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id
       WHERE s.purchase_order_id = ANY($1::uuid[]) GROUP BY sl.purchase_order_line_id`,
      [orderIds, SHIPPED_STATUSES],
    );
    return new Map(rows.map((r) => [r.line_id, { packed: Number(r.packed), shipped: Number(r.shipped) }]));
  }

  /** The order's shipments in id order, as the order's view lists them. */
  async summariesOf(manager: EntityManager, orderId: string): Promise<ShipmentSummary[]> {
    const shipments = await manager
      .getRepository(Shipment)
      .find({ where: { purchaseOrderId: orderId }, order: { id: 'ASC' } });
    return shipments.map((s) => ({
      id: s.id,
      status: s.status,
      mode: s.mode,
      carrier: s.carrier,
      trackingNumber: s.trackingNumber,
      createdAt: s.createdAt.toISOString(),
    }));
  }

  /** What the order's recount needs: quantities handed over, and whether all is delivered. */
  async shippedQuantities(manager: EntityManager, orderId: string): Promise<ShippedQuantities> {
    const progress = await this.progressOf(manager, [orderId]);
    const open: { status: string }[] = await manager.query(
      `SELECT status FROM shipment WHERE purchase_order_id = $1 AND status <> 'cancelled'`,
      [orderId],
    );
    return {
      shipped: new Map([...progress].map(([lineId, p]) => [lineId, p.shipped])),
      allDelivered: open.length > 0 && open.every((s) => s.status === 'delivered'),
    };
  }

  /**
   * Cancels an order with its shipments, in the caller's transaction and under the same row
   * locks that the drop-off takes, so a shipment is either handed over or cancelled, never
   * both: the order is locked first, then its shipments not cancelled. Once anything is handed
   * over, cancel is `409`. Each shipment is cancelled by {@link cancel}, its carrier booking
   * with it through the outbox.
   */
  async cancelOrder(manager: EntityManager, orderId: string, reason: string, actor: Actor): Promise<void> {
    const order = await this.orders.findVisible(manager, orderId, actor, true);
    const shipments = await manager
      .getRepository(Shipment)
      .createQueryBuilder('s')
      .where('s.purchase_order_id = :orderId', { orderId })
      .andWhere("s.status <> 'cancelled'")
      .orderBy('s.id')
      .setLock('pessimistic_write')
      .getMany();
    if (shipments.some((s) => SHIPPED_STATUSES.includes(s.status))) {
      throw new InvalidTransitionError('purchase order', order.status, 'cancel');
    }
    await this.orders.cancel(manager, order, reason, actor);
    for (const shipment of shipments) await this.cancel(manager, shipment, `order cancelled: ${reason}`, actor);
  }

  /**
   * The one way a shipment's status changes: the move, its history and the jobs the shipment
   * table names for it, committed with the caller's transaction (which holds the row lock);
   * `shipment.status` follows. The order's recount (`purchase_order.recompute`) is this lib's
   * to fill in; the caller supplies the other jobs the table names (`jobs`, by name).
   */
  async apply(req: {
    manager: EntityManager;
    shipment: Shipment;
    action: ShipmentAction;
    actor: Actor;
    reason?: string | null;
    set?: Record<string, unknown>;
    jobs?: EffectJobs;
  }): Promise<ShipmentStatus> {
    const { shipment, actor } = req;
    const recount = shipmentStateMachine
      .effects(shipment.status, req.action)
      .some((e) => e.job === 'purchase_order.recompute');
    return applyTransition({
      manager: req.manager,
      machine: shipmentStateMachine,
      aggregateType: 'shipment',
      aggregate: shipment,
      action: req.action,
      actor,
      reason: req.reason,
      set: req.set,
      jobs: {
        ...req.jobs,
        ...(recount ? { 'purchase_order.recompute': { purchaseOrderId: shipment.purchaseOrderId, actor } } : {}),
      },
    });
  }

  /** Cancels a shipment not yet handed over, and its carrier booking if it has one. */
  async cancel(manager: EntityManager, shipment: Shipment, reason: string, actor: Actor): Promise<boolean> {
    if (!CANCELLABLE_STATUSES.includes(shipment.status) && shipment.status !== 'exception') return false;
    // Only a booking whose parcels the carrier does not hold yet can be cancelled with it.
    const bookingOpen = shipment.carrierBookingId !== null && CANCELLABLE_STATUSES.includes(shipment.status);
    await this.apply({
      manager,
      shipment,
      action: 'cancel',
      actor,
      reason,
      jobs: bookingOpen ? { 'handoff.cancel_booking': { shipmentId: shipment.id, actor } } : {},
    });
    return true;
  }

  private scope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor): void {
    scopeToActor(qb, actor, { storeCode: 's.store_code', supplierId: 's.supplier_id' });
  }
}

/**
 * The console's search box. Exact matches use indexes (the tracking number's unique index,
 * the buyer reference and lot number indexes); only supplier names, a short list, are matched
 * by ILIKE. The order's reference and the supplier's names are read in subqueries their owners
 * write, as a read model of the search: one query, scoped and paged with the list, not three
 * round trips.
 */
function searchShipments<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, q: string): void {
  const tracking = q.replace(/\s+/g, '').toUpperCase();
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  qb.andWhere(
    new Brackets((w) => {
      w.where('s.tracking_number = :tracking', { tracking })
        .orWhere('s.id IN (SELECT l.shipment_id FROM shipment_line l WHERE l.lot_number = :q)', { q })
        .orWhere(`s.purchase_order_id IN (${ordersWithBuyerReferenceSql('q')})`, { q })
        .orWhere(`s.supplier_id IN (${suppliersNamedLikeSql('like')})`, { like });
    }),
  );
}
