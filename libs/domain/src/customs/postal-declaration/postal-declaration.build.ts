import { formatKg } from '../../measure';
import { Money, valueInSdr } from '../../money';
import type { DocumentBasis } from '../building/basis';
import type {
  CertificateOfOriginData,
  CommercialInvoiceData,
  PhytosanitaryRequestData,
  PostalDeclarationData,
} from '../document-data';
import { choosePostalForm } from '../postal-form';

/** The papers a postal declaration cites: the invoice and the certificates. */
export interface CitedPapers {
  invoice: CommercialInvoiceData;
  certificateOfOrigin: CertificateOfOriginData;
  phytosanitaryRequest: PhytosanitaryRequestData | null;
}

/**
 * One CN22 or CN23 per parcel of a postal shipment, none off the post: its contents valued at
 * the order's prices and in SDR, in the form chosen at packing.
 */
export function buildPostalDeclarations(basis: DocumentBasis, papers: CitedPapers): PostalDeclarationData[] {
  const { facts, currency, orderLineBySku, product } = basis;
  const { invoice, certificateOfOrigin, phytosanitaryRequest } = papers;
  if (facts.shipment.mode !== 'postal') return [];
  return facts.shipment.packages.map((p) => {
    const items = p.contents.map((c) => ({
      sku: c.sku,
      descriptionEn: orderLineBySku.get(c.sku)!.descriptionEn,
      descriptionZh: orderLineBySku.get(c.sku)!.descriptionZh,
      quantity: c.quantity,
      netWeightKg: formatKg(basis.netG(c.sku, c.quantity)),
      value: basis.unitPrice(c.sku).times(c.quantity).toAmountString(),
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
      ...basis.refs(`${form}-${p.reference.replace(/[^A-Za-z0-9]/g, '')}`),
      form,
      packageReference: p.reference,
      sender: facts.exporter,
      addressee: facts.consignee,
      importerOfRecord: facts.importerOfRecord,
      category: 'sale_of_goods',
      items,
      grossWeightKg: formatKg(p.grossWeightG),
      totalNetWeightKg: formatKg(p.contents.reduce((sum, c) => sum + basis.netG(c.sku, c.quantity), 0)),
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
}
