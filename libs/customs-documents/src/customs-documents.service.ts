import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { AppConfig } from '@corridor/config';
import {
  CARRIERS,
  DomainError,
  SYSTEM_ACTOR,
  SHIPMENT_STATUSES,
  InvalidTransitionError,
  buildDocumentSet,
  checkDocumentSet,
  choosePostalForm,
  formatKg,
  type Actor,
  type CertificateOfOriginData,
  type CommercialInvoiceData,
  type DocumentFinding,
  type DocumentSet,
  type ExportDeclarationData,
  type PackingListData,
  type Party,
  type PhytosanitaryRequestData,
  type PostalDeclarationData,
  type ShipmentDocumentType,
  type ShipmentFacts,
  valueOfContents,
} from '@corridor/domain';
import { FileStore, newId } from '@corridor/persistence';
import { JobPublisher, Queues, type CustomsDocumentJob, type FlowStep, type JobPayloads } from '@corridor/queue';
import { ProductsService, SuppliersService } from '@corridor/suppliers';
import { PurchaseOrdersService, StoresService } from '@corridor/purchase-orders';
import { ShipmentsService, type Shipment, type ShipmentDocumentView } from '@corridor/shipments';
import { ShipmentDocument } from './shipment-document.entity';
import {
  renderCertificateOfOrigin,
  renderCommercialInvoice,
  renderExportDeclaration,
  renderPackingList,
  renderPhytosanitaryRequest,
  renderPostalDeclaration,
  renderShippingLabel,
} from './rendering';
import type { ShippingLabelData } from './rendering/document-data';

/** One generated document ready to be stored: its rendered PDF and the data it was rendered from. */
export interface DocumentFile {
  /** Which document it is. */
  type: ShipmentDocumentType;
  /** The package it belongs to, for per-package documents (shipping labels); absent or null otherwise. */
  packageReference?: string | null;
  /** The data the PDF was rendered from, stored with it as JSON. */
  data: object;
  /** The rendered PDF bytes. */
  pdf: Buffer;
}

/** The drop-off bundle: one PDF, and which document each run of its pages came from. */
export interface DocumentBundle {
  /** All the documents' PDFs joined into one, in the order of {@link DocumentBundle.parts}. */
  pdf: Buffer;
  /** Each document in the bundle, in page order, with its stored id, version and page count. */
  parts: {
    id: string;
    type: ShipmentDocumentType;
    version: number;
    packageReference: string | null;
    pages: number;
  }[];
}

/**
 * The order of the drop-off bundle: labels go on the parcels first; the invoice and packing
 * list travel with the goods; the certificate of origin, phytosanitary request and export
 * declaration are for the customs desk; a CN22 or CN23 is attached to each postal item last.
 */
export const BUNDLE_ORDER: readonly ShipmentDocumentType[] = [
  'shipping_label',
  'commercial_invoice',
  'packing_list',
  'certificate_of_origin',
  'phytosanitary_request',
  'export_declaration',
  'cn22',
  'cn23',
];

/**
 * The statuses in which a shipment has its labels and checked papers: booked, and every later
 * step but cancelled (read off the domain's own order, so a new status cannot be missed).
 */
const BUNDLED_STATUSES: ReadonlySet<string> = new Set(
  SHIPMENT_STATUSES.slice(SHIPMENT_STATUSES.indexOf('handoff_booked')).filter((status) => status !== 'cancelled'),
);

/** A label's parcel number (1…n), as printed on it. */
function labelIndex(document: ShipmentDocument): number {
  const index = (document.data as { packageIndex?: unknown } | null)?.packageIndex;
  return typeof index === 'number' ? index : 0;
}

/** CN22 and CN23 share a place: each parcel's form, in parcel order. */
function bundleRank(type: ShipmentDocumentType): number {
  return BUNDLE_ORDER.indexOf(type === 'cn23' ? 'cn22' : type);
}

