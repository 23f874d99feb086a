import { checkDocumentSet } from '..';
import { findingsAfter } from '../testing/consistency-spec-support';
import { CHILI_POSTAL_USD, GREEN_COFFEE_AIR_CARGO_CNY, buildDocumentSet } from '../testing/testing-document-set';

describe('checkDocumentSet: the phytosanitary request, one thing wrong', () => {
  it('chili oil listed on the phytosanitary request next to the dried chili', () => {
    const { set, context } = buildDocumentSet(CHILI_POSTAL_USD);
    const oilAsPlant = buildDocumentSet({
      ...CHILI_POSTAL_USD,
      lines: CHILI_POSTAL_USD.lines.map((l) => ({ ...l, product: { ...l.product, plantProduct: true } })),
    });
    set.phytosanitaryRequest = oilAsPlant.set.phytosanitaryRequest;

    expect(checkDocumentSet(set, context)).toEqual([
      {
        code: 'PHYTOSANITARY_UNEXPECTED',
        documents: ['phytosanitary_request'],
        field: 'phytosanitaryRequest.lines[CHL-OIL-200]',
        expected: 'absent',
        actual: 'present',
      },
    ]);
  });

  it('a phytosanitary request that leaves out a plant product', () => {
    const findings = findingsAfter(GREEN_COFFEE_AIR_CARGO_CNY, (set) => {
      const request = set.phytosanitaryRequest!;
      request.lines = [];
      request.totalNetWeightKg = '0.000';
    });

    expect(findings).toEqual([
      {
        code: 'PHYTOSANITARY_MISSING',
        documents: ['phytosanitary_request'],
        field: 'phytosanitaryRequest.lines[CAF-GRN-30K]',
        expected: 'present',
        actual: 'absent',
      },
    ]);
  });
});
