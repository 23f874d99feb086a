import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Brackets, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import {
  DomainError,
  NUMBERED_DOCUMENT_TYPES,
  SUPPLIER_EDITABLE_STATUSES,
  InvalidTransitionError,
  canonicalDistrict,
  isStaff,
  supplierStateMachine,
  type Actor,
  type SupplierAction,
  type SupplierReason,
  type SupplierStatus,
} from '@corridor/domain';
import { ApiKeysService } from '@corridor/auth';
import { FileStore, decodeIdCursor, loadHistory, newId, toPage, type Page } from '@corridor/persistence';
import { JobPublisher, applyTransition, recordCreation, type EffectJobs } from '@corridor/queue';
import { Supplier } from './entities/supplier.entity';
import { SupplierDocument } from './entities/supplier-document.entity';
import { SupplierNotification } from './entities/supplier-notification.entity';
import { checkDocuments } from './document-checks';
import { requiredDocuments } from './required-documents';
import type { CreateSupplierDto } from './dto/create-supplier.dto';
import type { UpdateSupplierDto } from './dto/update-supplier.dto';
import type { UploadDocumentDto } from './dto/upload-document.dto';
import { sniffContentType } from './content-type';
import { toDocumentView, toSupplierView, type SupplierDocumentView, type SupplierView } from './supplier.views';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Supplier onboarding: sign-up, details, documents, submission and status moves. */
@Injectable()
export class SuppliersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly apiKeys: ApiKeysService,
    private readonly jobs: JobPublisher,
    private readonly files: FileStore,
  ) {}

  /** Self-onboarding: the supplier in `draft` and an exporter key for it, created together. */
  async signUp(dto: CreateSupplierDto): Promise<{ supplier: SupplierView; apiKey: string }> {
    const district = this.district(dto.district);
    return this.withTinConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const supplier = manager.getRepository(Supplier).create({
          id: newId(),
          legalName: dto.legalName,
          tradingName: dto.tradingName ?? null,
          type: dto.type,
          tin: dto.tin,
          rdbRegistrationNumber: dto.rdbRegistrationNumber,
          district,
          address: dto.address,
          contact: { name: dto.contact.name, email: dto.contact.email, phone: dto.contact.phone },
          categories: [...dto.categories].sort(),
          status: 'draft',
          reasons: [],
          version: 1,
        });
        await manager.getRepository(Supplier).insert(supplier);
        await recordCreation({
          manager,
          machine: supplierStateMachine,
          aggregateType: 'supplier',
          id: supplier.id,
          actor: { role: 'system' },
        });
        const key = await this.apiKeys.issue(
          { role: 'exporter', label: `${dto.legalName} (self-onboarding)`, supplierId: supplier.id },
          manager,
        );
        const saved = await manager.getRepository(Supplier).findOneByOrFail({ id: supplier.id });
        return { supplier: toSupplierView(saved, await loadHistory(manager, saved.id)), apiKey: key.key };
      }),
    );
  }

  async list(
    filter: { status?: SupplierStatus; q?: string; limit: number; cursor?: string },
    actor: Actor,
  ): Promise<Page<SupplierView>> {
    const qb = this.dataSource
      .getRepository(Supplier)
      .createQueryBuilder('s')
      .orderBy('s.id', 'DESC')
      .take(filter.limit + 1);
    if (actor.role === 'exporter') qb.andWhere('s.id = :own', { own: actor.supplierId });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    const q = filter.q?.trim();
    if (q) {
      // A TIN is found whole, on its unique index; names by a case-insensitive part.
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) => {
          w.where('s.tin = :q', { q })
            .orWhere('s.legal_name ILIKE :like', { like })
            .orWhere('s.trading_name ILIKE :like', { like });
        }),
      );
    }
    const after = decodeIdCursor(filter.cursor);
    if (after) qb.andWhere('s.id < :after', { after });
    return toPage(
      await qb.getMany(),
      filter.limit,
      (s) => s.id,
      (s) => toSupplierView(s),
    );
  }

  async get(id: string, actor: Actor): Promise<SupplierView> {
    const supplier = await this.findVisible(this.dataSource.manager, id, actor);
    return toSupplierView(supplier, await loadHistory(this.dataSource.manager, id));
  }

  /** Edits while the exporter may still change the file; a TIN already registered is `409`. */
  async update(id: string, dto: UpdateSupplierDto, actor: Actor): Promise<SupplierView> {
    const district = dto.district === undefined ? undefined : this.district(dto.district);
    return this.withTinConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const supplier = await this.findVisible(manager, id, actor, true);
        if (!SUPPLIER_EDITABLE_STATUSES.includes(supplier.status)) {
          throw new InvalidTransitionError('supplier', supplier.status, 'update');
        }
        const changes: Partial<Supplier> = {
          ...(dto.legalName !== undefined ? { legalName: dto.legalName } : {}),
          ...(dto.tradingName !== undefined ? { tradingName: dto.tradingName } : {}),
          ...(dto.type !== undefined ? { type: dto.type } : {}),
          ...(dto.tin !== undefined ? { tin: dto.tin } : {}),
          ...(dto.rdbRegistrationNumber !== undefined ? { rdbRegistrationNumber: dto.rdbRegistrationNumber } : {}),
          ...(district !== undefined ? { district } : {}),
          ...(dto.address !== undefined ? { address: dto.address } : {}),
          ...(dto.contact !== undefined
            ? { contact: { name: dto.contact.name, email: dto.contact.email, phone: dto.contact.phone } }
            : {}),
          ...(dto.categories !== undefined ? { categories: [...dto.categories].sort() } : {}),
        };
        if (Object.keys(changes).length > 0) {
          await manager.getRepository(Supplier).update({ id }, { ...changes, version: supplier.version + 1 });
        }
        const saved = await manager.getRepository(Supplier).findOneByOrFail({ id });
        return toSupplierView(saved, await loadHistory(manager, id));
      }),
    );
  }

  /**
   * Stores an uploaded document: judged by its bytes (PDF, JPEG or PNG), written to the file
   * store atomically, and recorded; if the row cannot be written the file is removed again.
   */
  async uploadDocument(
    id: string,
    input: { fields: UploadDocumentDto; bytes: Buffer },
    actor: Actor,
  ): Promise<SupplierDocumentView> {
    const supplier = await this.findVisible(this.dataSource.manager, id, actor);
    if (NUMBERED_DOCUMENT_TYPES.includes(input.fields.type) && !input.fields.number) {
      throw DomainError.validation(
        'number',
        `is required for ${input.fields.type}: it goes on the customs documents and labels`,
      );
    }
    if (input.fields.issuedOn && input.fields.expiresOn && input.fields.expiresOn < input.fields.issuedOn) {
      throw DomainError.validation('expiresOn', 'must not be before issuedOn');
    }
    if (input.bytes.length > MAX_UPLOAD_BYTES)
      throw new DomainError('PAYLOAD_TOO_LARGE', 'a document may be at most 10 MiB');
    if (input.bytes.length === 0) throw DomainError.validation('file', 'must not be empty');
    const contentType = sniffContentType(input.bytes);
    if (!contentType)
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'only PDF, JPEG or PNG files are accepted (judged by content)');
    const docId = newId();
    const storageKey = `suppliers/${supplier.id}/${docId}`;
    await this.files.put(storageKey, input.bytes);
    try {
      const repo = this.dataSource.getRepository(SupplierDocument);
      await repo.insert({
        id: docId,
        supplierId: supplier.id,
        type: input.fields.type,
        number: input.fields.number ?? null,
        contentType,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        sizeBytes: input.bytes.length,
        issuedOn: input.fields.issuedOn ?? null,
        expiresOn: input.fields.expiresOn ?? null,
        storageKey,
      });
      return toDocumentView(await repo.findOneByOrFail({ id: docId }));
    } catch (error) {
      await this.files.delete(storageKey);
      throw error;
    }
  }

  async listDocuments(
    id: string,
    actor: Actor,
    page: { limit: number; cursor?: string },
  ): Promise<Page<SupplierDocumentView>> {
    await this.findOwnedOrStaff(id, actor);
    const qb = this.dataSource
      .getRepository(SupplierDocument)
      .createQueryBuilder('d')
      .where('d.supplier_id = :id', { id })
      .orderBy('d.id', 'DESC')
      .take(page.limit + 1);
    const after = decodeIdCursor(page.cursor);
    if (after) qb.andWhere('d.id < :after', { after });
    return toPage(await qb.getMany(), page.limit, (d) => d.id, toDocumentView);
  }

  /** The document's bytes, for the owner and staff only. */
  async openDocument(
    id: string,
    docId: string,
    actor: Actor,
  ): Promise<{ contentType: string; sizeBytes: number; stream: Readable }> {
    await this.findOwnedOrStaff(id, actor);
    const doc = await this.dataSource.getRepository(SupplierDocument).findOneBy({ id: docId, supplierId: id });
    if (!doc) throw DomainError.notFound('document');
    return { contentType: doc.contentType, sizeBytes: doc.sizeBytes, stream: this.files.stream(doc.storageKey) };
  }

  /** Hands the file to verification: `submitted`, and a verification job through the outbox. */
  async submit(id: string, actor: Actor): Promise<SupplierView> {
    return this.dataSource.transaction(async (manager) => {
      const supplier = await this.findVisible(manager, id, actor, true);
      await this.apply({
        manager,
        supplier,
        action: 'submit',
        actor,
        set: { reasons: '[]' },
        jobs: { 'supplier.verify': { supplierId: id, actor } },
      });
      const saved = await manager.getRepository(Supplier).findOneByOrFail({ id });
      return toSupplierView(saved, await loadHistory(manager, id));
    });
  }

  /** Staff suspend an approved supplier by hand; no purchase order reaches it until reinstated. */
  async suspend(id: string, reason: string, actor: Actor): Promise<SupplierView> {
    return this.dataSource.transaction(async (manager) => {
      const supplier = await this.findVisible(manager, id, actor, true);
      await this.apply({
        manager,
        supplier,
        action: 'suspend',
        actor,
        reason,
        set: { reasons: JSON.stringify([{ code: 'OTHER', message: reason }]) },
        jobs: {
          'supplier.notify': {
            supplierId: id,
            kind: 'suspended',
            message: `Suspended by Corridor staff: ${reason}`,
            dedupeKey: `suspended:${id}:${supplier.version + 1}`,
          },
        },
      });
      const saved = await manager.getRepository(Supplier).findOneByOrFail({ id });
      return toSupplierView(saved, await loadHistory(manager, id));
    });
  }

  /**
   * Staff reinstate a suspended supplier. Refused while a required document is expired: that
   * supplier must upload a valid replacement and go through review again.
   */
  async reinstate(id: string, actor: Actor): Promise<SupplierView> {
    return this.dataSource.transaction(async (manager) => {
      const supplier = await this.findVisible(manager, id, actor, true);
      if (supplier.status === 'suspended') {
        const documents = await manager
          .getRepository(SupplierDocument)
          .find({ where: { supplierId: id }, order: { id: 'DESC' } });
        const expired = checkDocuments(requiredDocuments(supplier.categories), documents).filter(
          (r) => r.code !== 'DOCUMENT_EXPIRING',
        );
        if (expired.length > 0) {
          throw DomainError.rule(
            `cannot reinstate: ${expired.map((r) => r.message).join('; ')}; the exporter must upload a valid replacement and resubmit`,
          );
        }
      }
      await this.apply({
        manager,
        supplier,
        action: 'reinstate',
        actor,
        set: { reasons: '[]' },
        jobs: {
          'supplier.notify': {
            supplierId: id,
            kind: 'reinstated',
            message: 'Reinstated: you can receive purchase orders again',
            dedupeKey: `reinstated:${id}:${supplier.version + 1}`,
          },
        },
      });
      const saved = await manager.getRepository(Supplier).findOneByOrFail({ id });
      return toSupplierView(saved, await loadHistory(manager, id));
    });
  }

  /** What Corridor told the exporter, newest first. */
  async listNotifications(id: string, actor: Actor, page: { limit: number; cursor?: string }) {
    await this.findOwnedOrStaff(id, actor);
    const qb = this.dataSource
      .getRepository(SupplierNotification)
      .createQueryBuilder('n')
      .where('n.supplier_id = :id', { id })
      .orderBy('n.id', 'DESC')
      .take(page.limit + 1);
    const after = decodeIdCursor(page.cursor);
    if (after) qb.andWhere('n.id < :after', { after });
    return toPage(
      await qb.getMany(),
      page.limit,
      (n) => n.id,
      (n) => ({
        id: n.id,
        kind: n.kind,
        message: n.message,
        data: n.data,
        createdAt: n.createdAt.toISOString(),
      }),
    );
  }

  /** Runs the certificate check now (it also runs daily); returns the outbox id of the job. */
  async requestExpiryCheck(actor: Actor): Promise<{ jobId: string }> {
    return this.dataSource.transaction(async (manager) => ({
      jobId: await this.jobs.publish(manager, 'supplier.check_expiry', { actor }),
    }));
  }

  /**
   * The one way a supplier's status changes: the move, its history and the jobs the supplier
   * table names for it (`jobs`, by name), committed with the caller's transaction; the
   * in-memory `supplier.status` follows. For this lib's services and processors.
   */
  async apply(req: {
    manager: EntityManager;
    supplier: Pick<Supplier, 'id' | 'status'>;
    action: SupplierAction;
    actor: Actor;
    reason?: string | null;
    set?: Record<string, unknown>;
    jobs?: EffectJobs;
  }): Promise<SupplierStatus> {
    return applyTransition({
      manager: req.manager,
      machine: supplierStateMachine,
      aggregateType: 'supplier',
      aggregate: req.supplier,
      action: req.action,
      actor: req.actor,
      reason: req.reason,
      set: req.set,
      jobs: req.jobs,
    });
  }

  async lock(manager: EntityManager, id: string): Promise<Supplier | null> {
    return manager
      .getRepository(Supplier)
      .createQueryBuilder('s')
      .where('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** An approved supplier, or a `400` saying why it cannot receive orders. */
  async requireApproved(manager: EntityManager, id: string): Promise<Supplier> {
    const supplier = await manager.getRepository(Supplier).findOneBy({ id });
    // One answer for unknown and unapproved suppliers: a buyer learns nothing about others' files.
    if (!supplier || supplier.status !== 'approved') {
      throw DomainError.rule(
        'supplierId must name an approved supplier: only an approved supplier can receive purchase orders',
        'supplierId',
      );
    }
    return supplier;
  }

  /** The newest registration number of each numbered document type (NAEB, GACC), for customs papers. */
  async registrations(
    manager: EntityManager,
    supplierId: string,
  ): Promise<{ type: string; number: string; expiresOn: string | null }[]> {
    const rows: { type: string; number: string; expires_on: string | null }[] = await manager.query(
      `SELECT DISTINCT ON (type) type, number, to_char(expires_on, 'YYYY-MM-DD') AS expires_on FROM supplier_document
       WHERE supplier_id = $1 AND type = ANY($2) AND number IS NOT NULL ORDER BY type, id DESC`,
      [supplierId, NUMBERED_DOCUMENT_TYPES],
    );
    return rows.map((r) => ({ type: r.type, number: r.number, expiresOn: r.expires_on }));
  }

  async findById(manager: EntityManager, id: string): Promise<Supplier | null> {
    return manager.getRepository(Supplier).findOneBy({ id });
  }

  /** Staff see every supplier, an exporter its own, a buyer the approved ones; anything else is `404`. */
  async findVisible(manager: EntityManager, id: string, actor: Actor, lock = false): Promise<Supplier> {
    const qb = manager.getRepository(Supplier).createQueryBuilder('s').where('s.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const supplier = await qb.getOne();
    const visible =
      supplier !== null &&
      (isStaff(actor) ||
        (actor.role === 'exporter' && actor.supplierId === id) ||
        (actor.role === 'buyer' && supplier.status === 'approved'));
    if (!visible) throw DomainError.notFound('supplier');
    return supplier;
  }

  private async findOwnedOrStaff(id: string, actor: Actor): Promise<Supplier> {
    if (!isStaff(actor) && !(actor.role === 'exporter' && actor.supplierId === id))
      throw DomainError.notFound('supplier');
    return this.findVisible(this.dataSource.manager, id, actor);
  }

  private district(input: string): string {
    const district = canonicalDistrict(input);
    if (!district)
      throw DomainError.validation('district', "must be one of Rwanda's 30 districts, such as Bugesera or Nyamasheke");
    return district;
  }

  private async withTinConflict<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'supplier_tin_key'
      ) {
        throw DomainError.conflict('a supplier with this TIN is already registered', 'tin');
      }
      throw error;
    }
  }
}

export type { SupplierReason };
