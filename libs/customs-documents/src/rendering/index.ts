export * from './document-data';
export { renderCommercialInvoice } from './commercial-invoice.renderer';
export { renderPackingList } from './packing-list.renderer';
export { renderShippingLabel } from './shipping-label.renderer';
export { renderCertificateOfOrigin } from './certificate-of-origin.renderer';
export { renderPhytosanitaryRequest } from './phytosanitary-request.renderer';
export { renderExportDeclaration } from './export-declaration.renderer';
export { renderPostalDeclaration } from './postal-declaration.renderer';
export { CJK_FONT_FILE, locateCjkFont } from './cjk-font';
