import { StateMachine } from './state-machine';

export const SUPPLIER_STATUSES = [
  'draft',
  'submitted',
  'verifying',
  'in_review',
  'approved',
  'rejected',
  'changes_requested',
  'suspended',
] as const;
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

export type SupplierAction =
  | 'submit'
  | 'start_verification'
  | 'pass_verification'
  | 'request_changes'
  | 'approve'
  | 'reject'
  | 'suspend'
  | 'reinstate';

/** The contract's supplier lifecycle; `rejected` is final. */
export const supplierStateMachine = new StateMachine<SupplierStatus, SupplierAction>('supplier', {
  draft: { submit: 'submitted' },
  submitted: { start_verification: 'verifying' },
  verifying: { pass_verification: 'in_review', request_changes: 'changes_requested' },
  in_review: { approve: 'approved', reject: 'rejected', request_changes: 'changes_requested' },
  changes_requested: { submit: 'submitted' },
  approved: { suspend: 'suspended' },
  suspended: { submit: 'submitted', reinstate: 'approved' },
  rejected: {},
});

/** Statuses in which the exporter may still edit the supplier's details. */
export const SUPPLIER_EDITABLE_STATUSES: readonly SupplierStatus[] = ['draft', 'changes_requested', 'suspended'];

export const SUPPLIER_TYPES = ['cooperative', 'company', 'sole_proprietor'] as const;
export type SupplierType = (typeof SUPPLIER_TYPES)[number];

export const PRODUCT_CATEGORIES = ['chili', 'coffee'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const SUPPLIER_DOCUMENT_TYPES = [
  'rdb_certificate',
  'tax_clearance',
  'naeb_registration',
  'gacc_registration',
  'organic_certificate',
  'phytosanitary_inspection',
  'other',
] as const;
export type SupplierDocumentType = (typeof SUPPLIER_DOCUMENT_TYPES)[number];

/** Document types whose registration number goes on customs documents and labels. */
export const NUMBERED_DOCUMENT_TYPES: readonly SupplierDocumentType[] = ['naeb_registration', 'gacc_registration'];

export const REASON_CODES = [
  'DOCUMENT_MISSING',
  'DOCUMENT_EXPIRED',
  'DOCUMENT_EXPIRING',
  'DETAILS_INCORRECT',
  'OTHER',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface SupplierReason {
  code: ReasonCode;
  documentType?: SupplierDocumentType;
  message?: string;
}