/** The documents of a round, as the check reads them back. */
type StoredData = { type: ShipmentDocumentType; data: unknown };

/**
 * Renders, checks, stores and serves the customs documents of shipments. A round of documents
 * is a BullMQ flow: one child job per document (invoice, packing list, certificate of origin,
 * phytosanitary request for plant products, export declaration, a CN22 or CN23 per postal
 * item), and a parent that checks them against each other once all are stored.
 */
@Injectable()
export class CustomsDocumentsService {
  private readonly logger = new Logger(CustomsDocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly orders: PurchaseOrdersService,
    private readonly stores: StoresService,
    private readonly suppliers: SuppliersService,
    private readonly products: ProductsService,
    private readonly files: FileStore,
    private readonly jobs: JobPublisher,
    private readonly queues: Queues,
    private readonly config: AppConfig,
  ) {}

  /**
   * Starts the round of documents of a shipment waiting for them: the flow's job ids carry the
   * shipment and round, so starting it twice starts it once. Does nothing past that point.
   */
  async generate(shipmentId: string, actor: Actor): Promise<'started' | 'skipped'> {
    const { shipment, facts } = await this.dataSource.transaction(async (manager) => {
      const found = await this.shipments.lock(manager, shipmentId);
      if (!found || found.status !== 'documents_pending') return { shipment: null, facts: null };
      return { shipment: found, facts: await this.facts(manager, found) };
    });
    if (!shipment || !facts) return 'skipped';
    const version = shipment.documentsVersion;
    const { set } = buildDocumentSet(facts, version);
    const round = `shipment-${shipment.id}-v${version}`;
    const child = (document: CustomsDocumentJob, packageReference?: string): FlowStep<'customs.render_document'> => ({
      name: 'customs.render_document',
      data: { shipmentId: shipment.id, version, document, ...(packageReference ? { packageReference } : {}) },
      jobId: `${round}-${document}${packageReference ? `-${createHash('sha256').update(packageReference).digest('hex').slice(0, 16)}` : ''}`,
    });
    const documents: CustomsDocumentJob[] = [
      'commercial_invoice',
      'packing_list',
      'certificate_of_origin',
      ...(set.phytosanitaryRequest ? ['phytosanitary_request' as const] : []),
      'export_declaration',
    ];
    await this.queues.addFlow({
      name: 'customs.check_documents',
      data: { shipmentId: shipment.id, version, actor },
      jobId: `${round}-check`,
      children: [
        ...documents.map((d) => child(d)),
        ...set.postalDeclarations.map((p) => child('postal_declaration', p.packageReference)),
      ],
    });
    return 'started';
  }

  /**
   * One child of a round: builds the document's data from the facts as they are now, renders
   * it and stores both. Re-running it finds the stored document and does nothing.
   */
  async renderDocument(job: JobPayloads['customs.render_document']): Promise<'stored' | 'exists' | 'skipped'> {
    const manager = this.dataSource.manager;
    const shipment = await this.shipments.findById(manager, job.shipmentId);
    if (!shipment || shipment.status !== 'documents_pending' || shipment.documentsVersion !== job.version) {
      return 'skipped';
    }
    const { set } = buildDocumentSet(await this.facts(manager, shipment), job.version);
    const rendered = await renderOne(set, job.document, job.packageReference);
    if (!rendered) return 'skipped';
    const existing: unknown[] = await manager.query(
      `SELECT 1 FROM shipment_document WHERE shipment_id = $1 AND type = $2 AND version = $3
         AND package_reference IS NOT DISTINCT FROM $4`,
      [shipment.id, rendered.type, job.version, rendered.packageReference ?? null],
    );
    if (existing.length > 0) return 'exists';
    const { stored } = await this.store(manager, shipment.id, job.version, rendered);
    return stored ? 'stored' : 'exists';
  }

