import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFWorker, RenderTask } from 'pdfjs-dist';
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

/** Frees a canvas's pixels now (a page of a client's document) instead of whenever the GC runs. */
function wipe(canvas: HTMLCanvasElement): void {
  canvas.width = 0;
  canvas.height = 0;
}

/**
 * A PDF drawn page by page onto a <canvas>: pixels only, no text layer, no links, no scripts.
 *
 * Each page is drawn into a canvas that is not in the document yet and put in place once
 * complete: pdf.js draws in slices, one per animation frame, and a canvas on screen is copied to
 * the compositor after every slice (on a loaded machine ~30 ms of the main thread each), while a
 * detached one costs nothing until it is shown. The previous page stays on screen meanwhile, and
 * its pixels are wiped once replaced; closing wipes what is shown.
 */
export function PdfView({ bytes, onFailed }: Props) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  /** The page number on screen, null before the first one is drawn. */
  const [shown, setShown] = useState<number | null>(null);

  // Layout effects: both steps start in React's commit instead of after the next paint (a
  // frame each, longer on a loaded machine); their bodies only start asynchronous work.
  useLayoutEffect(() => {
    let task: PDFDocumentLoadingTask | null = null;
    let live = true;
    performance.mark('viewer:pdf-load');
    void preparePdf()
      .then(({ lib, worker }) => {
        performance.mark('viewer:pdfjs-ready');
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
          performance.mark('viewer:doc-parsed');
          if (!live) return;
          // Page 1 is asked for now, while React renders: pdf.js keeps the promise, so the
          // drawing effect below gets it without another round trip to the worker.
          void proxy.getPage(1).catch(() => undefined);
          setDoc(proxy);
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

  useLayoutEffect(() => {
    const target = holder.current;
    if (!doc || !target) return;
    let cancelled = false;
    let render: RenderTask | null = null;
    const canvas = document.createElement('canvas');
    // What is on screen no longer shows the page the navigation names.
    for (const old of target.querySelectorAll('canvas')) old.removeAttribute('data-rendered');
    void (async () => {
      try {
        const proxy = await doc.getPage(page);
        performance.mark('viewer:page-got');
        if (cancelled) return;
        // As wide as the viewer (at most 2× the page's own size), at the screen's pixel density.
        const ratio = window.devicePixelRatio || 1;
        const scale = Math.min(2, (target.clientWidth || 800) / proxy.getViewport({ scale: 1 }).width);
        const viewport = proxy.getViewport({ scale: scale * ratio });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
        render = proxy.render({ canvas, viewport });
        await render.promise;
        performance.mark('viewer:page-drawn');
        if (cancelled) return;
        canvas.dataset.rendered = 'true';
        const previous = [...target.querySelectorAll('canvas')];
        target.replaceChildren(canvas);
        previous.forEach(wipe);
        setShown(page);
      } catch {
        if (!cancelled) onFailed();
      }
    })();
    return () => {
      cancelled = true;
      render?.cancel();
      if (!canvas.isConnected) wipe(canvas);
    };
  }, [doc, page, onFailed]);

  // Closing the viewer wipes the page on screen.
  useEffect(() => {
    const target = holder.current;
    return () => target?.querySelectorAll('canvas').forEach(wipe);
  }, []);

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
      {shown !== page ? <p className="muted">{t('documents.viewer.rendering')}</p> : null}
      {/* Its canvas is put in and taken out by the effect above, never by React. */}
      <div className="doc-pdf-page" ref={holder} />
    </div>
  );
}
