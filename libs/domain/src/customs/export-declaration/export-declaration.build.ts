import type { DocumentBasis } from '../building/basis';
import { CORRIDOR_FACTS } from '../corridor-facts';
import type {
  CertificateOfOriginData,
  CommercialInvoiceData,
  ExportDeclarationData,
  PackingListData,
  PhytosanitaryRequestData,
} from '../document-data';

/** The papers an export declaration lists as supporting documents. */
export interface SupportingPapers {
  invoice: CommercialInvoiceData;
  packingList: PackingListData;
  certificateOfOrigin: CertificateOfOriginData;
  phytosanitaryRequest: PhytosanitaryRequestData | null;
}

/**
 * The export declaration, from the product register (HS codes now) and the order's terms,
 * listing the papers that support it.
 */
export function buildExportDeclaration(basis: DocumentBasis, papers: SupportingPapers): ExportDeclarationData {
  const { facts } = basis;
  const { invoice, packingList, certificateOfOrigin, phytosanitaryRequest } = papers;
  return {
    ...basis.refs('EXD'),
    exporter: facts.exporter,
    consignee: facts.consignee,
    importerOfRecord: facts.importerOfRecord,
    countryOfOrigin: 'RW',
    countryOfDestination: 'CN',
    officeOfExit: CORRIDOR_FACTS.departure.code,
    officeOfExitName: CORRIDOR_FACTS.departure.name,
    mode: facts.shipment.mode,
    modeOfTransport: basis.modeOfTransport,
    incoterm: facts.order.incoterm,
    namedPlace: facts.order.namedPlace,
    currency: basis.currency,
    invoiceNumber: invoice.documentNumber,
    items: basis.lines.map(basis.registered),
    totalValue: basis.total,
    ...basis.totals,
    supportingDocuments: [
      { type: 'commercial_invoice', number: invoice.documentNumber },
      { type: 'packing_list', number: packingList.documentNumber },
      { type: 'certificate_of_origin', number: certificateOfOrigin.documentNumber },
      ...(phytosanitaryRequest
        ? [{ type: 'phytosanitary_request' as const, number: phytosanitaryRequest.documentNumber }]
        : []),
    ],
  };
}
