import { PRODUCT_FORMS } from '../../product';
import type { DocumentBasis } from '../building/basis';
import { CORRIDOR_FACTS, ORIGIN_CRITERION_TEXT } from '../corridor-facts';
import type { CertificateOfOriginData, CommercialInvoiceData } from '../document-data';

/**
 * The certificate of origin, from the product register (HS codes now, the origin criterion of
 * each product form), citing the invoice it restates.
 */
export function buildCertificateOfOrigin(
  basis: DocumentBasis,
  invoice: CommercialInvoiceData,
): CertificateOfOriginData {
  const { facts } = basis;
  return {
    ...basis.refs('CO'),
    exporter: facts.exporter,
    consignee: facts.consignee,
    importerOfRecord: facts.importerOfRecord,
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    preference: CORRIDOR_FACTS.preference,
    issuingAuthority: CORRIDOR_FACTS.agencies.certificateOfOrigin,
    mode: facts.shipment.mode,
    modeOfTransport: basis.modeOfTransport,
    departure: CORRIDOR_FACTS.departure.name,
    destination: facts.store.destination,
    invoiceNumber: invoice.documentNumber,
    invoiceDate: invoice.issueDate,
    currency: basis.currency,
    lines: basis.lines.map((l, i) => {
      const criterion = PRODUCT_FORMS[basis.product(l.sku).form].originCriterion;
      return {
        ...basis.registered(l, i),
        lotNumber: l.lotNumber,
        originCriterion: criterion,
        originCriterionText: ORIGIN_CRITERION_TEXT[criterion],
      };
    }),
    totalValue: basis.total,
    ...basis.totals,
    declaration:
      'The undersigned declares that the goods described above were produced in Rwanda and comply with the origin requirements for the preference claimed.',
  };
}
