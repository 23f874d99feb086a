import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { SupplierNotificationKind } from '@corridor/queue';

/** A message for the exporter about its supplier, in the order Corridor sent them. */
@Entity('supplier_notification')
export class SupplierNotification {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ type: 'text' })
  kind: SupplierNotificationKind;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
