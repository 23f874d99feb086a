import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ProductCategory, SupplierReason, SupplierStatus, SupplierType } from '@corridor/domain';

export interface SupplierContact {
  name: string;
  email: string;
  phone: string;
}

/** A Rwandan chili or coffee producer onboarding to sell to Freshippo. */
@Entity('supplier')
export class Supplier {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName: string;

  @Column({ name: 'trading_name', type: 'text', nullable: true })
  tradingName: string | null;

  @Column({ type: 'text' })
  type: SupplierType;

  @Column({ type: 'char', length: 9 })
  tin: string;

  @Column({ name: 'rdb_registration_number', type: 'text' })
  rdbRegistrationNumber: string;

  @Column({ type: 'text' })
  district: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'jsonb' })
  contact: SupplierContact;

  @Column({ type: 'text', array: true })
  categories: ProductCategory[];

  /** Written only through the state machine (`applyTransition`, by the owning service's `apply`). */
  @Column({ type: 'text', update: false })
  status: SupplierStatus;

  @Column({ type: 'jsonb' })
  reasons: SupplierReason[];

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
