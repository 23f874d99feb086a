import {
  CORRIDOR_FACTS,
  DEFAULT_BOTANICAL_NAME,
  Money,
  ORIGIN_CRITERION_TEXT,
  PRODUCT_FORMS,
  choosePostalForm,
  formatCm,
  formatKg,
  valueInSdr,
  type CertificateOfOriginData,
  type CommercialInvoiceData,
  type ConsistencyContext,
  type Currency,
  type DocumentLine,
  type DocumentReferences,
  type DocumentSet,
  type ExportDeclarationData,
  type ExporterParty,
  type PackingListData,
  type Party,
  type PhytosanitaryRequestData,
  type PostalDeclarationData,
  type ProductForm,
  type ShipmentMode,
} from '@corridor/domain';

/** A product as the register holds it today. */
export interface RegisteredProduct {
  category: 'chili' | 'coffee';
  form: ProductForm;
  /** The register's HS code now; the order line keeps the one ordered. */
  hsCode: string;
  botanicalName: string | null;
  packaging: string;
  unitNetWeightG: number;
  unitGrossWeightG: number;
}

/** Everything the documents of one shipment are made from, read in one transaction. */
export interface ShipmentFacts {
  shipment: {
    id: string;
    mode: ShipmentMode;
    currency: Currency;
    lines: { sku: string; quantity: number; lotNumber: string; purchaseOrderLineId: string }[];
    packages: {
      reference: string;
      grossWeightG: number;
      lengthUm: number;
      widthUm: number;
      heightUm: number;
      /** The customs declaration the postal item was packed with; null off the post. */
      postalForm: 'cn22' | 'cn23' | null;
      contents: { sku: string; quantity: number }[];
    }[];
  };
  order: { id: string; buyerReference: string; incoterm: string; namedPlace: string };
  orderLines: {
    id: string;
    sku: string;
    descriptionEn: string;
    descriptionZh: string;
    /** The HS code on the order: what the buyer bought, and what the invoice says. */
    hsCode: string;
    unitPriceMinor: bigint;
  }[];
  products: Map<string, RegisteredProduct>;
  exporter: ExporterParty;
  buyer: Party;
  consignee: Party;
  importerOfRecord: Party;
  store: { destinationAirport: string; destination: string };
  /** Units of the shipment's currency per SDR. */
  sdrRate: string;
  issueDate: string;
}

const MODE_NAMES: Record<ShipmentMode, string> = {
  postal: 'Post (EMS)',
  courier: 'Express courier',
  air_cargo: 'Air cargo',
};

/**
 * The whole document set of a shipment, from one set of facts. Each paper takes its figures
 * from where its issuer would: the invoice from the order (prices, the HS code ordered), the
 * packing list from the parcels as weighed, the declaration, certificate of origin and postal
 * declarations from the product register (HS codes now), the CN22/CN23 choice from packing.
 * So a fact that changed between order, packing and papers shows up as a disagreement that
 * the consistency check names, instead of being silently papered over.
 */
