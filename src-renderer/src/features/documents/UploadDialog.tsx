import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DateField } from '../../components/DateField';
import { FormDialogButtons } from '../../components/FormDialogButtons';
import { ValueSelectField, ValueTextAreaField, ValueTextField, optionsOf } from '../../components/ValueFields';
import { languageOptions } from '../../components/isoNames';
import { currentLanguage } from '../../i18n';
import { inputToIso } from '../cases/format';
import { DOCUMENT_CATEGORIES, documentMetadataSchema, type DocumentCategory } from '@shared/schemas/documents';
import type { AppErrorShape } from '@shared/errors';
import { formatSize, percent } from './format';
import { ProgressBar } from './ProgressBar';
import { uploadFile } from './transfer';
import { titleFromName } from './viewKind';

interface Props {
  caseId: string;
  file: File;
  /** Set for a new version of an existing document: no metadata, the document keeps its own. */
  version?: { documentId: string; title: string; category: DocumentCategory } | undefined;
  onClose: () => void;
  onUploaded: (message: string) => void;
  onCancelled: (message: string) => void;
}

/** Metadata for a picked or dropped file, then the chunked, cancellable upload with progress. */
export function UploadDialog({ caseId, file, version, onClose, onUploaded, onCancelled }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [title, setTitle] = useState(titleFromName(file.name));
  const [category, setCategory] = useState<DocumentCategory>('other');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [language, setLanguage] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ title?: string; date?: string }>({});
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (progress) return;
    const typed = inputToIso(date);
    const documentDate = typed && /^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : undefined;
    const errors = {
      ...(title.trim() ? {} : { title: t('documents.upload.titleRequired') }),
      ...(date.trim() && !documentDate ? { date: t('documents.upload.badDate') } : {}),
    };
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    // For a new version the metadata is only there to name the case; the backend ignores the rest.
    const parsed = documentMetadataSchema.safeParse({
      caseId,
      title: version ? version.title : title.trim(),
      category: version ? version.category : category,
      ...(!version && documentDate ? { documentDate } : {}),
      ...(!version && note.trim() ? { note: note.trim() } : {}),
      ...(!version && language ? { language } : {}),
    });
    if (!parsed.success) {
      // Only the date can still fail here (e.g. 31.02.2025); everything else was checked above.
      if (parsed.error.issues.some((i) => i.path[0] === 'documentDate'))
        setFieldErrors({ date: t('documents.upload.badDate') });
      else setError({ code: 'VALIDATION', message: 'Invalid input' });
      return;
    }
    setError(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: file.size });
    const result = await uploadFile(
      file,
      { metadata: parsed.data, ...(version ? { documentId: version.documentId } : {}) },
      (done, total) => setProgress({ done, total }),
      controller.signal,
    );
    abort.current = null;
    if (result.ok) onUploaded(t(version ? 'documents.upload.versionDone' : 'documents.upload.done'));
    else if (result.error === null) onCancelled(t('documents.upload.cancelled'));
    else {
      setProgress(null);
      setError(result.error);
    }
  };

  const uploading = progress !== null;
  const close = (): void => {
    // Esc or Cancel during an upload stops it; the dialog closes once the backend discarded it.
    if (abort.current) abort.current.abort();
    else onClose();
  };

  return (
    <Dialog
      title={version ? t('documents.upload.versionTitle', { title: version.title }) : t('documents.upload.title')}
      onClose={close}
      testId="upload-dialog"
      actions={
        uploading ? null : (
          <FormDialogButtons
            form="doc-upload-form"
            cancelLabel={t('documents.upload.cancel')}
            onCancel={onClose}
            submitLabel={t('documents.upload.submit')}
          />
        )
      }
    >
      <p>{t('documents.upload.file', { name: file.name, size: formatSize(file.size, lang) })}</p>
      <form id="doc-upload-form" className="form" noValidate onSubmit={(e) => void submit(e)}>
        {version ? (
          <p className="muted">{t('documents.upload.versionBody')}</p>
        ) : (
          <fieldset className="doc-fields" disabled={uploading}>
            <ValueTextField
              label={t('documents.upload.titleLabel')}
              error={fieldErrors.title}
              value={title}
              onChange={setTitle}
            />
            <ValueSelectField
              label={t('documents.upload.category')}
              value={category}
              onChange={setCategory}
              options={optionsOf(DOCUMENT_CATEGORIES, (c) => t(`documents.categories.${c}`))}
            />
            <DateField
              label={t('documents.upload.date')}
              hint={t('documents.upload.dateHint')}
              error={fieldErrors.date}
              value={date}
              onChange={setDate}
            />
            <ValueSelectField
              label={t('documents.upload.language')}
              value={language}
              onChange={setLanguage}
              options={[
                { value: '', label: t('documents.upload.languageNone') },
                ...languageOptions(lang).map((o) => ({ value: o.code, label: o.label })),
              ]}
            />
            <ValueTextAreaField label={t('documents.upload.note')} rows={3} value={note} onChange={setNote} />
          </fieldset>
        )}
      </form>
      {progress ? (
        <ProgressBar
          label={t('documents.upload.progressLabel')}
          text={t('documents.upload.progress', {
            percent: String(percent(progress.done, progress.total)),
          })}
          done={progress.done}
          total={progress.total}
          onStop={close}
          stopLabel={t('documents.upload.stop')}
        />
      ) : null}
      <ErrorMessage error={error} />
    </Dialog>
  );
}
