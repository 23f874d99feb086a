import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@corridor/domain';

/** An API key, held only as its SHA-256; the key itself is shown once at creation. */
@Entity('api_key')
export class ApiKey {
  /** UUIDv7; the actor's `keyId` when the key is used. */
  @PrimaryColumn('uuid')
  id: string;

  /** Hex SHA-256 of the key; unique, and what a presented key is looked up by. */
  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  /** What the key may do. */
  @Column({ type: 'text' })
  role: Role;

  /** A name people recognise the key by, e.g. when it holds a task. */
  @Column({ type: 'text' })
  label: string;

  /** A buyer key's store; null for HQ procurement (every store) and for other roles. */
  @Column({ name: 'store_code', type: 'text', nullable: true })
  storeCode: string | null;

  /** An exporter key's supplier; null for other roles. */
  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId: string | null;

  /** When the key was issued. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When it was revoked, after which it authenticates nothing; null while live. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
