import type { PDFPage } from 'pdf-lib';
import { A4, createPdf, drawOnSide, INK, MARGIN, MUTED, TEXT_WIDTH, TOP, wrapText } from '../pdf/layout';
import type { ClientExportDocumentModel } from './records';

/**
 * The readable half of a client's own data export (KVKK art. 11): the sections of records.ts as
 * headed "label: value" lines on as many A4 pages as it takes, with the page number in the footer.
 * Pure: data and fonts in, bytes out.
 */

/** Characters the embedded font cannot draw become "?", so a name in another script never breaks the file. */
function drawable(text: string, set: ReadonlySet<number>): string {
  return Array.from(text.normalize('NFC'), (ch) => (set.has(ch.codePointAt(0) ?? 0) || ch === ' ' ? ch : '?')).join('');
}

export async function renderClientExportPdf(
  model: ClientExportDocumentModel,
  fonts: { latin: Uint8Array },
): Promise<Uint8Array> {
  const doc = await createPdf({ title: model.title, language: model.language });
  // Embedded whole, as for the client notes (a fontkit subset of Noto Sans drew blank in pdf.js).
  const font = await doc.embedFont(fonts.latin, { subset: false });
  const characters: ReadonlySet<number> = new Set(font.getCharacterSet());
  const pages: PDFPage[] = [];
  let page: PDFPage = doc.addPage(A4);
  pages.push(page);
  let y = TOP;

  const newPage = (): void => {
    page = doc.addPage(A4);
    pages.push(page);
    y = TOP;
  };
  const line = (text: string, size: number, color = INK, indent = 0): void => {
    // A word longer than the line (a hash) is cut; an empty value still takes its line.
    const lines = wrapText(drawable(text, characters), font, size, TEXT_WIDTH - indent, true);
    for (const l of lines.length ? lines : ['']) {
      if (y - size * 1.2 < MARGIN) newPage();
      y -= size * 1.2;
      page.drawText(l, { x: MARGIN + indent, y, size, font, color });
      y -= size * 0.35;
    }
  };

  line(model.title, 18);
  line(model.name, 14);
  line(model.generatedOn, 9.5, MUTED);
  y -= 4;
  line(model.intro, 10, MUTED);
  for (const section of model.sections) {
    // Keep a heading with at least its first lines.
    if (y < MARGIN + 80) newPage();
    y -= section.level === 1 ? 12 : 6;
    line(section.heading, section.level === 1 ? 14 : 12);
    if (section.records.length === 0) line(model.none, 10, MUTED, 8);
    for (const record of section.records) {
      record.forEach((text, i) => line(text, 10, i === 0 ? INK : MUTED, i === 0 ? 8 : 16));
      y -= 3;
    }
  }
  pages.forEach((p, i) => {
    const label = `${model.pageLabel} ${i + 1} / ${pages.length}`;
    drawOnSide(p, label, { side: 'right', y: MARGIN / 2, size: 8, font, color: MUTED });
  });
  return doc.save();
}
