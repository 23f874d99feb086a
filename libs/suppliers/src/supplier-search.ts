/**
 * A subquery of the ids of suppliers whose legal or trading name matches the ILIKE pattern
 * `:<param>`, for other libs' searches to embed: the SQL over `supplier` stays with its owner.
 */
export function suppliersNamedLikeSql(param: string): string {
  return `SELECT su.id FROM supplier su WHERE su.legal_name ILIKE :${param} OR su.trading_name ILIKE :${param}`;
}
