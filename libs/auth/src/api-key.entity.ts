import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@corridor/domain';

/** An API key, held only as its SHA-256; the key itself is shown once at creation. */
@Entity('api_key')
export class ApiKey {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'store_code', type: 'text', nullable: true })
  storeCode: string | null;

  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
