import { open } from 'node:fs/promises';
import path from 'node:path';

/**
 * Small, valid files generated in the tests (no binary fixtures in the repository): a 1×1 PNG,
 * a one-page PDF with a text string, and an HTML page with a script. Shared by the documents
 * e2e specs and the integration tests. And large files, made on disk in Node (`largeFile`).
 */

/**
 * A large file of `bytes` zero bytes in `dir`, made sparse (it takes no disk space and no time to
 * write). The e2e tests hand its path to the file chooser, so Chromium reads it from disk as it
 * reads a lawyer's scan; the upload still sends every byte it reads through the app's channels.
 */
export async function largeFile(dir: string, name: string, bytes: number): Promise<string> {
  const file = path.join(dir, name);
  const handle = await open(file, 'wx');
  try {
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
  return file;
}

/** A 1×1 red PNG. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A minimal PDF 1.4: one page, Helvetica, one `Tj` per line, and a correct xref table (pdf.js
 * would repair a wrong one, but a correct one proves nothing is being repaired). `lines` must be
 * printable ASCII without parentheses or backslashes.
 */
export function minimalPdf(lines: string[]): Buffer {
  const text = lines.map((line, i) => `BT /F1 18 Tf 20 ${110 - i * 24} Td (${line}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** An HTML page that would set a global if it ever ran. */
export const HOSTILE_HTML = Buffer.from(
  '<!doctype html><html><body><h1>Tebligat</h1><script>window.__pwned = 1</script>' +
    '<img src=x onerror="window.__pwned = 2"></body></html>',
  'utf8',
);

/**
 * A valid PDF 1.4 of `pages` A4 pages of text (the minimal-PDF approach above, scaled up):
 * catalog, page tree, one Helvetica font, and per page a page object and a content stream of
 * 40 lines (a page number heading and body lines). The xref offsets are exact. Only printable
 * ASCII without parentheses or backslashes goes into the strings.
 */
export function manyPagePdf(pages = 50): Buffer {
  const PAGES = pages;
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body); // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES'); // filled in once the page objects are numbered
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  for (let p = 1; p <= PAGES; p++) {
    const lines = [`BT /F1 22 Tf 60 780 Td (Tahliye karari - sayfa ${p} / ${PAGES}) Tj ET`];
    for (let l = 0; l < 40; l++)
      lines.push(
        `BT /F1 11 Tf 60 ${740 - l * 17} Td (Madde ${p}.${l + 1}: Davaci vekilinin itirazi incelendi, dosya kapsami degerlendirildi.) Tj ET`,
      );
    const text = lines.join('\n');
    const content = add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${PAGES} >>`;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
