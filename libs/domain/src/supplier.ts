import { StateMachine, type Effect } from './state-machine';

/** Every status a supplier can be in, as stored in `suppliers.status` and returned by the API. */
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
/** A supplier's status; moves only through {@link supplierStateMachine}. */
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

/** The actions of {@link supplierStateMachine}; each is allowed only from the statuses its table lists. */
export type SupplierAction =
  | 'submit'
  | 'start_verification'
  | 'pass_verification'
  | 'request_changes'
  | 'approve'
  | 'reject'
  | 'suspend'
  | 'reinstate';

const VERIFY: Effect = { job: 'supplier.verify' };
const TELL_OUTCOME: Effect = { job: 'supplier.notify' };

/**
 * The contract's supplier lifecycle, with what each move sets off; `rejected` is final. Every
 * decision about a supplier is told to its exporter (`supplier.notify`).
 */
export const supplierStateMachine = new StateMachine<SupplierStatus, SupplierAction>(
  'supplier',
  {
    draft: { submit: { to: 'submitted', effects: [VERIFY] } },
    submitted: { start_verification: 'verifying' },
    verifying: {
      pass_verification: { to: 'in_review', effects: [{ job: 'task.open', task: 'supplier_review' }] },
      request_changes: { to: 'changes_requested', effects: [TELL_OUTCOME] },
    },
    in_review: {
      approve: { to: 'approved', effects: [TELL_OUTCOME] },
      reject: { to: 'rejected', effects: [TELL_OUTCOME] },
      request_changes: { to: 'changes_requested', effects: [TELL_OUTCOME] },
    },
    changes_requested: { submit: { to: 'submitted', effects: [VERIFY] } },
    approved: { suspend: { to: 'suspended', effects: [TELL_OUTCOME] } },
    suspended: {
      submit: { to: 'submitted', effects: [VERIFY] },
      reinstate: { to: 'approved', effects: [TELL_OUTCOME] },
    },
    rejected: {},
  },
  { created: { status: 'draft' } },
);

/** Statuses in which the exporter may still edit the supplier's details. */
export const SUPPLIER_EDITABLE_STATUSES: readonly SupplierStatus[] = ['draft', 'changes_requested', 'suspended'];

/** The legal forms a supplier may be registered under, as the API accepts them. */
export const SUPPLIER_TYPES = ['cooperative', 'company', 'sole_proprietor'] as const;
/** A supplier's legal form. */
export type SupplierType = (typeof SUPPLIER_TYPES)[number];

/** The product categories Corridor exports; a supplier declares the ones it supplies. */
export const PRODUCT_CATEGORIES = ['chili', 'coffee'] as const;
/** A product category a supplier supplies. */
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** The kinds of document a supplier may upload, as the API accepts them. */
export const SUPPLIER_DOCUMENT_TYPES = [
  'rdb_certificate',
  'tax_clearance',
  'naeb_registration',
  'gacc_registration',
  'organic_certificate',
  'phytosanitary_inspection',
  'other',
] as const;
/** The kind of an uploaded supplier document. */
export type SupplierDocumentType = (typeof SUPPLIER_DOCUMENT_TYPES)[number];

/** Document types whose registration number goes on customs documents and labels. */
export const NUMBERED_DOCUMENT_TYPES: readonly SupplierDocumentType[] = ['naeb_registration', 'gacc_registration'];

/** Why staff or the verifier held back a supplier: the codes a {@link SupplierReason} carries. */
export const REASON_CODES = [
  'DOCUMENT_MISSING',
  'DOCUMENT_EXPIRED',
  'DOCUMENT_EXPIRING',
  'DETAILS_INCORRECT',
  'OTHER',
] as const;
/** The machine-readable cause of a rejection, change request or expiry notice. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** Why a supplier was rejected, sent back for changes or warned, as told to its exporter. */
export interface SupplierReason {
  /** The cause, for machines. */
  code: ReasonCode;
  /** The document concerned, when the cause is about one (missing, expired, expiring). */
  documentType?: SupplierDocumentType;
  /** Free text for the exporter; absent when the code says enough. */
  message?: string;
}
