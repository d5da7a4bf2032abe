import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * The page every PDF Emanet writes for a client shares (the client note, the readable half of the
 * data export): A4, the margins, the two inks, the word wrap and the metadata. Pure: no I/O.
 */
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
/** The width between the margins. */
export const TEXT_WIDTH = A4[0] - 2 * MARGIN;
/** Where the first line's top stands on a fresh page. */
export const TOP = A4[1] - MARGIN;
export const INK = rgb(0.11, 0.14, 0.19);
export const MUTED = rgb(0.29, 0.33, 0.4);

/**
 * A new document with fontkit registered and metadata without client data; the producer and
 * creator are fixed so two renders compare.
 */
export async function createPdf(meta: { title: string; language: string }): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(meta.title);
  doc.setLanguage(meta.language);
  doc.setProducer('Emanet');
  doc.setCreator('Emanet');
  return doc;
}

/**
 * Greedy word wrap measured with the font (shaped widths for the Arabic script); no line for
 * empty text. With `cutLongWords`, a word longer than the line (a hash) is cut across lines.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number, cutLongWords = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (cutLongWords && font.widthOfTextAtSize(word, size) > width && word.length > 1) {
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
  return lines;
}

/** Draws `text` against the left or the right margin. */
export function drawOnSide(
  page: PDFPage,
  text: string,
  at: { side: 'left' | 'right'; y: number; size: number; font: PDFFont; color?: ReturnType<typeof rgb> },
): void {
  const x = at.side === 'right' ? A4[0] - MARGIN - at.font.widthOfTextAtSize(text, at.size) : MARGIN;
  page.drawText(text, { x, y: at.y, size: at.size, font: at.font, color: at.color ?? INK });
}
