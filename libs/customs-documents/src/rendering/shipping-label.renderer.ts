import { TRACKING_NUMBER_PATTERN } from '@corridor/domain';
import bwipjs from 'bwip-js';
import type { LabelContentsItem, ShippingLabelData } from './document-data';
import { COLOR, countryLabel, drawInline, fieldLabel, openPdf, styleText, type TextRun } from './pdf-writer';

/** 4 × 6 inches, the usual thermal label. */
const PAGE = { width: 288, height: 432 } as const;
const MARGIN = 10;
const WIDTH = PAGE.width - 2 * MARGIN;
const LINE_GAP = 0.5;

/** Every corridor shipment leaves from Kigali International Airport. */
const ORIGIN_AIRPORT = 'KGL';

const BARCODE = {
  /** PNG pixels per module: the image is scaled into place, so this only sets its sharpness. */
  scale: 4,
  barHeight: 46,
  /** Largest module (narrowest bar) in points; short numbers are not blown up past this. */
  maxModule: 1.6,
  /** Blank space each side of the bars, in modules, that a scanner needs to find them. */
  quietZone: 10,
  /** Size of the human-readable line under the bars, in points. */
  textSize: 8,
} as const;

const MM_PER_PT = 25.4 / 72;

interface Box {
  x: number;
  y: number;
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Text beyond this many lines is cut off with an ellipsis, so the label stays one page. */
  maxLines?: number;
}

/** Draws a run in a box and returns its height; see {@link textHeight}. */
function drawText(doc: PDFKit.PDFDocument, run: TextRun, box: Box): number {
  const height = textHeight(doc, run, box);
  if (height === 0) return 0;
  doc.text(run.text, box.x, box.y, {
    width: box.width,
    align: box.align ?? 'left',
    lineGap: LINE_GAP,
    height: height + 0.5,
    ellipsis: true,
  });
  return height;
}

function textHeight(doc: PDFKit.PDFDocument, run: TextRun, box: Pick<Box, 'width' | 'maxLines'>): number {
  if (run.text === '') return 0;
  styleText(doc, run);
  const full = doc.heightOfString(run.text, { width: box.width, lineGap: LINE_GAP });
  if (box.maxLines === undefined) return full;
  return Math.min(full, box.maxLines * doc.currentLineHeight(true) + box.maxLines * LINE_GAP);
}

function drawStack(doc: PDFKit.PDFDocument, items: readonly { run: TextRun; maxLines?: number }[], box: Box): number {
  let y = box.y;
  for (const { run, maxLines } of items) y += drawText(doc, run, { ...box, y, maxLines: maxLines ?? box.maxLines });
  return y - box.y;
}

function stackHeight(
  doc: PDFKit.PDFDocument,
  items: readonly { run: TextRun; maxLines?: number }[],
  width: number,
): number {
  return items.reduce((sum, { run, maxLines }) => sum + textHeight(doc, run, { width, maxLines }), 0);
}

/**
 * The run, its size reduced (in half points, not below `minSize`) as far as needed for it
 * to fit on one line of `width`.
 */
function fitToWidth(doc: PDFKit.PDFDocument, run: TextRun, width: number, minSize = 0): TextRun {
  styleText(doc, run);
  const natural = doc.widthOfString(run.text);
  if (natural <= width) return run;
  const size = Math.floor((2 * (run.size ?? 8.5) * width) / natural) / 2;
  return { ...run, size: Math.max(size, minSize) };
}

function rule(doc: PDFKit.PDFDocument, y: number, weight = 0.6): void {
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + WIDTH, y)
    .lineWidth(weight)
    .strokeColor(COLOR.ink)
    .stroke();
}

/** A postal address on as few lines as the label allows. */
const joinLines = (address: string): string =>
  address
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');

/**
 * A Code 128 symbol as a PNG, with the size to draw it at. The module (narrowest bar) is as
 * wide as the bars plus their quiet zones allow, up to {@link BARCODE.maxModule}, and the
 * bars are {@link BARCODE.barHeight} tall whatever the module: bwip-js measures height in
 * millimetres at one point per module, so it is asked for the height that scales to that.
 */
