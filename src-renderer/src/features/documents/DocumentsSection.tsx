import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ColumnHeads } from '../../components/ColumnHeads';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import type { DocumentVersionView, DocumentView } from '@shared/schemas/documents';
import { DocumentRow } from './DocumentRow';
import { DocumentMetaForm } from './DocumentMetaForm';
import { useInvokeMutation } from '../../api/query';
import { useUndo } from '../casework/useUndo';
import { UploadDialog } from './UploadDialog';
import { useDocuments } from './useDocuments';
import { useWarmPdfViewer } from './useWarmPdfViewer';
import { ViewerDialog } from './ViewerDialog';
import './documents.css';

interface Props {
  caseId: string;
}

type Upload = { file: File; version?: DocumentView | undefined };

/**
 * A case's documents: list, add (file picker or drag and drop — the file's bytes travel, never
 * its path), new versions, the in-app viewer, export behind a warning, verify and delete.
 */
export function DocumentsSection({ caseId }: Props) {
  const { t } = useTranslation();
  const { state, reload } = useDocuments(caseId);
  useWarmPdfViewer(state.kind === 'ready' ? state.documents : null);
  const picker = useRef<HTMLInputElement>(null);
  // Which document the next picked file is a new version of (null: a new document).
  const pickFor = useRef<DocumentView | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [viewing, setViewing] = useState<{ title: string; version: DocumentVersionView } | null>(null);
  const [exporting, setExporting] = useState<DocumentVersionView | null>(null);
  const [removing, setRemoving] = useState<DocumentView | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const updateMeta = useInvokeMutation('documents:updateMeta');
  const undo = useUndo();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const say = (message: string, failure: AppErrorShape | null = null): void => {
    undo.saved(message);
    setError(failure);
  };

  const pick = (version: DocumentView | null): void => {
    pickFor.current = version;
    picker.current?.click();
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) setUpload({ file });
  };

  const exportVersion = async (version: DocumentVersionView): Promise<void> => {
    setExporting(null);
    const result = await invoke('documents:export', { versionId: version.id });
    if (!result.ok) say('', result.error);
    else say(result.value.exported ? t('documents.export.done') : t('documents.export.cancelled'));
  };

  const verify = async (doc: DocumentView): Promise<void> => {
    setBusyId(doc.id);
    const result = await invoke('documents:verify', { id: doc.id });
    setBusyId(null);
    if (!result.ok) return say('', result.error);
    const ok = result.value.results.every((r) => r.ok);
    say(t(ok ? 'documents.verify.ok' : 'documents.verify.failed', { title: doc.title }));
  };

  const remove = async (doc: DocumentView): Promise<void> => {
    setRemoving(null);
    const result = await invoke('documents:remove', { id: doc.id });
    await reload();
    say(result.ok ? t('documents.remove.done') : '', result.ok ? null : result.error);
  };

  return (
    <section
      className={dragging ? 'case-section doc-section doc-dragging' : 'case-section doc-section'}
      aria-labelledby="documents-title"
      data-testid="documents-section"
      onDragOver={(event) => {
        if (![...event.dataTransfer.types].includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="case-section-head">
        <h2 id="documents-title">{t('documents.sectionTitle')}</h2>
        <button type="button" className="button button-primary button-small" onClick={() => pick(null)}>
          {t('documents.add')}
        </button>
        <input
          ref={picker}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="document-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so picking the same file again still fires a change.
            event.target.value = '';
            if (file) setUpload({ file, version: pickFor.current ?? undefined });
          }}
        />
      </div>
      <p className="muted doc-drop-hint" aria-label={t('documents.dropZone')}>
        {dragging ? t('documents.dropActive') : t('documents.dropHint')}
      </p>
      {undo.notice}
      <ErrorMessage error={error ?? undo.error} />
      {state.kind === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
      {state.kind === 'error' ? <ErrorMessage error={state.error} /> : null}
      {state.kind === 'ready' && state.documents.length === 0 ? (
        <p className="muted" data-testid="documents-empty">
          {t('documents.empty')}
        </p>
      ) : null}
      {state.kind === 'ready' && state.documents.length > 0 ? (
        <div className="table-scroll">
          <table className="doc-table" aria-label={t('documents.listLabel')}>
            <ColumnHeads
              labels={(['title', 'category', 'date', 'versions', 'size', 'added', 'actions'] as const).map((c) =>
                t(`documents.columns.${c}`),
              )}
            />
            <tbody>
              {state.documents.map((doc) => (
                <DocumentRow
                  key={doc.id}
                  doc={doc}
                  expanded={expanded === doc.id}
                  busy={busyId === doc.id}
                  onView={(d, version) => setViewing({ title: d.title, version })}
                  onNewVersion={(d) => pick(d)}
                  onExport={setExporting}
                  onVerify={(d) => void verify(d)}
                  onRemove={setRemoving}
                  onToggleVersions={(d) => setExpanded((open) => (open === d.id ? null : d.id))}
                  onEdit={(d) => setEditingId((open) => (open === d.id ? null : d.id))}
                  editor={
                    editingId === doc.id ? (
                      <DocumentMetaForm
                        doc={doc}
                        onCancel={() => setEditingId(null)}
                        onSaved={(version) => {
                          setEditingId(null);
                          const { id, title, category } = doc;
                          setError(null);
                          undo.saved(t('casework.saved'), () => updateMeta({ id, version, title, category }));
                        }}
                      />
                    ) : null
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {upload ? (
        <UploadDialog
          caseId={caseId}
          file={upload.file}
          version={
            upload.version
              ? { documentId: upload.version.id, title: upload.version.title, category: upload.version.category }
              : undefined
          }
          onClose={() => setUpload(null)}
          onCancelled={(message) => {
            setUpload(null);
            say(message);
          }}
          onUploaded={(message) => {
            setUpload(null);
            void reload().then(() => say(message));
          }}
        />
      ) : null}
      {viewing ? (
        <ViewerDialog
          title={viewing.title}
          version={viewing.version}
          onClose={() => setViewing(null)}
          onExport={() => {
            const version = viewing.version;
            setViewing(null);
            setExporting(version);
          }}
        />
      ) : null}
      {exporting ? (
        <DocumentConfirm
          kind="export"
          onCancel={() => setExporting(null)}
          onConfirm={() => void exportVersion(exporting)}
        >
          <p>{t('documents.export.body')}</p>
          <p className="muted">{t('documents.export.audit')}</p>
        </DocumentConfirm>
      ) : null}
      {removing ? (
        <DocumentConfirm kind="remove" onCancel={() => setRemoving(null)} onConfirm={() => void remove(removing)}>
          <p>{t('documents.remove.body', { title: removing.title })}</p>
        </DocumentConfirm>
      ) : null}
    </section>
  );
}

const CONFIRM_TEST_IDS = { export: 'export-warning', remove: 'remove-document' } as const;

/** The export warning and the delete confirmation: one danger dialog, each with its texts (documents.<kind>.*). */
function DocumentConfirm({
  kind,
  onCancel,
  onConfirm,
  children,
}: {
  kind: keyof typeof CONFIRM_TEST_IDS;
  onCancel: () => void;
  onConfirm: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t(`documents.${kind}.title`)}
      confirmLabel={t(`documents.${kind}.confirm`)}
      cancelLabel={t(`documents.${kind}.cancel`)}
      danger
      testId={CONFIRM_TEST_IDS[kind]}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {children}
    </ConfirmDialog>
  );
}
