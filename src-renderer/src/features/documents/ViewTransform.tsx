import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const DEFAULT_ZOOM = 2;

/**
 * Zoom and rotate (90° steps) for the image and PDF viewers: scans of notices are often sideways.
 * The stage is sized by CSS zoom (so the body scrolls over a zoomed page) and turned by a
 * transform; both are set from script (CSSOM), which the CSP allows.
 */
export function ViewTransform({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [zoomIndex, setZoomIndex] = useState<number>(DEFAULT_ZOOM);
  const [rotation, setRotation] = useState(0);
  const zoom = ZOOMS[zoomIndex] ?? 1;
  return (
    <>
      <div className="doc-view-tools" role="group" aria-label={t('casework.viewer.tools')}>
        <button
          type="button"
          className="button button-small"
          disabled={zoomIndex === 0}
          onClick={() => setZoomIndex(zoomIndex - 1)}
        >
          {t('casework.viewer.zoomOut')}
        </button>
        <span className="doc-view-zoom" data-testid="viewer-zoom">
          {Math.round(zoom * 100)}%
        </span>
        <button
          type="button"
          className="button button-small"
          disabled={zoomIndex === ZOOMS.length - 1}
          onClick={() => setZoomIndex(zoomIndex + 1)}
        >
          {t('casework.viewer.zoomIn')}
        </button>
        <button type="button" className="button button-small" onClick={() => setRotation((rotation + 90) % 360)}>
          {t('casework.viewer.rotate')}
        </button>
      </div>
      <div
        className="doc-view-stage"
        data-testid="viewer-stage"
        data-rotation={rotation}
        style={{ zoom, transform: rotation ? `rotate(${rotation}deg)` : undefined }}
      >
        {children}
      </div>
    </>
  );
}
