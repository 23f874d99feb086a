import PDFDocument from 'pdfkit';
import { cjkFont } from './cjk-font';
import type { Party } from './document-data';

/** A piece of text in one style. The font follows from the text: see {@link fontFor}. */
export interface TextRun {
  text: string;
  bold?: boolean;
  /** Points; 8.5 unless given. */
  size?: number;
  color?: string;
}

/** A table cell: one run, or runs stacked one below the other. */
export type Cell = string | TextRun | readonly TextRun[];

export interface TableColumn {
  header: string;
  headerZh?: string;
  /** Relative width; the columns share the page's content width in these proportions. */
  weight: number;
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: readonly Cell[];
  /** Shaded and bold, for a totals row. */
  emphasis?: boolean;
}

/** Rows kept on one page when they fit on one (a package and its contents). */
export type TableRowGroup = readonly TableRow[];

export interface LabelledValue {
  label: string;
  labelZh?: string;
  value: Cell;
  /** Relative width within its row of facts; 1 unless given. */
  weight?: number;
}

/** A party's box: its caption, and the party's name, address and country. */
export interface PartyBlock {
  label: string;
  labelZh?: string;
  party: Party;
  /**
   * Lines printed under the country in place of the party's TIN and registrations, e.g. the
   * exporter's numbers with bilingual captions (see `exporterBlock`).
   */
  details?: readonly TextRun[];
  /** Relative width within its row of boxes; 1 unless given. */
  weight?: number;
}

/** One box of a row of tick boxes, e.g. a CN 22 category. */
export interface CheckOption {
  label: string;
  labelZh?: string;
  checked: boolean;
}

/** One of several declarations signed side by side; see {@link PdfWriter.signatures}. */
export interface SignatureBlock {
  /** "Declaration by the exporter" */
  title: string;
  titleZh?: string;
  declaration: string | readonly TextRun[];
  signatory: string;
  /** YYYY-MM-DD; left blank when absent. */
  issueDate?: string;
}

export interface DocumentMeta {
  /** "COMMERCIAL INVOICE" */
  title: string;
  /** "商业发票" */
  titleZh: string;
  documentNumber: string;
  /** YYYY-MM-DD */
  issueDate: string;
  /** The issuing party, recorded as the PDF's author. */
  author: string;
  subject: string;
}

const MARGIN = 40;
const FOOTER_SPACE = 16;
const LINE_GAP = 1;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3.5;
const BASE_SIZE = 8.5;

export const COLOR = {
  ink: '#1b1b1b',
  muted: '#5f6368',
  rule: '#b9bdc1',
  fill: '#eef1f0',
  accent: '#1f4d3a',
} as const;

const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', cjk: 'NotoSansSC' } as const;

/** Characters outside Latin-1 that the standard fonts' WinAnsi encoding still covers. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Helvetica for text the standard fonts can encode (it keeps files small and extracts
 * cleanly); Noto Sans SC for anything else: Chinese names, and any other script a party's
 * name may carry. Noto Sans SC has one weight here, so Chinese text is never bold.
 */
export function fontFor(text: string, bold = false): string {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const winAnsi =
      (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || ch === '\n' || WIN_ANSI_EXTRA.has(ch);
    if (!winAnsi) return FONT.cjk;
  }
  return bold ? FONT.bold : FONT.regular;
}

const COUNTRY_NAMES: Record<Party['country'], string> = { RW: 'Rwanda', CN: 'China' };

