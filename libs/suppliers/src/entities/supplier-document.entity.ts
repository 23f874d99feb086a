import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { SupplierDocumentType } from '@corridor/domain';
import { dateOnlyTransformer } from '@corridor/persistence';

/** A certificate or registration a supplier uploaded; the bytes live in the file store. */
@Entity('supplier_document')
export class SupplierDocument {
  /** UUIDv7; also the document's id in the API. */
  @PrimaryColumn('uuid')
  id: string;

  /** The supplier it belongs to (UUID); the tenant key an exporter's API key is scoped by. */
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  /** Which certificate or registration this is. */
  @Column({ type: 'text' })
  type: SupplierDocumentType;

  /** The certificate or registration number printed on it; null when the type has none. */
  @Column({ type: 'text', nullable: true })
  number: string | null;

  /** The media type sniffed from the uploaded bytes, not the one the client claimed. */
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  /** Hex SHA-256 of the stored bytes. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Size of the stored bytes. */
  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /** YYYY-MM-DD the document was issued; null when not given. */
  @Column({ name: 'issued_on', type: 'date', nullable: true, transformer: dateOnlyTransformer })
  issuedOn: string | null;

  /** YYYY-MM-DD it stops being valid, after which the expiry check acts; null for one that does not expire. */
  @Column({ name: 'expires_on', type: 'date', nullable: true, transformer: dateOnlyTransformer })
  expiresOn: string | null;

  /** Where the bytes are in the file store. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  /** When the row was inserted (set by the database). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
