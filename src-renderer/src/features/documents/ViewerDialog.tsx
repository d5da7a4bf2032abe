import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useModal } from '../../components/useModal';
import type { AppErrorShape } from '@shared/errors';
import type { DocumentVersionView } from '@shared/schemas/documents';
import { percent } from './format';
import { PdfView, preparePdf } from './PdfView';
import { ViewTransform } from './ViewTransform';
import { ProgressBar } from './ProgressBar';
import { readVersion } from './transfer';
import { MAX_VIEW_BYTES, viewKindOf } from './viewKind';

interface Props {
  title: string;
  version: DocumentVersionView;
  onClose: () => void;
  onExport: () => void;
}

type Loaded =
  { kind: 'loading'; done: number } | { kind: 'error'; error: AppErrorShape } | { kind: 'ready'; bytes: Uint8Array };

/**
 * The in-app viewer, a modal <dialog> (focus trapped, Esc closes). Plaintext lives only in this
 * component's memory: an image becomes a blob: URL (revoked on close), a PDF goes to pdf.js, text
 * is shown as text. Nothing is written to disk or cache. HTML, SVG and other types are refused
 * before a byte is read: they can only be exported.
 */
export function ViewerDialog({ title, version, onClose, onExport }: Props) {
  const { t } = useTranslation();
  const modal = useModal(onClose);
  const titleId = useId();
  const kind = viewKindOf(version.mediaType);
  const viewable = kind !== 'none' && version.size <= MAX_VIEW_BYTES;
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading', done: 0 });
  const [failed, setFailed] = useState(false);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!viewable) return;
    // pdf.js loads while the document is being decrypted, not after.
    if (kind === 'pdf') void preparePdf().catch(() => undefined);
    performance.mark('viewer:read-start');
    const controller = new AbortController();
    abort.current = controller;
    void readVersion(version.id, version.size, (done) => setLoaded({ kind: 'loading', done }), controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        performance.mark('viewer:read-done');
        if (result.ok) setLoaded({ kind: 'ready', bytes: result.value });
        else if (result.error) setLoaded({ kind: 'error', error: result.error });
      },
    );
    // Closing drops every reference to the plaintext; the GC takes it from there.
    return () => controller.abort();
  }, [version.id, version.size, viewable, kind]);

  const onPdfFailed = useCallback(() => setFailed(true), []);

  return (
    <dialog {...modal} className="dialog doc-viewer" aria-labelledby={titleId} data-testid="viewer-dialog">
      <div className="doc-viewer-head">
        <h2 id={titleId} className="dialog-title">
          {t('documents.viewer.title', { title, version: String(version.versionNo) })}
        </h2>
        <div className="actions">
          <button type="button" className="button button-small" onClick={onExport}>
            {t('documents.actions.export')}
          </button>
          <button type="button" className="button button-small" onClick={onClose} autoFocus>
            {t('documents.viewer.close')}
          </button>
        </div>
      </div>
      <div className="doc-viewer-body">
        {!viewable ? (
          <p className="notice" data-testid="viewer-refused">
            {kind === 'none'
              ? t('documents.viewer.notViewable', { type: version.mediaType })
              : t('documents.viewer.tooLarge')}
          </p>
        ) : loaded.kind === 'loading' ? (
          <ProgressBar
            label={t('documents.viewer.progressLabel')}
            text={t('documents.viewer.loading', { percent: String(percent(loaded.done, version.size)) })}
            done={loaded.done}
            total={version.size}
            onStop={onClose}
            stopLabel={t('documents.viewer.stop')}
          />
        ) : loaded.kind === 'error' ? (
          <ErrorMessage error={loaded.error} />
        ) : failed ? (
          <p className="notice">{t(kind === 'pdf' ? 'documents.viewer.pdfFailed' : 'documents.viewer.imageFailed')}</p>
        ) : kind === 'image' ? (
          <ViewTransform>
            <ImageView bytes={loaded.bytes} type={version.mediaType} alt={t('documents.viewer.imageAlt', { title })} />
          </ViewTransform>
        ) : kind === 'pdf' ? (
          <ViewTransform>
            <PdfView bytes={loaded.bytes} onFailed={onPdfFailed} />
          </ViewTransform>
        ) : (
          <TextView bytes={loaded.bytes} label={t('documents.viewer.textLabel', { title })} />
        )}
      </div>
    </dialog>
  );
}

/** An image through a blob: URL of our own origin, revoked as soon as the view goes away. */
function ImageView({ bytes, type, alt }: { bytes: Uint8Array; type: string; alt: string }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const element = img.current;
    if (!element) return;
    const objectUrl = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    element.src = objectUrl;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(objectUrl);
    };
  }, [bytes, type]);
  return <img ref={img} className="doc-image" alt={alt} data-testid="image-view" />;
}

/** Text as text: React escapes it, so markup in a .txt is shown, never interpreted. */
function TextView({ bytes, label }: { bytes: Uint8Array; label: string }) {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return (
    <pre className="doc-text" aria-label={label} tabIndex={0} data-testid="text-view">
      {text}
    </pre>
  );
}
