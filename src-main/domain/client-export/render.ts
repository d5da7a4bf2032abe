import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ClientExportDocumentModel } from './records';

/**
 * The readable half of a client's own data export (KVKK art. 11): the sections of records.ts as
 * headed "label: value" lines on as many A4 pages as it takes, with the page number in the footer.
 * Pure: data and fonts in, bytes out.
 */

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.11, 0.14, 0.19);
const MUTED = rgb(0.29, 0.33, 0.4);

/** Greedy word wrap measured with the font; a word longer than the line (a hash) is cut. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let word of words) {
    while (font.widthOfTextAtSize(word, size) > width && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(word.slice(0, cut), size) > width) cut--;
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Characters the embedded font cannot draw become "?", so a name in another script never breaks the file. */
function drawable(text: string, set: ReadonlySet<number>): string {
  return Array.from(text.normalize('NFC'), (ch) => (set.has(ch.codePointAt(0) ?? 0) || ch === ' ' ? ch : '?')).join('');
}

export async function renderClientExportPdf(
  model: ClientExportDocumentModel,
  fonts: { latin: Uint8Array },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Metadata without client data; fixed producer so two renders compare.
  doc.setTitle(model.title);
  doc.setLanguage(model.language);
  doc.setProducer('Emanet');
  doc.setCreator('Emanet');
  // Embedded whole, as for the client notes (a fontkit subset of Noto Sans drew blank in pdf.js).
  const font = await doc.embedFont(fonts.latin, { subset: false });
  const characters: ReadonlySet<number> = new Set(font.getCharacterSet());
  const width = A4[0] - 2 * MARGIN;
  const pages: PDFPage[] = [];
  let page: PDFPage = doc.addPage(A4);
  pages.push(page);
  let y = A4[1] - MARGIN;

  const newPage = (): void => {
    page = doc.addPage(A4);
    pages.push(page);
    y = A4[1] - MARGIN;
  };
  const line = (text: string, size: number, color = INK, indent = 0): void => {
    for (const l of wrap(drawable(text, characters), font, size, width - indent)) {
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
    const w = font.widthOfTextAtSize(label, 8);
    p.drawText(label, { x: A4[0] - MARGIN - w, y: MARGIN / 2, size: 8, font, color: MUTED });
  });
  return doc.save();
}
