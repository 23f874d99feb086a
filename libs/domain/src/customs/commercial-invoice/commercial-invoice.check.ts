import {
  checkAmount,
  checkTerms,
  checkLines,
  checkPackageCount,
  checkTotalWeights,
  compareWithTally,
  totalWeights,
} from '../checks/rules';
import { money, sumMoney, withKeys, type Documents, type LineList, type Run } from '../checks/run';

/**
 * The commercial invoice, the reference of every other paper: its terms, its lines against the
 * shipment, line totals as unit price × quantity, its total and weights, its package count.
 */
export function checkInvoice(run: Run): void {
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