async function code128(text: string, maxWidth: number): Promise<{ png: Buffer; width: number; height: number }> {
  const [symbol] = bwipjs.raw({ bcid: 'code128', text });
  if (!symbol || !('sbs' in symbol)) throw new Error('bwip-js returned no linear symbol for code128');
  const modules = symbol.sbs.reduce((sum, width) => sum + width, 0);
  const module = Math.min(BARCODE.maxModule, maxWidth / (modules + 2 * BARCODE.quietZone));
  const png = await bwipjs.toBuffer({
    bcid: 'code128',
    text,
    scale: BARCODE.scale,
    height: (BARCODE.barHeight / module) * MM_PER_PT,
    includetext: true,
    textxalign: 'center',
    textsize: BARCODE.textSize / module,
  });
  // The PNG header (IHDR) holds the pixel width and height at bytes 16 and 20.
  const toPoints = module / BARCODE.scale;
  return { png, width: png.readUInt32BE(16) * toPoints, height: png.readUInt32BE(20) * toPoints };
}

function validate(data: ShippingLabelData): void {
  if (!TRACKING_NUMBER_PATTERN.test(data.trackingNumber)) {
    throw new RangeError(`trackingNumber must be 8–40 of A–Z and 0–9, got "${data.trackingNumber}"`);
  }
  const { packageIndex, packageCount } = data;
  if (
    !Number.isInteger(packageIndex) ||
    !Number.isInteger(packageCount) ||
    packageIndex < 1 ||
    packageIndex > packageCount
  ) {
    throw new RangeError(`package ${packageIndex} of ${packageCount} is not a package of the shipment`);
  }
}

/**
 * Renders the shipping label of one package: a 4 × 6 in (288 × 432 pt) page with the
 * carrier and service, the tracking number as a Code 128 barcode and in large text, the
 * package's number, weight and size, sender (with its TIN) and recipient (the store's name
 * and address in English and Chinese), the destination airport, the buyer's reference, and
 * the GB 7718 particulars: each item's Chinese name, origin, the Chinese importer (the
 * store) and the producer's GACC registration number (the label's own field, which may
 * differ from the sender's when the sender exports another producer's goods). The same data
 * always yields the same bytes.
 */
