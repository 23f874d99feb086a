import {
  add,
  checkExporter,
  checkKg,
  checkLines,
  checkOrigin,
  compareWithInvoice,
  compareWithTally,
} from '../checks/rules';
import {
  ABSENT,
  PRESENT,
  distinct,
  isPlant,
  sameSet,
  sumGrams,
  withKeys,
  type Documents,
  type LineList,
  type Run,
} from '../checks/run';
import type { DocumentSet } from '../document-data';

/**
 * The phytosanitary request covers the plant products, and only them: their quantities, lots,
 * HS codes and net weights, and the packages that hold them (count and marks).
 */
export function checkPhytosanitaryRequest(run: Run, request: NonNullable<DocumentSet['phytosanitaryRequest']>): void {
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