export function buildDocumentSet(
  facts: ShipmentFacts,
  version: number,
): { set: DocumentSet; context: ConsistencyContext } {
  const { shipment, order } = facts;
  const currency = shipment.currency;
  const orderLine = new Map(facts.orderLines.map((l) => [l.id, l]));
  const orderLineBySku = new Map(facts.orderLines.map((l) => [l.sku, l]));
  const product = (sku: string) => facts.products.get(sku)!;
  const grossPerSku = grossWeightPerSku(facts);
  const modeOfTransport = MODE_NAMES[shipment.mode] ?? shipment.mode;
  const suffix = `${shipment.id.slice(-12).toUpperCase()}-V${version}`;
  const refs = (prefix: string): DocumentReferences => ({
    documentNumber: `${prefix}-${suffix}`,
    issueDate: facts.issueDate,
    shipmentId: shipment.id,
    purchaseOrderId: order.id,
    buyerReference: order.buyerReference,
  });
  const unitPrice = (sku: string) => Money.ofMinor(orderLineBySku.get(sku)!.unitPriceMinor, currency);

  const lines: DocumentLine[] = shipment.lines.map((l) => {
    const ol = orderLine.get(l.purchaseOrderLineId)!;
    return {
      sku: l.sku,
      descriptionEn: ol.descriptionEn,
      descriptionZh: ol.descriptionZh,
      hsCode: ol.hsCode,
      quantity: l.quantity,
      unitPrice: unitPrice(l.sku).toAmountString(),
      lineTotal: unitPrice(l.sku).times(l.quantity).toAmountString(),
      netWeightKg: formatKg(product(l.sku).unitNetWeightG * l.quantity),
      grossWeightKg: formatKg(grossPerSku.get(l.sku) ?? 0),
      lotNumber: l.lotNumber,
      originCountry: 'RW',
    };
  });
  const total = Money.sum(
    lines.map((l) => Money.parse(l.lineTotal, currency)),
    currency,
  ).toAmountString();
  const netG = shipment.lines.reduce((sum, l) => sum + product(l.sku).unitNetWeightG * l.quantity, 0);
  const grossG = shipment.packages.reduce((sum, p) => sum + p.grossWeightG, 0);
  const totals = {
    totalNetWeightKg: formatKg(netG),
    totalGrossWeightKg: formatKg(grossG),
    packageCount: shipment.packages.length,
  };
  const lotBySku = new Map(shipment.lines.map((l) => [l.sku, l.lotNumber]));

  const invoice: CommercialInvoiceData = {
    ...refs('INV'),
    seller: facts.exporter,
    buyer: facts.buyer,
    consignee: facts.consignee,
    importerOfRecord: facts.importerOfRecord,
    currency,
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    mode: shipment.mode,
    modeOfTransport,
    lines,
    total,
    ...totals,
    declaration:
      'We declare that the information on this invoice is true and correct, and that the goods are of Rwandan origin.',
  };

  const packingList: PackingListData = {
    ...refs('PL'),
    seller: facts.exporter,
    consignee: facts.consignee,
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    modeOfTransport,
    packages: shipment.packages.map((p) => ({
      reference: p.reference,
      grossWeightKg: formatKg(p.grossWeightG),
      netWeightKg: formatKg(p.contents.reduce((sum, c) => sum + product(c.sku).unitNetWeightG * c.quantity, 0)),
      dimensionsCm: `${formatCm(p.lengthUm)} × ${formatCm(p.widthUm)} × ${formatCm(p.heightUm)}`,
      contents: p.contents.map((c) => ({
        sku: c.sku,
        descriptionEn: orderLineBySku.get(c.sku)!.descriptionEn,
        descriptionZh: orderLineBySku.get(c.sku)!.descriptionZh,
        quantity: c.quantity,
        lotNumber: lotBySku.get(c.sku)!,
      })),
    })),
    ...totals,
  };

  /** A line as the product register describes it: the HS code of today. */
  const registered = (l: DocumentLine, i: number) => ({
    itemNumber: i + 1,
    sku: l.sku,
    descriptionEn: l.descriptionEn,
    descriptionZh: l.descriptionZh,
    hsCode: product(l.sku).hsCode,
    quantity: l.quantity,
    netWeightKg: l.netWeightKg,
    grossWeightKg: l.grossWeightKg,
    value: l.lineTotal,
    originCountry: 'RW' as const,
  });

  const certificateOfOrigin: CertificateOfOriginData = {
    ...refs('CO'),
    exporter: facts.exporter,
    consignee: facts.consignee,
    importerOfRecord: facts.importerOfRecord,
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    preference: CORRIDOR_FACTS.preference,
    issuingAuthority: CORRIDOR_FACTS.agencies.certificateOfOrigin,
    mode: shipment.mode,
    modeOfTransport,
    departure: CORRIDOR_FACTS.departure.name,
    destination: facts.store.destination,
    invoiceNumber: invoice.documentNumber,
    invoiceDate: invoice.issueDate,
    currency,
    lines: lines.map((l, i) => {
      const criterion = PRODUCT_FORMS[product(l.sku).form].originCriterion;
      return {
        ...registered(l, i),
        lotNumber: l.lotNumber,
        originCriterion: criterion,
        originCriterionText: ORIGIN_CRITERION_TEXT[criterion],
      };
    }),
    totalValue: total,
    ...totals,
    declaration:
      'The undersigned declares that the goods described above were produced in Rwanda and comply with the origin requirements for the preference claimed.',
  };

  const isPlant = (sku: string) => PRODUCT_FORMS[product(sku).form].plantProduct;
  const plantLines = lines.filter((l) => isPlant(l.sku));
  // The certificate covers the parcels that hold plant products, and only those.
  const plantPackages = shipment.packages.filter((p) => p.contents.some((c) => isPlant(c.sku)));
  const phytosanitaryRequest: PhytosanitaryRequestData | null =
    plantLines.length === 0
      ? null
      : {
          ...refs('PHY'),
          exporter: facts.exporter,
          consignee: facts.consignee,
          inspectingAuthority: CORRIDOR_FACTS.agencies.phytosanitary,
          countryOfOrigin: 'RW',
          countryOfDestination: 'CN',
          pointOfExit: CORRIDOR_FACTS.departure.code,
          pointOfEntry: facts.store.destinationAirport,
          mode: shipment.mode,
          meansOfConveyance: modeOfTransport,
          distinguishingMarks: plantPackages.map((p) => p.reference),
          lines: plantLines.map((l, i) => {
            const p = product(l.sku);
            return {
              itemNumber: i + 1,
              sku: l.sku,
              descriptionEn: l.descriptionEn,
              descriptionZh: l.descriptionZh,
              botanicalName: p.botanicalName ?? DEFAULT_BOTANICAL_NAME[p.category],
              productForm: p.form,
              hsCode: p.hsCode,
              quantity: l.quantity,
              packaging: p.packaging,
              netWeightKg: l.netWeightKg,
              lotNumber: l.lotNumber,
              originCountry: 'RW',
            };
          }),
          totalNetWeightKg: formatKg(
            plantLines.reduce((sum, l) => sum + product(l.sku).unitNetWeightG * l.quantity, 0),
          ),
          packageCount: plantPackages.length,
          purpose: 'Human consumption',
        };

  const exportDeclaration: ExportDeclarationData = {
    ...refs('EXD'),
    exporter: facts.exporter,
    consignee: facts.consignee,
    importerOfRecord: facts.importerOfRecord,
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    officeOfExit: CORRIDOR_FACTS.departure.code,
    officeOfExitName: CORRIDOR_FACTS.departure.name,
    mode: shipment.mode,
    modeOfTransport,
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    currency,
    invoiceNumber: invoice.documentNumber,
    items: lines.map(registered),
    totalValue: total,
    ...totals,
    supportingDocuments: [
      { type: 'commercial_invoice', number: invoice.documentNumber },
      { type: 'packing_list', number: packingList.documentNumber },
      { type: 'certificate_of_origin', number: certificateOfOrigin.documentNumber },
      ...(phytosanitaryRequest
        ? [{ type: 'phytosanitary_request' as const, number: phytosanitaryRequest.documentNumber }]
        : []),
    ],
  };

  const postalDeclarations: PostalDeclarationData[] =
    shipment.mode !== 'postal'
      ? []
      : shipment.packages.map((p) => {
          const items = p.contents.map((c) => ({
            sku: c.sku,
            descriptionEn: orderLineBySku.get(c.sku)!.descriptionEn,
            descriptionZh: orderLineBySku.get(c.sku)!.descriptionZh,
            quantity: c.quantity,
            netWeightKg: formatKg(product(c.sku).unitNetWeightG * c.quantity),
            value: unitPrice(c.sku).times(c.quantity).toAmountString(),
            hsCode: product(c.sku).hsCode,
            originCountry: 'RW' as const,
          }));
          const value = Money.sum(
            items.map((item) => Money.parse(item.value, currency)),
            currency,
          ).toAmountString();
          // Items packed before the choice was recorded take the rule's answer.
          const chosen =
            p.postalForm ??
            choosePostalForm({ grossWeightKg: formatKg(p.grossWeightG), value, currency, sdrRate: facts.sdrRate });
          const form = chosen === 'cn22' ? 'CN22' : 'CN23';
          return {
            ...refs(`${form}-${p.reference.replace(/[^A-Za-z0-9]/g, '')}`),
            form,
            packageReference: p.reference,
            sender: facts.exporter,
            addressee: facts.consignee,
            importerOfRecord: facts.importerOfRecord,
            category: 'sale_of_goods',
            items,
            grossWeightKg: formatKg(p.grossWeightG),
            totalNetWeightKg: formatKg(
              p.contents.reduce((sum, c) => sum + product(c.sku).unitNetWeightG * c.quantity, 0),
            ),
            totalValue: value,
            currency,
            valueInSdr: valueInSdr(value, currency, facts.sdrRate),
            sdrRate: facts.sdrRate,
            invoiceNumber: invoice.documentNumber,
            certificateNumbers: [
              certificateOfOrigin.documentNumber,
              ...(phytosanitaryRequest ? [phytosanitaryRequest.documentNumber] : []),
            ],
          };
        });

  const context: ConsistencyContext = {
    mode: shipment.mode,
    incoterm: order.incoterm,
    shippedLines: shipment.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, lotNumber: l.lotNumber })),
    products: Object.fromEntries(
      shipment.lines.map((l) => {
        const p = product(l.sku);
        return [l.sku, { form: p.form, plantProduct: PRODUCT_FORMS[p.form].plantProduct, food: true }];
      }),
    ),
    cn22: CORRIDOR_FACTS.cn22,
  };

  return {
    set: { invoice, packingList, certificateOfOrigin, phytosanitaryRequest, exportDeclaration, postalDeclarations },
    context,
  };
}

/**
 * A package's gross weight shared among its SKUs in proportion to their net weight, so the
 * invoice's per-line gross weights add up to the packing list's total exactly.
 */
function grossWeightPerSku(facts: ShipmentFacts): Map<string, number> {
  const result = new Map<string, number>();
  for (const pkg of facts.shipment.packages) {
    const nets = pkg.contents.map((c) => facts.products.get(c.sku)!.unitNetWeightG * c.quantity);
    const netTotal = nets.reduce((a, b) => a + b, 0);
    let given = 0;
    pkg.contents.forEach((c, i) => {
      const share =
        i === pkg.contents.length - 1
          ? pkg.grossWeightG - given
          : Math.floor((pkg.grossWeightG * nets[i]) / Math.max(netTotal, 1));
      given += share;
      result.set(c.sku, (result.get(c.sku) ?? 0) + share);
    });
  }
  return result;
}
