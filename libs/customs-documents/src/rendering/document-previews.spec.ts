import { readFileSync } from 'node:fs';
import { renderCertificateOfOrigin } from './certificate-of-origin.renderer';
import { renderCommercialInvoice } from './commercial-invoice.renderer';
import { renderExportDeclaration } from './export-declaration.renderer';
import { renderPackingList } from './packing-list.renderer';
import { renderPhytosanitaryRequest } from './phytosanitary-request.renderer';
import { renderPostalDeclaration } from './postal-declaration.renderer';
import { renderShippingLabel } from './shipping-label.renderer';
import {
  chiliCertificateOfOrigin,
  chiliCn23,
  chiliExportDeclaration,
  chiliInvoice,
  chiliLabel,
  chiliPackingList,
  chiliPhytosanitaryRequest,
  coffeeCn22,
} from './testing/document-fixtures';
import { writePagePreview } from './testing/page-preview';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One document of each type, from the chili shipment (the CN 22 from a small coffee item). */
const DOCUMENTS: [type: string, render: () => Promise<Buffer>][] = [
  ['commercial_invoice', () => renderCommercialInvoice(chiliInvoice())],
  ['packing_list', () => renderPackingList(chiliPackingList())],
  ['shipping_label', () => renderShippingLabel(chiliLabel())],
  ['certificate_of_origin', () => renderCertificateOfOrigin(chiliCertificateOfOrigin())],
  ['phytosanitary_request', () => renderPhytosanitaryRequest(chiliPhytosanitaryRequest())],
  ['export_declaration', () => renderExportDeclaration(chiliExportDeclaration())],
  ['cn22', () => renderPostalDeclaration(coffeeCn22())],
  ['cn23', () => renderPostalDeclaration(chiliCn23())],
];

// Page 1 of each document as a PNG under test-output/documents/, for a person to look at.
describe('document previews', () => {
  it.each(DOCUMENTS)('writes a PNG of page 1 of the %s', async (type, render) => {
    const png = writePagePreview(type, await render());
    expect(png).toMatch(new RegExp(`test-output/documents/${type}\\.png$`));
    expect(readFileSync(png).subarray(0, PNG_MAGIC.length)).toEqual(PNG_MAGIC);
  });
});
