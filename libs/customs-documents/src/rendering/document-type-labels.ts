import type { ShipmentDocumentType } from '@corridor/domain';

/** Each shipment document's name as printed, e.g. in a declaration's list of supporting documents. */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<ShipmentDocumentType, { en: string; zh: string }>> = {
  commercial_invoice: { en: 'Commercial invoice', zh: '商业发票' },
  packing_list: { en: 'Packing list', zh: '装箱单' },
  certificate_of_origin: { en: 'Certificate of origin', zh: '原产地证书' },
  phytosanitary_request: { en: 'Phytosanitary certificate request', zh: '植物检疫证书申请' },
  export_declaration: { en: 'Export declaration', zh: '出口报关单' },
  cn22: { en: 'Customs declaration CN 22', zh: '海关申报单 CN 22' },
  cn23: { en: 'Customs declaration CN 23', zh: '海关申报单 CN 23' },
  shipping_label: { en: 'Shipping label', zh: '运单标签' },
};
