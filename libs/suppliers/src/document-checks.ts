import type { SupplierReason } from '@corridor/domain';
import { EXPIRY_WARNING_DAYS } from './required-documents';

/** The fields of a supplier document the checks read. */
export interface DatedDocument {
  /** The document's id. */
  id: string;
  /** Its document type; only the newest of each type counts. */
  type: string;
  /** YYYY-MM-DD it stops being valid; null for one that does not expire. */
  expiresOn: string | null;
}

/** A calendar date in UTC, `days` after `from` (today by default). */
export function isoDate(days = 0, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The newest document of each type (documents given newest first). */
export function latestByType<D extends DatedDocument>(documents: D[]): Map<string, D> {
  const latest = new Map<string, D>();
  for (const d of documents) if (!latest.has(d.type)) latest.set(d.type, d);
  return latest;
}

/**
 * Each required document present, in date, and not expiring within the warning window.
 * Documents are given newest first; only the newest of each type counts.
 */
export function checkDocuments(required: string[], documents: DatedDocument[], today = isoDate()): SupplierReason[] {
  const soon = isoDate(EXPIRY_WARNING_DAYS, new Date(`${today}T00:00:00Z`));
  const latest = latestByType(documents);
  const reasons: SupplierReason[] = [];
  for (const type of required) {
    const doc = latest.get(type);
    const documentType = type as SupplierReason['documentType'];
    if (!doc) reasons.push({ code: 'DOCUMENT_MISSING', documentType, message: `${type} is missing` });
    else if (doc.expiresOn && doc.expiresOn < today) {
      reasons.push({ code: 'DOCUMENT_EXPIRED', documentType, message: `${type} expired on ${doc.expiresOn}` });
    } else if (doc.expiresOn && doc.expiresOn <= soon) {
      reasons.push({
        code: 'DOCUMENT_EXPIRING',
        documentType,
        message: `${type} expires on ${doc.expiresOn}, within ${EXPIRY_WARNING_DAYS} days`,
      });
    }
  }
  return reasons;
}
