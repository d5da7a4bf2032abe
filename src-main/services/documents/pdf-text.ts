/**
 * Text of a PDF for the search index, read with pdf.js (the same engine the viewer uses, so
 * what is found is what is shown). Runs in the main process on plaintext already in memory;
 * nothing is written to disk. Any failure (a scanned PDF without text, a broken file, a
 * password, a hostile file that takes too long) yields '' and never fails the upload: search is
 * a convenience, the encrypted document is what matters.
 */
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Larger PDFs are stored and viewable but not indexed: parsing them would stall the main process. */
export const PDF_TEXT_MAX_BYTES = 30 * 1024 * 1024;
/** Enough for a long decision; more pages add little to search and much to the time taken. */
const MAX_PAGES = 200;
/** Matches INDEX_TEXT_BYTES for text files: the index holds at most this much per document. */
const MAX_CHARS = 200 * 1024;
const TIMEOUT_MS = 20_000;

type PdfJs = typeof PdfJsModule;
let loaded: Promise<PdfJs> | null = null;

/** Loaded on first use: most sessions add no PDF, and pdf.js is large. The legacy build runs on Electron's Node. */
function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

export function looksLikePdf(mediaType: string, name: string): boolean {
  return mediaType === 'application/pdf' || /\.pdf$/i.test(name);
}

export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0 || bytes.byteLength > PDF_TEXT_MAX_BYTES) return '';
  let task: PDFDocumentLoadingTask | null = null;
  let timer: NodeJS.Timeout | undefined;
  // pdf.js refuses Buffers and may transfer the bytes' ArrayBuffer to its worker: hand it a copy
  // of its own, never a view of Node's shared Buffer pool.
  const copy = new Uint8Array(bytes);
  try {
    const lib = await pdfjs();
    task = lib.getDocument({
      data: copy,
      // Text only: no wasm decoders, no fetches of fonts or maps from anywhere, no XFA forms,
      // no noise on the console about missing canvas support.
      useWasm: false,
      useWorkerFetch: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('PDF text extraction timed out')), TIMEOUT_MS);
    });
    return await Promise.race([readText(task), timeout]);
  } catch {
    return '';
  } finally {
    clearTimeout(timer);
    await task?.destroy().catch(() => undefined);
    // Plaintext is wiped rather than left for the GC, unless pdf.js took (detached) the buffer.
    if (copy.byteLength > 0) copy.fill(0);
  }
}

async function readText(task: PDFDocumentLoadingTask): Promise<string> {
  const doc = await task.promise;
  const parts: string[] = [];
  let length = 0;
  const pages = Math.min(doc.numPages, MAX_PAGES);
  for (let n = 1; n <= pages && length < MAX_CHARS; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      parts.push(item.str, item.hasEOL ? '\n' : ' ');
      length += item.str.length + 1;
    }
    page.cleanup();
  }
  return parts.join('').slice(0, MAX_CHARS);
}
