import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

interface Pdf {
  lib: typeof PdfJsModule;
  /** One worker for every PDF opened: starting and loading a new one per document cost more than the page. */
  worker: PDFWorker;
}
let loaded: Promise<Pdf> | null = null;

/**
 * pdf.js and its worker, loaded when the first PDF is about to be shown (the viewer calls this
 * while it is still decrypting, so both happen at once). The worker is a file of our own origin
 * (Vite's `?url`), so CSP `worker-src 'self'` is enough: no blob: worker, no CDN, no eval. It
 * keeps no document: destroying a loading task frees that document in the worker.
 */
export function preparePdf(): Promise<Pdf> {
  loaded ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return { lib, worker: new lib.PDFWorker() };
  });
  return loaded;
}

interface Props {
  /** The plaintext; pdf.js's worker gets (and detaches) a copy, so a re-run effect still has it. */
  bytes: Uint8Array;
  onFailed: () => void;
}

/** A PDF drawn page by page onto a <canvas>: pixels only, no text layer, no links, no scripts. */
export function PdfView({ bytes, onFailed }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [rendering, setRendering] = useState(true);

  useEffect(() => {
    let task: PDFDocumentLoadingTask | null = null;
    let live = true;
    void preparePdf()
      .then(({ lib, worker }) => {
        task = lib.getDocument({
          data: bytes.slice(),
          worker,
          // Nothing is fetched (fonts, maps, wasm), no XFA forms; pdf.js's own scripting is
          // not part of this build and annotations are not drawn as HTML.
          useWasm: false,
          useWorkerFetch: false,
          enableXfa: false,
          stopAtErrors: false,
        });
        return task.promise;
      })
      .then(
        (proxy) => {
          if (live) setDoc(proxy);
        },
        () => {
          if (live) onFailed();
        },
      );
    return () => {
      live = false;
      // Destroying the task ends the worker's copy of the document too.
      void task?.destroy();
    };
  }, [bytes, onFailed]);

  useEffect(() => {
    const target = canvas.current;
    if (!doc || !target) return;
    let cancelled = false;
    let cancelRender: (() => void) | null = null;
    void (async () => {
      try {
        setRendering(true);
        const proxy = await doc.getPage(page);
        if (cancelled) return;
        const scale = Math.min(2, (target.parentElement?.clientWidth ?? 800) / proxy.getViewport({ scale: 1 }).width);
        const viewport = proxy.getViewport({ scale: scale * (window.devicePixelRatio || 1) });
        target.width = Math.floor(viewport.width);
        target.height = Math.floor(viewport.height);
        target.style.width = `${Math.floor(viewport.width / (window.devicePixelRatio || 1))}px`;
        const task = proxy.render({ canvas: target, viewport });
        cancelRender = () => task.cancel();
        await task.promise;
        if (!cancelled) setRendering(false);
      } catch {
        if (!cancelled) onFailed();
      }
    })();
    return () => {
      cancelled = true;
      cancelRender?.();
    };
  }, [doc, page, onFailed]);

  const pages = doc?.numPages ?? 0;
  return (
    <div className="doc-pdf" data-testid="pdf-view">
      {doc ? (
        <div className="doc-pdf-nav">
          <button
            type="button"
            className="button button-small"
            disabled={page <= 1}
            onClick={() => setPage((p) => Math.max(1, p - 1))}
          >
            {t('documents.viewer.previous')}
          </button>
          <span data-testid="pdf-page" aria-live="polite">
            {t('documents.viewer.page', { page: String(page), pages: String(pages) })}
          </span>
          <button
            type="button"
            className="button button-small"
            disabled={page >= pages}
            onClick={() => setPage((p) => Math.min(pages, p + 1))}
          >
            {t('documents.viewer.next')}
          </button>
        </div>
      ) : null}
      {rendering ? <p className="muted">{t('documents.viewer.rendering')}</p> : null}
      <div className="doc-pdf-page">
        <canvas ref={canvas} data-rendered={rendering ? undefined : 'true'} />
      </div>
    </div>
  );
}