/** "Rwanda (RW)" */
export function countryLabel(code: Party['country']): string {
  return `${COUNTRY_NAMES[code]} (${code})`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a document's PDF info dictionary records. */
export interface PdfInfo {
  title: string;
  /** The issuing party. */
  author: string;
  subject: string;
  /** YYYY-MM-DD; becomes the PDF's creation date. */
  issueDate: string;
}

export interface OpenPdf {
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with its bytes. */
  end(): Promise<Buffer>;
}

/**
 * A pdfkit document set up as every Corridor document is: the info dictionary filled in,
 * the creation date taken from the issue date, and the CJK font registered under the name
 * {@link fontFor} returns. pdfkit derives the file ID from the info dictionary, so a fixed
 * date makes the bytes reproducible and a document's sha256 identifies its content.
 */
export function openPdf(
  info: PdfInfo,
  layout: Pick<PDFKit.PDFDocumentOptions, 'size' | 'margin' | 'bufferPages'>,
): OpenPdf {
  const creationDate = new Date(`${info.issueDate}T00:00:00Z`);
  if (
    !ISO_DATE.test(info.issueDate) ||
    Number.isNaN(creationDate.getTime()) ||
    creationDate.toISOString().slice(0, 10) !== info.issueDate
  ) {
    throw new RangeError(`issueDate must be YYYY-MM-DD, got "${info.issueDate}"`);
  }
  const doc = new PDFDocument({
    ...layout,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Creator: 'Corridor',
      Producer: 'Corridor (PDFKit)',
      CreationDate: creationDate,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT.cjk, cjkFont());
  return {
    doc,
    end: () => {
      doc.end();
      return ended;
    },
  };
}

/** Sets the font for the run's text (see {@link fontFor}), its size and its colour. */
export function styleText(doc: PDFKit.PDFDocument, run: TextRun): void {
  doc
    .font(fontFor(run.text, run.bold))
    .fontSize(run.size ?? BASE_SIZE)
    .fillColor(run.color ?? COLOR.ink);
}

/**
 * Runs side by side on one line, e.g. an English label followed by its Chinese one, with
 * the top of the line at `y`. They share a baseline: the two fonts' ascenders differ, so
 * aligning their tops would not. Returns the line's height.
 */
export function drawInline(doc: PDFKit.PDFDocument, runs: readonly TextRun[], x: number, y: number): number {
  const size = Math.max(...runs.map((run) => run.size ?? BASE_SIZE));
  const baseline = y + 0.8 * size;
  let left = x;
  for (const run of runs) {
    styleText(doc, run);
    doc.text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
    left += doc.widthOfString(run.text) + 4;
  }
  return 1.2 * size;
}

/** A field's small caption, in English and, when given, Chinese: "CONSIGNEE 收货人". */
export function fieldLabel(label: string, labelZh?: string): TextRun[] {
  const runs: TextRun[] = [{ text: label.toUpperCase(), bold: true, size: 6.5, color: COLOR.muted }];
  if (labelZh) runs.push({ text: labelZh, size: 6.5, color: COLOR.muted });
  return runs;
}

function toRuns(cell: Cell): readonly TextRun[] {
  if (typeof cell === 'string') return [{ text: cell }];
  return 'text' in cell ? [cell as TextRun] : (cell as readonly TextRun[]);
}

/**
 * The layout shared by the shipment documents: an A4 page with a title block, party boxes,
 * a row of facts, a table that breaks across pages under a repeated header, and a footer
 * with "Page n of m". It draws top to bottom with its own cursor and never lets pdfkit add
 * a page on its own, so the page count, and with it the bytes, depend only on the input.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly end: () => Promise<Buffer>;
  private y = MARGIN;

  private constructor(private readonly meta: DocumentMeta) {
    const pdf = openPdf(
      {
        title: `${meta.title} ${meta.documentNumber}`,
        author: meta.author,
        subject: meta.subject,
        issueDate: meta.issueDate,
      },
      { size: 'A4', margin: MARGIN, bufferPages: true },
    );
    this.doc = pdf.doc;
    this.end = pdf.end;
  }

  static open(meta: DocumentMeta): PdfWriter {
    return new PdfWriter(meta);
  }

  private get left(): number {
    return MARGIN;
  }

  private get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN - FOOTER_SPACE;
  }

  // ---- text primitives -------------------------------------------------------------

  private style(run: TextRun): void {
    styleText(this.doc, run);
  }

  private runHeight(run: TextRun, width: number): number {
    if (run.text === '') return 0;
    this.style(run);
    return this.doc.heightOfString(run.text, { width, lineGap: LINE_GAP });
  }

  private stackHeight(runs: readonly TextRun[], width: number): number {
    return runs.reduce((sum, run) => sum + this.runHeight(run, width), 0);
  }

  private drawStack(
    runs: readonly TextRun[],
    x: number,
    y: number,
    width: number,
    align: 'left' | 'right' = 'left',
  ): number {
    let top = y;
    for (const run of runs) {
      if (run.text === '') continue;
      const height = this.runHeight(run, width);
      this.doc.text(run.text, x, top, { width, align, lineGap: LINE_GAP });
      top += height;
    }
    return top - y;
  }

  private drawInline(runs: readonly TextRun[], x: number, y: number): number {
    return drawInline(this.doc, runs, x, y);
  }

  /** The width {@link drawInline} takes for the runs. */
  private inlineWidth(runs: readonly TextRun[]): number {
    return runs.reduce((sum, run, i) => {
      this.style(run);
      return sum + this.doc.widthOfString(run.text) + (i > 0 ? 4 : 0);
    }, 0);
  }

  private label(label: string, labelZh?: string): TextRun[] {
    return fieldLabel(label, labelZh);
  }

  private rule(y: number, color: string = COLOR.rule, width = 0.5): void {
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke();
  }

  private ensureSpace(height: number, onNewPage?: () => void): void {
    if (this.y + height <= this.bottom) return;
    this.doc.addPage();
    this.y = MARGIN;
    this.drawContinuationHeader();
    onNewPage?.();
  }

  private drawContinuationHeader(): void {
    const { title, titleZh, documentNumber, issueDate } = this.meta;
    const height = this.drawInline(
      [
        { text: title, bold: true, size: 10, color: COLOR.accent },
        { text: titleZh, size: 9, color: COLOR.accent },
        { text: '(continued)', size: 8, color: COLOR.muted },
      ],
      this.left,
      this.y,
    );
    this.drawStack(
      [{ text: `${documentNumber} · ${issueDate}`, size: 8, color: COLOR.muted }],
      this.left,
      this.y + 2,
      this.width,
      'right',
    );
    this.y += height + 4;
    this.rule(this.y, COLOR.accent, 1);
    this.y += 10;
  }

  // ---- blocks ------------------------------------------------------------------------

  /** Title on the left, the document's identifiers on the right, a rule below. */
  header(fields: readonly { label: string; value: string }[]): void {
    const { title, titleZh } = this.meta;
    const top = this.y;
    let leftHeight = this.drawStack([{ text: title, bold: true, size: 19, color: COLOR.accent }], this.left, top, 250);
    leftHeight += this.drawStack(
      [{ text: titleZh, size: 12, color: COLOR.accent }],
      this.left,
      top + leftHeight + 1,
      250,
    );

    const labelWidth = 82;
    const valueWidth = 170;
    const x = this.left + this.width - labelWidth - valueWidth;
    let rightY = top;
    for (const field of fields) {
      const value: TextRun = { text: field.value, bold: true, size: 8.5 };
      const height = Math.max(this.runHeight(value, valueWidth), 10);
      this.drawStack([{ text: field.label, size: 7.5, color: COLOR.muted }], x, rightY + 1, labelWidth);
      this.drawStack([value], x + labelWidth, rightY, valueWidth);
      rightY += height + 2;
    }
    this.y = Math.max(top + leftHeight, rightY) + 6;
    this.rule(this.y, COLOR.accent, 1.2);
    this.y += 10;
  }

  /** Side-by-side boxes for the parties: name, address, country, TIN and registrations. */
  parties(blocks: readonly PartyBlock[]): void {
    const gap = 10;
    const totalWeight = blocks.reduce((sum, block) => sum + (block.weight ?? 1), 0);
    const boxWidths = blocks.map(
      (block) => ((this.width - gap * (blocks.length - 1)) * (block.weight ?? 1)) / totalWeight,
    );
    const stacks = blocks.map(({ party, details }) => {
      const runs: TextRun[] = [
        { text: party.name, bold: true, size: 9.5 },
        { text: party.address },
        { text: countryLabel(party.country) },
      ];
      if (details) {
        runs.push(...details);
        return runs;
      }
      if (party.tin) runs.push({ text: `TIN: ${party.tin}`, size: 8 });
      for (const registration of party.registrations ?? []) {
        runs.push({ text: `${registration.label}: ${registration.number}`, size: 8 });
      }
      return runs;
    });
    const labelHeight = 11;
    const height = Math.max(...stacks.map((runs, i) => this.stackHeight(runs, boxWidths[i]! - 12))) + labelHeight + 12;
    this.ensureSpace(height);
    let x = this.left;
    blocks.forEach((block, i) => {
      const boxWidth = boxWidths[i]!;
      this.doc.rect(x, this.y, boxWidth, height).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      this.drawInline(this.label(block.label, block.labelZh), x + 6, this.y + 5);
      this.drawStack(stacks[i]!, x + 6, this.y + 5 + labelHeight, boxWidth - 12);
      x += boxWidth + gap;
    });
    this.y += height + 10;
  }

  /** A boxed row of labelled facts (terms of delivery, transport, origin…). */
  facts(items: readonly LabelledValue[]): void {
    const totalWeight = items.reduce((sum, item) => sum + (item.weight ?? 1), 0);
    const widths = items.map((item) => (this.width * (item.weight ?? 1)) / totalWeight);
    // A caption too wide for its cell puts its Chinese on a second line; the row makes room.
    const captions = items.map((item, i) => {
      const runs = this.label(item.label, item.labelZh);
      return this.inlineWidth(runs) <= widths[i]! - 2 * CELL_PAD_X ? [runs] : runs.map((run) => [run]);
    });
    const labelHeight = 10 * Math.max(...captions.map((lines) => lines.length));
    const height =
      Math.max(...items.map((item, i) => this.stackHeight(toRuns(item.value), widths[i]! - 2 * CELL_PAD_X))) +
      labelHeight +
      2 * CELL_PAD_Y +
      2;
    this.ensureSpace(height);
    this.doc.rect(this.left, this.y, this.width, height).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    let x = this.left;
    items.forEach((item, i) => {
      if (i > 0) {
        this.doc
          .moveTo(x, this.y)
          .lineTo(x, this.y + height)
          .lineWidth(0.5)
          .strokeColor(COLOR.rule)
          .stroke();
      }
      captions[i]!.forEach((line, n) => this.drawInline(line, x + CELL_PAD_X, this.y + CELL_PAD_Y + 10 * n));
      this.drawStack(
        toRuns(item.value),
        x + CELL_PAD_X,
        this.y + CELL_PAD_Y + labelHeight,
        widths[i]! - 2 * CELL_PAD_X,
      );
      x += widths[i]!;
    });
    this.y += height + 10;
  }

  /**
   * A boxed row of tick boxes under a caption, e.g. the category of a postal item; a
   * checked box carries an "X", which also lands in the extracted text before its label.
   */
  checkboxes(input: { label: string; labelZh?: string; options: readonly CheckOption[] }): void {
    const labelHeight = 10;
    const square = 8;
    const rowHeight = 14;
    const columns = Math.min(input.options.length, 3);
    const rows = Math.ceil(input.options.length / columns);
    const columnWidth = (this.width - 2 * CELL_PAD_X) / columns;
    const height = labelHeight + rows * rowHeight + 2 * CELL_PAD_Y + 2;
    this.ensureSpace(height);
    this.doc.rect(this.left, this.y, this.width, height).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    this.drawInline(this.label(input.label, input.labelZh), this.left + CELL_PAD_X, this.y + CELL_PAD_Y);
    input.options.forEach((option, i) => {
      const x = this.left + CELL_PAD_X + (i % columns) * columnWidth;
      const y = this.y + CELL_PAD_Y + labelHeight + Math.floor(i / columns) * rowHeight + 2;
      this.doc.rect(x, y, square, square).lineWidth(0.8).strokeColor(COLOR.ink).stroke();
      if (option.checked) {
        this.style({ text: 'X', bold: true, size: 8 });
        const inset = (square - this.doc.widthOfString('X')) / 2;
        this.doc.text('X', x + inset, y + 0.8, { lineBreak: false });
      }
      const runs: TextRun[] = [{ text: option.label, bold: option.checked, size: 8 }];
      if (option.labelZh) runs.push({ text: option.labelZh, size: 7.5, color: COLOR.muted });
      this.drawInline(runs, x + square + 5, y - 0.5);
    });
    this.y += height + 10;
  }

  /**
   * A table whose header repeats on every page it spans. A group of rows stays on one page
   * when it fits on one; rows never split.
   */
  table(columns: readonly TableColumn[], groups: readonly TableRowGroup[]): void {
    const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
    const widths = columns.map((column) => (this.width * column.weight) / totalWeight);
    const inner = widths.map((w) => w - 2 * CELL_PAD_X);

    const headerCells: TextRun[][] = columns.map((column) => {
      const runs: TextRun[] = [{ text: column.header, bold: true, size: 7.5 }];
      if (column.headerZh) runs.push({ text: column.headerZh, size: 6.5, color: COLOR.muted });
      return runs;
    });
    const headerHeight = Math.max(...headerCells.map((runs, i) => this.stackHeight(runs, inner[i]!))) + 2 * CELL_PAD_Y;
    const drawHeader = (): void => {
      this.doc.rect(this.left, this.y, this.width, headerHeight).fill(COLOR.fill);
      let x = this.left;
      headerCells.forEach((runs, i) => {
        this.drawStack(runs, x + CELL_PAD_X, this.y + CELL_PAD_Y, inner[i]!, columns[i]!.align);
        x += widths[i]!;
      });
      this.y += headerHeight;
      this.rule(this.y, COLOR.ink, 0.7);
    };

    const rowRuns = (row: TableRow): TextRun[][] =>
      row.cells.map((cell) => toRuns(cell).map((run) => (row.emphasis ? { bold: true, ...run } : run)));
    const rowHeight = (runs: TextRun[][]): number =>
      Math.max(...runs.map((cell, i) => this.stackHeight(cell, inner[i]!))) + 2 * CELL_PAD_Y;

    this.ensureSpace(headerHeight + 20);
    drawHeader();
    // Room for rows on a fresh page, under the continuation header (about 26 pt) and the
    // table header; a taller group is let break between its rows.
    const pageCapacity = this.bottom - MARGIN - 40 - headerHeight;
    for (const group of groups) {
      const measured = group.map((row) => {
        const runs = rowRuns(row);
        return { row, runs, height: rowHeight(runs) };
      });
      const groupHeight = measured.reduce((sum, r) => sum + r.height, 0);
      if (groupHeight <= pageCapacity) this.ensureSpace(groupHeight, drawHeader);
      measured.forEach(({ row, runs, height }, index) => {
        this.ensureSpace(height, drawHeader);
        if (row.emphasis) this.doc.rect(this.left, this.y, this.width, height).fill(COLOR.fill);
        let x = this.left;
        runs.forEach((cell, i) => {
          this.drawStack(cell, x + CELL_PAD_X, this.y + CELL_PAD_Y, inner[i]!, columns[i]!.align);
          x += widths[i]!;
        });
        this.y += height;
        // A light rule between groups only, so a package's contents read as one block.
        if (index === measured.length - 1) this.rule(this.y);
      });
    }
    this.y += 8;
  }

  /** Label and value pairs in a box at the right: the document's totals. */
  totals(rows: readonly { label: string; labelZh?: string; value: string; emphasis?: boolean }[]): void {
    const boxWidth = 250;
    const x = this.left + this.width - boxWidth;
    const measured = rows.map((row) => {
      const size = row.emphasis ? 10 : 8.5;
      const value: TextRun = { text: row.value, bold: true, size };
      return { row, value, height: Math.max(this.runHeight(value, 110), 11) + 3 };
    });
    const height = measured.reduce((sum, m) => sum + m.height, 0) + 8;
    this.ensureSpace(height);
    this.doc.rect(x, this.y, boxWidth, height).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    let y = this.y + 4;
    for (const { row, value, height: h } of measured) {
      const labelRuns: TextRun[] = [{ text: row.label, bold: row.emphasis, size: 8.5 }];
      if (row.labelZh) labelRuns.push({ text: row.labelZh, size: 7.5, color: COLOR.muted });
      this.drawInline(labelRuns, x + 6, y + (row.emphasis ? 1.5 : 0));
      this.drawStack([value], x + boxWidth - 6 - 110, y, 110, 'right');
      y += h;
    }
    this.y += height + 10;
  }

  /** One line of text across the page, e.g. the origin statement; wraps when long. */
  statement(runs: readonly TextRun[]): void {
    const height = this.stackHeight(runs, this.width);
    this.ensureSpace(height);
    this.drawStack(runs, this.left, this.y, this.width);
    this.y += height + 4;
  }

  /** The declaration (if any) and a signature line, kept together on one page. */
  signature(input: { declaration?: string | readonly TextRun[]; signatory: string; issueDate: string }): void {
    const declaration: readonly TextRun[] =
      typeof input.declaration === 'string' ? [{ text: input.declaration, size: 8.5 }] : (input.declaration ?? []);
    const declarationHeight = this.stackHeight(declaration, this.width);
    const height = declarationHeight + 70;
    this.ensureSpace(height);
    this.y += 6;
    this.y += this.drawStack(declaration, this.left, this.y, this.width) + 30;
    const half = (this.width - 30) / 2;
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + half, this.y)
      .moveTo(this.left + half + 30, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(0.6)
      .strokeColor(COLOR.ink)
      .stroke();
    this.drawStack(
      [
        { text: 'Authorised signature and stamp', size: 7.5, color: COLOR.muted },
        { text: `For and on behalf of ${input.signatory}`, size: 8 },
      ],
      this.left,
      this.y + 3,
      half,
    );
    this.drawStack(
      [
        { text: 'Name, title and date', size: 7.5, color: COLOR.muted },
        { text: `Date: ${input.issueDate}`, size: 8 },
      ],
      this.left + half + 30,
      this.y + 3,
      half,
    );
    this.y += 30;
  }

  /**
   * Declarations side by side, each under its caption with its own signature line, kept
   * together on one page: e.g. the exporter's declaration beside the certification of the
   * authority. A block without an issue date leaves the date blank, for a signatory who
   * dates it by hand.
   */
  signatures(blocks: readonly SignatureBlock[]): void {
    const gap = 30;
    const width = (this.width - gap * (blocks.length - 1)) / blocks.length;
    const declarations = blocks.map((block) =>
      typeof block.declaration === 'string' ? [{ text: block.declaration, size: 8.5 }] : block.declaration,
    );
    const captionHeight = 12;
    const declarationHeight = Math.max(...declarations.map((runs) => this.stackHeight(runs, width)));
    const below = (block: SignatureBlock): TextRun[] => [
      { text: 'Authorised signature and stamp', size: 7.5, color: COLOR.muted },
      { text: `For and on behalf of ${block.signatory}`, size: 8 },
      { text: `Date: ${block.issueDate ?? ''}`, size: 8 },
    ];
    const belowHeight = Math.max(...blocks.map((block) => this.stackHeight(below(block), width)));
    this.ensureSpace(6 + captionHeight + declarationHeight + 30 + 3 + belowHeight);
    this.y += 6;
    const lineY = this.y + captionHeight + declarationHeight + 30;
    blocks.forEach((block, i) => {
      const x = this.left + i * (width + gap);
      this.drawInline(this.label(block.title, block.titleZh), x, this.y);
      this.drawStack(declarations[i]!, x, this.y + captionHeight, width);
      this.doc
        .moveTo(x, lineY)
        .lineTo(x + width, lineY)
        .lineWidth(0.6)
        .strokeColor(COLOR.ink)
        .stroke();
      this.drawStack(below(block), x, lineY + 3, width);
    });
    this.y = lineY + 3 + belowHeight + 4;
  }

  /** Writes the footer on every page and returns the finished PDF. */
  async finish(): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      // The footer sits inside the bottom margin; with the margin in place pdfkit would
      // start a new page for it.
      const margins = this.doc.page.margins;
      const savedBottom = margins.bottom;
      margins.bottom = 0;
      const y = this.doc.page.height - MARGIN - FOOTER_SPACE + 6;
      this.rule(y);
      const footer: TextRun = {
        text: `${this.meta.title} ${this.meta.documentNumber} · ${this.meta.issueDate}`,
        size: 7,
        color: COLOR.muted,
      };
      this.drawStack([footer], this.left, y + 4, this.width);
      this.drawStack(
        [{ text: `Page ${i - start + 1} of ${count}`, size: 7, color: COLOR.muted }],
        this.left,
        y + 4,
        this.width,
        'right',
      );
      margins.bottom = savedBottom;
    }
    return this.end();
  }
}
