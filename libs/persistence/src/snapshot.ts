import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `read` in one REPEATABLE READ transaction, so a view composed of several queries sees
 * the database at a single moment: a shipment read as `delivered` comes with the `delivered`
 * event and history entry that moved it there, even while a worker commits the next change
 * between two of the view's queries.
 */
export function readSnapshot<T>(dataSource: DataSource, read: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', read);
}
