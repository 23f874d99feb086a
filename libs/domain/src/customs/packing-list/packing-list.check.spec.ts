import { findingsAfter } from '../testing/consistency-spec-support';
import { CHILI_COURIER_USD, CHILI_POSTAL_USD } from '../testing/testing-document-set';

describe('checkDocumentSet: the packing list, one thing wrong', () => {
  it('a package net weight edited above its gross weight', () => {
    const findings = findingsAfter(CHILI_POSTAL_USD, (set) => {
      set.packingList.packages[0].netWeightKg = '1.200';
    });

    expect(findings).toEqual([
      {
        code: 'NET_ABOVE_GROSS',
        documents: ['packing_list'],
        field: 'packingList.packages[PKG-1].netWeightKg',
        expected: '1.150',
        actual: '1.200',
      },
      {
        code: 'TOTAL_NOT_SUM',
        documents: ['packing_list'],
        field: 'packingList.totalNetWeightKg',
        expected: '12.900',
        actual: '12.700',
      },
      {
        code: 'WEIGHT_MISMATCH',
        documents: ['packing_list', 'cn22'],
        field: 'postalDeclarations[PKG-1].totalNetWeightKg',
        expected: '1.200',
        actual: '1.000',
      },
    ]);
  });

  it('a quantity on the packing list that differs from the invoice', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      set.packingList.packages[1].contents[0].quantity = 25;
    });

    expect(findings).toEqual([
      {
        code: 'PACKAGE_CONTENTS_MISMATCH',
        documents: ['packing_list'],
        field: 'packingList.packages[*].contents[CHL-DW-250].quantity',
        expected: '28',
        actual: '29',
      },
    ]);
  });
});