export async function renderShippingLabel(data: ShippingLabelData): Promise<Buffer> {
  validate(data);
  const { doc, end } = openPdf(
    {
      title: `Shipping label ${data.trackingNumber}`,
      author: data.sender.name,
      subject:
        `Shipping label for package ${data.packageReference} (${data.packageIndex} of ${data.packageCount}) ` +
        `of shipment ${data.shipmentId}, ${data.carrier} ${data.trackingNumber}`,
      issueDate: data.issueDate,
    },
    { size: [PAGE.width, PAGE.height], margin: 0 },
  );
  const barcode = await code128(data.trackingNumber, WIDTH);
  const recipient = data.recipient;
  let y = MARGIN;

  // Carrier and service; the package's place in the shipment.
  const sideWidth = 104;
  const headLeft = drawStack(
    doc,
    [
      { run: { text: data.carrierName, bold: true, size: 15 }, maxLines: 1 },
      { run: { text: data.serviceName, size: 9, color: COLOR.muted }, maxLines: 1 },
    ],
    { x: MARGIN, y, width: WIDTH - sideWidth - 6 },
  );
  const headRight = drawStack(
    doc,
    [
      { run: { text: `Package ${data.packageIndex} of ${data.packageCount}`, bold: true, size: 11 } },
      { run: { text: data.packageReference, size: 8, color: COLOR.muted } },
    ],
    { x: MARGIN + WIDTH - sideWidth, y: y + 2, width: sideWidth, align: 'right', maxLines: 1 },
  );
  y += Math.max(headLeft, headRight + 2) + 3;
  rule(doc, y, 1.5);
  y += 5;

  // FROM: small, the sender in Rwanda, with its TIN at the right of its name.
  y += drawInline(doc, fieldLabel('From', '寄件人'), MARGIN, y);
  const tin: TextRun = { text: `TIN ${data.sender.tin}`, bold: true, size: 8 };
  styleText(doc, tin);
  const tinWidth = doc.widthOfString(tin.text) + 1;
  drawText(doc, tin, { x: MARGIN + WIDTH - tinWidth, y, width: tinWidth, align: 'right', maxLines: 1 });
  y += drawText(
    doc,
    { text: data.sender.name, bold: true, size: 8 },
    { x: MARGIN, y, width: WIDTH - tinWidth - 6, maxLines: 1 },
  );
  y += drawText(
    doc,
    { text: `${joinLines(data.sender.address)}, ${countryLabel(data.sender.country)}`, size: 7 },
    { x: MARGIN, y, width: WIDTH, maxLines: 2 },
  );
  y += 3;
  rule(doc, y);
  y += 5;

  // TO: the store in English and Chinese, beside the destination airport in large type.
  const codeWidth = 80;
  const toWidth = WIDTH - codeWidth - 8;
  const toTop = y;
  let toHeight = drawInline(doc, fieldLabel('To', '收件人'), MARGIN, y);
  toHeight += drawStack(
    doc,
    [
      { run: { text: recipient.name, bold: true, size: 10 }, maxLines: 2 },
      { run: { text: joinLines(recipient.address), size: 8 }, maxLines: 2 },
      { run: { text: recipient.nameZh ?? '', size: 10 }, maxLines: 1 },
      { run: { text: recipient.addressZh ?? '', size: 8 }, maxLines: 2 },
      { run: { text: countryLabel(recipient.country), bold: true, size: 8 } },
    ],
    { x: MARGIN, y: y + toHeight, width: toWidth },
  );
  const codeHeight = drawDestination(doc, data.destinationAirport, MARGIN + WIDTH - codeWidth, toTop, codeWidth);
  y = toTop + Math.max(toHeight, codeHeight) + 4;
  rule(doc, y, 1.5);
  y += 5;

  // The tracking number, large (smaller when long, never cut), then as a barcode.
  y += drawInline(doc, fieldLabel('Tracking no.', '运单号'), MARGIN, y);
  const tracking = fitToWidth(doc, { text: data.trackingNumber, bold: true, size: 17 }, WIDTH);
  y += drawText(doc, tracking, { x: MARGIN, y, width: WIDTH, align: 'center', maxLines: 1 }) + 3;
  doc.image(barcode.png, MARGIN + (WIDTH - barcode.width) / 2, y, { width: barcode.width, height: barcode.height });
  y += barcode.height + 6;
  rule(doc, y, 1.5);

  // Weight, dimensions and the buyer's reference.
  y += drawFacts(doc, y, [
    { label: fieldLabel('Weight', '毛重'), value: `${data.grossWeightKg} kg`, weight: 0.8 },
    { label: fieldLabel('Dimensions', '尺寸'), value: `${data.dimensionsCm} cm`, weight: 1 },
    { label: fieldLabel('Buyer ref.', '订单号'), value: data.buyerReference, weight: 1.5 },
  ]);
  rule(doc, y);
  y += 4;

  // The GB 7718 particulars and the footer sit at the bottom; the contents fill the gap.
  const footer: TextRun = {
    text: `Shipment ${data.shipmentId} · Issued ${data.issueDate}`,
    size: 6,
    color: COLOR.muted,
  };
  const importer = [recipient.nameZh, recipient.name, recipient.addressZh].filter(Boolean).join(' · ');
  const particulars = [
    { run: { text: '原产国：卢旺达 Rwanda', size: 8 } },
    { run: { text: `进口商/代理商 Importer/agent：${importer}`, size: 7 }, maxLines: 2 },
  ];
  const gaccLine: TextRun[] = [
    { text: 'GACC reg. no.', bold: true, size: 7.5 },
    { text: '在华注册编号', size: 7.5 },
    { text: data.gaccRegistrationNumber ?? '—', bold: true, size: 10 },
  ];
  const footerTop = PAGE.height - MARGIN - textHeight(doc, footer, { width: WIDTH });
  const gaccHeight = 1.2 * 10; // drawInline's line: 1.2 × its largest size
  const particularsTop = footerTop - 4 - gaccHeight - stackHeight(doc, particulars, WIDTH) - 4;

  drawContents(doc, data.contents, y, particularsTop - 4);

  rule(doc, particularsTop - 3);
  const particularsHeight = drawStack(doc, particulars, { x: MARGIN, y: particularsTop, width: WIDTH });
  drawInline(doc, gaccLine, MARGIN, particularsTop + particularsHeight + 1);
  drawText(doc, footer, { x: MARGIN, y: footerTop, width: WIDTH });

  return end();
}

