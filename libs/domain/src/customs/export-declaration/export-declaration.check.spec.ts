import { findingsAfter } from '../testing/consistency-spec-support';
import {
  CHILI_COURIER_USD,
  GREEN_COFFEE_AIR_CARGO_CNY,
  ROASTED_COFFEE_COURIER_RWF,
} from '../testing/testing-document-set';

describe('checkDocumentSet: the export declaration, one thing wrong', () => {
  it('an HS code changed on the declaration (the product register changed after the order)', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      set.exportDeclaration!.items[0].hsCode = '090422';
    });

    expect(findings).toEqual([
      {
        code: 'HS_CODE_MISMATCH',
        documents: ['commercial_invoice', 'export_declaration'],
        field: 'exportDeclaration.items[CHL-DW-250].hsCode',
        expected: '090421',
        actual: '090422',
      },
    ]);
  });

  it('a declared value that differs from the invoice', () => {
    const findings = findingsAfter(ROASTED_COFFEE_COURIER_RWF, (set) => {
      const declaration = set.exportDeclaration!;
      declaration.items[0].value = '540000';
      declaration.totalValue = '540000';
    });

    expect(findings).toEqual([
      {
        code: 'VALUE_MISMATCH',
        documents: ['commercial_invoice', 'export_declaration'],
        field: 'exportDeclaration.items[CAF-RST-500].value',
        expected: '580000',
        actual: '540000',
      },
    ]);
  });

  it('a currency that differs from the invoice', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      set.exportDeclaration!.currency = 'CNY';
    });

    expect(findings).toEqual([
      {
        code: 'CURRENCY_MISMATCH',
        documents: ['commercial_invoice', 'export_declaration'],
        field: 'exportDeclaration.currency',
        expected: 'USD',
        actual: 'CNY',
      },
    ]);
  });

  it('an incoterm on the declaration other than the order’s', () => {
    const findings = findingsAfter(GREEN_COFFEE_AIR_CARGO_CNY, (set) => {
      set.exportDeclaration!.incoterm = 'CPT';
    });

    expect(findings).toEqual([
      {
        code: 'INCOTERM_INVALID_FOR_MODE',
        documents: ['export_declaration'],
        field: 'exportDeclaration.incoterm',
        expected: 'FCA',
        actual: 'CPT',
      },
    ]);
  });

  it('a TIN on the declaration other than the invoice’s', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      set.exportDeclaration!.exporter.tin = '108234576';
    });

    expect(findings).toEqual([
      {
        code: 'PARTY_MISMATCH',
        documents: ['commercial_invoice', 'export_declaration'],
        field: 'exportDeclaration.exporter.tin',
        expected: '108234567',
        actual: '108234576',
      },
    ]);
  });
});
