/**
 * The consistency engine: whether the papers of one shipment agree with each other and with the
 * shipment as packed. Inconsistent papers are the commonest cause of a shipment held at customs,
 * so every document is held to the same references before anything is handed to a carrier:
 *
 * - the shipment's lines (`context.shippedLines`) for which SKUs, lots and quantities must be on
 *   the papers;
 * - the commercial invoice for HS codes, values, currency, per-SKU weights, the named place and
 *   the exporter;
 * - the packing list for packages and total weights (it is where the goods were weighed);
 * - the order (`context.incoterm`) and the UPU limits (`context.cn22`).
 *
 * Findings come out in a fixed order: the papers the shipment needs, the incoterm, the GACC
 * registration, then document by document (invoice, packing list, export declaration,
 * certificate of origin, phytosanitary request, postal declarations in package order), each in
 * the order of its checks and lines. Amounts and weights are compared as integer minor units and
 * grams, never as floats, so "5.0" and "5.000" agree.
 *
 * Conventions of a {@link DocumentFinding}:
 * - `field` is a path into the {@link DocumentSet} (`invoice.lines[CHL-DW-250].hsCode`,
 *   `packingList.packages[PKG-1].netWeightKg`, `postalDeclarations[PKG-1].form`). A list entry is
 *   named by its SKU, or `SKU/LOT` when a document carries the SKU on several lines, and a package
 *   or postal declaration by its package reference. `packingList.packages[*].contents[SKU]` is a
 *   SKU summed over every package; `postalDeclarations[*]` the same over every declaration.
 * - `documents` names the reference document first when the reference is a document, then the
 *   document the field points into; a finding against the shipment or the order names one.
 * - `expected` is the reference's value, `actual` the document's: quantities as integers, weights
 *   as kg strings, amounts as amount strings, lists joined with ", "; presence as "present" or
 *   "absent"; a missing registration number as "".
 */

import { DomainError } from '../domain-error';
import { formatKg, parseKg } from '../measure';
import { Money, minorDigits, type Currency } from '../money';
import { INCOTERMS } from '../purchase-order';
import type { ShipmentDocumentType, ShipmentMode } from '../shipment';
import type {
  ConsistencyContext,
  DocumentFinding,
  DocumentFindingCode,
  DocumentSet,
  ExporterParty,
  PackedPackage,
  PostalDeclarationData,
} from './document-data';

/** Whether a postal item may travel on a CN22: at most the gross limit and under the SDR limit. */
export function cn22Applies(
  input: { grossWeightKg: string; valueInSdr: string },
  limits: ConsistencyContext['cn22'],
): boolean {
  const light = parseKg(input.grossWeightKg, 'grossWeightKg') <= parseKg(limits.maxGrossKg, 'cn22.maxGrossKg');
  const cheap =
    compareDecimals(
      parseDecimal(input.valueInSdr, 'valueInSdr'),
      parseDecimal(limits.maxValueSdr, 'cn22.maxValueSdr'),
    ) < 0;
  return light && cheap;
}

/**
 * An amount of `currency` in SDR at `sdrRate` units of the currency per SDR, as a two-decimal
 * string rounded half up. Exact: the division is done on integers.
 */
