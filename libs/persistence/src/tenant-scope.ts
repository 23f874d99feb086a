import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isStaff, type Actor } from '@corridor/domain';

/**
 * Narrows a query to what the caller may see: staff everything; a buyer its store (HQ keys,
 * with no store, every store); an exporter its supplier; anyone else nothing. Rows outside
 * the scope simply do not exist for the caller, which the API answers with `404`.
 */
export function scopeToActor<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  columns: { storeCode: string; supplierId: string },
): SelectQueryBuilder<T> {
  if (isStaff(actor)) return qb;
  if (actor.role === 'buyer') {
    return actor.storeCode ? qb.andWhere(`${columns.storeCode} = :scopeStore`, { scopeStore: actor.storeCode }) : qb;
  }
  if (actor.role === 'exporter')
    return qb.andWhere(`${columns.supplierId} = :scopeSupplier`, { scopeSupplier: actor.supplierId });
  return qb.andWhere('false');
}
