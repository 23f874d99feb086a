import { findingsAfter } from '../testing/consistency-spec-support';
import { CHILI_COURIER_USD, GREEN_COFFEE_AIR_CARGO_CNY } from '../testing/testing-document-set';

describe('checkDocumentSet: the commercial invoice, one thing wrong', () => {
  it('a quantity on the invoice that differs from the shipment', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      set.invoice.lines[1].quantity = 31;
    });

    expect(findings).toEqual([
      {
        code: 'QUANTITY_MISMATCH',
        documents: ['commercial_invoice'],
        field: 'invoice.lines[CHL-OIL-200].quantity',
        expected: '30',
        actual: '31',
      },
      {
        code: 'TOTAL_NOT_SUM',
        documents: ['commercial_invoice'],
        field: 'invoice.lines[CHL-OIL-200].lineTotal',
        expected: '99.20',
        actual: '96.00',
      },
    ]);
  });

  it('a line total that is not unit price × quantity', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      set.invoice.lines[1].unitPrice = '3.25';
    });

    expect(findings).toEqual([
      {
        code: 'TOTAL_NOT_SUM',
        documents: ['commercial_invoice'],
        field: 'invoice.lines[CHL-OIL-200].lineTotal',
        expected: '97.50',
        actual: '96.00',
      },
    ]);
  });

  it('an invoice total that is not the sum of its lines', () => {
    const findings = findingsAfter(GREEN_COFFEE_AIR_CARGO_CNY, (set) => {
      set.invoice.total = '8100.01';
    });

    expect(findings).toEqual([
      {
        code: 'TOTAL_NOT_SUM',
        documents: ['commercial_invoice'],
        field: 'invoice.total',
        expected: '8100.00',
        actual: '8100.01',
      },
    ]);
  });

  it('a lot on the invoice other than the one shipped', () => {
    const findings = findingsAfter(CHILI_COURIER_USD, (set) => {
      set.invoice.lines[0].lotNumber = 'RW-CHL-2026-015';
    });

    expect(findings).toEqual([
      {
        code: 'LINES_DIFFER',
        documents: ['commercial_invoice'],
        field: 'invoice.lines[CHL-DW-250].lotNumber',
        expected: 'RW-CHL-2026-014',
        actual: 'RW-CHL-2026-015',
      },
    ]);
  });

  it('a total gross weight on the invoice other than the packing list’s', () => {
    const findings = findingsAfter(GREEN_COFFEE_AIR_CARGO_CNY, (set) => {
      set.invoice.lines[0].grossWeightKg = '182.500';
      set.invoice.totalGrossWeightKg = '182.500';
    });

    expect(findings).toEqual([
      {
        code: 'WEIGHT_MISMATCH',
        documents: ['packing_list', 'commercial_invoice'],
        field: 'invoice.totalGrossWeightKg',
        expected: '182.400',
        actual: '182.500',
      },
      {
        code: 'WEIGHT_MISMATCH',
        documents: ['commercial_invoice', 'export_declaration'],
        field: 'exportDeclaration.items[CAF-GRN-30K].grossWeightKg',
        expected: '182.500',
        actual: '182.400',
      },
      {
        code: 'WEIGHT_MISMATCH',
        documents: ['commercial_invoice', 'certificate_of_origin'],
        field: 'certificateOfOrigin.lines[CAF-GRN-30K].grossWeightKg',
        expected: '182.500',
        actual: '182.400',
      },
    ]);
  });
});