export function valueInSdr(amount: string, currency: Currency, sdrRate: string): string {
  const value = Money.parse(amount, currency, 'amount');
  const rate = parseDecimal(sdrRate, 'sdrRate');
  if (rate.units === 0n) throw DomainError.validation('sdrRate', 'must be above zero');
  // SDR = (minor / 10^digits) / (units / 10^scale); in hundredths of an SDR, rounded half up.
  const numerator = value.minor * 10n ** BigInt(rate.scale) * 100n;
  const denominator = rate.units * 10n ** BigInt(minorDigits(currency));
  const hundredths = (2n * numerator + denominator) / (2n * denominator);
  const text = hundredths.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** Every disagreement in a shipment's papers; `[]` when they are consistent. Pure and deterministic. */
export function checkDocumentSet(set: DocumentSet, context: ConsistencyContext): DocumentFinding[] {
  const run = prepare(set, context);
  checkPresence(run);
  checkIncotermForMode(run);
  checkGaccRegistration(run);
  checkInvoice(run);
  checkPackingList(run);
  if (set.exportDeclaration) checkExportDeclaration(run, set.exportDeclaration);
  if (set.certificateOfOrigin) checkCertificateOfOrigin(run, set.certificateOfOrigin);
  if (set.phytosanitaryRequest && run.plantSkus.length > 0) checkPhytosanitaryRequest(run, set.phytosanitaryRequest);
  if (context.mode === 'postal') checkPostalDeclarations(run);
  return run.findings;
}

// ---------------------------------------------------------------------------------------------
// What every check shares

/** The Incoterms 2020 rules each mode takes: every mode Corridor ships by is air or post. */
const INCOTERMS_BY_MODE: Readonly<Record<ShipmentMode, readonly string[]>> = {
  postal: INCOTERMS,
  courier: INCOTERMS,
  air_cargo: INCOTERMS,
};

const PRESENT = 'present';
const ABSENT = 'absent';

type Documents = ShipmentDocumentType[];

/** Per SKU: how many, and how many from each lot. */
type Tally = Map<string, { quantity: number; lots: Map<string, number> }>;

/** What the invoice says about one SKU, summed over its lines. */
interface InvoiceSku {
  hsCode: string;
  value: Money | null;
  /** The SKU's unit price when all its lines agree on one; null otherwise. */
  unitPrice: Money | null;
  netG: number | null;
  grossG: number | null;
}

interface Run {
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
interface LineView {
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
interface LineList {
  type: ShipmentDocumentType;
  /** Path of the list in the document set, e.g. "exportDeclaration.items". */
  path: string;
  lines: LineView[];
  carriesLots: boolean;
}

function prepare(set: DocumentSet, context: ConsistencyContext): Run {
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

function isPlant(context: ConsistencyContext, sku: string): boolean {
  return context.products[sku]?.plantProduct === true;
}

function tally(lines: readonly { sku: string; quantity: number; lotNumber?: string }[]): Tally {
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
function lineKeys(lines: readonly { sku: string; lotNumber?: string }[]): string[] {
  const count = (key: (l: { sku: string; lotNumber?: string }) => string, value: string) =>
    lines.filter((l) => key(l) === value).length;
  return lines.map((line, index) => {
    if (count((l) => l.sku, line.sku) === 1) return line.sku;
    const withLot = `${line.sku}/${line.lotNumber ?? ''}`;
    if (line.lotNumber !== undefined && count((l) => `${l.sku}/${l.lotNumber ?? ''}`, withLot) === 1) return withLot;
    return String(index);
  });
}

function withKeys<T extends { sku: string; lotNumber?: string }>(lines: readonly T[]): (T & { key: string })[] {
  const keys = lineKeys(lines);
  return lines.map((line, i) => ({ ...line, key: keys[i] }));
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((v) => right.has(v));
}

function grams(value: string | undefined): number | null {
  if (value === undefined) return null;
  try {
    return parseKg(value);
  } catch {
    return null;
  }
}

function sumGrams(values: readonly (string | undefined)[]): number | null {
  let total = 0;
  for (const value of values) {
    const g = grams(value);
    if (g === null) return null;
    total += g;
  }
  return total;
}

function money(value: string | undefined, currency: Currency): Money | null {
  if (value === undefined) return null;
  try {
    return Money.parse(value, currency);
  } catch {
    return null;
  }
}

function sumMoney(values: readonly (string | undefined)[], currency: Currency): Money | null {
  let total = Money.zero(currency);
  for (const value of values) {
    const m = money(value, currency);
    if (m === null) return null;
    total = total.add(m);
  }
  return total;
}

interface Decimal {
  units: bigint;
  scale: number;
}

function parseDecimal(value: string, field: string): Decimal {
  const match = /^(\d{1,18})(?:\.(\d{1,18}))?$/.exec(value);
  if (!match) throw DomainError.validation(field, 'must be a non-negative decimal string such as "300.00"');
  const fraction = match[2] ?? '';
  return { units: BigInt(match[1] + fraction), scale: fraction.length };
}

function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const left = a.units * 10n ** BigInt(scale - a.scale);
  const right = b.units * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

function sameDecimal(a: string, b: string): boolean {
  try {
    return compareDecimals(parseDecimal(a, 'a'), parseDecimal(b, 'b')) === 0;
  } catch {
    return a === b;
  }
}

// ---------------------------------------------------------------------------------------------
// Generic checks

function add(run: Run, finding: DocumentFinding): void {
  run.findings.push(finding);
}

/** A weight, or a sum of printed weights, against the grams it should come to. */
function checkKg(
  run: Run,
  input: { code: DocumentFindingCode; documents: Documents; field: string; expected: number | null; actual: string[] },
): void {
  if (input.expected === null) return;
  const actual = sumGrams(input.actual);
  if (actual === input.expected) return;
  add(run, {
    code: input.code,
    documents: input.documents,
    field: input.field,
    expected: formatKg(input.expected),
    actual: actual === null ? input.actual.join(' + ') : formatKg(actual),
  });
}

/** An amount, or a sum of printed amounts, against the amount it should come to. */
function checkAmount(
  run: Run,
  input: {
    code: DocumentFindingCode;
    documents: Documents;
    field: string;
    currency: Currency;
    expected: Money | null;
    actual: string[];
  },
): void {
  if (input.expected === null) return;
  const actual = sumMoney(input.actual, input.currency);
  if (actual !== null && actual.equals(input.expected)) return;
  add(run, {
    code: input.code,
    documents: input.documents,
    field: input.field,
    expected: input.expected.toAmountString(),
    actual: actual === null ? input.actual.join(' + ') : actual.toAmountString(),
  });
}

function checkNetNotAboveGross(
  run: Run,
  input: { documents: Documents; field: string; net: string; gross: string },
): void {
  const net = grams(input.net);
  const gross = grams(input.gross);
  if (net === null || gross === null || net <= gross) return;
  add(run, {
    code: 'NET_ABOVE_GROSS',
    documents: input.documents,
    field: input.field,
    expected: formatKg(gross),
    actual: formatKg(net),
  });
}

function checkOrigin(run: Run, input: { documents: Documents; field: string; actual: string }): void {
  if (input.actual === 'RW') return;
  add(run, {
    code: 'ORIGIN_NOT_RW',
    documents: input.documents,
    field: input.field,
    expected: 'RW',
    actual: input.actual,
  });
}

function checkPackageCount(run: Run, input: { type: ShipmentDocumentType; field: string; actual: number }): void {
  const expected = run.set.packingList.packages.length;
  if (input.actual === expected) return;
  add(run, {
    code: 'PACKAGE_CONTENTS_MISMATCH',
    documents: input.type === 'packing_list' ? ['packing_list'] : ['packing_list', input.type],
    field: input.field,
    expected: String(expected),
    actual: String(input.actual),
  });
}

/** The exporter's identity and registrations as the invoice names them. */
function checkExporter(run: Run, input: { type: ShipmentDocumentType; path: string; party: ExporterParty }): void {
  const reference = run.set.invoice.seller;
  const fields = ['name', 'tin', 'rdbNumber', 'naebCode', 'gaccRegistrationNumber'] as const;
  for (const field of fields) {
    const expected = reference[field] ?? '';
    const actual = input.party[field] ?? '';
    if (expected === actual) continue;
    add(run, {
      code: 'PARTY_MISMATCH',
      documents: ['commercial_invoice', input.type],
      field: `${input.path}.${field}`,
      expected,
      actual,
    });
  }
}

/** The incoterm the order agreed, and the named place the invoice prints. */
function checkTerms(
  run: Run,
  input: { type: ShipmentDocumentType; path: string; incoterm?: string; namedPlace?: string },
): void {
  if (input.incoterm !== undefined && input.incoterm !== run.context.incoterm) {
    add(run, {
      code: 'INCOTERM_INVALID_FOR_MODE',
      documents: [input.type],
      field: `${input.path}.incoterm`,
      expected: run.context.incoterm,
      actual: input.incoterm,
    });
  }
  const place = run.set.invoice.namedPlace;
  if (input.type !== 'commercial_invoice' && input.namedPlace !== undefined && input.namedPlace !== place) {
    add(run, {
      code: 'INCOTERM_INVALID_FOR_MODE',
      documents: ['commercial_invoice', input.type],
      field: `${input.path}.namedPlace`,
      expected: place,
      actual: input.namedPlace,
    });
  }
}

/** Whether the document is in the invoice's currency; its amounts are compared only when it is. */
function checkCurrency(run: Run, input: { type: ShipmentDocumentType; path: string; currency: string }): boolean {
  const expected = run.set.invoice.currency;
  if (input.currency === expected) return true;
  add(run, {
    code: 'CURRENCY_MISMATCH',
    documents: ['commercial_invoice', input.type],
    field: `${input.path}.currency`,
    expected,
    actual: input.currency,
  });
  return false;
}

/**
 * A document's lines against a reference tally (the shipment, or a package's contents): the same
 * SKUs, the same quantity of each, and (where both carry lots) the same lots.
 */
function compareWithTally(
  run: Run,
  input: {
    list: LineList;
    reference: Tally;
    documents: Documents;
    linesCode: DocumentFindingCode;
    quantityCode: DocumentFindingCode;
    compareSkus: boolean;
  },
): void {
  const { list, reference, documents } = input;
  const actual = tally(list.lines);
  const expectedSkus = [...reference.keys()];
  const actualSkus = [...actual.keys()];
  if (input.compareSkus && !sameSet(expectedSkus, actualSkus)) {
    add(run, {
      code: input.linesCode,
      documents,
      field: list.path,
      expected: expectedSkus.join(', '),
      actual: actualSkus.join(', '),
    });
  }
  for (const sku of expectedSkus) {
    const want = reference.get(sku)!;
    const got = actual.get(sku);
    if (!got) continue;
    if (want.quantity !== got.quantity) {
      add(run, {
        code: input.quantityCode,
        documents,
        field: `${list.path}[${sku}].quantity`,
        expected: String(want.quantity),
        actual: String(got.quantity),
      });
    }
    if (!list.carriesLots || want.lots.size === 0) continue;
    const wantLots = [...want.lots.keys()];
    const gotLots = [...got.lots.keys()];
    if (!sameSet(wantLots, gotLots)) {
      add(run, {
        code: input.linesCode,
        documents,
        field: `${list.path}[${sku}].lotNumber`,
        expected: wantLots.join(', '),
        actual: gotLots.join(', '),
      });
    } else if (want.quantity === got.quantity && wantLots.some((lot) => want.lots.get(lot) !== got.lots.get(lot))) {
      const breakdown = (lots: Map<string, number>) => wantLots.map((lot) => `${lot}: ${lots.get(lot)}`).join(', ');
      add(run, {
        code: input.quantityCode,
        documents,
        field: `${list.path}[${sku}].quantity`,
        expected: breakdown(want.lots),
        actual: breakdown(got.lots),
      });
    }
  }
}

/** A document's lines against the invoice's, per SKU: HS code, and optionally value and weights. */
function compareWithInvoice(
  run: Run,
  input: { list: LineList; value: boolean; netWeight: boolean; grossWeight: boolean },
): void {
  const { list } = input;
  const documents: Documents = ['commercial_invoice', list.type];
  for (const sku of distinct(list.lines.map((l) => l.sku))) {
    const reference = run.invoice.get(sku);
    if (!reference) continue;
    const lines = list.lines.filter((l) => l.sku === sku);
    const codes = distinct(lines.map((l) => l.hsCode ?? ''));
    if (codes.some((code) => code !== reference.hsCode)) {
      add(run, {
        code: 'HS_CODE_MISMATCH',
        documents,
        field: `${list.path}[${sku}].hsCode`,
        expected: reference.hsCode,
        actual: codes.join(', '),
      });
    }
    if (input.value) {
      checkAmount(run, {
        code: 'VALUE_MISMATCH',
        documents,
        field: `${list.path}[${sku}].value`,
        currency: run.set.invoice.currency,
        expected: reference.value,
        actual: lines.map((l) => l.value ?? ''),
      });
    }
    if (input.netWeight) {
      checkKg(run, {
        code: 'WEIGHT_MISMATCH',
        documents,
        field: `${list.path}[${sku}].netWeightKg`,
        expected: reference.netG,
        actual: lines.map((l) => l.netWeightKg ?? ''),
      });
    }
    if (input.grossWeight) {
      checkKg(run, {
        code: 'WEIGHT_MISMATCH',
        documents,
        field: `${list.path}[${sku}].grossWeightKg`,
        expected: reference.grossG,
        actual: lines.map((l) => l.grossWeightKg ?? ''),
      });
    }
  }
}

/** Per line: net never above gross, origin Rwanda. */
function checkLines(run: Run, list: LineList): void {
  for (const line of list.lines) {
    if (line.netWeightKg !== undefined && line.grossWeightKg !== undefined) {
      checkNetNotAboveGross(run, {
        documents: [list.type],
        field: `${list.path}[${line.key}].netWeightKg`,
        net: line.netWeightKg,
        gross: line.grossWeightKg,
      });
    }
  }
  for (const line of list.lines) {
    if (line.originCountry !== undefined) {
      checkOrigin(run, {
        documents: [list.type],
        field: `${list.path}[${line.key}].originCountry`,
        actual: line.originCountry,
      });
    }
  }
}

/** A document's total weights against its own lines, net within gross, and against the packing list. */
function checkTotalWeights(
  run: Run,
  input: { list: LineList; path: string; totalNetWeightKg: string; totalGrossWeightKg: string },
): void {
  const { list, path } = input;
  const own: Documents = [list.type];
  checkKg(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: `${path}.totalNetWeightKg`,
    expected: sumGrams(list.lines.map((l) => l.netWeightKg)),
    actual: [input.totalNetWeightKg],
  });
  checkKg(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: `${path}.totalGrossWeightKg`,
    expected: sumGrams(list.lines.map((l) => l.grossWeightKg)),
    actual: [input.totalGrossWeightKg],
  });
  checkNetNotAboveGross(run, {
    documents: own,
    field: `${path}.totalNetWeightKg`,
    net: input.totalNetWeightKg,
    gross: input.totalGrossWeightKg,
  });
  const packingList = run.set.packingList;
  checkKg(run, {
    code: 'WEIGHT_MISMATCH',
    documents: ['packing_list', list.type],
    field: `${path}.totalNetWeightKg`,
    expected: grams(packingList.totalNetWeightKg),
    actual: [input.totalNetWeightKg],
  });
  checkKg(run, {
    code: 'WEIGHT_MISMATCH',
    documents: ['packing_list', list.type],
    field: `${path}.totalGrossWeightKg`,
    expected: grams(packingList.totalGrossWeightKg),
    actual: [input.totalGrossWeightKg],
  });
}

function totalWeights(document: { totalNetWeightKg: string; totalGrossWeightKg: string }) {
  return { totalNetWeightKg: document.totalNetWeightKg, totalGrossWeightKg: document.totalGrossWeightKg };
}

// ---------------------------------------------------------------------------------------------
// The shipment as a whole

function postalForm(declaration: PostalDeclarationData): 'cn22' | 'cn23' {
  return declaration.form === 'CN22' ? 'cn22' : 'cn23';
}

function postalPath(declaration: PostalDeclarationData): string {
  return `postalDeclarations[${declaration.packageReference}]`;
}

/** The papers the shipment needs, and none it must not carry. */
function checkPresence(run: Run): void {
  const { set, context } = run;
  if (!set.certificateOfOrigin) {
    add(run, {
      code: 'CERTIFICATE_OF_ORIGIN_MISSING',
      documents: ['certificate_of_origin'],
      field: 'certificateOfOrigin',
      expected: PRESENT,
      actual: ABSENT,
    });
  }
  if (!set.exportDeclaration) {
    add(run, {
      code: 'EXPORT_DECLARATION_MISSING',
      documents: ['export_declaration'],
      field: 'exportDeclaration',
      expected: PRESENT,
      actual: ABSENT,
    });
  }
  if (run.plantSkus.length > 0 && !set.phytosanitaryRequest) {
    add(run, {
      code: 'PHYTOSANITARY_MISSING',
      documents: ['phytosanitary_request'],
      field: 'phytosanitaryRequest',
      expected: PRESENT,
      actual: ABSENT,
    });
  }
  if (run.plantSkus.length === 0 && set.phytosanitaryRequest) {
    add(run, {
      code: 'PHYTOSANITARY_UNEXPECTED',
      documents: ['phytosanitary_request'],
      field: 'phytosanitaryRequest',
      expected: ABSENT,
      actual: PRESENT,
    });
  }
  if (context.mode !== 'postal') {
    for (const declaration of set.postalDeclarations) {
      add(run, {
        code: 'POSTAL_DECLARATION_UNEXPECTED',
        documents: [postalForm(declaration)],
        field: postalPath(declaration),
        expected: ABSENT,
        actual: PRESENT,
      });
    }
    return;
  }
  for (const reference of run.packages.keys()) {
    const declarations = set.postalDeclarations.filter((d) => d.packageReference === reference);
    if (declarations.length === 1) continue;
    add(run, {
      code: declarations.length === 0 ? 'POSTAL_DECLARATION_MISSING' : 'POSTAL_DECLARATION_UNEXPECTED',
      documents: ['packing_list', ...distinct(declarations.map(postalForm))] as Documents,
      field: `postalDeclarations[${reference}]`,
      expected: declarations.length === 0 ? PRESENT : '1',
      actual: declarations.length === 0 ? ABSENT : String(declarations.length),
    });
  }
  for (const declaration of set.postalDeclarations) {
    if (run.packages.has(declaration.packageReference)) continue;
    add(run, {
      code: 'POSTAL_DECLARATION_UNEXPECTED',
      documents: ['packing_list', postalForm(declaration)],
      field: postalPath(declaration),
      expected: ABSENT,
      actual: PRESENT,
    });
  }
}

/** FOB, CFR, CIF and FAS are for sea and inland waterway; air and post take FCA, CPT, CIP or DAP. */
function checkIncotermForMode(run: Run): void {
  const allowed = INCOTERMS_BY_MODE[run.context.mode] ?? [];
  if (allowed.includes(run.context.incoterm)) return;
  const { set } = run;
  const documents: Documents = ['commercial_invoice'];
  if (set.packingList.incoterm !== undefined) documents.push('packing_list');
  if (set.exportDeclaration) documents.push('export_declaration');
  add(run, {
    code: 'INCOTERM_INVALID_FOR_MODE',
    documents,
    field: 'invoice.incoterm',
    expected: allowed.join(', '),
    actual: run.context.incoterm,
  });
}

/** GACC Decree 248: no food enters China from a producer without a registration number. */
function checkGaccRegistration(run: Run): void {
  const food = [...run.shipped.keys()].some((sku) => run.context.products[sku]?.food === true);
  if (!food || (run.set.invoice.seller.gaccRegistrationNumber ?? '').trim() !== '') return;
  add(run, {
    code: 'GACC_MISSING',
    documents: ['commercial_invoice'],
    field: 'invoice.seller.gaccRegistrationNumber',
    expected: PRESENT,
    actual: ABSENT,
  });
}

// ---------------------------------------------------------------------------------------------
// Document by document

function checkInvoice(run: Run): void {
  const invoice = run.set.invoice;
  const own: Documents = ['commercial_invoice'];
  checkTerms(run, { type: 'commercial_invoice', path: 'invoice', incoterm: invoice.incoterm });
  const lines = withKeys(invoice.lines);
  const list: LineList = {
    type: 'commercial_invoice',
    path: 'invoice.lines',
    carriesLots: true,
    lines: lines.map((l) => ({ ...l, value: l.lineTotal })),
  };
  compareWithTally(run, {
    list,
    reference: run.shipped,
    documents: own,
    linesCode: 'LINES_DIFFER',
    quantityCode: 'QUANTITY_MISMATCH',
    compareSkus: true,
  });
  for (const line of lines) {
    checkAmount(run, {
      code: 'TOTAL_NOT_SUM',
      documents: own,
      field: `invoice.lines[${line.key}].lineTotal`,
      currency: invoice.currency,
      expected: money(line.unitPrice, invoice.currency)?.times(line.quantity) ?? null,
      actual: [line.lineTotal],
    });
  }
  checkLines(run, list);
  checkAmount(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: 'invoice.total',
    currency: invoice.currency,
    expected: sumMoney(
      lines.map((l) => l.lineTotal),
      invoice.currency,
    ),
    actual: [invoice.total],
  });
  checkTotalWeights(run, { list, path: 'invoice', ...totalWeights(invoice) });
  checkPackageCount(run, { type: 'commercial_invoice', field: 'invoice.packageCount', actual: invoice.packageCount });
}

function checkPackingList(run: Run): void {
  const packingList = run.set.packingList;
  const own: Documents = ['packing_list'];
  checkExporter(run, { type: 'packing_list', path: 'packingList.seller', party: packingList.seller });
  checkTerms(run, {
    type: 'packing_list',
    path: 'packingList',
    incoterm: packingList.incoterm,
    namedPlace: packingList.namedPlace,
  });
  compareWithTally(run, {
    list: {
      type: 'packing_list',
      path: 'packingList.packages[*].contents',
      carriesLots: true,
      lines: packingList.packages.flatMap((p) => p.contents.map((c) => ({ ...c, key: c.sku }))),
    },
    reference: run.shipped,
    documents: own,
    linesCode: 'PACKAGE_CONTENTS_MISMATCH',
    quantityCode: 'PACKAGE_CONTENTS_MISMATCH',
    compareSkus: true,
  });
  for (const pkg of packingList.packages) {
    checkNetNotAboveGross(run, {
      documents: own,
      field: `packingList.packages[${pkg.reference}].netWeightKg`,
      net: pkg.netWeightKg,
      gross: pkg.grossWeightKg,
    });
  }
  checkKg(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: 'packingList.totalNetWeightKg',
    expected: sumGrams(packingList.packages.map((p) => p.netWeightKg)),
    actual: [packingList.totalNetWeightKg],
  });
  checkKg(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: 'packingList.totalGrossWeightKg',
    expected: sumGrams(packingList.packages.map((p) => p.grossWeightKg)),
    actual: [packingList.totalGrossWeightKg],
  });
  checkNetNotAboveGross(run, {
    documents: own,
    field: 'packingList.totalNetWeightKg',
    net: packingList.totalNetWeightKg,
    gross: packingList.totalGrossWeightKg,
  });
  checkPackageCount(run, { type: 'packing_list', field: 'packingList.packageCount', actual: packingList.packageCount });
}

