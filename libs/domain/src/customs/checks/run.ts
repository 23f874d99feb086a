/**
 * What every consistency check shares: the run over one document set, the references the
 * papers are held to (read once), and the exact arithmetic on printed weights and amounts.
 * Amounts and weights are compared as integer minor units and grams, never as floats.
 */

import { parseKg } from '../../measure';
import { Money, type Currency } from '../../money';
import type { ShipmentDocumentType } from '../../shipment';
import type { ConsistencyContext, DocumentFinding, DocumentSet, PackedPackage } from '../document-data';

/** How a finding prints a paper or field that is there. */
export const PRESENT = 'present';
/** How a finding prints a paper or field that is missing. */
export const ABSENT = 'absent';

/** The documents a finding names: the reference first, then the document the field points into. */
export type Documents = ShipmentDocumentType[];

/** Per SKU: how many, and how many from each lot. */
export type Tally = Map<string, { quantity: number; lots: Map<string, number> }>;

/** What the invoice says about one SKU, summed over its lines. */
export interface InvoiceSku {
  hsCode: string;
  value: Money | null;
  /** The SKU's unit price when all its lines agree on one; null otherwise. */
  unitPrice: Money | null;
  netG: number | null;
  grossG: number | null;
}

/** One run of the checks over a document set: its inputs, what they are held to, and the findings so far. */
export interface Run {
  set: DocumentSet;
  context: ConsistencyContext;
  findings: DocumentFinding[];
  shipped: Tally;
  /** Shipped SKUs that are plant products, in shipment order. */
  plantSkus: string[];
  invoice: Map<string, InvoiceSku>;
  /** Packing-list packages by reference (the first of a duplicated reference). */
  packages: Map<string, PackedPackage>;
}

/** One line of a document as the generic checks see it. */
export interface LineView {
  /** How the line is named in `field`: its SKU, `SKU/LOT`, or its index. */
  key: string;
  sku: string;
  quantity: number;
  lotNumber?: string;
  hsCode?: string;
  value?: string;
  netWeightKg?: string;
  grossWeightKg?: string;
  originCountry?: string;
}

/** A document's list of lines: where it is, and whether its lines carry lots. */
export interface LineList {
  type: ShipmentDocumentType;
  /** Path of the list in the document set, e.g. "exportDeclaration.items". */
  path: string;
  lines: LineView[];
  carriesLots: boolean;
}

/** Reads what every check holds the papers to, once: the shipped tally, the plant SKUs, the invoice per SKU, the packages. */
export function prepare(set: DocumentSet, context: ConsistencyContext): Run {
  const shipped = tally(context.shippedLines);
  const currency = set.invoice.currency;
  const invoice = new Map<string, InvoiceSku>();
  for (const sku of distinct(set.invoice.lines.map((l) => l.sku))) {
    const lines = set.invoice.lines.filter((l) => l.sku === sku);
    const prices = lines.map((l) => money(l.unitPrice, currency));
    const first = prices[0];
    const onePrice = first !== null && prices.every((p) => p !== null && p.equals(first));
    invoice.set(sku, {
      hsCode: lines[0].hsCode,
      value: sumMoney(
        lines.map((l) => l.lineTotal),
        currency,
      ),
      unitPrice: onePrice ? first : null,
      netG: sumGrams(lines.map((l) => l.netWeightKg)),
      grossG: sumGrams(lines.map((l) => l.grossWeightKg)),
    });
  }
  const packages = new Map<string, PackedPackage>();
  for (const pkg of set.packingList.packages) if (!packages.has(pkg.reference)) packages.set(pkg.reference, pkg);
  return {
    set,
    context,
    findings: [],
    shipped,
    plantSkus: [...shipped.keys()].filter((sku) => isPlant(context, sku)),
    invoice,
    packages,
  };
}

/** Whether the SKU is a plant product, which the phytosanitary request must cover. */
export function isPlant(context: ConsistencyContext, sku: string): boolean {
  return context.products[sku]?.plantProduct === true;
}

/** Sums lines per SKU and, where lines carry lots, per lot. */
export function tally(lines: readonly { sku: string; quantity: number; lotNumber?: string }[]): Tally {
  const result: Tally = new Map();
  for (const line of lines) {
    const entry = result.get(line.sku) ?? { quantity: 0, lots: new Map<string, number>() };
    entry.quantity += line.quantity;
    if (line.lotNumber !== undefined)
      entry.lots.set(line.lotNumber, (entry.lots.get(line.lotNumber) ?? 0) + line.quantity);
    result.set(line.sku, entry);
  }
  return result;
}

/** Names each line by its SKU; by `SKU/LOT` when the SKU repeats; by its index when that repeats too. */
export function lineKeys(lines: readonly { sku: string; lotNumber?: string }[]): string[] {
  const count = (key: (l: { sku: string; lotNumber?: string }) => string, value: string) =>
    lines.filter((l) => key(l) === value).length;
  return lines.map((line, index) => {
    if (count((l) => l.sku, line.sku) === 1) return line.sku;
    const withLot = `${line.sku}/${line.lotNumber ?? ''}`;
    if (line.lotNumber !== undefined && count((l) => `${l.sku}/${l.lotNumber ?? ''}`, withLot) === 1) return withLot;
    return String(index);
  });
}

/** The lines, each with the key {@link lineKeys} names it by. */
export function withKeys<T extends { sku: string; lotNumber?: string }>(lines: readonly T[]): (T & { key: string })[] {
  const keys = lineKeys(lines);
  return lines.map((line, i) => ({ ...line, key: keys[i] }));
}

/** The values without repeats, in first-seen order. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Whether two lists hold the same values, ignoring order and repeats. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((v) => right.has(v));
}

/** A kg string in grams; null when absent or unreadable. */
export function grams(value: string | undefined): number | null {
  if (value === undefined) return null;
  try {
    return parseKg(value);
  } catch {
    return null;
  }
}

/** The sum of kg strings in grams; null when any is absent or unreadable. */
export function sumGrams(values: readonly (string | undefined)[]): number | null {
  let total = 0;
  for (const value of values) {
    const g = grams(value);
    if (g === null) return null;
    total += g;
  }
  return total;
}

/** An amount string as money of `currency`; null when absent or unreadable. */
export function money(value: string | undefined, currency: Currency): Money | null {
  if (value === undefined) return null;
  try {
    return Money.parse(value, currency);
  } catch {
    return null;
  }
}

/** The sum of amount strings in `currency`; null when any is absent or unreadable. */
export function sumMoney(values: readonly (string | undefined)[], currency: Currency): Money | null {
  let total = Money.zero(currency);
  for (const value of values) {
    const m = money(value, currency);
    if (m === null) return null;
    total = total.add(m);
  }
  return total;
}
