import type { ProductCategory, SupplierDocumentType } from '@corridor/domain';

/**
 * Which documents a supplier needs, kept as data: every supplier its RDB certificate and tax
 * clearance; food for China (chili, coffee) also its NAEB export registration and its GACC
 * registration (Decree 248), without which it cannot ship food to China.
 */
export const REQUIRED_FOR_EVERY_SUPPLIER: readonly SupplierDocumentType[] = ['rdb_certificate', 'tax_clearance'];

/**
 * The documents each product category adds to {@link REQUIRED_FOR_EVERY_SUPPLIER}: for food bound for China, NAEB and
 * GACC registration.
 */
export const REQUIRED_BY_CATEGORY: Readonly<Record<ProductCategory, readonly SupplierDocumentType[]>> = {
  chili: ['naeb_registration', 'gacc_registration'],
  coffee: ['naeb_registration', 'gacc_registration'],
};

/** A document expiring within this many days fails verification and triggers a reminder. */
export const EXPIRY_WARNING_DAYS = 30;

/** Every document a supplier selling `categories` must have on file, each type once, those of every supplier first. */
export function requiredDocuments(categories: readonly ProductCategory[]): SupplierDocumentType[] {
  return [...new Set([...REQUIRED_FOR_EVERY_SUPPLIER, ...categories.flatMap((c) => REQUIRED_BY_CATEGORY[c])])];
}
