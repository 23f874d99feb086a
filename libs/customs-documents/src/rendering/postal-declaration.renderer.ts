import { formatHs } from '@corridor/domain';
import type { PostalDeclarationData, PostalDeclarationItem } from './document-data';
import { exporterBlock } from './exporter-block';
import { COLOR, PdfWriter, type CheckOption, type TableColumn, type TableRowGroup, type TextRun } from './pdf-writer';

/** The UPU categories of a postal item, in the order the forms print them. */
const CATEGORIES: readonly { key: string; label: string; labelZh: string }[] = [
  { key: 'gift', label: 'Gift', labelZh: '礼品' },
  { key: 'commercial_sample', label: 'Commercial sample', labelZh: '商品货样' },
  { key: 'documents', label: 'Documents', labelZh: '文件' },
  { key: 'returned_goods', label: 'Returned goods', labelZh: '退回货物' },
  { key: 'sale_of_goods', label: 'Sale of goods', labelZh: '销售货物' },
  { key: 'other', label: 'Other', labelZh: '其他' },
];

/** The sender's declaration as the UPU forms word it, in English and Chinese. */
const SENDER_DECLARATION: readonly TextRun[] = [
  {
    text:
      'I certify that the particulars given in this customs declaration are correct and that this item does not ' +
      'contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.',
  },
  { text: '本人保证上述申报内容准确无误，本邮件内未装寄法律或邮政和海关规章禁止寄递的任何危险物品。', size: 8 },
];

function categories(data: PostalDeclarationData): CheckOption[] {
  return CATEGORIES.map((category) => ({ ...category, checked: category.key === data.category }));
}

function describe(item: PostalDeclarationItem): TextRun[] {
  return [
    { text: item.descriptionEn },
    { text: item.descriptionZh },
    { text: `SKU ${item.sku}`, size: 7, color: COLOR.muted },
  ];
}

/** Quantity, description, net weight, value, HS tariff number and origin: what both forms list per item. */
function itemTable(writer: PdfWriter, data: PostalDeclarationData): void {
  const columns: TableColumn[] = [
    { header: 'Qty', headerZh: '数量', weight: 28, align: 'right' },
    { header: 'Detailed description of contents', headerZh: '内件详细名称', weight: 220 },
    { header: 'Net weight kg', headerZh: '净重（千克）', weight: 56, align: 'right' },
    { header: `Value ${data.currency}`, headerZh: '价值', weight: 56, align: 'right' },
    { header: 'HS tariff number', headerZh: '税则号列', weight: 56 },
    { header: 'Country of origin', headerZh: '原产国', weight: 50 },
  ];
  const rows: TableRowGroup[] = data.items.map((item) => [
    {
      cells: [
        String(item.quantity),
        describe(item),
        item.netWeightKg,
        item.value,
        formatHs(item.hsCode),
        item.originCountry,
      ],
    },
  ]);
  const totalQuantity = data.items.reduce((sum, item) => sum + item.quantity, 0);
  rows.push([
    { emphasis: true, cells: [String(totalQuantity), 'Total', data.totalNetWeightKg, data.totalValue, '', ''] },
  ]);
  writer.table(columns, rows);
}

function totals(writer: PdfWriter, data: PostalDeclarationData): void {
  writer.totals([
    { label: 'Total net weight', labelZh: '总净重', value: `${data.totalNetWeightKg} kg` },
    { label: 'Total gross weight', labelZh: '总毛重', value: `${data.grossWeightKg} kg` },
    { label: `Total value ${data.currency}`, labelZh: '总价值', value: `${data.totalValue} ${data.currency}` },
    { label: 'Value in SDR', labelZh: '特别提款权价值', value: `${data.valueInSdr} SDR`, emphasis: true },
    { label: 'Rate', labelZh: '汇率', value: `1 SDR = ${data.sdrRate} ${data.currency}` },
  ]);
}

