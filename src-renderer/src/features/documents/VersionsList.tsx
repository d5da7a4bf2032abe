import { useTranslation } from 'react-i18next';
import { useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { currentLanguage } from '../../i18n';
import type { DocumentVersionView } from '@shared/schemas/documents';
import { formatSize } from './format';

interface Props {
  documentId: string;
  /** Marks the newest version (a new upload invalidates the cached list). */
  latestVersionId: string;
  onView: (version: DocumentVersionView) => void;
  onExport: (version: DocumentVersionView) => void;
}

/** Every version of a document, newest first; older ones stay viewable and exportable. */
export function VersionsList({ documentId, latestVersionId, onView, onExport }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const query = useInvokeQuery('documents:versions', { documentId }, { select: (v) => v.versions });
  const versions = query.data ?? null;
  const error = query.error?.shape ?? null;

  const actions = [
    { action: 'view', className: 'button button-small', run: onView },
    { action: 'export', className: 'button button-small button-quiet', run: onExport },
  ] as const;

  if (error) return <ErrorMessage error={error} />;
  if (!versions) return <p className="muted">{t('app.loading')}</p>;
  return (
    <ul className="plain-list doc-versions" aria-label={t('documents.versions.heading')} data-testid="doc-versions">
      {versions.map((v) => (
        <li key={v.id} data-version={v.versionNo}>
          <span className="doc-version-name">
            {t('documents.versions.item', { version: String(v.versionNo) })}
            {v.id === latestVersionId ? <span className="chip">{t('documents.versions.latest')}</span> : null}
          </span>
          <span className="muted">
            {v.originalName} · {formatSize(v.size, lang)} · {formatDate(v.createdAt)}
          </span>
          <span className="actions">
            {actions.map(({ action, className, run }) => (
              <button
                key={action}
                type="button"
                className={className}
                aria-label={t(`documents.versions.${action}`, { version: String(v.versionNo) })}
                onClick={() => run(v)}
              >
                {t(`documents.actions.${action}`)}
              </button>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
