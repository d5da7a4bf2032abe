import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

/**
 * Petition templates (issue 16) as .docx, built from a small line format kept in the repository
 * (`resources/templates/petition-templates.json`) so that they are reviewable in a diff and
 * reproducible byte for byte in their text; filled with docxtemplater. Pure: bytes in, bytes out.
 *
 * One line is one paragraph. A line may start with a marker:
 * - `# `  centred, bold (the addressee: "... BAŞKANLIĞINA")
 * - `## ` bold (a heading: DAVACI, KONU, AÇIKLAMALAR…)
 * - `> `  right-aligned (date and signature)
 * - `! `  the draft notice: italic, highlighted, to be deleted before filing
 * - `? `  where the lawyer must write: italic, highlighted
 * Tags are docxtemplater's `{field}`; a line holds each tag whole, in one run.
 */

/** A fixed timestamp inside the zip, so two builds of one source differ in nothing. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function paragraph(line: string): string {
  const [marker, rest] = /^(#|##|>|!|\?) /.test(line)
    ? [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]
    : ['', line];
  const pPr =
    marker === '#'
      ? '<w:pPr><w:jc w:val="center"/></w:pPr>'
      : marker === '>'
        ? '<w:pPr><w:jc w:val="right"/></w:pPr>'
        : '';
  const rPr =
    marker === '#' || marker === '##'
      ? '<w:rPr><w:b/></w:rPr>'
      : marker === '!' || marker === '?'
        ? '<w:rPr><w:i/><w:highlight w:val="yellow"/></w:rPr>'
        : '';
  if (rest === '') return `<w:p>${pPr}</w:p>`;
  return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(rest)}</w:t></w:r></w:p>`;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The `word/document.xml` of a template: its paragraphs on an A4 page with 2.5 cm margins. */
export function documentXml(lines: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W}"><w:body>${lines.map(paragraph).join('')}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>` +
    `</w:body></w:document>`
  );
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="tr-TR"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>`;

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `</Types>`;

const ROOT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `</Relationships>`;

const DOCUMENT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `</Relationships>`;

/** A minimal, valid .docx (WordprocessingML) holding `lines`. */
export function buildTemplateDocx(lines: readonly string[]): Uint8Array {
  const zip = new PizZip();
  const options = { date: ZIP_DATE, createFolders: false };
  zip.file('[Content_Types].xml', CONTENT_TYPES, options);
  zip.file('_rels/.rels', ROOT_RELS, options);
  zip.file('word/document.xml', documentXml(lines), options);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS, options);
  zip.file('word/styles.xml', STYLES, options);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The `{tags}` a template's lines use, in order of first use. */
export function templateTags(lines: readonly string[]): string[] {
  const tags = lines.flatMap((line) => [...line.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? ''));
  return [...new Set(tags)];
}

/** A template docxtemplater cannot compile (unbalanced braces, a broken zip): its message. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

function compile(docx: Uint8Array): Docxtemplater {
  try {
    return new Docxtemplater(new PizZip(docx), {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      // A value the data does not have is an error, never an empty gap in a petition.
      nullGetter: (part) => {
        throw new TemplateError(`no value for {${String(part.value)}}`);
      },
    });
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    const details = (error as { properties?: { errors?: Array<{ properties?: { explanation?: string } }> } }).properties
      ?.errors;
    const text = details
      ?.map((e) => e.properties?.explanation ?? '')
      .filter(Boolean)
      .join('; ');
    throw new TemplateError(text || (error instanceof Error ? error.message : 'the template cannot be read'));
  }
}

/** Checks that docxtemplater compiles the template (throws TemplateError). */
export function checkTemplate(docx: Uint8Array): void {
  compile(docx);
}

/** Fills every tag of the template with `data` (a missing value throws TemplateError). */
export function fillTemplate(docx: Uint8Array, data: Readonly<Record<string, string>>): Uint8Array {
  const doc = compile(docx);
  try {
    doc.render(data);
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw new TemplateError(error instanceof Error ? error.message : 'the template cannot be filled');
  }
  const zip: PizZip = doc.getZip() as PizZip;
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The text of a .docx's body, one line per paragraph (what a reader of the file sees). */
export function docxText(docx: Uint8Array): string {
  const xml = new PizZip(docx).file('word/document.xml')?.asText() ?? '';
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}
