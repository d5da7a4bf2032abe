import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ClientExportLanguage, ClientExportTexts } from './texts';

/**
 * The readable half of a client's own data export (KVKK art. 11): every record as headed
 * sections of "label: value" lines, on as many A4 pages as it takes. The records are printed
 * generically (every field that has a value, ids and bookkeeping left out), so a field added
 * later is printed too rather than silently missing. Pure: data and fonts in, bytes out.
 */

export interface ClientExportSection {
  heading: string;
  /** Each entry is one record: its lines. */
  records: string[][];
}

export interface ClientExportDocumentModel {
  language: ClientExportLanguage;
  title: string;
  intro: string;
  generatedOn: string;
  /** The client's name, printed under the title. */
  name: string;
  sections: Array<ClientExportSection & { level: 1 | 2 }>;
  pageLabel: string;
  none: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.11, 0.14, 0.19);
const MUTED = rgb(0.29, 0.33, 0.4);

/** Fields that are bookkeeping, not information about the person. */
const SKIP = new Set(['id', 'version', 'caseId', 'clientId', 'clientIds', 'documentId', 'deletedAt', 'storageName']);

/** Inside a field: how a value was entered, not what it is. */
const NESTED_SKIP = new Set(['precision']);

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** A value as a lawyer writes it: dates dd.mm.yyyy, times 24-hour, booleans as words. */
export function formatValue(value: unknown, texts: Pick<ClientExportTexts, 'yes' | 'no'>): string {
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const d = isoDate.exec(value);
    if (d) return `${d[3]}.${d[2]}.${d[1]}`;
    const t = isoTime.exec(value);
    if (t) return `${t[3]}.${t[2]}.${t[1]} ${t[4]}:${t[5]}`;
    return value;
  }
  return '';
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

/** One record (an object) as lines "Label: value"; nested objects and lists on one line each. */
export function describeRecord(record: Readonly<Record<string, unknown>>, texts: ClientExportTexts): string[] {
  const label = (key: string): string => texts.labels[key] ?? key;
  const inline = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(inline).filter(Boolean).join('; ');
    // Inside a field (an identity number, a date of birth) the values alone read best: "passport P123".
    if (value !== null && typeof value === 'object')
      return Object.entries(value)
        .filter(([k, v]) => !SKIP.has(k) && !NESTED_SKIP.has(k) && !isEmpty(v))
        .map(([, v]) => inline(v))
        .join(' ');
    return formatValue(value, texts);
  };
  return Object.entries(record)
    .filter(([k, v]) => !SKIP.has(k) && !isEmpty(v))
    .map(([k, v]) => `${label(k)}: ${inline(v)}`);
}

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
