import type { PDFFont, PDFPage } from 'pdf-lib';
import { A4, createPdf, drawOnSide, INK, MARGIN, MUTED, TEXT_WIDTH, TOP, wrapText } from '../pdf/layout';
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
  const doc = await createPdf({ title: texts.title, language: texts.language });
  const rtl = texts.direction === 'rtl';
  // Noto Sans is embedded whole: fontkit's subset of it drew most letters blank in pdf.js
  // (measured; the text still extracted), while the Vazirmatn subset draws correctly.
  const latin = await doc.embedFont(fonts.latin, { subset: false });
  const body = rtl ? await doc.embedFont(fonts.arabic, { subset: true }) : latin;
  const page: PDFPage = doc.addPage(A4);
  let y = TOP;
  const reading = rtl ? 'right' : 'left';

  const line = (text: string, font: PDFFont, size: number, color = INK, gap = 0.45): void => {
    for (const l of wrapText(text, font, size, TEXT_WIDTH)) {
      y -= size * 1.2;
      drawOnSide(page, l, { side: reading, y, size, font, color });
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
  drawOnSide(page, flag, { side: reading, y: MARGIN / 2, size: 8, font: body, color: MUTED });
  const otherSide = rtl ? 'left' : 'right';
  drawOnSide(page, data.generatedOn, { side: otherSide, y: MARGIN / 2, size: 8, font: latin, color: MUTED });

  if (rtl) fixRtlLigatures(body);
  return doc.save({ useObjectStreams: false });
}