function checkExportDeclaration(run: Run, declaration: NonNullable<DocumentSet['exportDeclaration']>): void {
  checkValuedDocument(run, {
    type: 'export_declaration',
    path: 'exportDeclaration',
    lines: { key: 'items', carriesLots: false, values: declaration.items },
    terms: { incoterm: declaration.incoterm, namedPlace: declaration.namedPlace },
    document: declaration,
  });
}

function checkCertificateOfOrigin(run: Run, certificate: NonNullable<DocumentSet['certificateOfOrigin']>): void {
  checkValuedDocument(run, {
    type: 'certificate_of_origin',
    path: 'certificateOfOrigin',
    lines: { key: 'lines', carriesLots: true, values: certificate.lines },
    terms: null,
    document: certificate,
  });
}

/**
 * The declaration and the certificate of origin restate the invoice for an authority: the
 * same exporter, currency, origin, lines (against the shipment and the invoice), totals,
 * weights and package count; the declaration also the terms of delivery.
 */
function checkValuedDocument(
  run: Run,
  input: {
    type: 'export_declaration' | 'certificate_of_origin';
    path: string;
    lines: {
      key: 'items' | 'lines';
      carriesLots: boolean;
      values: (NonNullable<DocumentSet['exportDeclaration']>['items'][number] & Partial<{ lotNumber: string }>)[];
    };
    terms: { incoterm: string; namedPlace: string } | null;
    document: {
      exporter: ExporterParty;
      currency: Currency;
      countryOfOrigin: string;
      totalValue: string;
      totalNetWeightKg: string;
      totalGrossWeightKg: string;
      packageCount: number;
    };
  },
): void {
  const { type, path, document } = input;
  const list: LineList = {
    type,
    path: `${path}.${input.lines.key}`,
    carriesLots: input.lines.carriesLots,
    lines: withKeys(input.lines.values),
  };
  checkExporter(run, { type, path: `${path}.exporter`, party: document.exporter });
  if (input.terms) checkTerms(run, { type, path, ...input.terms });
  const sameCurrency = checkCurrency(run, { type, path, currency: document.currency });
  checkOrigin(run, { documents: [type], field: `${path}.countryOfOrigin`, actual: document.countryOfOrigin });
  compareWithTally(run, {
    list,
    reference: run.shipped,
    documents: [type],
    linesCode: 'LINES_DIFFER',
    quantityCode: 'QUANTITY_MISMATCH',
    compareSkus: true,
  });
  compareWithInvoice(run, { list, value: sameCurrency, netWeight: true, grossWeight: true });
  checkLines(run, list);
  checkAmount(run, {
    code: 'TOTAL_NOT_SUM',
    documents: [type],
    field: `${path}.totalValue`,
    currency: document.currency,
    expected: sumMoney(
      input.lines.values.map((l) => l.value),
      document.currency,
    ),
    actual: [document.totalValue],
  });
  checkTotalWeights(run, { list, path, ...totalWeights(document) });
  checkPackageCount(run, { type, field: `${path}.packageCount`, actual: document.packageCount });
}

