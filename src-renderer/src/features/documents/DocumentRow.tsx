import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import { MenuButton } from '../../components/MenuButton';
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
            {/* One primary action; the rest in a menu, so the row stays readable (issue 14). */}
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => actions.onView(doc, doc.latest)}
            >
              {t('documents.actions.view')}
            </button>
            <MenuButton
              label={t('documents.actions.more')}
              ariaLabel={t('documents.actions.moreLabel', { title: doc.title })}
              testId="document-menu"
              items={[
                { key: 'edit', label: t('documents.actions.edit'), onSelect: () => actions.onEdit(doc) },
                {
                  key: 'newVersion',
                  label: t('documents.actions.newVersion'),
                  onSelect: () => actions.onNewVersion(doc),
                },
                {
                  key: 'versions',
                  label: t(expanded ? 'documents.actions.hideVersions' : 'documents.actions.versions'),
                  onSelect: () => actions.onToggleVersions(doc),
                },
                { key: 'export', label: t('documents.actions.export'), onSelect: () => actions.onExport(doc.latest) },
                {
                  key: 'verify',
                  label: t('documents.actions.verify'),
                  disabled: busy,
                  onSelect: () => actions.onVerify(doc),
                },
                {
                  key: 'remove',
                  label: t('documents.actions.remove'),
                  tone: 'danger',
                  onSelect: () => actions.onRemove(doc),
                },
              ]}
            />
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
