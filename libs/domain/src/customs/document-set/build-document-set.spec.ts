import { buildDocumentSet, checkDocumentSet } from '..';
import type { Party } from '../document-data';
import type { ShipmentFacts } from '../shipment-facts';
import { EXPORTER } from '../testing/testing-document-set';

const STORE: Party = { name: 'Freshippo Shanghai Hongqiao', address: 'Shanghai', country: 'CN' };

/** A chili shipment by post in USD: dried chili (a plant product) and chili oil, in two parcels. */
function chiliFacts(overrides: Partial<ShipmentFacts['shipment']> = {}): ShipmentFacts {
  return {
    shipment: {
      id: '01JD0000000000000000SHIP01',
      mode: 'postal',
      currency: 'USD',
      lines: [
        { sku: 'CHL-DW-250', quantity: 4, lotNumber: 'RW-CHL-2026-014', purchaseOrderLineId: 'pol-1' },
        { sku: 'CHL-OIL-200', quantity: 10, lotNumber: 'RW-OIL-2026-003', purchaseOrderLineId: 'pol-2' },
      ],
      packages: [
        {
          reference: 'PKG-1',
          grossWeightG: 1_150,
          lengthUm: 300_000,
          widthUm: 200_000,
          heightUm: 100_000,
          postalForm: 'cn22',
          contents: [{ sku: 'CHL-DW-250', quantity: 4 }],
        },
        {
          reference: 'PKG-2',
          grossWeightG: 2_900,
          lengthUm: 400_000,
          widthUm: 300_000,
          heightUm: 200_000,
          postalForm: null,
          contents: [{ sku: 'CHL-OIL-200', quantity: 10 }],
        },
      ],
      ...overrides,
    },
    order: { id: 'po-1', buyerReference: 'FRESHIPPO-PO-77', incoterm: 'CPT', namedPlace: 'Shanghai Pudong (PVG)' },
    orderLines: [
      {
        id: 'pol-1',
        sku: 'CHL-DW-250',
        descriptionEn: 'Dried whole chili, 250 g',
        descriptionZh: '干辣椒，250克',
        hsCode: '090421',
        unitPriceMinor: 480n,
      },
      {
        id: 'pol-2',
        sku: 'CHL-OIL-200',
        descriptionEn: 'Chili oil, 200 ml',
        descriptionZh: '辣椒油，200毫升',
        hsCode: '210390',
        unitPriceMinor: 650n,
      },
    ],
    products: new Map([
      [
        'CHL-DW-250',
        {
          category: 'chili' as const,
          form: 'dried_whole' as const,
          hsCode: '090421',
          botanicalName: null,
          packaging: 'Kraft pouch',
          unitNetWeightG: 250,
          unitGrossWeightG: 280,
        },
      ],
      [
        'CHL-OIL-200',
        {
          category: 'chili' as const,
          form: 'chili_oil' as const,
          hsCode: '210390',
          botanicalName: null,
          packaging: 'Glass bottle',
          unitNetWeightG: 200,
          unitGrossWeightG: 260,
        },
      ],
    ]),
    exporter: EXPORTER,
    buyer: STORE,
    consignee: STORE,
    importerOfRecord: STORE,
    store: { destinationAirport: 'PVG', destination: 'Shanghai, China' },
    sdrRate: '1.3383',
    issueDate: '2026-12-03',
  };
}

describe('buildDocumentSet', () => {
  it('builds papers that agree with each other and with the shipment', () => {
    const { set, context } = buildDocumentSet(chiliFacts(), 1);

    expect(checkDocumentSet(set, context)).toEqual([]);
  });

  it('numbers every paper from the shipment and the version', () => {
    const { set } = buildDocumentSet(chiliFacts(), 3);

    expect(set.invoice.documentNumber).toBe('INV-000000SHIP01-V3');
    expect(set.packingList.documentNumber).toBe('PL-000000SHIP01-V3');
    expect(set.certificateOfOrigin?.documentNumber).toBe('CO-000000SHIP01-V3');
    expect(set.phytosanitaryRequest?.documentNumber).toBe('PHY-000000SHIP01-V3');
    expect(set.exportDeclaration?.documentNumber).toBe('EXD-000000SHIP01-V3');
    expect(set.postalDeclarations.map((d) => d.documentNumber)).toEqual([
      'CN22-PKG1-000000SHIP01-V3',
      'CN23-PKG2-000000SHIP01-V3',
    ]);
    expect(set.exportDeclaration?.supportingDocuments.map((d) => d.type)).toEqual([
      'commercial_invoice',
      'packing_list',
      'certificate_of_origin',
      'phytosanitary_request',
    ]);
  });

  it('takes the form recorded at packing, and the rule’s answer where none was recorded', () => {
    const { set } = buildDocumentSet(chiliFacts(), 1);

    expect(set.postalDeclarations.map((d) => [d.packageReference, d.form, d.totalValue, d.valueInSdr])).toEqual([
      ['PKG-1', 'CN22', '19.20', '14.35'],
      ['PKG-2', 'CN23', '65.00', '48.57'],
    ]);
  });

  it('covers only the plant products and their parcels on the phytosanitary request', () => {
    const { set } = buildDocumentSet(chiliFacts(), 1);

    expect(set.phytosanitaryRequest?.lines.map((l) => [l.sku, l.botanicalName, l.netWeightKg])).toEqual([
      ['CHL-DW-250', 'Capsicum frutescens', '1.000'],
    ]);
    expect(set.phytosanitaryRequest?.distinguishingMarks).toEqual(['PKG-1']);
    expect(set.phytosanitaryRequest?.packageCount).toBe(1);
  });

  it('shares a parcel’s gross weight among its SKUs so the invoice adds up to the packing list', () => {
    const facts = chiliFacts({
      packages: [
        {
          reference: 'PKG-1',
          grossWeightG: 4_001,
          lengthUm: 300_000,
          widthUm: 200_000,
          heightUm: 100_000,
          postalForm: 'cn23',
          contents: [
            { sku: 'CHL-DW-250', quantity: 4 },
            { sku: 'CHL-OIL-200', quantity: 10 },
          ],
        },
      ],
    });
    const { set } = buildDocumentSet(facts, 1);

    expect(set.invoice.lines.map((l) => l.grossWeightKg)).toEqual(['1.333', '2.668']);
    expect(set.invoice.totalGrossWeightKg).toBe('4.001');
    expect(set.packingList.packages[0].dimensionsCm).toBe('30 × 20 × 10');
  });

  it('writes no postal declarations off the post', () => {
    const { set, context } = buildDocumentSet(chiliFacts({ mode: 'courier' }), 1);

    expect(set.postalDeclarations).toEqual([]);
    expect(checkDocumentSet(set, context)).toEqual([]);
  });
});
