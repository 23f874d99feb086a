/**
 * The generic checks every document is built from: weights and amounts against what they should
 * come to, lines against the shipment and the invoice, the exporter, the terms and the currency.
 */

import { formatKg } from '../../measure';
import type { Currency, Money } from '../../money';
import type { ShipmentDocumentType } from '../../shipment';
import type { DocumentFinding, DocumentFindingCode, ExporterParty } from '../document-data';
import {
  distinct,
  grams,
  sameSet,
  sumGrams,
  sumMoney,
  tally,
  type Documents,
  type LineList,
  type Run,
  type Tally,
} from './run';

/** Records one finding of the run. */
export function add(run: Run, finding: DocumentFinding): void {
  run.findings.push(finding);
}

/** A weight, or a sum of printed weights, against the grams it should come to. */
export function checkKg(
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
export function checkAmount(
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

/** A net weight never above its gross weight. */
export function checkNetNotAboveGross(
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

/** An origin of Rwanda, the only origin Corridor exports. */
export function checkOrigin(run: Run, input: { documents: Documents; field: string; actual: string }): void {
  if (input.actual === 'RW') return;
  add(run, {
    code: 'ORIGIN_NOT_RW',
    documents: input.documents,
    field: input.field,
    expected: 'RW',
    actual: input.actual,
  });
}

/** A document's package count against the packing list's packages. */
export function checkPackageCount(
  run: Run,
  input: { type: ShipmentDocumentType; field: string; actual: number },
): void {
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
export function checkExporter(
  run: Run,
  input: { type: ShipmentDocumentType; path: string; party: ExporterParty },
): void {
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
export function checkTerms(
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
export function checkCurrency(
  run: Run,
  input: { type: ShipmentDocumentType; path: string; currency: string },
): boolean {
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
export function compareWithTally(
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
export function compareWithInvoice(
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
export function checkLines(run: Run, list: LineList): void {
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
export function checkTotalWeights(
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

/** A document's two total weights, as {@link checkTotalWeights} takes them. */
export function totalWeights(document: { totalNetWeightKg: string; totalGrossWeightKg: string }) {
  return { totalNetWeightKg: document.totalNetWeightKg, totalGrossWeightKg: document.totalGrossWeightKg };
}