/**
 * The CN 22: the short form for a small item (at most 2 kg gross, under 300 SDR), on one
 * page: sender and addressee, the category (sale of goods ticked), the items, total weight
 * and value with the value in SDR, and the sender's declaration.
 */
async function renderCn22(data: PostalDeclarationData): Promise<Buffer> {
  const writer = PdfWriter.open({
    title: 'CUSTOMS DECLARATION CN 22',
    titleZh: 'CN 22 报关签条',
    documentNumber: data.documentNumber,
    issueDate: data.issueDate,
    author: data.sender.name,
    subject: `CN 22 for postal item ${data.packageReference} of shipment ${data.shipmentId}`,
  });
  writer.header([
    { label: 'Declaration number', value: data.documentNumber },
    { label: 'Date', value: data.issueDate },
    { label: 'Postal item', value: data.packageReference },
    { label: 'Buyer reference', value: data.buyerReference },
  ]);
  writer.statement([{ text: 'May be opened officially 可以径行开拆', bold: true }]);
  writer.parties([
    exporterBlock('From (sender)', '寄件人', data.sender),
    { label: 'To (addressee)', labelZh: '收件人', party: data.addressee },
  ]);
  writer.checkboxes({ label: 'Category of item', labelZh: '邮件类别', options: categories(data) });
  itemTable(writer, data);
  totals(writer, data);
  writer.signature({ declaration: SENDER_DECLARATION, signatory: data.sender.name, issueDate: data.issueDate });
  return writer.finish();
}

/**
 * The CN 23: the full form for a parcel or an item worth 300 SDR or more. Adds to the CN 22
 * the invoice number, the numbers of the certificates and licences that go with the item,
 * and the importer of record.
 */
async function renderCn23(data: PostalDeclarationData): Promise<Buffer> {
  const writer = PdfWriter.open({
    title: 'CUSTOMS DECLARATION CN 23',
    titleZh: 'CN 23 报关单',
    documentNumber: data.documentNumber,
    issueDate: data.issueDate,
    author: data.sender.name,
    subject: `CN 23 for postal item ${data.packageReference} of shipment ${data.shipmentId}`,
  });
  writer.header([
    { label: 'Declaration number', value: data.documentNumber },
    { label: 'Date', value: data.issueDate },
    { label: 'Postal item', value: data.packageReference },
    { label: 'Invoice number', value: data.invoiceNumber },
    { label: 'Buyer reference', value: data.buyerReference },
    { label: 'Shipment', value: data.shipmentId },
  ]);
  writer.statement([{ text: 'May be opened officially 可以径行开拆', bold: true }]);
  writer.parties([
    { ...exporterBlock('From (sender)', '寄件人', data.sender), weight: 1.3 },
    { label: 'To (addressee)', labelZh: '收件人', party: data.addressee },
    { label: 'Importer of record', labelZh: '进口商', party: data.importerOfRecord },
  ]);
  writer.checkboxes({ label: 'Category of item', labelZh: '邮件类别', options: categories(data) });
  writer.facts([
    { label: 'Invoice', labelZh: '发票号', value: { text: data.invoiceNumber, bold: true } },
    {
      label: 'Certificates and licences',
      labelZh: '证书及许可证号',
      value: data.certificateNumbers.length > 0 ? data.certificateNumbers.join(', ') : 'None 无',
      weight: 2.4,
    },
    { label: 'Currency', labelZh: '币种', value: data.currency, weight: 0.6 },
  ]);
  itemTable(writer, data);
  totals(writer, data);
  writer.signature({ declaration: SENDER_DECLARATION, signatory: data.sender.name, issueDate: data.issueDate });
  return writer.finish();
}

/**
 * Renders the UPU customs declaration of one postal item as an A4 PDF: the CN 22 or the
 * CN 23, as `data.form` says (which form an item needs is decided before rendering). The
 * same data always yields the same bytes.
 */
export async function renderPostalDeclaration(data: PostalDeclarationData): Promise<Buffer> {
  return data.form === 'CN22' ? renderCn22(data) : renderCn23(data);
}
