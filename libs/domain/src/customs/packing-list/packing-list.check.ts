import {
  checkExporter,
  checkKg,
  checkNetNotAboveGross,
  checkPackageCount,
  checkTerms,
  compareWithTally,
} from '../checks/rules';
import { sumGrams, type Documents, type Run } from '../checks/run';

/**
 * The packing list, where the goods were weighed: the exporter and terms, the contents of its
 * packages against the shipment, net within gross, totals as the sum of its packages.
 */
export function checkPackingList(run: Run): void {
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
