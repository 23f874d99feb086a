import type { PackedItem, PackingListData } from './document-data';
import { exporterBlock } from './exporter-block';
import {
  COLOR,
  countryLabel,
  PdfWriter,
  type LabelledValue,
  type TableColumn,
  type TableRowGroup,
  type TextRun,
} from './pdf-writer';

function describe(item: PackedItem): TextRun[] {
  return [
    { text: item.descriptionEn },
    { text: item.descriptionZh },
    { text: `SKU ${item.sku}`, size: 7, color: COLOR.muted },
  ];
}

/**
 * Renders the packing list as an A4 PDF: the seller with its TIN and GACC number (and its
 * other registrations), then one block per package with its dimensions, weights and
 * contents. The same data always yields the same bytes.
 */
export async function renderPackingList(data: PackingListData): Promise<Buffer> {
  const writer = PdfWriter.open({
    title: 'PACKING LIST',
    titleZh: '装箱单',
    documentNumber: data.documentNumber,
    issueDate: data.issueDate,
    author: data.seller.name,
    subject: `Packing list for shipment ${data.shipmentId}, buyer reference ${data.buyerReference}`,
  });

  const identifiers = [
    { label: 'Packing list number', value: data.documentNumber },
    { label: 'Date of issue', value: data.issueDate },
    { label: 'Buyer reference', value: data.buyerReference },
  ];
  if (data.purchaseOrderId) identifiers.push({ label: 'Purchase order', value: data.purchaseOrderId });
  identifiers.push({ label: 'Shipment', value: data.shipmentId });
  writer.header(identifiers);

  writer.parties([
    exporterBlock('Seller / exporter', '卖方/出口商', data.seller),
    { label: 'Consignee', labelZh: '收货人', party: data.consignee },
  ]);

  const facts: LabelledValue[] = [];
  if (data.incoterm) {
    const terms = data.namedPlace ? `${data.incoterm} ${data.namedPlace}` : data.incoterm;
    facts.push({ label: 'Incoterms® 2020', labelZh: '贸易术语', value: { text: terms, bold: true }, weight: 1.6 });
  }
  if (data.modeOfTransport) facts.push({ label: 'Transport', labelZh: '运输方式', value: data.modeOfTransport });
  facts.push(
    { label: 'Packages', labelZh: '件数', value: String(data.packageCount), weight: 0.7 },
    { label: 'Origin', labelZh: '原产国', value: countryLabel('RW') },
  );
  writer.facts(facts);

  const columns: TableColumn[] = [
    { header: 'Package', headerZh: '箱号', weight: 52 },
    { header: 'Dimensions cm', headerZh: '尺寸（厘米）', weight: 64 },
    { header: 'Contents', headerZh: '货物名称', weight: 184 },
    { header: 'Lot', headerZh: '批号', weight: 90 },
    { header: 'Qty', headerZh: '数量', weight: 30, align: 'right' },
    { header: 'Net kg', headerZh: '净重', weight: 44, align: 'right' },
    { header: 'Gross kg', headerZh: '毛重', weight: 46, align: 'right' },
  ];
  // Package-level cells appear on the package's first row only; the group stays on one page.
  const groups: TableRowGroup[] = data.packages.map((pkg) =>
    pkg.contents.map((item, i) => ({
      cells: [
        i === 0 ? { text: pkg.reference, bold: true } : '',
        i === 0 ? pkg.dimensionsCm : '',
        describe(item),
        item.lotNumber,
        String(item.quantity),
        i === 0 ? pkg.netWeightKg : '',
        i === 0 ? pkg.grossWeightKg : '',
      ],
    })),
  );
  const totalQuantity = data.packages.reduce(
    (sum, pkg) => sum + pkg.contents.reduce((inner, item) => inner + item.quantity, 0),
    0,
  );
  groups.push([
    {
      emphasis: true,
      cells: [
        'Total',
        `${data.packageCount} packages`,
        '',
        '',
        String(totalQuantity),
        data.totalNetWeightKg,
        data.totalGrossWeightKg,
      ],
    },
  ]);
  writer.table(columns, groups);

  writer.totals([
    { label: 'Number of packages', labelZh: '总件数', value: String(data.packageCount) },
    { label: 'Total net weight', labelZh: '总净重', value: `${data.totalNetWeightKg} kg` },
    { label: 'Total gross weight', labelZh: '总毛重', value: `${data.totalGrossWeightKg} kg`, emphasis: true },
  ]);

  writer.statement([
    { text: `Country of origin: ${countryLabel('RW')}`, bold: true },
    { text: '原产国：卢旺达', size: 8 },
  ]);
  writer.signature({ signatory: data.seller.name, issueDate: data.issueDate });
  return writer.finish();
}
