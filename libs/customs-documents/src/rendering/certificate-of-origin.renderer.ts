import { formatHs } from '@corridor/domain';
import type { CertificateOfOriginData, CertificateOfOriginLine } from './document-data';
import { exporterBlock } from './exporter-block';
import { COLOR, countryLabel, PdfWriter, type TableColumn, type TableRowGroup, type TextRun } from './pdf-writer';

function describe(line: CertificateOfOriginLine): TextRun[] {
  return [
    { text: line.descriptionEn },
    { text: line.descriptionZh },
    { text: `SKU ${line.sku}`, size: 7, color: COLOR.muted },
    { text: `Lot ${line.lotNumber}`, size: 7, color: COLOR.muted },
  ];
}

/**
 * Renders the certificate of origin application as an A4 PDF: the exporter (TIN, RDB, NAEB
 * and GACC numbers), consignee and importer of record; origin Rwanda, destination China, the
 * preference claimed and the issuing authority; transport from Kigali and the invoice it
 * covers; per line the HS code, the description in English and Chinese, quantity, weights,
 * value, lot and origin criterion; totals; the exporter's declaration and a box for the
 * authority's certification. The same data always yields the same bytes.
 */
export async function renderCertificateOfOrigin(data: CertificateOfOriginData): Promise<Buffer> {
  const currency = data.currency;
  const writer = PdfWriter.open({
    title: 'CERTIFICATE OF ORIGIN',
    titleZh: '原产地证书',
    documentNumber: data.documentNumber,
    issueDate: data.issueDate,
    author: data.exporter.name,
    subject: `Certificate of origin application for shipment ${data.shipmentId}, invoice ${data.invoiceNumber}`,
  });

  writer.header([
    { label: 'Certificate number', value: data.documentNumber },
    { label: 'Date of application', value: data.issueDate },
    { label: 'Invoice', value: `${data.invoiceNumber} of ${data.invoiceDate}` },
    { label: 'Buyer reference', value: data.buyerReference },
    { label: 'Shipment', value: data.shipmentId },
  ]);

  writer.parties([
    { ...exporterBlock('Exporter', '出口商', data.exporter), weight: 1.3 },
    { label: 'Consignee', labelZh: '收货人', party: data.consignee },
    { label: 'Importer of record', labelZh: '进口商', party: data.importerOfRecord },
  ]);

  writer.facts([
    {
      label: 'Country of origin',
      labelZh: '原产国',
      value: { text: countryLabel(data.countryOfOrigin), bold: true },
      weight: 0.9,
    },
    {
      label: 'Country of destination',
      labelZh: '目的国',
      value: { text: countryLabel(data.countryOfDestination), bold: true },
    },
    { label: 'Preference claimed', labelZh: '申请的关税优惠', value: data.preference, weight: 1.6 },
    { label: 'Issuing authority', labelZh: '签证机构', value: data.issuingAuthority, weight: 1.3 },
  ]);

  writer.facts([
    { label: 'Means of transport', labelZh: '运输方式', value: data.modeOfTransport, weight: 1.3 },
    { label: 'Departure', labelZh: '启运地', value: data.departure, weight: 1.2 },
    { label: 'Destination', labelZh: '目的地', value: data.destination, weight: 1.2 },
    {
      label: 'Invoice no. and date',
      labelZh: '发票号及日期',
      value: [{ text: data.invoiceNumber }, { text: data.invoiceDate }],
    },
    { label: 'Packages', labelZh: '件数', value: String(data.packageCount), weight: 0.6 },
  ]);

  const columns: TableColumn[] = [
    { header: 'No.', weight: 22 },
    { header: 'Description of goods', headerZh: '货物名称', weight: 150 },
    { header: 'HS code', headerZh: '商品编码', weight: 44 },
    { header: 'Origin criterion', headerZh: '原产地标准', weight: 104 },
    { header: 'Qty', headerZh: '数量', weight: 30, align: 'right' },
    { header: 'Net kg', headerZh: '净重', weight: 46, align: 'right' },
    { header: 'Gross kg', headerZh: '毛重', weight: 48, align: 'right' },
    { header: `Value ${currency}`, headerZh: '金额', weight: 56, align: 'right' },
  ];
  const rows: TableRowGroup[] = data.lines.map((line) => [
    {
      cells: [
        String(line.itemNumber),
        describe(line),
        [{ text: formatHs(line.hsCode) }, { text: `Origin ${line.originCountry}`, size: 7, color: COLOR.muted }],
        line.originCriterionText,
        String(line.quantity),
        line.netWeightKg,
        line.grossWeightKg,
        line.value,
      ],
    },
  ]);
  const totalQuantity = data.lines.reduce((sum, line) => sum + line.quantity, 0);
  rows.push([
    {
      emphasis: true,
      cells: [
        '',
        'Total',
        '',
        '',
        String(totalQuantity),
        data.totalNetWeightKg,
        data.totalGrossWeightKg,
        data.totalValue,
      ],
    },
  ]);
  writer.table(columns, rows);

  writer.totals([
    { label: 'Total net weight', labelZh: '总净重', value: `${data.totalNetWeightKg} kg` },
    { label: 'Total gross weight', labelZh: '总毛重', value: `${data.totalGrossWeightKg} kg` },
    { label: 'Number of packages', labelZh: '总件数', value: String(data.packageCount) },
    { label: `Total value ${currency}`, labelZh: '总金额', value: `${data.totalValue} ${currency}`, emphasis: true },
  ]);

  writer.statement([
    {
      text: `Goods of ${countryLabel(data.countryOfOrigin)} origin, exported to ${countryLabel(data.countryOfDestination)}`,
      bold: true,
    },
    { text: '货物原产于卢旺达，出口至中国', size: 8 },
  ]);
  // The exporter declares; the authority certifies beside it, and dates its certification itself.
  writer.signatures([
    {
      title: 'Declaration by the exporter',
      titleZh: '出口商声明',
      declaration: data.declaration,
      signatory: data.exporter.name,
      issueDate: data.issueDate,
    },
    {
      title: 'Certification by the issuing authority',
      titleZh: '签证机构证明',
      declaration:
        'It is hereby certified, on the basis of control carried out, that the declaration by the exporter is correct.',
      signatory: data.issuingAuthority,
    },
  ]);
  return writer.finish();
}
