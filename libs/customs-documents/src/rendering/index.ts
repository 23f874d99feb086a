export * from './document-data';
export { renderCommercialInvoice } from './commercial-invoice.renderer';
export { renderPackingList } from './packing-list.renderer';
export { renderShippingLabel } from './shipping-label.renderer';
export { CJK_FONT_FILE, locateCjkFont } from './cjk-font';
