import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ClientNoteTexts } from '../../shared/schemas/client-notes';

/**
 * The one-page client note as a PDF (issue 16), with pdf-lib and fontkit and fonts embedded
 * (Vazirmatn as a subset, Noto Sans whole): Noto Sans for Latin scripts, Vazirmatn for Arabic, Farsi and Pashto. fontkit shapes
 * the Arabic script (contextual forms, lam-alef) and lays a right-to-left run out in visual order;
 * every line is one run of one direction, so dates, times, names and numbers (left to right) are
 * drawn on lines of their own rather than mixed into a right-to-left sentence. Pure: bytes in, bytes out.
 */
export interface ClientNoteFonts {
  latin: Uint8Array;
  arabic: Uint8Array;
}

export interface ClientNoteData {
  caseType: string;
  hearing: { when: string; court: string | null } | null;
  lawyerName: string | null;
  lawyerPhone: string | null;
  /** dd.mm.yyyy, printed in the footer. */
  generatedOn: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.11, 0.14, 0.19);
const MUTED = rgb(0.29, 0.33, 0.4);

/** Greedy word wrap measured with the font (shaped widths for the Arabic script). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A ligature glyph (Arabic lam-alef) maps to two characters. Text in a right-to-left run is stored
 * in visual order, and readers (pdf.js, measured) restore logical order by reversing the run, which
 * would also reverse the ligature's own characters ("لا" read back as "ال"). Writing them reversed
 * in the ToUnicode map makes the read-back text match the source. Must run before `save()`.
 */
function fixRtlLigatures(font: PDFFont): void {
  const embedder = (font as unknown as { embedder?: { glyphs?: Array<{ codePoints: number[] }> } }).embedder;
  for (const glyph of embedder?.glyphs ?? []) {
    if (glyph.codePoints.length > 1) glyph.codePoints = [...glyph.codePoints].reverse();
  }
}

export async function renderClientNote(
  texts: ClientNoteTexts,
  data: ClientNoteData,
  fonts: ClientNoteFonts,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(texts.title);
  doc.setLanguage(texts.language);
  // Document metadata carries no client data; the producer is fixed so two renders compare.
  doc.setProducer('Emanet');
  doc.setCreator('Emanet');
  const rtl = texts.direction === 'rtl';
  // Noto Sans is embedded whole: fontkit's subset of it drew most letters blank in pdf.js
  // (measured; the text still extracted), while the Vazirmatn subset draws correctly.
  const latin = await doc.embedFont(fonts.latin, { subset: false });
  const body = rtl ? await doc.embedFont(fonts.arabic, { subset: true }) : latin;
  const page: PDFPage = doc.addPage(A4);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;

  const line = (text: string, font: PDFFont, size: number, color = INK, gap = 0.45): void => {
    for (const l of wrap(text, font, size, width)) {
      y -= size * 1.2;
      const w = font.widthOfTextAtSize(l, size);
      const x = rtl ? A4[0] - MARGIN - w : MARGIN;
      page.drawText(l, { x, y, size, font, color });
      y -= size * gap;
    }
  };
  /** Left-to-right data (a date, a court, a phone number) on its own line, on the reading side. */
  const value = (text: string): void => line(text, latin, 12, INK);
  const heading = (text: string): void => {
    y -= 8;
    line(text, body, 13.5, INK);
  };
  const bullet = (text: string): void => line(rtl ? `${text} •` : `• ${text}`, body, 11.5);

  line(texts.title, body, 20);
  line(texts.intro, body, 11.5, MUTED);

  heading(texts.nextHearing);
  if (data.hearing) {
    value(data.hearing.when);
    if (data.hearing.court) {
      line(texts.court, body, 11.5, MUTED);
      value(data.hearing.court);
    }
  } else line(texts.noHearing, body, 11.5);

  heading(texts.decisionTitle);
  line(texts.decision[data.caseType] ?? texts.decision.default ?? '', body, 11.5);

  heading(texts.bringTitle);
  texts.bring.forEach(bullet);
  heading(texts.dontTitle);
  texts.dont.forEach(bullet);

  heading(texts.lawyer);
  if (data.lawyerName) value(`Av. ${data.lawyerName}`);
  if (data.lawyerPhone) value(data.lawyerPhone);

  // Footer: the review flag, small, and the date.
  const flag = texts.translationReviewed ? texts.reviewed : texts.notReviewed;
  const fw = body.widthOfTextAtSize(flag, 8);
  page.drawText(flag, { x: rtl ? A4[0] - MARGIN - fw : MARGIN, y: MARGIN / 2, size: 8, font: body, color: MUTED });
  const dw = latin.widthOfTextAtSize(data.generatedOn, 8);
  page.drawText(data.generatedOn, {
    x: rtl ? MARGIN : A4[0] - MARGIN - dw,
    y: MARGIN / 2,
    size: 8,
    font: latin,
    color: MUTED,
  });

  if (rtl) fixRtlLigatures(body);
  return doc.save({ useObjectStreams: false });
}
