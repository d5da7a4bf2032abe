/**
 * Text of a PDF for the search index, read with pdf.js (the same engine the viewer uses, so
 * what is found is what is shown) on a worker thread: parsing a large or hostile PDF never
 * stalls the main process, a lock stops it at once (terminate), and a PDF that makes pdf.js
 * run out of memory takes down the worker, not the app. The plaintext is transferred to the
 * worker (not copied), wiped there, and nothing is written to disk. A failure that retrying
 * cannot fix (a scanned PDF without text, a broken file, a password) yields '': search is a
 * convenience, the encrypted document is what matters. A worker that stops making progress is
 * different: on a busy machine the niced worker may simply not get the CPU, so it is stopped and
 * the caller is told (`PdfTextStalled`) to try again later rather than record an empty text.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Larger PDFs are stored and viewable but not indexed: their text would not fit the index anyway. */
export const PDF_TEXT_MAX_BYTES = 30 * 1024 * 1024;
/** Enough for a long decision; more pages add little to search and much to the time taken. */
const MAX_PAGES = 200;
/** Matches INDEX_TEXT_BYTES for text files: the index holds at most this much per document. */
const MAX_CHARS = 200 * 1024;
/**
 * How long the worker may go without finishing a page (or starting, for the first one). It
 * reports each page, so a long PDF on a loaded machine never runs into this; a page that parses
 * forever (a hostile file) does. Wall-clock time is no measure of a niced background thread.
 */
export const PDF_TEXT_STALL_MS = 30_000;

/** The worker made no progress for the stall time: not the PDF's fault as far as we know. */
export class PdfTextStalled extends Error {
  constructor() {
    super('PDF text extraction made no progress');
    this.name = 'PdfTextStalled';
  }
}
/** A hostile PDF may try to exhaust memory: the worker's heap is capped, the app's is not touched. */
const WORKER_HEAP_MB = 512;
/** The worker thread's nice value (Linux): background work, below the app's own threads. */
const WORKER_NICE = 10;

export function looksLikePdf(mediaType: string, name: string): boolean {
  return mediaType === 'application/pdf' || /\.pdf$/i.test(name);
}

/**
 * Plain JavaScript for `new Worker(…, { eval: true })`, so nothing has to be bundled or found
 * next to the compiled main process; pdf.js itself is imported by the URL the main thread
 * resolved. Text only: no wasm decoders, no fetches of fonts or maps, no XFA, no console noise.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// Behind the import means behind everything else too: on Linux a thread has its own nice value,
// so this one yields the CPU to the app (and the viewer) whenever they want it.
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  if (tid > 0) require('node:os').setPriority(tid, workerData.nice);
} catch {}
let lib = null;
async function readText(doc, id) {
  const parts = [];
  let length = 0;
  const pages = Math.min(doc.numPages, workerData.maxPages);
  for (let n = 1; n <= pages && length < workerData.maxChars; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      parts.push(item.str, item.hasEOL ? '\\n' : ' ');
      length += item.str.length + 1;
    }
    page.cleanup();
    parentPort.postMessage({ id, page: n });
  }
  return parts.join('').slice(0, workerData.maxChars);
}
parentPort.on('message', async ({ id, bytes }) => {
  let task = null;
  let text = '';
  try {
    lib = lib || (await import(workerData.pdfjsUrl));
    task = lib.getDocument({
      data: bytes,
      useWasm: false,
      useWorkerFetch: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    parentPort.postMessage({ id, page: 0 });
    text = await readText(doc, id);
  } catch {
    text = '';
  } finally {
    if (task) await task.destroy().catch(() => undefined);
    if (bytes.byteLength > 0) bytes.fill(0);
  }
  parentPort.postMessage({ id, text });
});
`;

let pdfjsUrl: string | null = null;
/** The legacy build runs on Electron's and Node's own runtime. */
function resolvePdfjs(): string {
  pdfjsUrl ??= pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  return pdfjsUrl;
}

export interface PdfTextWorker {
  /**
   * Text of one PDF. `bytes` is transferred to the worker (it is empty afterwards). Rejects
   * with the signal's reason when aborted and with `PdfTextStalled` when the worker made no
   * progress for the stall time; any other failure resolves to ''. `onPage` hears each page
   * done (0 once the document is open).
   */
  extract(bytes: Uint8Array, signal?: AbortSignal, onPage?: (page: number) => void): Promise<string>;
  /** Stops the worker (and whatever it is doing). */
  close(): Promise<void>;
}

/** One worker, started on first use, reused for the next PDF, replaced after a stall or crash. */
export function createPdfTextWorker(options: { stallMs?: number } = {}): PdfTextWorker {
  const stallMs = options.stallMs ?? PDF_TEXT_STALL_MS;
  let worker: Worker | null = null;
  let nextId = 1;

  function start(): Worker {
    worker ??= new Worker(WORKER_SOURCE, {
      eval: true,
      name: 'emanet-pdf-text',
      workerData: { pdfjsUrl: resolvePdfjs(), maxPages: MAX_PAGES, maxChars: MAX_CHARS, nice: WORKER_NICE },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    return worker;
  }

  async function stop(): Promise<void> {
    const w = worker;
    worker = null;
    await w?.terminate();
  }

  return {
    async extract(bytes, signal, onPage) {
      signal?.throwIfAborted();
      if (bytes.byteLength === 0 || bytes.byteLength > PDF_TEXT_MAX_BYTES) {
        bytes.fill(0);
        return '';
      }
      // pdf.js refuses Buffers and the transfer needs a buffer of its own, not a view of Node's pool.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !Buffer.isBuffer(bytes);
      const data = own ? bytes : new Uint8Array(bytes);
      if (!own) bytes.fill(0);
      const w = start();
      const id = nextId++;
      return new Promise<string>((resolve, reject) => {
        const finish = (outcome: () => void) => {
          clearTimeout(stall);
          w.off('message', onMessage);
          w.off('exit', onExit);
          signal?.removeEventListener('abort', onAbort);
          outcome();
        };
        const onMessage = (m: { id: number; text?: unknown; page?: unknown }) => {
          if (m.id !== id) return;
          if (typeof m.page === 'number') {
            stall.refresh();
            onPage?.(m.page);
            return;
          }
          finish(() => resolve(typeof m.text === 'string' ? m.text : ''));
        };
        // A crash (out of memory, say) is a failure of this PDF only.
        const onExit = () => {
          if (worker === w) worker = null;
          finish(() => resolve(''));
        };
        const onAbort = () => {
          void stop();
          finish(() => reject(signal?.reason instanceof Error ? signal.reason : new Error('Aborted')));
        };
        const stall = setTimeout(() => {
          void stop();
          finish(() => reject(new PdfTextStalled()));
        }, stallMs);
        w.on('message', onMessage);
        w.on('exit', onExit);
        signal?.addEventListener('abort', onAbort, { once: true });
        w.postMessage({ id, bytes: data }, [data.buffer as ArrayBuffer]);
      });
    },
    close: stop,
  };
}

/** One PDF on a worker of its own, for one-off callers and tests. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const worker = createPdfTextWorker();
  try {
    return await worker.extract(bytes);
  } finally {
    await worker.close();
  }
}
