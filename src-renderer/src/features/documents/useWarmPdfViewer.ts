import { useEffect } from 'react';
import type { DocumentView } from '@shared/schemas/documents';
import { preparePdf } from './PdfView';
import { viewKindOf } from './viewKind';

/**
 * Starts pdf.js and its worker while the lawyer looks at a case that has a PDF, so the first
 * PDF they open shows as fast as a second one (starting the worker was most of a cold opening:
 * 2–5 s on a loaded 2-core machine against ~0.5 s warm, `npm run bench -- viewer`). It waits for
 * an idle moment so the case page itself is not slowed; the cost, once per session, is pdf.js's
 * script and one worker that holds no document.
 */
export function useWarmPdfViewer(documents: readonly DocumentView[] | null): void {
  const hasPdf = documents?.some((d) => viewKindOf(d.latest.mediaType) === 'pdf') ?? false;
  useEffect(() => {
    if (!hasPdf) return;
    const handle = requestIdleCallback(() => void preparePdf().catch(() => undefined), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [hasPdf]);
}
