import { parseKg } from '@corridor/domain';
import type { CommercialInvoiceData, PackingListData } from './rendering/document-data';

/**
 * Whether the invoice and the packing list agree on what customs compares: quantities per
 * SKU and lot, net and gross weights (net never above gross), package count, references.
 * Inconsistent papers are the commonest cause of a shipment held at customs.
 */
export function documentProblems(invoice: CommercialInvoiceData, packingList: PackingListData): string[] {
  const problems: string[] = [];
  const invoiced = new Map(invoice.lines.map((l) => [`${l.sku}/${l.lotNumber}`, l.quantity]));
  const packed = new Map<string, number>();
  for (const pkg of packingList.packages) {
    for (const c of pkg.contents)
      packed.set(`${c.sku}/${c.lotNumber}`, (packed.get(`${c.sku}/${c.lotNumber}`) ?? 0) + c.quantity);
    if (parseKg(pkg.netWeightKg) > parseKg(pkg.grossWeightKg))
      problems.push(`package ${pkg.reference}: net weight above gross weight`);
  }
  for (const key of new Set([...invoiced.keys(), ...packed.keys()])) {
    if (invoiced.get(key) !== packed.get(key))
      problems.push(`${key}: invoiced ${invoiced.get(key) ?? 0}, packed ${packed.get(key) ?? 0}`);
  }
  if (invoice.totalNetWeightKg !== packingList.totalNetWeightKg)
    problems.push('total net weight differs between invoice and packing list');
  if (invoice.totalGrossWeightKg !== packingList.totalGrossWeightKg)
    problems.push('total gross weight differs between invoice and packing list');
  if (parseKg(invoice.totalNetWeightKg) > parseKg(invoice.totalGrossWeightKg))
    problems.push('total net weight above total gross weight');
  if (invoice.packageCount !== packingList.packageCount)
    problems.push('package count differs between invoice and packing list');
  if (invoice.buyerReference !== packingList.buyerReference)
    problems.push('buyer reference differs between invoice and packing list');
  if (!invoice.seller.registrations?.some((r) => r.label.startsWith('GACC'))) {
    problems.push('the supplier has no GACC registration number: food cannot be shipped to China without it');
  }
  return problems;
}
