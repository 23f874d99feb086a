import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PRODUCT_CATEGORIES,
  REASON_CODES,
  SUPPLIER_DOCUMENT_TYPES,
  SUPPLIER_STATUSES,
  SUPPLIER_TYPES,
  type ProductCategory,
  type ReasonCode,
  type SupplierDocumentType,
  type SupplierStatus,
  type SupplierType,
} from '@corridor/domain';
import type { SupplierView as SupplierShape } from '@corridor/suppliers';
import { HistoryItemView } from './history-item.view';
import { TIMESTAMP, UUID } from './formats';

export class SupplierContactView {
  name: string;

  @ApiProperty({ format: 'email' })
  email: string;

  /** E.164. */
  @ApiProperty({ example: '+250788123456' })
  phone: string;
}

/** Why verification or review sent the file back. */
export class SupplierReasonView {
  @ApiProperty({ enum: REASON_CODES })
  code: ReasonCode;

  @ApiPropertyOptional({ enum: SUPPLIER_DOCUMENT_TYPES })
  documentType?: SupplierDocumentType;

  message?: string;
}

/** A chili or coffee producer, as listed. */
export class SupplierView implements SupplierShape {
  @ApiProperty(UUID)
  id: string;

  legalName: string;

  @ApiProperty({ type: 'string', nullable: true })
  tradingName: string | null;

  @ApiProperty({ enum: SUPPLIER_TYPES })
  type: SupplierType;

  @ApiProperty({ pattern: '^\\d{9}$', example: '102345678' })
  tin: string;

  rdbRegistrationNumber: string;

  /** One of Rwanda's 30 districts, spelt as in the official lists. */
  @ApiProperty({ example: 'Bugesera' })
  district: string;

  address: string;

  contact: SupplierContactView;

  @ApiProperty({ enum: PRODUCT_CATEGORIES, isArray: true })
  categories: ProductCategory[];

  @ApiProperty({ enum: SUPPLIER_STATUSES, enumName: 'SupplierStatus' })
  status: SupplierStatus;

  /** Set when verification or review asks for changes; empty otherwise. */
  reasons: SupplierReasonView[];

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty(TIMESTAMP)
  createdAt: string;

  @ApiProperty(TIMESTAMP)
  updatedAt: string;
}

/** One supplier, with its status history. */
export class SupplierDetailView extends SupplierView {
  history: HistoryItemView[];
}

/** The result of self-onboarding. */
export class SupplierSignUpView {
  supplier: SupplierDetailView;

  /**
   * An exporter key for this supplier, shown in this response only: a replay with the same
   * `Idempotency-Key` (`Idempotent-Replayed: true`) shows it again from a copy kept encrypted
   * with the stored answer (`null` there only if the server's key changed since).
   */
  @ApiProperty({ type: 'string', nullable: true, example: 'cor_exporter_3fX…' })
  apiKey: string;
}
