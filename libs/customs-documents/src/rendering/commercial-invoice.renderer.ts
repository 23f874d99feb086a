import { formatHs } from '@corridor/domain';
import type { CommercialInvoiceData, DocumentLine } from './document-data';
import { exporterBlock } from './exporter-block';
import { COLOR, countryLabel, PdfWriter, type TableColumn, type TableRowGroup, type TextRun } from './pdf-writer';

function describe(line: DocumentLine): TextRun[] {
  return [
    { text: line.descriptionEn },
    { text: line.descriptionZh },
    { text: `SKU ${line.sku} · Lot ${line.lotNumber}`, size: 7, color: COLOR.muted },
  ];
}

/**
 * Renders the commercial invoice as an A4 PDF: seller (with TIN, RDB, NAEB and GACC
 * numbers), buyer, consignee and the importer of record, the terms, the lines and totals.
 * Values are printed as given (amount and weight strings, the buyer's reference verbatim);
 * the same data always yields the same bytes.
 */
export async function renderCommercialInvoice(data: CommercialInvoiceData): Promise<Buffer> {
  const currency = data.currency;
  const terms = `${data.incoterm} ${data.namedPlace}`;
  const writer = PdfWriter.open({
    title: 'COMMERCIAL INVOICE',
    titleZh: '商业发票',
    documentNumber: data.documentNumber,
    issueDate: data.issueDate,
    author: data.seller.name,
    subject: `Commercial invoice for shipment ${data.shipmentId}, buyer reference ${data.buyerReference}`,
  });

  writer.header([
    { label: 'Invoice number', value: data.documentNumber },
    { label: 'Date of issue', value: data.issueDate },
    { label: 'Buyer reference', value: data.buyerReference },
    { label: 'Purchase order', value: data.purchaseOrderId },
    { label: 'Shipment', value: data.shipmentId },
  ]);

  // Two rows of two: the exporter's box carries four registration numbers, which need the width.
  writer.parties([
    exporterBlock('Seller / exporter', '卖方/出口商', data.seller),
    { label: 'Buyer', labelZh: '买方', party: data.buyer },
  ]);
  writer.parties([
    { label: 'Consignee', labelZh: '收货人', party: data.consignee },
    { label: 'Importer of record', labelZh: '进口商', party: data.importerOfRecord },
  ]);

  writer.facts([
    { label: 'Incoterms® 2020', labelZh: '贸易术语', value: { text: terms, bold: true }, weight: 1.6 },
    { label: 'Transport', labelZh: '运输方式', value: data.modeOfTransport },
    { label: 'Currency', labelZh: '币种', value: currency, weight: 0.7 },
    { label: 'Packages', labelZh: '件数', value: String(data.packageCount), weight: 0.7 },
    { label: 'Origin', labelZh: '原产国', value: countryLabel('RW') },
  ]);

  const columns: TableColumn[] = [
    { header: 'No.', weight: 24 },
    { header: 'Description of goods', headerZh: '货物名称', weight: 199 },
    { header: 'HS code', headerZh: '商品编码', weight: 44 },
    { header: 'Qty', headerZh: '数量', weight: 30, align: 'right' },
    { header: `Unit price ${currency}`, headerZh: '单价', weight: 52, align: 'right' },
    { header: `Amount ${currency}`, headerZh: '金额', weight: 58, align: 'right' },
    { header: 'Net kg', headerZh: '净重', weight: 46, align: 'right' },
    { header: 'Gross kg', headerZh: '毛重', weight: 48, align: 'right' },
  ];
  const rows: TableRowGroup[] = data.lines.map((line, i) => [
    {
      cells: [
        String(i + 1),
        describe(line),
        [{ text: formatHs(line.hsCode) }, { text: `Origin ${line.originCountry}`, size: 7, color: COLOR.muted }],
        String(line.quantity),
        line.unitPrice,
        line.lineTotal,
        line.netWeightKg,
        line.grossWeightKg,
      ],
    },
  ]);
  const totalQuantity = data.lines.reduce((sum, line) => sum + line.quantity, 0);
  rows.push([
    {
      emphasis: true,
      cells: ['', 'Total', '', String(totalQuantity), '', data.total, data.totalNetWeightKg, data.totalGrossWeightKg],
    },
  ]);
  writer.table(columns, rows);

  writer.totals([
    { label: 'Total net weight', labelZh: '总净重', value: `${data.totalNetWeightKg} kg` },
    { label: 'Total gross weight', labelZh: '总毛重', value: `${data.totalGrossWeightKg} kg` },
    { label: 'Number of packages', labelZh: '总件数', value: String(data.packageCount) },
    { label: `Total amount ${currency}`, labelZh: '总金额', value: `${data.total} ${currency}`, emphasis: true },
  ]);

  writer.statement([
    { text: `Country of origin: ${countryLabel('RW')}`, bold: true },
    { text: '原产国：卢旺达', size: 8 },
    { text: `Terms of delivery: ${terms} (Incoterms® 2020)` },
  ]);
  writer.signature({ declaration: data.declaration, signatory: data.seller.name, issueDate: data.issueDate });
  return writer.finish();
}