/**
 * The phytosanitary request covers the plant products, and only them: their quantities, lots,
 * HS codes and net weights, and the packages that hold them (count and marks).
 */
function checkPhytosanitaryRequest(run: Run, request: NonNullable<DocumentSet['phytosanitaryRequest']>): void {
  const type = 'phytosanitary_request';
  const path = 'phytosanitaryRequest';
  const own: Documents = [type];
  const list: LineList = { type, path: `${path}.lines`, carriesLots: true, lines: withKeys(request.lines) };
  checkExporter(run, { type, path: `${path}.exporter`, party: request.exporter });
  checkOrigin(run, { documents: own, field: `${path}.countryOfOrigin`, actual: request.countryOfOrigin });
  const listed = distinct(request.lines.map((l) => l.sku));
  for (const sku of run.plantSkus) {
    if (listed.includes(sku)) continue;
    add(run, {
      code: 'PHYTOSANITARY_MISSING',
      documents: own,
      field: `${path}.lines[${sku}]`,
      expected: PRESENT,
      actual: ABSENT,
    });
  }
  for (const sku of listed) {
    if (run.plantSkus.includes(sku)) continue;
    add(run, {
      code: 'PHYTOSANITARY_UNEXPECTED',
      documents: own,
      field: `${path}.lines[${sku}]`,
      expected: ABSENT,
      actual: PRESENT,
    });
  }
  const plantLines = new Map([...run.shipped].filter(([sku]) => run.plantSkus.includes(sku)));
  compareWithTally(run, {
    list,
    reference: plantLines,
    documents: own,
    linesCode: 'LINES_DIFFER',
    quantityCode: 'QUANTITY_MISMATCH',
    compareSkus: false,
  });
  compareWithInvoice(run, {
    list: { ...list, lines: list.lines.filter((l) => run.plantSkus.includes(l.sku)) },
    value: false,
    netWeight: true,
    grossWeight: false,
  });
  checkLines(run, list);
  checkKg(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: `${path}.totalNetWeightKg`,
    expected: sumGrams(request.lines.map((l) => l.netWeightKg)),
    actual: [request.totalNetWeightKg],
  });
  const plantPackages = run.set.packingList.packages
    .filter((p) => p.contents.some((c) => isPlant(run.context, c.sku)))
    .map((p) => p.reference);
  if (request.packageCount !== plantPackages.length) {
    add(run, {
      code: 'PACKAGE_CONTENTS_MISMATCH',
      documents: ['packing_list', type],
      field: `${path}.packageCount`,
      expected: String(plantPackages.length),
      actual: String(request.packageCount),
    });
  }
  if (!sameSet(plantPackages, request.distinguishingMarks)) {
    add(run, {
      code: 'PACKAGE_CONTENTS_MISMATCH',
      documents: ['packing_list', type],
      field: `${path}.distinguishingMarks`,
      expected: plantPackages.join(', '),
      actual: request.distinguishingMarks.join(', '),
    });
  }
}

