import { findingsAfter } from '../testing/consistency-spec-support';
import { CHILI_COURIER_USD, GREEN_COFFEE_AIR_CARGO_CNY } from '../testing/testing-document-set';

describe('checkDocumentSet: the certificate of origin, one thing wrong', () => {
  it('a GACC registration on the invoice but not on the certificate of origin', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      set.certificateOfOrigin!.exporter.gaccRegistrationNumber = null;
    });

    expect(findings).toEqual([
      {
        code: 'PARTY_MISMATCH',
        documents: ['commercial_invoice', 'certificate_of_origin'],
        field: 'certificateOfOrigin.exporter.gaccRegistrationNumber',
        expected: 'CRWA01234520260001',
        actual: '',
      },
    ]);
  });

  it('an origin other than Rwanda', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      set.certificateOfOrigin!.lines[1].originCountry = 'CN' as 'RW';
    });

    expect(findings).toEqual([
      {
        code: 'ORIGIN_NOT_RW',
        documents: ['certificate_of_origin'],
        field: 'certificateOfOrigin.lines[CHL-OIL-200].originCountry',
        expected: 'RW',
        actual: 'CN',
      },
    ]);
  });

  it('a certificate of origin without one of the shipped SKUs', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      const certificate = set.certificateOfOrigin!;
      certificate.lines = certificate.lines.filter((l) => l.sku !== 'CHL-OIL-200');
    });

    expect(findings).toEqual([
      {
        code: 'LINES_DIFFER',
        documents: ['certificate_of_origin'],
        field: 'certificateOfOrigin.lines',
        expected: 'CHL-DW-250, CHL-OIL-200',
        actual: 'CHL-DW-250',
      },
      {
        code: 'TOTAL_NOT_SUM',
        documents: ['certificate_of_origin'],
        field: 'certificateOfOrigin.totalValue',
        expected: '134.40',
        actual: '230.40',
      },
      {
        code: 'TOTAL_NOT_SUM',
        documents: ['certificate_of_origin'],
        field: 'certificateOfOrigin.totalNetWeightKg',
        expected: '7.000',
        actual: '12.700',
      },
      {
        code: 'TOTAL_NOT_SUM',
        documents: ['certificate_of_origin'],
        field: 'certificateOfOrigin.totalGrossWeightKg',
        expected: '7.611',
        actual: '13.750',
      },
    ]);
  });

  it('a line net weight on the certificate of origin other than the invoice’s', () => {
    const findings = findingsAfter(GREEN_COFFEE_AIR_CARGO_CNY, (set) => {
      set.certificateOfOrigin!.lines[0].netWeightKg = '178.000';
    });

    expect(findings).toEqual([
      {
        code: 'WEIGHT_MISMATCH',
        documents: ['commercial_invoice', 'certificate_of_origin'],
        field: 'certificateOfOrigin.lines[CAF-GRN-30K].netWeightKg',
        expected: '180.000',
        actual: '178.000',
      },
      {
        code: 'TOTAL_NOT_SUM',
        documents: ['certificate_of_origin'],
        field: 'certificateOfOrigin.totalNetWeightKg',
        expected: '178.000',
        actual: '180.000',
      },
    ]);
  });

  it('a package count on the certificate of origin other than the packing list’s', () => {
    const findings = findingsAfter(GREEN_COFFEE_AIR_CARGO_CNY, (set) => {
      set.certificateOfOrigin!.packageCount = 2;
    });

    expect(findings).toEqual([
      {
        code: 'PACKAGE_CONTENTS_MISMATCH',
        documents: ['packing_list', 'certificate_of_origin'],
        field: 'certificateOfOrigin.packageCount',
        expected: '3',
        actual: '2',
      },
    ]);
  });
});
