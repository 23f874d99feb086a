import { formatHs } from '@corridor/domain';
import type { PhytosanitaryLine, PhytosanitaryRequestData } from './document-data';
import { exporterBlock } from './exporter-block';
import { COLOR, countryLabel, PdfWriter, type TableColumn, type TableRowGroup, type TextRun } from './pdf-writer';
import { PRODUCT_FORM_LABELS } from './product-form-labels';

function describe(line: PhytosanitaryLine): TextRun[] {
  return [
    { text: line.descriptionEn },
    { text: line.descriptionZh },
    { text: `SKU ${line.sku}`, size: 7, color: COLOR.muted },
  ];
}

function productForm(line: PhytosanitaryLine): TextRun[] {
  const label = PRODUCT_FORM_LABELS[line.productForm];
  return [{ text: label.en }, { text: label.zh, size: 7.5, color: COLOR.muted }];
}

/**
 * Renders the application for a phytosanitary certificate as an A4 PDF: applicant (the
 * exporter, with its numbers) and consignee; the inspecting authority; origin, destination,
 * points of exit and entry and the means of conveyance; the distinguishing marks (package
 * references); per line the botanical name, product form, HS code, quantity, packaging, net
 * weight and lot; the intended purpose, and the applicant's signature. The same data always
 * yields the same bytes.
 */
export async function renderPhytosanitaryRequest(data: PhytosanitaryRequestData): Promise<Buffer> {
  const writer = PdfWriter.open({
    title: 'PHYTOSANITARY CERTIFICATE REQUEST',
    titleZh: '植物检疫证书申请',
    documentNumber: data.documentNumber,
    issueDate: data.issueDate,
    author: data.exporter.name,
    subject: `Application for a phytosanitary certificate for shipment ${data.shipmentId}`,
  });

  writer.header([
    { label: 'Request number', value: data.documentNumber },
    { label: 'Date of application', value: data.issueDate },
    { label: 'Buyer reference', value: data.buyerReference },
    { label: 'Purchase order', value: data.purchaseOrderId },
    { label: 'Shipment', value: data.shipmentId },
  ]);

  writer.parties([
    exporterBlock('Applicant / exporter', '申请人/出口商', data.exporter),
    { label: 'Consignee', labelZh: '收货人', party: data.consignee },
  ]);

  writer.facts([
    {
      label: 'Inspecting authority',
      labelZh: '检疫机构',
      value: { text: data.inspectingAuthority, bold: true },
      weight: 2,
    },
    { label: 'Place of origin', labelZh: '原产地', value: countryLabel(data.countryOfOrigin) },
    { label: 'Country of destination', labelZh: '输往国家', value: countryLabel(data.countryOfDestination) },
  ]);

  writer.facts([
    { label: 'Point of exit', labelZh: '出境口岸', value: { text: data.pointOfExit, bold: true }, weight: 0.7 },
    { label: 'Point of entry', labelZh: '入境口岸', value: { text: data.pointOfEntry, bold: true }, weight: 0.7 },
    { label: 'Means of conveyance', labelZh: '运输工具', value: data.meansOfConveyance, weight: 1.8 },
    { label: 'Packages', labelZh: '件数', value: String(data.packageCount), weight: 0.6 },
  ]);

  writer.facts([
    { label: 'Distinguishing marks', labelZh: '标记及号码', value: data.distinguishingMarks.join(', '), weight: 1.4 },
    { label: 'Purpose', labelZh: '用途', value: data.purpose },
  ]);

  const columns: TableColumn[] = [
    { header: 'No.', weight: 23 },
    { header: 'Description of goods', headerZh: '货物名称', weight: 125 },
    { header: 'Botanical name', headerZh: '植物学名', weight: 68 },
    { header: 'Product form', headerZh: '产品形态', weight: 64 },
    { header: 'HS code', headerZh: '商品编码', weight: 44 },
    { header: 'Qty', headerZh: '数量', weight: 26, align: 'right' },
    { header: 'Packaging', headerZh: '包装', weight: 48 },
    { header: 'Net kg', headerZh: '净重', weight: 44, align: 'right' },
    { header: 'Lot', headerZh: '批号', weight: 88 },
  ];
  const rows: TableRowGroup[] = data.lines.map((line) => [
    {
      cells: [
        String(line.itemNumber),
        describe(line),
        line.botanicalName,
        productForm(line),
        [{ text: formatHs(line.hsCode) }, { text: `Origin ${line.originCountry}`, size: 7, color: COLOR.muted }],
        String(line.quantity),
        line.packaging,
        line.netWeightKg,
        line.lotNumber,
      ],
    },
  ]);
  const totalQuantity = data.lines.reduce((sum, line) => sum + line.quantity, 0);
  rows.push([
    { emphasis: true, cells: ['', 'Total', '', '', '', String(totalQuantity), '', data.totalNetWeightKg, ''] },
  ]);
  writer.table(columns, rows);

  writer.totals([
    { label: 'Number of packages', labelZh: '总件数', value: String(data.packageCount) },
    { label: 'Total net weight', labelZh: '总净重', value: `${data.totalNetWeightKg} kg`, emphasis: true },
  ]);

  writer.statement([
    {
      text: `Plant products of ${countryLabel(data.countryOfOrigin)}, for export to ${countryLabel(data.countryOfDestination)}`,
      bold: true,
    },
    { text: '卢旺达植物产品，输往中国', size: 8 },
  ]);
  writer.signature({ signatory: data.exporter.name, issueDate: data.issueDate });
  return writer.finish();
}