/** Every postal declaration of a package that is on the packing list, in package order. */
function checkPostalDeclarations(run: Run): void {
  for (const pkg of run.packages.values()) {
    for (const declaration of run.set.postalDeclarations) {
      if (declaration.packageReference === pkg.reference) checkPostalDeclaration(run, declaration, pkg);
    }
  }
  checkPostalValuesSummed(run);
}

/**
 * One CN22 or CN23 against its package: the form the item calls for, its contents, values at the
 * invoice's unit prices, its totals and the value in SDR, and the package's weights.
 */
function checkPostalDeclaration(run: Run, declaration: PostalDeclarationData, pkg: PackedPackage): void {
  const type = postalForm(declaration);
  const path = postalPath(declaration);
  const own: Documents = [type];
  const list: LineList = { type, path: `${path}.items`, carriesLots: false, lines: withKeys(declaration.items) };
  checkExporter(run, { type, path: `${path}.sender`, party: declaration.sender });
  const sameCurrency = checkCurrency(run, { type, path, currency: declaration.currency });

  const sdr = sdrOf(declaration);
  const gross = grams(pkg.grossWeightKg) === null ? declaration.grossWeightKg : pkg.grossWeightKg;
  const form = postalFormFor(run, { grossWeightKg: gross, valueInSdr: sdr ?? declaration.valueInSdr });
  if (form !== null && form !== declaration.form) {
    add(run, {
      code: 'POSTAL_FORM_WRONG',
      documents: own,
      field: `${path}.form`,
      expected: form,
      actual: declaration.form,
    });
  }

  const contents = tally(pkg.contents.map((c) => ({ sku: c.sku, quantity: c.quantity })));
  compareWithTally(run, {
    list,
    reference: contents,
    documents: ['packing_list', type],
    linesCode: 'LINES_DIFFER',
    quantityCode: 'QUANTITY_MISMATCH',
    compareSkus: true,
  });
  compareWithInvoice(run, { list, value: false, netWeight: false, grossWeight: false });
  if (sameCurrency) {
    for (const sku of distinct(list.lines.map((l) => l.sku))) {
      const price = run.invoice.get(sku)?.unitPrice;
      const packed = contents.get(sku);
      if (!price || !packed) continue;
      checkAmount(run, {
        code: 'VALUE_MISMATCH',
        documents: ['commercial_invoice', type],
        field: `${path}.items[${sku}].value`,
        currency: declaration.currency,
        expected: price.times(packed.quantity),
        actual: list.lines.filter((l) => l.sku === sku).map((l) => l.value ?? ''),
      });
    }
  }
  checkLines(run, list);

  checkAmount(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: `${path}.totalValue`,
    currency: declaration.currency,
    expected: sumMoney(
      declaration.items.map((i) => i.value),
      declaration.currency,
    ),
    actual: [declaration.totalValue],
  });
  if (sdr === null && money(declaration.totalValue, declaration.currency) !== null) {
    add(run, {
      code: 'VALUE_MISMATCH',
      documents: own,
      field: `${path}.sdrRate`,
      expected: 'units of the currency per SDR, above zero',
      actual: declaration.sdrRate,
    });
  } else if (sdr !== null && !sameDecimal(sdr, declaration.valueInSdr)) {
    add(run, {
      code: 'VALUE_MISMATCH',
      documents: own,
      field: `${path}.valueInSdr`,
      expected: sdr,
      actual: declaration.valueInSdr,
    });
  }

  checkKg(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: `${path}.totalNetWeightKg`,
    expected: sumGrams(declaration.items.map((i) => i.netWeightKg)),
    actual: [declaration.totalNetWeightKg],
  });
  checkNetNotAboveGross(run, {
    documents: own,
    field: `${path}.totalNetWeightKg`,
    net: declaration.totalNetWeightKg,
    gross: declaration.grossWeightKg,
  });
  checkKg(run, {
    code: 'WEIGHT_MISMATCH',
    documents: ['packing_list', type],
    field: `${path}.grossWeightKg`,
    expected: grams(pkg.grossWeightKg),
    actual: [declaration.grossWeightKg],
  });
  checkKg(run, {
    code: 'WEIGHT_MISMATCH',
    documents: ['packing_list', type],
    field: `${path}.totalNetWeightKg`,
    expected: grams(pkg.netWeightKg),
    actual: [declaration.totalNetWeightKg],
  });
}

