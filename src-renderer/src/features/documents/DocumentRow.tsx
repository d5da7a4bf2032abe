import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import { currentLanguage } from '../../i18n';
import type { DocumentVersionView, DocumentView } from '@shared/schemas/documents';
import { formatSize } from './format';
import { VersionsList } from './VersionsList';

export interface RowActions {
  onView: (doc: DocumentView, version: DocumentVersionView) => void;
  onNewVersion: (doc: DocumentView) => void;
  onExport: (version: DocumentVersionView) => void;
  onVerify: (doc: DocumentView) => void;
  onRemove: (doc: DocumentView) => void;
  onToggleVersions: (doc: DocumentView) => void;
  onEdit: (doc: DocumentView) => void;
}

interface Props extends RowActions {
  doc: DocumentView;
  expanded: boolean;
  busy: boolean;
  /** The title and category form, shown under the row while it is being corrected. */
  editor: ReactNode;
}

/** One document: its metadata, and what can be done with it. */
export function DocumentRow({ doc, expanded, busy, editor, ...actions }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const label = t('documents.actions.label', { title: doc.title });
  return (
    <>
      <tr data-testid="document-row" data-document-id={doc.id}>
        <th scope="row" className="doc-title">
          {doc.title}
          <span className="muted doc-file">{doc.latest.originalName}</span>
          {doc.textPending && (
            <span className="muted doc-text-pending" data-testid="doc-text-pending">
              {t('documents.textPending')}
            </span>
          )}
        </th>
        <td>{t(`documents.categories.${doc.category}`)}</td>
        <td>{doc.documentDate ? formatDate(doc.documentDate) : '–'}</td>
        <td>{doc.versionCount}</td>
        <td>{formatSize(doc.latest.size, lang)}</td>
        <td>{formatDate(doc.createdAt)}</td>
        <td>
          <div className="actions doc-actions" role="group" aria-label={label}>
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => actions.onView(doc, doc.latest)}
            >
              {t('documents.actions.view')}
            </button>
            <button type="button" className="button button-small" onClick={() => actions.onNewVersion(doc)}>
              {t('documents.actions.newVersion')}
            </button>
            <button
              type="button"
              className="button button-small"
              aria-expanded={expanded}
              onClick={() => actions.onToggleVersions(doc)}
            >
              {t('documents.actions.versions')}
            </button>
            <button
              type="button"
              className="button button-small"
              aria-expanded={editor !== null}
              onClick={() => actions.onEdit(doc)}
            >
              {t('casework.editButton')}
            </button>
            <button type="button" className="button button-small" onClick={() => actions.onExport(doc.latest)}>
              {t('documents.actions.export')}
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              aria-disabled={busy || undefined}
              onClick={() => !busy && actions.onVerify(doc)}
            >
              {t('documents.actions.verify')}
            </button>
            <button
              type="button"
              className="button button-small button-danger-quiet"
              onClick={() => actions.onRemove(doc)}
            >
              {t('documents.actions.remove')}
            </button>
          </div>
        </td>
      </tr>
      {editor ? (
        <tr className="doc-versions-row">
          <td colSpan={7}>{editor}</td>
        </tr>
      ) : null}
      {expanded ? (
        <tr className="doc-versions-row">
          <td colSpan={7}>
            <VersionsList
              documentId={doc.id}
              latestVersionId={doc.latest.id}
              onView={(v) => actions.onView(doc, v)}
              onExport={actions.onExport}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
