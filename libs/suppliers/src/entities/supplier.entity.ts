import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ProductCategory, SupplierReason, SupplierStatus, SupplierType } from '@corridor/domain';

/** Who to reach at a supplier. */
export interface SupplierContact {
  /** The person Corridor talks to at the supplier. */
  name: string;
  /** Their email address. */
  email: string;
  /** Their phone in E.164 form (+250…). */
  phone: string;
}

/** A Rwandan chili or coffee producer onboarding to sell to Freshippo. */
@Entity('supplier')
export class Supplier {
  /** UUIDv7, assigned by Corridor. */
  @PrimaryColumn('uuid')
  id: string;

  /** The name registered with the RDB; printed as exporter on every customs paper. */
  @Column({ name: 'legal_name', type: 'text' })
  legalName: string;

  /** The name the supplier trades under, if it gave one. */
  @Column({ name: 'trading_name', type: 'text', nullable: true })
  tradingName: string | null;

  /** The legal form: cooperative, company or sole proprietor. */
  @Column({ type: 'text' })
  type: SupplierType;

  /** Rwandan tax identification number, nine digits; unique across suppliers. */
  @Column({ type: 'char', length: 9 })
  tin: string;

  /** Rwanda Development Board company registration, printed on customs papers. */
  @Column({ name: 'rdb_registration_number', type: 'text' })
  rdbRegistrationNumber: string;

  /** One of Rwanda's 30 districts, officially spelled. */
  @Column({ type: 'text' })
  district: string;

  /** Street address within the district; line breaks are kept. */
  @Column({ type: 'text' })
  address: string;

  /** Who to reach at the supplier. */
  @Column({ type: 'jsonb' })
  contact: SupplierContact;

  /** The product categories it sells; they decide which documents it must upload. */
  @Column({ type: 'text', array: true })
  categories: ProductCategory[];

  /** Written only through the state machine (`applyTransition`, by the owning service's `apply`). */
  @Column({ type: 'text', update: false })
  status: SupplierStatus;

  /**
   * Why the supplier is in its status (documents missing, rejected, expired, suspended); empty when nothing is wrong.
   */
  @Column({ type: 'jsonb' })
  reasons: SupplierReason[];

  /** Starts at 1 and goes up with every change and status transition; deduplicates the notifications of a change. */
  @Column({ type: 'integer' })
  version: number;

  /** When the row was inserted (set by the database). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the row last changed, status transitions included. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
