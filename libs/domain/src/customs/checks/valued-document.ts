import type { Currency } from '../../money';
import type { DocumentSet, ExporterParty } from '../document-data';
import {
  checkAmount,
  checkCurrency,
  checkExporter,
  checkLines,
  checkOrigin,
  checkPackageCount,
  checkTerms,
  checkTotalWeights,
  compareWithInvoice,
  compareWithTally,
  totalWeights,
} from './rules';
import { sumMoney, withKeys, type LineList, type Run } from './run';

/**
 * The declaration and the certificate of origin restate the invoice for an authority: the
 * same exporter, currency, origin, lines (against the shipment and the invoice), totals,
 * weights and package count; the declaration also the terms of delivery.
 */
export function checkValuedDocument(
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
