import { checkDocumentSet } from '..';
import { findingsAfter, postal } from '../testing/consistency-spec-support';
import {
  CHILI_COURIER_USD,
  CHILI_POSTAL_USD,
  COE_SAMPLE_POSTAL_USD,
  EXPORTER,
  GREEN_COFFEE_AIR_CARGO_CNY,
  ROASTED_COFFEE_COURIER_RWF,
  ROASTED_COFFEE_POSTAL_RWF,
  buildDocumentSet,
} from '../testing/testing-document-set';

describe('checkDocumentSet: consistent papers', () => {
  it.each([
    ['chili, dried whole and oil, by post in USD (a CN22 and a CN23)', CHILI_POSTAL_USD],
    ['the same chili by courier', CHILI_COURIER_USD],
    ['green coffee as air cargo in CNY', GREEN_COFFEE_AIR_CARGO_CNY],
    ['roasted coffee by courier in RWF', ROASTED_COFFEE_COURIER_RWF],
    ['roasted coffee by post in RWF', ROASTED_COFFEE_POSTAL_RWF],
    ['a Cup of Excellence sample by post: light but over 300 SDR', COE_SAMPLE_POSTAL_USD],
  ])('finds nothing wrong with %s', (_name, spec) => {
    const { set, context } = buildDocumentSet(spec);

    expect(checkDocumentSet(set, context)).toEqual([]);
  });

  it('builds the fixtures the way the rules say: forms, phytosanitary request, GACC', () => {
    const chili = buildDocumentSet(CHILI_POSTAL_USD).set;
    const coe = buildDocumentSet(COE_SAMPLE_POSTAL_USD).set;
    const roasted = buildDocumentSet(ROASTED_COFFEE_POSTAL_RWF).set;

    expect(chili.postalDeclarations.map((d) => [d.packageReference, d.form, d.grossWeightKg, d.valueInSdr])).toEqual([
      ['PKG-1', 'CN22', '1.150', '14.35'],
      ['PKG-2', 'CN23', '12.600', '157.81'],
    ]);
    expect(coe.postalDeclarations.map((d) => [d.form, d.grossWeightKg, d.valueInSdr])).toEqual([
      ['CN23', '1.250', '336.25'],
    ]);
    expect(roasted.postalDeclarations.map((d) => d.form)).toEqual(['CN22', 'CN23']);
    expect(chili.phytosanitaryRequest?.lines.map((l) => l.sku)).toEqual(['CHL-DW-250']);
    expect(buildDocumentSet(ROASTED_COFFEE_COURIER_RWF).set.phytosanitaryRequest).toBeNull();
    expect(chili.invoice.seller.gaccRegistrationNumber).toBe('CRWA01234520260001');
  });
});
describe('checkDocumentSet: the papers the set needs, the incoterm, GACC, one thing wrong', () => {
  it('an exporter without a GACC registration shipping food', () => {
    const { set, context } = buildDocumentSet({
      ...CHILI_POSTAL_USD,
      exporter: { ...EXPORTER, gaccRegistrationNumber: null, registrations: [] },
    });

    expect(checkDocumentSet(set, context)).toEqual([
      {
        code: 'GACC_MISSING',
        documents: ['commercial_invoice'],
        field: 'invoice.seller.gaccRegistrationNumber',
        expected: 'present',
        actual: 'absent',
      },
    ]);
  });

  it('a phytosanitary request for roasted coffee', () => {
    const { set, context } = buildDocumentSet(ROASTED_COFFEE_COURIER_RWF);
    const asIfPlant = buildDocumentSet({
      ...ROASTED_COFFEE_COURIER_RWF,
      lines: ROASTED_COFFEE_COURIER_RWF.lines.map((l) => ({ ...l, product: { ...l.product, plantProduct: true } })),
    });
    set.phytosanitaryRequest = asIfPlant.set.phytosanitaryRequest;

    expect(checkDocumentSet(set, context)).toEqual([
      {
        code: 'PHYTOSANITARY_UNEXPECTED',
        documents: ['phytosanitary_request'],
        field: 'phytosanitaryRequest',
        expected: 'absent',
        actual: 'present',
      },
    ]);
  });

  it('no phytosanitary request for green coffee', () => {
    const findings = findingsAfter(GREEN_COFFEE_AIR_CARGO_CNY, (set) => {
      set.phytosanitaryRequest = null;
    });

    expect(findings).toEqual([
      {
        code: 'PHYTOSANITARY_MISSING',
        documents: ['phytosanitary_request'],
        field: 'phytosanitaryRequest',
        expected: 'present',
        actual: 'absent',
      },
    ]);
  });

  it('a CN23 in the papers of a courier shipment', () => {
    const { set, context } = buildDocumentSet(CHILI_COURIER_USD);
    set.postalDeclarations = [postal(buildDocumentSet(CHILI_POSTAL_USD).set, 'PKG-2')];

    expect(checkDocumentSet(set, context)).toEqual([
      {
        code: 'POSTAL_DECLARATION_UNEXPECTED',
        documents: ['cn23'],
        field: 'postalDeclarations[PKG-2]',
        expected: 'absent',
        actual: 'present',
      },
    ]);
  });

  it('a postal parcel without its customs declaration', () => {
    const findings = findingsAfter(CHILI_POSTAL_USD, (set) => {
      set.postalDeclarations = set.postalDeclarations.filter((d) => d.packageReference !== 'PKG-2');
    });

    expect(findings).toEqual([
      {
        code: 'POSTAL_DECLARATION_MISSING',
        documents: ['packing_list'],
        field: 'postalDeclarations[PKG-2]',
        expected: 'present',
        actual: 'absent',
      },
    ]);
  });

  it('two customs declarations for one parcel', () => {
    const findings = findingsAfter(CHILI_POSTAL_USD, (set) => {
      set.postalDeclarations.push({ ...postal(set, 'PKG-1') });
    });

    expect(findings).toEqual([
      {
        code: 'POSTAL_DECLARATION_UNEXPECTED',
        documents: ['packing_list', 'cn22'],
        field: 'postalDeclarations[PKG-1]',
        expected: '1',
        actual: '2',
      },
    ]);
  });

  it('FOB, a sea term, on air cargo', () => {
    const { set, context } = buildDocumentSet({ ...GREEN_COFFEE_AIR_CARGO_CNY, incoterm: 'FOB' });

    expect(checkDocumentSet(set, context)).toEqual([
      {
        code: 'INCOTERM_INVALID_FOR_MODE',
        documents: ['commercial_invoice', 'packing_list', 'export_declaration'],
        field: 'invoice.incoterm',
        expected: 'FCA, CPT, CIP, DAP',
        actual: 'FOB',
      },
    ]);
  });

  it('no certificate of origin, no export declaration', () => {
    const findings = findingsAfter(ROASTED_COFFEE_POSTAL_RWF, (set) => {
      set.certificateOfOrigin = null;
      set.exportDeclaration = null;
    });

    expect(findings).toEqual([
      {
        code: 'CERTIFICATE_OF_ORIGIN_MISSING',
        documents: ['certificate_of_origin'],
        field: 'certificateOfOrigin',
        expected: 'present',
        actual: 'absent',
      },
      {
        code: 'EXPORT_DECLARATION_MISSING',
        documents: ['export_declaration'],
        field: 'exportDeclaration',
        expected: 'present',
        actual: 'absent',
      },
    ]);
  });

  it('reports in a fixed order, document by document, whatever order the edits were made in', () => {
    const { set, context } = buildDocumentSet(CHILI_POSTAL_USD);
    postal(set, 'PKG-2').items[0].hsCode = '090422';
    set.invoice.lines[0].originCountry = 'TZ' as 'RW';
    set.packingList.seller.tin = '999999999';

    const findings = checkDocumentSet(set, context);

    expect(findings.map((f) => f.field)).toEqual([
      'invoice.lines[CHL-DW-250].originCountry',
      'packingList.seller.tin',
      'postalDeclarations[PKG-2].items[CHL-DW-250].hsCode',
    ]);
    expect(checkDocumentSet(set, context)).toEqual(findings);
  });
});