  /**
   * The parent of a round, once every document is stored: checks them against each other.
   * Agreeing papers make the shipment `documents_ready` and ask for a carrier booking; the
   * findings of disagreeing ones are kept on the shipment, which is blocked, and a
   * `documents_fix` task puts them in front of staff.
   */
  async checkDocuments(job: JobPayloads['customs.check_documents']): Promise<'ready' | 'blocked' | 'skipped'> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipments.lock(manager, job.shipmentId);
      if (!shipment || shipment.status !== 'documents_pending' || shipment.documentsVersion !== job.version) {
        return 'skipped';
      }
      const stored: StoredData[] = await manager.query(
        `SELECT type, data FROM shipment_document WHERE shipment_id = $1 AND version = $2 AND type <> 'shipping_label'
          ORDER BY type, package_reference`,
        [shipment.id, job.version],
      );
      const { context } = buildDocumentSet(await this.facts(manager, shipment), job.version);
      const findings = checkDocumentSet(documentSetOf(stored), context);
      if (findings.length > 0) {
        await this.shipments.apply({
          manager,
          shipment,
          action: 'documents_blocked',
          actor: SYSTEM_ACTOR,
          reason: summarize(findings),
          set: { document_findings: JSON.stringify(findings) },
          jobs: {
            'task.open': {
              type: 'documents_fix',
              subject: { kind: 'shipment', id: shipment.id },
              summary: `Documents of shipment ${shipment.id} disagree: ${summarize(findings)}`.slice(0, 1000),
              dedupeKey: `documents_fix:${shipment.id}:v${job.version}`,
              data: { version: job.version, findings },
            },
          },
        });
        return 'blocked';
      }
      await this.shipments.apply({
        manager,
        shipment,
        action: 'documents_ready',
        // The check passed the papers: the history credits the system, not whoever started the round.
        actor: SYSTEM_ACTOR,
        set: { document_findings: '[]' },
        jobs: { 'handoff.book': { shipmentId: shipment.id, actor: job.actor } },
      });
      return 'ready';
    });
  }

  /**
   * Staff fixed what the check found: the shipment goes back to `documents_pending` with the
   * next round number, and postal items are declared afresh (a CN22 that no longer fits
   * becomes a CN23). The new round writes version + 1 of every document; old ones stay.
   */
  async regenerate(manager: EntityManager, shipment: Shipment, actor: Actor, note: string | null): Promise<void> {
    if (shipment.mode === 'postal') {
      const facts = await this.facts(manager, shipment);
      for (const pkg of facts.shipment.packages) {
        const value = valueOfContents({
          contents: pkg.contents,
          prices: new Map(facts.orderLines.map((l) => [l.sku, l])),
          currency: shipment.currency,
        }).toAmountString();
        const form = choosePostalForm({
          grossWeightKg: formatKg(pkg.grossWeightG),
          value,
          currency: shipment.currency,
          sdrRate: facts.sdrRate,
        });
        await this.shipments.declarePostalForm(manager, {
          shipmentId: shipment.id,
          packageReference: pkg.reference,
          form,
        });
      }
    }
    await this.shipments.apply({
      manager,
      shipment,
      action: 'regenerate',
      actor,
      reason: note,
      set: { documents_version: shipment.documentsVersion + 1, document_findings: '[]' },
      jobs: { 'customs.generate': { shipmentId: shipment.id, actor } },
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
    const carrier = CARRIERS[booking.carrier] ?? { name: booking.carrier, service: booking.carrier };
    const { packingList } = buildDocumentSet(facts, shipment.documentsVersion).set;
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
        sender: facts.exporter,
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
        gaccRegistrationNumber: facts.exporter.gaccRegistrationNumber,
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

  /**
   * Writes a rendered document once: its row and data to the database, its PDF to the file
   * store. The row goes in first, in a transaction of its own (a savepoint inside the caller's),
   * and the PDF is written only by the insert that wins the key `(shipment, type, package,
   * version)`; a second writer of the same version waits on the first, then gets the stored row
   * back with `stored: false`, and its own rendering is dropped.
   */
  async store(
    manager: EntityManager,
    shipmentId: string,
    version: number,
    doc: DocumentFile,
  ): Promise<{ document: ShipmentDocument; stored: boolean }> {
    const suffix = doc.packageReference ? `-${doc.packageReference.replace(/[^A-Za-z0-9_.-]/g, '_')}` : '';
    const storageKey = `shipments/${shipmentId}/${doc.type}${suffix}-v${version}.pdf`;
    const id = await manager.transaction(async (tx) => {
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO shipment_document (id, shipment_id, type, version, package_reference, sha256, data, storage_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ON CONSTRAINT shipment_document_version_key DO NOTHING
         RETURNING id`,
        [
          newId(),
          shipmentId,
          doc.type,
          version,
          doc.packageReference ?? null,
          createHash('sha256').update(doc.pdf).digest('hex'),
          JSON.stringify(doc.data),
          storageKey,
        ],
      );
      if (inserted.length === 0) return null;
      await this.files.put(storageKey, doc.pdf);
      return inserted[0].id;
    });
    const repository = manager.getRepository(ShipmentDocument);
    if (id) return { document: await repository.findOneByOrFail({ id }), stored: true };
    const existing = await repository.findOneByOrFail({
      shipmentId,
      type: doc.type,
      version,
      packageReference: doc.packageReference ?? IsNull(),
    });
    return { document: existing, stored: false };
  }

  /** The highest stored version of a shipment's document of `type`, read without a lock; 0 when none is stored. */
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
    return { items: await this.summaries(shipmentId), nextCursor: null };
  }

  /** The newest version of each document, as the document list and the shipment view show it. */
  async summaries(
    shipmentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ShipmentDocumentView[]> {
    const rows = await this.newest(shipmentId, manager);
    return rows.map((d) => ({
      id: d.id,
      type: d.type,
      version: d.version,
      sha256: d.sha256,
      createdAt: d.createdAt.toISOString(),
      ...(d.packageReference ? { packageReference: d.packageReference } : {}),
    }));
  }

  /**
   * The newest version of each document (one per type, and per package for labels and CNs),
   * ordered by type, then package: the one such query, behind the document list, the shipment
   * view, the drop-off bundle and the papers of the drop-off task.
   */
  newest(shipmentId: string, manager: EntityManager = this.dataSource.manager): Promise<ShipmentDocument[]> {
    return manager
      .getRepository(ShipmentDocument)
      .createQueryBuilder('d')
      .distinctOn(['d.type', 'd.package_reference'])
      .where('d.shipment_id = :shipmentId', { shipmentId })
      .orderBy('d.type')
      .addOrderBy('d.package_reference')
      .addOrderBy('d.version', 'DESC')
      .getMany();
  }

  /**
   * What staff print for the drop-off: the newest shipping label of each package (in package
   * order), and the papers of the document round that was checked and found consistent.
   */
  async papersToPrint(
    manager: EntityManager,
    shipment: Shipment,
  ): Promise<{ labelDocumentIds: string[]; documentIds: string[] }> {
    const newest = await this.newest(shipment.id, manager);
    const position = new Map(shipment.packages.map((p) => [p.reference, p.position]));
    // A label of a package no longer on the shipment sorts last, as NULL does in SQL.
    const place = (d: ShipmentDocument) => position.get(d.packageReference ?? '') ?? Number.MAX_SAFE_INTEGER;
    const labels = newest
      .filter((d) => d.type === 'shipping_label')
      .sort((a, b) => place(a) - place(b) || byCodePoint(a.packageReference ?? '', b.packageReference ?? ''));
    const papers = newest
      .filter((d) => d.type !== 'shipping_label' && d.version === shipment.documentsVersion)
      .sort(
        (a, b) =>
          byCodePoint(a.type, b.type) ||
          (a.packageReference === null ? -1 : 0) - (b.packageReference === null ? -1 : 0) ||
          byCodePoint(a.packageReference ?? '', b.packageReference ?? '') ||
          byCodePoint(a.id, b.id),
      );
    return { labelDocumentIds: labels.map((l) => l.id), documentIds: papers.map((d) => d.id) };
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

  /**
   * One PDF of everything staff print at the drop-off: the shipping labels first (one per
   * parcel, in parcel order, to stick on as the parcels are weighed in), then the papers of the
   * current round in {@link BUNDLE_ORDER}. A shipment with no documents yet is `409`.
   */
  async bundle(shipmentId: string, actor: Actor): Promise<DocumentBundle> {
    const shipment = await this.shipments.findVisible(this.dataSource.manager, shipmentId, actor);
    // Only a booked shipment has its labels and a checked set of papers: before that the
    // bundle would be a part of a round, or papers known to disagree; a cancelled one goes nowhere.
    if (!BUNDLED_STATUSES.has(shipment.status))
      throw new InvalidTransitionError('shipment', shipment.status, 'bundle documents');
    const newest = await this.newest(shipmentId);
    // The papers of the shipment's current round only: a paper left from an older round (a CN22
    // that became a CN23) is not part of what goes with the parcels now.
    // Parcel order is the one printed on the labels ("package 2 of 4"); a CN22/CN23 follows its parcel.
    const parcels = new Map(
      newest.filter((d) => d.type === 'shipping_label').map((d) => [d.packageReference, labelIndex(d)]),
    );
    const parcel = (d: ShipmentDocument) => parcels.get(d.packageReference) ?? 0;
    const documents = newest
      .filter((d) => d.type === 'shipping_label' || d.version === shipment.documentsVersion)
      .sort(
        (a, b) =>
          bundleRank(a.type) - bundleRank(b.type) ||
          parcel(a) - parcel(b) ||
          (a.packageReference ?? '').localeCompare(b.packageReference ?? '', 'en', { numeric: true }),
      );
    if (documents.length === 0) throw new InvalidTransitionError('shipment', shipment.status, 'bundle documents');
    const bundle = await PDFDocument.create();
    bundle.setTitle(`Shipment ${shipmentId}: labels and papers`);
    const parts: DocumentBundle['parts'] = [];
    for (const document of documents) {
      const source = await PDFDocument.load(await this.files.read(document.storageKey));
      const pages = await bundle.copyPages(source, source.getPageIndices());
      for (const page of pages) bundle.addPage(page);
      parts.push({
        id: document.id,
        type: document.type,
        version: document.version,
        packageReference: document.packageReference,
        pages: pages.length,
      });
    }
    return { pdf: Buffer.from(await bundle.save()), parts };
  }

  private async facts(manager: EntityManager, shipment: Shipment): Promise<ShipmentFacts> {
    const { order, lines } = await this.orders.linesForShipment(manager, shipment.purchaseOrderId, { lock: false });
    const supplier = await this.suppliers.findById(manager, shipment.supplierId);
    const store = await this.stores.find(manager, shipment.storeCode);
    if (!supplier || !store) throw new Error(`shipment ${shipment.id} refers to a missing supplier or store`);
    const registrations = await this.suppliers.registrations(manager, supplier.id);
    const number = (type: string) => registrations.find((r) => r.type === type)?.number ?? null;
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
    const gacc = number('gacc_registration');
    const naeb = number('naeb_registration');
    return {
      // In packing order: the papers list lines and parcels the way the exporter entered them.
      shipment: {
        ...shipment,
        lines: [...shipment.lines].sort((a, b) => a.position - b.position),
        packages: [...shipment.packages]
          .sort((a, b) => a.position - b.position)
          .map((p) => ({ ...p, postalForm: p.postalForm ?? null })),
      },
      order,
      orderLines: lines,
      products: new Map(
        [...products.values()].map((p) => [
          p.sku,
          {
            category: p.category,
            form: p.form,
            hsCode: p.hsCode,
            botanicalName: p.botanicalName ?? null,
            packaging: p.packaging,
            unitNetWeightG: p.unitNetWeightG,
            unitGrossWeightG: p.unitGrossWeightG,
          },
        ]),
      ),
      exporter: {
        name: supplier.legalName,
        address: `${supplier.address}\n${supplier.district} District, Rwanda`,
        country: 'RW',
        tin: supplier.tin,
        rdbNumber: supplier.rdbRegistrationNumber,
        naebCode: naeb,
        gaccRegistrationNumber: gacc,
        registrations: [
          { label: 'RDB registration', number: supplier.rdbRegistrationNumber },
          ...(naeb ? [{ label: 'NAEB exporter code', number: naeb }] : []),
          ...(gacc ? [{ label: 'GACC registration', number: gacc }] : []),
        ],
      },
      buyer: storeParty,
      consignee: storeParty,
      importerOfRecord: { ...this.config.importerOfRecord, country: 'CN' },
      store: {
        destinationAirport: store.destinationAirport,
        destination: `${store.cityEn} (${store.destinationAirport})`,
      },
      sdrRate: this.config.sdrRates[shipment.currency],
      issueDate: new Date().toISOString().slice(0, 10),
    };
  }
}

/** Renders the document a child job names from the round's data; null when the set has none. */
/** Compares as Postgres's C collation does: by code point. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function renderOne(
  set: DocumentSet,
  document: CustomsDocumentJob,
  packageReference: string | undefined,
): Promise<DocumentFile | null> {
  switch (document) {
    case 'commercial_invoice':
      return { type: document, data: set.invoice, pdf: await renderCommercialInvoice(set.invoice) };
    case 'packing_list':
      return { type: document, data: set.packingList, pdf: await renderPackingList(set.packingList) };
    case 'certificate_of_origin':
      return set.certificateOfOrigin
        ? {
            type: document,
            data: set.certificateOfOrigin,
            pdf: await renderCertificateOfOrigin(set.certificateOfOrigin),
          }
        : null;
    case 'phytosanitary_request':
      return set.phytosanitaryRequest
        ? {
            type: document,
            data: set.phytosanitaryRequest,
            pdf: await renderPhytosanitaryRequest(set.phytosanitaryRequest),
          }
        : null;
    case 'export_declaration':
      return set.exportDeclaration
        ? { type: document, data: set.exportDeclaration, pdf: await renderExportDeclaration(set.exportDeclaration) }
        : null;
    case 'postal_declaration': {
      const declaration = set.postalDeclarations.find((p) => p.packageReference === packageReference);
      if (!declaration) return null;
      return {
        type: declaration.form === 'CN22' ? 'cn22' : 'cn23',
        packageReference: declaration.packageReference,
        data: declaration,
        pdf: await renderPostalDeclaration(declaration),
      };
    }
  }
}

/** The stored data of a round, as the consistency check takes it. */
function documentSetOf(stored: StoredData[]): DocumentSet {
  const one = <T>(type: ShipmentDocumentType) => (stored.find((d) => d.type === type)?.data ?? null) as T | null;
  const invoice = one<CommercialInvoiceData>('commercial_invoice');
  const packingList = one<PackingListData>('packing_list');
  if (!invoice || !packingList) throw new Error('a round of documents lacks its invoice or packing list');
  return {
    invoice,
    packingList,
    certificateOfOrigin: one<CertificateOfOriginData>('certificate_of_origin'),
    phytosanitaryRequest: one<PhytosanitaryRequestData>('phytosanitary_request'),
    exportDeclaration: one<ExportDeclarationData>('export_declaration'),
    postalDeclarations: stored
      .filter((d) => d.type === 'cn22' || d.type === 'cn23')
      .map((d) => d.data as PostalDeclarationData),
  };
}

/** The findings in a line each staff member can read in the task list. */
function summarize(findings: DocumentFinding[]): string {
  return findings.map((f) => `${f.code} ${f.field}: expected ${f.expected}, found ${f.actual}`).join('; ');
}
