/**
 * Text of a PDF for the search index, read with pdf.js (the same engine the viewer uses, so
 * what is found is what is shown) on a worker thread: parsing a large or hostile PDF never
 * stalls the main process, a lock stops it at once (terminate), and a PDF that makes pdf.js
 * run out of memory takes down the worker, not the app. The plaintext is transferred to the
 * worker (not copied), wiped there, and nothing is written to disk. Any failure (a scanned PDF
 * without text, a broken file, a password, a file that takes too long) yields '': search is a
 * convenience, the encrypted document is what matters.
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
export const PDF_TEXT_TIMEOUT_MS = 20_000;
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
async function readText(doc) {
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
    text = await readText(await task.promise);
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
   * with the signal's reason when aborted; any other failure resolves to ''.
   */
  extract(bytes: Uint8Array, signal?: AbortSignal): Promise<string>;
  /** Stops the worker (and whatever it is doing). */
  close(): Promise<void>;
}

/** One worker, started on first use, reused for the next PDF, replaced after a timeout or crash. */
export function createPdfTextWorker(options: { timeoutMs?: number } = {}): PdfTextWorker {
  const timeoutMs = options.timeoutMs ?? PDF_TEXT_TIMEOUT_MS;
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
    async extract(bytes, signal) {
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
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('exit', onExit);
          signal?.removeEventListener('abort', onAbort);
          outcome();
        };
        const onMessage = (m: { id: number; text: string }) => {
          if (m.id === id) finish(() => resolve(typeof m.text === 'string' ? m.text : ''));
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
        const timer = setTimeout(() => {
          void stop();
          finish(() => resolve(''));
        }, timeoutMs);
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
