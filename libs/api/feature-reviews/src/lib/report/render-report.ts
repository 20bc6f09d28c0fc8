import PDFDocument from 'pdfkit';
import type { ReportBlock, ReportModel } from './report-model';

export interface RenderOptions {
  /** false leaves the page streams readable (tests look into them); true in production */
  readonly compress?: boolean;
}

const MARGIN = 50;
const LATIN1 = /[^\x20-\x7e\xa0-\xff\n]/g;

/** The standard PDF fonts speak Latin-1: anything else becomes `?` rather than a wrong glyph. */
const safe = (text: string) =>
  text
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(LATIN1, '?');

/** Draws a report model as a PDF with the standard Helvetica fonts (nothing to load from disk). */
export function renderReport(model: ReportModel, options: RenderOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: safe(model.title), Subject: safe(model.subtitle), Creator: 'Streamscape' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  doc.font('Helvetica-Bold').fontSize(20).text(safe(model.title), { width });
  doc.font('Helvetica').fontSize(11).fillColor('#555555').text(safe(model.subtitle), { width });
  doc.fillColor('#000000').moveDown();
  table(
    doc,
    ['', ''],
    model.facts.map(([k, v]) => [k, v]),
    [140, width - 140],
    false,
  );

  for (const section of model.sections) {
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(14).text(safe(section.heading), MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    for (const block of section.blocks) drawBlock(doc, block, width);
  }
  doc.end();
  return done;
}

function drawBlock(doc: PDFKit.PDFDocument, block: ReportBlock, width: number): void {
  doc.font('Helvetica').fontSize(10);
  switch (block.type) {
    case 'paragraph':
      doc.text(safe(block.text), MARGIN, doc.y, { width });
      doc.moveDown(0.3);
      return;
    case 'list':
      doc.list(block.items.map(safe), MARGIN + 10, doc.y, { width: width - 10, bulletRadius: 1.5 });
      doc.moveDown(0.3);
      return;
    case 'table': {
      const first = Math.min(220, width / 2);
      const rest = block.columns.length > 1 ? (width - first) / (block.columns.length - 1) : 0;
      table(doc, block.columns, block.rows, [first, ...block.columns.slice(1).map(() => rest)], true);
      doc.moveDown(0.3);
    }
  }
}

function table(
  doc: PDFKit.PDFDocument,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  header: boolean,
): void {
  const line = (cells: readonly string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(safe(c), { width: widths[i] - 6 })));
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(safe(cell), x, y, { width: widths[i] - 6 });
      x += widths[i];
    });
    doc.x = MARGIN;
    doc.y = y + height + 3;
  };
  if (header) line(columns, true);
  for (const row of rows) line(row, false);
}
