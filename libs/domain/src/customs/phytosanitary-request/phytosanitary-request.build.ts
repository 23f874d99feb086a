import { formatKg } from '../../measure';
import type { DocumentBasis } from '../building/basis';
import { CORRIDOR_FACTS, DEFAULT_BOTANICAL_NAME } from '../corridor-facts';
import type { PhytosanitaryRequestData } from '../document-data';

/**
 * The request for a phytosanitary certificate, covering the plant products and the parcels that
 * hold them; null when the shipment carries no plant product.
 */
export function buildPhytosanitaryRequest(basis: DocumentBasis): PhytosanitaryRequestData | null {
  const { facts, product } = basis;
  const plantLines = basis.lines.filter((l) => basis.isPlant(l.sku));
  // The certificate covers the parcels that hold plant products, and only those.
  const plantPackages = facts.shipment.packages.filter((p) => p.contents.some((c) => basis.isPlant(c.sku)));
  if (plantLines.length === 0) return null;
  return {
    ...basis.refs('PHY'),
    exporter: facts.exporter,
    consignee: facts.consignee,
    inspectingAuthority: CORRIDOR_FACTS.agencies.phytosanitary,
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    pointOfExit: CORRIDOR_FACTS.departure.code,
    pointOfEntry: facts.store.destinationAirport,
    mode: facts.shipment.mode,
    meansOfConveyance: basis.modeOfTransport,
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
    totalNetWeightKg: formatKg(plantLines.reduce((sum, l) => sum + basis.netG(l.sku, l.quantity), 0)),
    packageCount: plantPackages.length,
    purpose: 'Human consumption',
  };
}
