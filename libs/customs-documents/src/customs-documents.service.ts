import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { CARRIERS, DomainError, type Actor, type ShipmentDocumentType } from '@corridor/domain';
import { FileStore, newId } from '@corridor/persistence';
import { JobPublisher } from '@corridor/queue';
import { ProductsService, SuppliersService } from '@corridor/suppliers';
import { PurchaseOrdersService, StoresService } from '@corridor/purchase-orders';
import { ShipmentsService, type Shipment } from '@corridor/shipments';
import { ShipmentDocument } from './shipment-document.entity';
import { buildDocuments, type ShipmentFacts } from './document-builder';
import { documentProblems } from './consistency';
import { renderCommercialInvoice } from './rendering/commercial-invoice.renderer';
import { renderPackingList } from './rendering/packing-list.renderer';
import { renderShippingLabel } from './rendering/shipping-label.renderer';
import type { Party, ShippingLabelData } from './rendering/document-data';

const REGISTRATION_LABELS: Record<string, string> = {
  gacc_registration: 'GACC registration',
  naeb_registration: 'NAEB registration',
};

export interface DocumentFile {
  type: ShipmentDocumentType;
  packageReference?: string | null;
  data: object;
  pdf: Buffer;
}

/** Renders, stores and serves the customs documents of shipments. */
@Injectable()
export class CustomsDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly orders: PurchaseOrdersService,
    private readonly stores: StoresService,
    private readonly suppliers: SuppliersService,
    private readonly products: ProductsService,
    private readonly files: FileStore,
    private readonly jobs: JobPublisher,
  ) {}

  /**
   * Renders the invoice and packing list of a shipment waiting for documents. Consistent
   * papers make it `documents_ready` and ask for a carrier booking; inconsistent ones block
   * it and open a `documents_fix` task. Does nothing for a shipment past that point.
   */
  async generate(shipmentId: string, actor: Actor): Promise<'ready' | 'blocked' | 'skipped'> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipments.lock(manager, shipmentId);
      if (!shipment || shipment.status !== 'documents_pending') return 'skipped';
      const facts = await this.facts(manager, shipment);
      const version = (await this.latestVersion(manager, shipment.id, 'commercial_invoice')) + 1;
      const { invoice, packingList } = buildDocuments(facts, version);
      const problems = documentProblems(invoice, packingList);
      if (problems.length > 0) {
        await this.shipments.move(manager, shipment, 'documents_blocked', actor, { reason: problems.join('; ') });
        await this.jobs.publish(manager, 'task.open', {
          type: 'documents_fix',
          subject: { kind: 'shipment', id: shipment.id },
          summary: `Documents of shipment ${shipment.id} are inconsistent: ${problems.join('; ')}`.slice(0, 1000),
          dedupeKey: `documents_fix:${shipment.id}:${shipment.version}`,
          data: { problems },
        });
        return 'blocked';
      }
      await this.store(manager, shipment.id, version, {
        type: 'commercial_invoice',
        data: invoice,
        pdf: await renderCommercialInvoice(invoice),
      });
      await this.store(manager, shipment.id, version, {
        type: 'packing_list',
        data: packingList,
        pdf: await renderPackingList(packingList),
      });
      await this.shipments.move(manager, shipment, 'documents_ready', actor);
      await this.jobs.publish(manager, 'handoff.book', { shipmentId: shipment.id, actor });
      return 'ready';
    });
  }

  /**
   * One shipping label per package, made once the carrier has given the tracking number;
   * a booked shipment always has its labels.
   */
  async storeLabels(
    manager: EntityManager,
    shipment: Shipment,
    booking: { carrier: string; trackingNumber: string },
  ): Promise<void> {
    const facts = await this.facts(manager, shipment);
    const store = await this.stores.find(manager, shipment.storeCode);
    const gacc = facts.seller.registrations?.find((r) => r.label.startsWith('GACC'))?.number ?? null;
    const carrier = CARRIERS[booking.carrier] ?? { name: booking.carrier, service: booking.carrier };
    const { packingList } = buildDocuments(facts, 1);
    const version = (await this.latestVersion(manager, shipment.id, 'shipping_label')) + 1;
    for (const [index, pkg] of packingList.packages.entries()) {
      const data: ShippingLabelData = {
        trackingNumber: booking.trackingNumber,
        carrier: booking.carrier,
        carrierName: carrier.name,
        serviceName: carrier.service,
        packageReference: pkg.reference,
        packageIndex: index + 1,
        packageCount: packingList.packageCount,
        grossWeightKg: pkg.grossWeightKg,
        dimensionsCm: pkg.dimensionsCm,
        sender: facts.seller,
        recipient: {
          name: store!.nameEn,
          address: store!.addressEn,
          country: 'CN',
          nameZh: store!.nameZh,
          addressZh: store!.addressZh,
        },
        destinationAirport: store!.destinationAirport,
        buyerReference: facts.order.buyerReference,
        shipmentId: shipment.id,
        contents: pkg.contents.map((c) => ({
          descriptionEn: c.descriptionEn,
          descriptionZh: c.descriptionZh,
          quantity: c.quantity,
          lotNumber: c.lotNumber,
        })),
        gaccRegistrationNumber: gacc,
        issueDate: facts.issueDate,
      };
      await this.store(manager, shipment.id, version, {
        type: 'shipping_label',
        packageReference: pkg.reference,
        data,
        pdf: await renderShippingLabel(data),
      });
    }
  }

  /** Writes a rendered document: the PDF to the file store, its row and data to the database. */
  async store(
    manager: EntityManager,
    shipmentId: string,
    version: number,
    doc: DocumentFile,
  ): Promise<ShipmentDocument> {
    const id = newId();
    const suffix = doc.packageReference ? `-${doc.packageReference.replace(/[^A-Za-z0-9_.-]/g, '_')}` : '';
    const storageKey = `shipments/${shipmentId}/${doc.type}${suffix}-v${version}.pdf`;
    await this.files.put(storageKey, doc.pdf);
    await manager.query(
      `INSERT INTO shipment_document (id, shipment_id, type, version, package_reference, sha256, data, storage_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        shipmentId,
        doc.type,
        version,
        doc.packageReference ?? null,
        createHash('sha256').update(doc.pdf).digest('hex'),
        JSON.stringify(doc.data),
        storageKey,
      ],
    );
    return manager.getRepository(ShipmentDocument).findOneByOrFail({ id });
  }

  async latestVersion(manager: EntityManager, shipmentId: string, type: ShipmentDocumentType): Promise<number> {
    const rows: { v: number | null }[] = await manager.query(
      `SELECT max(version) AS v FROM shipment_document WHERE shipment_id = $1 AND type = $2`,
      [shipmentId, type],
    );
    return rows[0]?.v ?? 0;
  }

  /** The newest version of each document of a shipment the caller may see. */
  async list(shipmentId: string, actor: Actor) {
    await this.shipments.findVisible(this.dataSource.manager, shipmentId, actor);
    const rows = await this.dataSource
      .getRepository(ShipmentDocument)
      .createQueryBuilder('d')
      .distinctOn(['d.type', 'd.package_reference'])
      .where('d.shipment_id = :shipmentId', { shipmentId })
      .orderBy('d.type')
      .addOrderBy('d.package_reference')
      .addOrderBy('d.version', 'DESC')
      .getMany();
    return {
      items: rows.map((d) => ({
        id: d.id,
        type: d.type,
        version: d.version,
        sha256: d.sha256,
        createdAt: d.createdAt.toISOString(),
        ...(d.packageReference ? { packageReference: d.packageReference } : {}),
      })),
      nextCursor: null,
    };
  }

  /** One document: its PDF bytes, or the data it was rendered from. */
  async open(
    shipmentId: string,
    docId: string,
    actor: Actor,
  ): Promise<{ document: ShipmentDocument; stream: () => Readable }> {
    await this.shipments.findVisible(this.dataSource.manager, shipmentId, actor);
    const document = await this.dataSource.getRepository(ShipmentDocument).findOneBy({ id: docId, shipmentId });
    if (!document) throw DomainError.notFound('document');
    return { document, stream: () => this.files.stream(document.storageKey) };
  }

  private async facts(manager: EntityManager, shipment: Shipment): Promise<ShipmentFacts> {
    const { order, lines } = await this.orders.linesForShipment(manager, shipment.purchaseOrderId, { lock: false });
    const supplier = await this.suppliers.findById(manager, shipment.supplierId);
    const store = await this.stores.find(manager, shipment.storeCode);
    if (!supplier || !store) throw new Error(`shipment ${shipment.id} refers to a missing supplier or store`);
    const registrations = await this.suppliers.registrations(manager, supplier.id);
    const products = await this.products.bySkus(
      manager,
      supplier.id,
      shipment.lines.map((l) => l.sku),
    );
    const storeParty: Party = {
      name: `${store.nameEn} ${store.nameZh}`,
      address: `${store.addressEn}\n${store.addressZh}`,
      country: 'CN',
    };
    return {
      shipment,
      order,
      orderLines: lines,
      products,
      seller: {
        name: supplier.legalName,
        address: `${supplier.address}\n${supplier.district} District, Rwanda`,
        country: 'RW',
        tin: supplier.tin,
        registrations: registrations.map((r) => ({ label: REGISTRATION_LABELS[r.type] ?? r.type, number: r.number })),
      },
      buyer: storeParty,
      consignee: storeParty,
      issueDate: new Date().toISOString().slice(0, 10),
    };
  }
}
