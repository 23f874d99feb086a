import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { SupplierNotificationKind } from '@corridor/queue';

/** A message for the exporter about its supplier, in the order Corridor sent them. */
@Entity('supplier_notification')
export class SupplierNotification {
  /** UUIDv7, which orders the notifications as sent. */
  @PrimaryColumn('uuid')
  id: string;

  /** The supplier it belongs to (UUID); the tenant key an exporter's API key is scoped by. */
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  /** What happened, as a stable code. */
  @Column({ type: 'text' })
  kind: SupplierNotificationKind;

  /** The text the exporter reads. */
  @Column({ type: 'text' })
  message: string;

  /** The facts behind the message (e.g. a document type), for a client to act on. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  /** Unique: a job that runs twice writes the notification once. */
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  /** When the row was inserted (set by the database). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
