import { formatHs } from '@corridor/domain';
import type { ExportDeclarationData, ExportDeclarationItem } from './document-data';
import { DOCUMENT_TYPE_LABELS } from './document-type-labels';
import { exporterBlock } from './exporter-block';
import { COLOR, countryLabel, PdfWriter, type TableColumn, type TableRowGroup, type TextRun } from './pdf-writer';

function describe(item: ExportDeclarationItem): TextRun[] {
  return [
    { text: item.descriptionEn },
    { text: item.descriptionZh },
    { text: `SKU ${item.sku}`, size: 7, color: COLOR.muted },
  ];
}

/**
 * Renders the export declaration (the data filed with the Rwanda Electronic Single Window) as
 * an A4 PDF: the exporter's TIN in large type, the exporter with its numbers, consignee and
 * importer of record; origin and destination, office of exit, mode, incoterm and named
 * place, currency and invoice; the items (item number, HS code, description, quantity, net
 * and gross weight, value, origin) with totals; the supporting documents, and the
 * declarant's signature. The same data always yields the same bytes.
 */
export async function renderExportDeclaration(data: ExportDeclarationData): Promise<Buffer> {
  const currency = data.currency;
  const writer = PdfWriter.open({
    title: 'EXPORT DECLARATION',
    titleZh: '出口报关单',
    documentNumber: data.documentNumber,
    issueDate: data.issueDate,
    author: data.exporter.name,
    subject: `Export declaration for shipment ${data.shipmentId}, exporter TIN ${data.exporter.tin}`,
  });

  writer.header([
    { label: 'Declaration number', value: data.documentNumber },
    { label: 'Date', value: data.issueDate },
    { label: 'Exporter TIN', value: data.exporter.tin },
    { label: 'Buyer reference', value: data.buyerReference },
    { label: 'Shipment', value: data.shipmentId },
  ]);

  // Customs files the declaration under the exporter's TIN: it leads, in large type.
  writer.facts([
    { label: 'Exporter TIN', labelZh: '出口商纳税人识别号', value: { text: data.exporter.tin, bold: true, size: 14 } },
    {
      label: 'Office of exit',
      labelZh: '出境海关',
      value: [{ text: data.officeOfExit, bold: true, size: 14 }, { text: data.officeOfExitName }],
      weight: 1.4,
    },
    { label: 'Invoice number', labelZh: '发票号', value: { text: data.invoiceNumber, bold: true }, weight: 1.1 },
    { label: 'Currency', labelZh: '币种', value: { text: currency, bold: true }, weight: 0.5 },
  ]);

  writer.parties([
    { ...exporterBlock('Exporter', '出口商', data.exporter), weight: 1.3 },
    { label: 'Consignee', labelZh: '收货人', party: data.consignee },
    { label: 'Importer of record', labelZh: '进口商', party: data.importerOfRecord },
  ]);

  writer.facts([
    { label: 'Country of origin', labelZh: '原产国', value: countryLabel(data.countryOfOrigin), weight: 0.9 },
    {
      label: 'Country of destination',
      labelZh: '目的国',
      value: countryLabel(data.countryOfDestination),
      weight: 1.05,
    },
    { label: 'Mode of transport', labelZh: '运输方式', value: data.modeOfTransport },
    {
      label: 'Incoterms® 2020',
      labelZh: '贸易术语',
      value: { text: `${data.incoterm} ${data.namedPlace}`, bold: true },
      weight: 1.5,
    },
    { label: 'Packages', labelZh: '件数', value: String(data.packageCount), weight: 0.55 },
  ]);

  const columns: TableColumn[] = [
    { header: 'Item', headerZh: '项号', weight: 26 },
    { header: 'HS code', headerZh: '商品编码', weight: 46 },
    { header: 'Description of goods', headerZh: '货物名称', weight: 188 },
    { header: 'Qty', headerZh: '数量', weight: 32, align: 'right' },
    { header: 'Net kg', headerZh: '净重', weight: 48, align: 'right' },
    { header: 'Gross kg', headerZh: '毛重', weight: 50, align: 'right' },
    { header: `Value ${currency}`, headerZh: '金额', weight: 58, align: 'right' },
    { header: 'Origin', headerZh: '原产国', weight: 36 },
  ];
  const rows: TableRowGroup[] = data.items.map((item) => [
    {
      cells: [
        String(item.itemNumber),
        formatHs(item.hsCode),
        describe(item),
        String(item.quantity),
        item.netWeightKg,
        item.grossWeightKg,
        item.value,
        item.originCountry,
      ],
    },
  ]);
  const totalQuantity = data.items.reduce((sum, item) => sum + item.quantity, 0);
  rows.push([
    {
      emphasis: true,
      cells: [
        '',
        '',
        'Total',
        String(totalQuantity),
        data.totalNetWeightKg,
        data.totalGrossWeightKg,
        data.totalValue,
        '',
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

  writer.table(
    [
      { header: 'Supporting document', headerZh: '随附单证', weight: 2 },
      { header: 'Number', headerZh: '编号', weight: 2 },
    ],
    data.supportingDocuments.length === 0
      ? [[{ cells: ['None 无', ''] }]]
      : data.supportingDocuments.map((document) => {
          const name = DOCUMENT_TYPE_LABELS[document.type];
          return [{ cells: [`${name.en} ${name.zh}`, document.number] }];
        }),
  );

  writer.signature({ signatory: data.exporter.name, issueDate: data.issueDate });
  return writer.finish();
}
