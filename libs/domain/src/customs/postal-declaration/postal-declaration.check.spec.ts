import { findingsAfter, postal } from '../testing/consistency-spec-support';
import { CHILI_POSTAL_USD, COE_SAMPLE_POSTAL_USD } from '../testing/testing-document-set';

describe('checkDocumentSet: the postal declarations (CN22/CN23), one thing wrong', () => {
  it('a CN22 on a light parcel worth over 300 SDR', () => {
    const findings = findingsAfter(COE_SAMPLE_POSTAL_USD, (set) => {
      postal(set, 'PKG-1').form = 'CN22';
    });

    expect(findings).toEqual([
      {
        code: 'POSTAL_FORM_WRONG',
        documents: ['cn22'],
        field: 'postalDeclarations[PKG-1].form',
        expected: 'CN23',
        actual: 'CN22',
      },
    ]);
  });

  it('a CN23 on a parcel a CN22 covers', () => {
    const findings = findingsAfter(CHILI_POSTAL_USD, (set) => {
      postal(set, 'PKG-1').form = 'CN23';
    });

    expect(findings).toEqual([
      {
        code: 'POSTAL_FORM_WRONG',
        documents: ['cn23'],
        field: 'postalDeclarations[PKG-1].form',
        expected: 'CN22',
        actual: 'CN23',
      },
    ]);
  });

  it('a value in SDR that does not follow from the value and the rate', () => {
    const findings = findingsAfter(CHILI_POSTAL_USD, (set) => {
      postal(set, 'PKG-1').valueInSdr = '14.34';
    });

    expect(findings).toEqual([
      {
        code: 'VALUE_MISMATCH',
        documents: ['cn22'],
        field: 'postalDeclarations[PKG-1].valueInSdr',
        expected: '14.35',
        actual: '14.34',
      },
    ]);
  });

  it('a quantity on a CN23 that differs from its parcel', () => {
    const findings = findingsAfter(CHILI_POSTAL_USD, (set) => {
      postal(set, 'PKG-2').items[1].quantity = 32;
    });

    expect(findings).toEqual([
      {
        code: 'QUANTITY_MISMATCH',
        documents: ['packing_list', 'cn23'],
        field: 'postalDeclarations[PKG-2].items[CHL-OIL-200].quantity',
        expected: '30',
        actual: '32',
      },
    ]);
  });

  it('a CN22 gross weight other than its parcel’s', () => {
    const findings = findingsAfter(CHILI_POSTAL_USD, (set) => {
      postal(set, 'PKG-1').grossWeightKg = '1.100';
    });

    expect(findings).toEqual([
      {
        code: 'WEIGHT_MISMATCH',
        documents: ['packing_list', 'cn22'],
        field: 'postalDeclarations[PKG-1].grossWeightKg',
        expected: '1.150',
        actual: '1.100',
      },
    ]);
  });
});
