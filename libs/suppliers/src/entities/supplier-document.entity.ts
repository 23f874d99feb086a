import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { SupplierDocumentType } from '@corridor/domain';
import { dateOnlyTransformer } from '@corridor/persistence';

/** A certificate or registration a supplier uploaded; the bytes live in the file store. */
@Entity('supplier_document')
export class SupplierDocument {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ type: 'text' })
  type: SupplierDocumentType;

  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ name: 'issued_on', type: 'date', nullable: true, transformer: dateOnlyTransformer })
  issuedOn: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true, transformer: dateOnlyTransformer })
  expiresOn: string | null;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