/** The destination airport in large white type on a black box; returns the box's height. */
function drawDestination(doc: PDFKit.PDFDocument, airport: string, x: number, y: number, width: number): number {
  const height = 62;
  doc.rect(x, y, width, height).fill(COLOR.ink);
  const white = (run: TextRun): TextRun => ({ ...run, color: 'white' });
  drawInline(doc, fieldLabel('Dest.', '目的地').map(white), x + 5, y + 4);
  const code = fitToWidth(doc, white({ text: airport, bold: true, size: 30 }), width - 8);
  drawText(doc, code, { x, y: y + 16, width, align: 'center', maxLines: 1 });
  drawText(doc, white({ text: `from ${ORIGIN_AIRPORT}`, size: 7 }), { x, y: y + height - 11, width, align: 'center' });
  return height;
}

/** A row of labelled values split by thin rules, e.g. weight and size; returns its height. */
function drawFacts(
  doc: PDFKit.PDFDocument,
  y: number,
  facts: readonly { label: TextRun[]; value: string; weight: number }[],
): number {
  const height = 32;
  const totalWeight = facts.reduce((sum, fact) => sum + fact.weight, 0);
  let x = MARGIN;
  for (const [i, fact] of facts.entries()) {
    const width = (WIDTH * fact.weight) / totalWeight;
    const pad = i > 0 ? 4 : 0;
    if (i > 0) {
      doc
        .moveTo(x, y)
        .lineTo(x, y + height)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke();
    }
    drawInline(doc, fact.label, x + pad, y + 4);
    const value = fitToWidth(doc, { text: fact.value, bold: true, size: 9.5 }, width - pad - 2, 7);
    drawText(doc, value, { x: x + pad, y: y + 13, width: width - pad - 2, maxLines: 2 });
    x += width;
  }
  return height;
}

/**
 * One short line per item, English then Chinese, between `top` and `bottom`. Items that do
 * not fit are counted in a last line that points to the packing list.
 */
function drawContents(doc: PDFKit.PDFDocument, items: readonly LabelContentsItem[], top: number, bottom: number): void {
  const lotWidth = 86;
  const descriptionWidth = WIDTH - lotWidth - 4;
  const notShown = (count: number): TextRun => ({
    text: `+ ${count} item${count === 1 ? '' : 's'}: see the packing list 详见装箱单`,
    size: 7,
    color: COLOR.muted,
  });
  const oneLine = { maxLines: 1 };

  let y = top + drawInline(doc, fieldLabel('Contents', '内装物品'), MARGIN, top);
  for (const [i, item] of items.entries()) {
    const en: TextRun = { text: `${item.quantity} × ${item.descriptionEn}`, size: 7 };
    const lot: TextRun = { text: `Lot ${item.lotNumber}`, size: 6.5, color: COLOR.muted };
    const zh: TextRun = { text: item.descriptionZh, size: 7.5 };
    const enHeight = textHeight(doc, en, { width: descriptionWidth, ...oneLine });
    const height = enHeight + textHeight(doc, zh, { width: WIDTH, ...oneLine });
    const rest = items.length - i;
    const reserve = rest > 1 ? textHeight(doc, notShown(rest - 1), { width: WIDTH, ...oneLine }) : 0;
    if (y + height + reserve > bottom) {
      drawText(doc, notShown(rest), { x: MARGIN, y, width: WIDTH, ...oneLine });
      return;
    }
    drawText(doc, en, { x: MARGIN, y, width: descriptionWidth, ...oneLine });
    drawText(doc, lot, { x: MARGIN + WIDTH - lotWidth, y: y + 0.5, width: lotWidth, align: 'right', ...oneLine });
    y += enHeight;
    y += drawText(doc, zh, { x: MARGIN, y, width: WIDTH, ...oneLine }) + 1;
  }
}