/**
 * Where the invoice prices a SKU differently on different lines, no unit price values a package's
 * share; then the postal declarations' values of the SKU, summed, must come to the invoice's.
 */
function checkPostalValuesSummed(run: Run): void {
  const { set } = run;
  const declarations = set.postalDeclarations;
  const onePerPackage = [...run.packages.keys()].every(
    (reference) => declarations.filter((d) => d.packageReference === reference).length === 1,
  );
  const allKnown = declarations.every((d) => run.packages.has(d.packageReference));
  const sameCurrency = declarations.every((d) => d.currency === set.invoice.currency);
  if (!onePerPackage || !allKnown || !sameCurrency) return;
  for (const [sku, reference] of run.invoice) {
    if (reference.unitPrice !== null) continue;
    const withSku = declarations.filter((d) => d.items.some((i) => i.sku === sku));
    checkAmount(run, {
      code: 'VALUE_MISMATCH',
      documents: ['commercial_invoice', ...distinct(withSku.map(postalForm))] as Documents,
      field: `postalDeclarations[*].items[${sku}].value`,
      currency: set.invoice.currency,
      expected: reference.value,
      actual: withSku.flatMap((d) => d.items.filter((i) => i.sku === sku).map((i) => i.value)),
    });
  }
}

function sdrOf(declaration: PostalDeclarationData): string | null {
  try {
    return valueInSdr(declaration.totalValue, declaration.currency, declaration.sdrRate);
  } catch {
    return null;
  }
}

function postalFormFor(run: Run, item: { grossWeightKg: string; valueInSdr: string }): 'CN22' | 'CN23' | null {
  try {
    return cn22Applies(item, run.context.cn22) ? 'CN22' : 'CN23';
  } catch {
    return null;
  }
}
