import type { HistoryItem } from '@corridor/persistence';
import { formatKg, type SupplierReason } from '@corridor/domain';
import type { Supplier } from './entities/supplier.entity';
import type { SupplierDocument } from './entities/supplier-document.entity';
import type { Product } from './entities/product.entity';

/**
 * A supplier as the API returns it (the contract's supplier object), with its status history when `history` is given.
 */
export function toSupplierView(s: Supplier, history?: HistoryItem[]) {
  return {
    id: s.id,
    legalName: s.legalName,
    tradingName: s.tradingName,
    type: s.type,
    tin: s.tin,
    rdbRegistrationNumber: s.rdbRegistrationNumber,
    district: s.district,
    address: s.address,
    contact: s.contact,
    categories: s.categories,
    status: s.status,
    reasons: s.reasons as SupplierReason[],
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    ...(history ? { history } : {}),
  };
}
/** The contract's supplier object; see {@link toSupplierView}. */
export type SupplierView = ReturnType<typeof toSupplierView>;

/**
 * A supplier document's metadata as the API returns it; the bytes are fetched separately, and the storage key never
 * leaves.
 */
export function toDocumentView(d: SupplierDocument) {
  return {
    id: d.id,
    type: d.type,
    number: d.number,
    contentType: d.contentType,
    sha256: d.sha256,
    sizeBytes: d.sizeBytes,
    issuedOn: d.issuedOn,
    expiresOn: d.expiresOn,
    createdAt: d.createdAt.toISOString(),
  };
}
/** The contract's supplier document object; see {@link toDocumentView}. */
export type SupplierDocumentView = ReturnType<typeof toDocumentView>;

/** A product as the API returns it: names as `{ en, zh }`, unit weights as kg strings with three decimals. */
export function toProductView(p: Product) {
  return {
    id: p.id,
    supplierId: p.supplierId,
    sku: p.sku,
    name: { en: p.nameEn, zh: p.nameZh },
    category: p.category,
    form: p.form,
    hsCode: p.hsCode,
    botanicalName: p.botanicalName,
    packaging: p.packaging,
    unitNetWeightKg: formatKg(p.unitNetWeightG),
    unitGrossWeightKg: formatKg(p.unitGrossWeightG),
    shelfLifeDays: p.shelfLifeDays,
    attributes: p.attributes,
    createdAt: p.createdAt.toISOString(),
  };
}
/** The contract's product object; see {@link toProductView}. */
export type ProductView = ReturnType<typeof toProductView>;
