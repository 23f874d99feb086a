/**
 * Test support: the papers of a shipment built the way the document builder must build them, all
 * derived from the same lines and packages, so a set built here is consistent by construction and
 * a spec can break exactly one thing in it. Not exported from the library.
 */

import { formatKg } from '../../measure';
import { Money, valueInSdr } from '../../money';
import { PRODUCT_FORMS } from '../../product';
import type { ShipmentMode } from '../../shipment';
import { cn22Applies } from '../postal-form';
import type {
  CertificateOfOriginData,
  CommercialInvoiceData,
  ConsistencyContext,
  DocumentSet,
  ExportDeclarationData,
  PackingListData,
  PhytosanitaryRequestData,
  PostalDeclarationData,
} from '../document-data';
import { BUYER, CN22_LIMITS, CONSIGNEE, IMPORTER, type DocumentSetSpec } from './fixtures';

export * from './fixtures';

const MODE_NAMES: Record<ShipmentMode, string> = {
  postal: 'Post (EMS)',
  courier: 'Express courier',
  air_cargo: 'Air cargo',
};

const REFERENCES = {
  issueDate: '2026-03-02',
  shipmentId: '0f6e2a4c-9b1d-4c3e-8a57-2d9f0b6c1e42',
  purchaseOrderId: '7c1d9e20-4a6b-4f1e-9d3c-5b8a2e7f6d10',
  buyerReference: 'HEMA-PO-2026-0412',
};

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The papers of one shipment and what the consistency engine knows besides them. */
export function buildDocumentSet(spec: DocumentSetSpec): { set: DocumentSet; context: ConsistencyContext } {
  const currency = spec.currency;
  const product = new Map(spec.lines.map((l) => [l.product.sku, l.product]));
  const price = new Map(spec.lines.map((l) => [l.product.sku, Money.parse(l.unitPrice, currency)]));
  const isPlant = (sku: string) => product.get(sku)!.plantProduct ?? PRODUCT_FORMS[product.get(sku)!.form].plantProduct;

  const quantity = new Map<string, number>();
  for (const pkg of spec.packages) {
    for (const c of pkg.contents) quantity.set(c.sku, (quantity.get(c.sku) ?? 0) + c.quantity);
  }
  const shipped = spec.lines
    .filter((l) => (quantity.get(l.product.sku) ?? 0) > 0)
    .map((l) => ({ product: l.product, quantity: quantity.get(l.product.sku)!, unitPrice: price.get(l.product.sku)! }));

  const packages = spec.packages.map((p) => {
    const netG = p.contents.reduce((sum, c) => sum + product.get(c.sku)!.unitNetG * c.quantity, 0);
    return { ...p, netG, grossG: netG + p.tareG };
  });
  // A package's gross weight shared among its SKUs in proportion to their net weight, the last
  // taking the remainder, so per-line gross weights add up to the packing list's exactly.
  const grossBySku = new Map<string, number>();
  for (const pkg of packages) {
    let given = 0;
    pkg.contents.forEach((c, i) => {
      const net = product.get(c.sku)!.unitNetG * c.quantity;
      const share =
        i === pkg.contents.length - 1 ? pkg.grossG - given : Math.floor((pkg.grossG * net) / Math.max(pkg.netG, 1));
      given += share;
      grossBySku.set(c.sku, (grossBySku.get(c.sku) ?? 0) + share);
    });
  }

  const lines = shipped.map((s) => ({
    sku: s.product.sku,
    descriptionEn: s.product.descriptionEn,
    descriptionZh: s.product.descriptionZh,
    hsCode: s.product.hsCode,
    quantity: s.quantity,
    value: s.unitPrice.times(s.quantity),
    netG: s.product.unitNetG * s.quantity,
    grossG: grossBySku.get(s.product.sku)!,
    lotNumber: s.product.lotNumber,
    originCountry: 'RW' as const,
  }));
  const total = Money.sum(
    lines.map((l) => l.value),
    currency,
  );
  const netG = lines.reduce((sum, l) => sum + l.netG, 0);
  const grossG = packages.reduce((sum, p) => sum + p.grossG, 0);
  const modeOfTransport = MODE_NAMES[spec.mode];
  const numbers = {
    invoice: 'INV-2D9F0B6C1E42-V1',
    packingList: 'PL-2D9F0B6C1E42-V1',
    certificateOfOrigin: 'CO-2D9F0B6C1E42-V1',
    phytosanitary: 'PHY-2D9F0B6C1E42-V1',
    exportDeclaration: 'EXD-2D9F0B6C1E42-V1',
  };
  const plantLines = lines.filter((l) => isPlant(l.sku));
  const plantPackages = packages.filter((p) => p.contents.some((c) => isPlant(c.sku)));

  const invoice: CommercialInvoiceData = {
    documentNumber: numbers.invoice,
    issueDate: REFERENCES.issueDate,
    seller: copy(spec.exporter),
    buyer: copy(BUYER),
    consignee: copy(CONSIGNEE),
    importerOfRecord: copy(IMPORTER),
    buyerReference: REFERENCES.buyerReference,
    purchaseOrderId: REFERENCES.purchaseOrderId,
    shipmentId: REFERENCES.shipmentId,
    currency,
    incoterm: spec.incoterm,
    namedPlace: spec.namedPlace,
    mode: spec.mode,
    modeOfTransport,
    lines: lines.map((l) => ({
      sku: l.sku,
      descriptionEn: l.descriptionEn,
      descriptionZh: l.descriptionZh,
      hsCode: l.hsCode,
      quantity: l.quantity,
      unitPrice: price.get(l.sku)!.toAmountString(),
      lineTotal: l.value.toAmountString(),
      netWeightKg: formatKg(l.netG),
      grossWeightKg: formatKg(l.grossG),
      lotNumber: l.lotNumber,
      originCountry: 'RW',
    })),
    total: total.toAmountString(),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: packages.length,
    declaration:
      'We declare that the information on this invoice is true and correct, and that the goods are of Rwandan origin.',
  };

  const packingList: PackingListData = {
    documentNumber: numbers.packingList,
    issueDate: REFERENCES.issueDate,
    seller: copy(spec.exporter),
    consignee: copy(CONSIGNEE),
    buyerReference: REFERENCES.buyerReference,
    shipmentId: REFERENCES.shipmentId,
    purchaseOrderId: REFERENCES.purchaseOrderId,
    incoterm: spec.incoterm,
    namedPlace: spec.namedPlace,
    modeOfTransport,
    packages: packages.map((p) => ({
      reference: p.reference,
      grossWeightKg: formatKg(p.grossG),
      netWeightKg: formatKg(p.netG),
      dimensionsCm: p.dimensionsCm,
      contents: p.contents.map((c) => ({
        sku: c.sku,
        descriptionEn: product.get(c.sku)!.descriptionEn,
        descriptionZh: product.get(c.sku)!.descriptionZh,
        quantity: c.quantity,
        lotNumber: product.get(c.sku)!.lotNumber,
      })),
    })),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: packages.length,
  };

  const references = (documentNumber: string) => ({ documentNumber, ...REFERENCES });

  const certificateOfOrigin: CertificateOfOriginData = {
    ...references(numbers.certificateOfOrigin),
    exporter: copy(spec.exporter),
    consignee: copy(CONSIGNEE),
    importerOfRecord: copy(IMPORTER),
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    preference: 'Zero tariff for least-developed countries, People’s Republic of China (from 1 December 2024)',
    issuingAuthority: 'Rwanda Revenue Authority, through the Rwanda Electronic Single Window (ReSW)',
    mode: spec.mode,
    modeOfTransport,
    departure: 'Kigali International Airport (KGL)',
    destination: 'Shanghai Pudong (PVG)',
    invoiceNumber: numbers.invoice,
    invoiceDate: REFERENCES.issueDate,
    currency,
    lines: lines.map((l, i) => {
      const originCriterion = PRODUCT_FORMS[product.get(l.sku)!.form].originCriterion;
      return {
        itemNumber: i + 1,
        sku: l.sku,
        descriptionEn: l.descriptionEn,
        descriptionZh: l.descriptionZh,
        hsCode: l.hsCode,
        quantity: l.quantity,
        netWeightKg: formatKg(l.netG),
        grossWeightKg: formatKg(l.grossG),
        value: l.value.toAmountString(),
        lotNumber: l.lotNumber,
        originCountry: 'RW',
        originCriterion,
        originCriterionText:
          originCriterion === 'wholly_obtained'
            ? 'WO — wholly obtained in Rwanda'
            : 'PSR — product-specific rule of its HS heading (processed in Rwanda)',
      };
    }),
    totalValue: total.toAmountString(),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: packages.length,
    declaration: 'The undersigned declares that the goods described above were produced in Rwanda.',
  };

  const phytosanitaryRequest: PhytosanitaryRequestData | null =
    plantLines.length === 0
      ? null
      : {
          ...references(numbers.phytosanitary),
          exporter: copy(spec.exporter),
          consignee: copy(CONSIGNEE),
          inspectingAuthority: 'National Agricultural Export Development Board (NAEB), plant health inspection',
          countryOfOrigin: 'RW',
          countryOfDestination: 'CN',
          pointOfExit: 'KGL',
          pointOfEntry: 'PVG',
          mode: spec.mode,
          meansOfConveyance: modeOfTransport,
          distinguishingMarks: plantPackages.map((p) => p.reference),
          lines: plantLines.map((l, i) => ({
            itemNumber: i + 1,
            sku: l.sku,
            descriptionEn: l.descriptionEn,
            descriptionZh: l.descriptionZh,
            botanicalName: product.get(l.sku)!.botanicalName,
            productForm: product.get(l.sku)!.form,
            hsCode: l.hsCode,
            quantity: l.quantity,
            packaging: product.get(l.sku)!.packaging,
            netWeightKg: formatKg(l.netG),
            lotNumber: l.lotNumber,
            originCountry: 'RW',
          })),
          totalNetWeightKg: formatKg(plantLines.reduce((sum, l) => sum + l.netG, 0)),
          packageCount: plantPackages.length,
          purpose: 'Consumption (food)',
        };

  const exportDeclaration: ExportDeclarationData = {
    ...references(numbers.exportDeclaration),
    exporter: copy(spec.exporter),
    consignee: copy(CONSIGNEE),
    importerOfRecord: copy(IMPORTER),
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    officeOfExit: 'KGL',
    officeOfExitName: 'Kigali International Airport (KGL)',
    mode: spec.mode,
    modeOfTransport,
    incoterm: spec.incoterm,
    namedPlace: spec.namedPlace,
    currency,
    invoiceNumber: numbers.invoice,
    items: lines.map((l, i) => ({
      itemNumber: i + 1,
      sku: l.sku,
      descriptionEn: l.descriptionEn,
      descriptionZh: l.descriptionZh,
      hsCode: l.hsCode,
      quantity: l.quantity,
      netWeightKg: formatKg(l.netG),
      grossWeightKg: formatKg(l.grossG),
      value: l.value.toAmountString(),
      originCountry: 'RW',
    })),
    totalValue: total.toAmountString(),
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: packages.length,
    supportingDocuments: [
      { type: 'commercial_invoice', number: numbers.invoice },
      { type: 'packing_list', number: numbers.packingList },
      { type: 'certificate_of_origin', number: numbers.certificateOfOrigin },
      ...(phytosanitaryRequest ? [{ type: 'phytosanitary_request' as const, number: numbers.phytosanitary }] : []),
    ],
  };

  const postalDeclarations: PostalDeclarationData[] =
    spec.mode !== 'postal'
      ? []
      : packages.map((p) => {
          const items = p.contents.map((c) => {
            const item = product.get(c.sku)!;
            return {
              sku: c.sku,
              descriptionEn: item.descriptionEn,
              descriptionZh: item.descriptionZh,
              quantity: c.quantity,
              netWeightKg: formatKg(item.unitNetG * c.quantity),
              value: price.get(c.sku)!.times(c.quantity),
              hsCode: item.hsCode,
              originCountry: 'RW' as const,
            };
          });
          const value = Money.sum(
            items.map((i) => i.value),
            currency,
          ).toAmountString();
          const sdr = valueInSdr(value, currency, spec.sdrRate);
          const grossWeightKg = formatKg(p.grossG);
          return {
            ...references(`CN-${p.reference}-2D9F0B6C1E42-V1`),
            form: cn22Applies({ grossWeightKg, valueInSdr: sdr }, CN22_LIMITS) ? 'CN22' : 'CN23',
            packageReference: p.reference,
            sender: copy(spec.exporter),
            addressee: copy(CONSIGNEE),
            importerOfRecord: copy(IMPORTER),
            category: 'sale_of_goods',
            items: items.map((i) => ({ ...i, value: i.value.toAmountString() })),
            grossWeightKg,
            totalNetWeightKg: formatKg(p.netG),
            totalValue: value,
            currency,
            valueInSdr: sdr,
            sdrRate: spec.sdrRate,
            invoiceNumber: numbers.invoice,
            certificateNumbers: [
              numbers.certificateOfOrigin,
              ...(p.contents.some((c) => isPlant(c.sku)) ? [numbers.phytosanitary] : []),
            ],
          };
        });

  const context: ConsistencyContext = {
    mode: spec.mode,
    incoterm: spec.incoterm,
    shippedLines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity, lotNumber: l.lotNumber })),
    products: Object.fromEntries(
      spec.lines.map((l) => [
        l.product.sku,
        { form: l.product.form, plantProduct: PRODUCT_FORMS[l.product.form].plantProduct, food: l.product.food },
      ]),
    ),
    cn22: { ...CN22_LIMITS },
  };

  return {
    set: { invoice, packingList, certificateOfOrigin, phytosanitaryRequest, exportDeclaration, postalDeclarations },
    context,
  };
}
