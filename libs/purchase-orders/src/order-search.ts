/**
 * A subquery of the ids of orders whose buyer reference is the query parameter `:<param>`, for
 * other libs' searches to embed: the SQL over `purchase_order` stays with its owner.
 */
export function ordersWithBuyerReferenceSql(param: string): string {
  return `SELECT o.id FROM purchase_order o WHERE o.buyer_reference = :${param}`;
}
