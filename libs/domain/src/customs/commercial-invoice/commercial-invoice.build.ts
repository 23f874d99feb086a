import type { DocumentBasis } from '../building/basis';
import type { CommercialInvoiceData } from '../document-data';

/** The commercial invoice, from the order: its prices and the HS codes ordered. */
export function buildCommercialInvoice(basis: DocumentBasis): CommercialInvoiceData {
  const { facts } = basis;
  return {
    ...basis.refs('INV'),
    seller: facts.exporter,
    buyer: facts.buyer,
    consignee: facts.consignee,
    importerOfRecord: facts.importerOfRecord,
    currency: basis.currency,
    incoterm: facts.order.incoterm,
    namedPlace: facts.order.namedPlace,
    mode: facts.shipment.mode,
    modeOfTransport: basis.modeOfTransport,
    lines: basis.lines,
    total: basis.total,
    ...basis.totals,
    declaration:
      'We declare that the information on this invoice is true and correct, and that the goods are of Rwandan origin.',
  };
}
