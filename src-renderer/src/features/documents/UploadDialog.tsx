import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormDateField } from '../../components/FormDateField';
import { FormDialogButtons } from '../../components/FormDialogButtons';
import { SelectField, TextAreaField, TextField } from '../../components/FormInputs';
import { optionsOf } from '../../components/ValueFields';
import { languageOptions } from '../../components/isoNames';
import { currentLanguage } from '../../i18n';
import { DOCUMENT_CATEGORIES, type DocumentMetadata } from '@shared/schemas/documents';
import type { AppErrorShape } from '@shared/errors';
import { useKeyedFieldBinder } from '../casework/useKeyedFieldBinder';
import { formatSize, percent } from './format';
import { ProgressBar } from './ProgressBar';
import { uploadFile } from './transfer';
import { uploadFormSchema, type UploadFormValues, type VersionOf } from './uploadForm';
import { titleFromName } from './viewKind';

interface Props {
  caseId: string;
  file: File;
  /** Set for a new version of an existing document: no metadata, the document keeps its own. */
  version?: VersionOf | undefined;
  onClose: () => void;
  onUploaded: (message: string) => void;
  onCancelled: (message: string) => void;
}

/** Metadata for a picked or dropped file, then the chunked, cancellable upload with progress. */
export function UploadDialog({ caseId, file, version, onClose, onUploaded, onCancelled }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const schema = useMemo(() => uploadFormSchema(caseId, version), [caseId, version]);
  const form = useForm<UploadFormValues, unknown, DocumentMetadata>({
    resolver: zodResolver(schema),
    defaultValues: { title: titleFromName(file.name), category: 'other', date: '', language: '', note: '' },
  });
  const bind = useKeyedFieldBinder(form);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const upload = async (metadata: DocumentMetadata): Promise<void> => {
    if (progress) return;
    setError(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: file.size });
    const result = await uploadFile(
      file,
      { metadata, ...(version ? { documentId: version.documentId } : {}) },
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
      <form id="doc-upload-form" className="form" noValidate onSubmit={(e) => void form.handleSubmit(upload)(e)}>
        {version ? (
          <p className="muted">{t('documents.upload.versionBody')}</p>
        ) : (
          <fieldset className="doc-fields" disabled={uploading}>
            <TextField label={t('documents.upload.titleLabel')} {...bind.field('title')} />
            <SelectField
              label={t('documents.upload.category')}
              {...bind.field('category')}
              choices={optionsOf(DOCUMENT_CATEGORIES, (c) => t(`documents.categories.${c}`))}
            />
            <FormDateField
              label={t('documents.upload.date')}
              hint={t('documents.upload.dateHint')}
              {...bind.control('date')}
            />
            <SelectField
              label={t('documents.upload.language')}
              {...bind.field('language')}
              placeholder={t('documents.upload.languageNone')}
              choices={languageOptions(lang).map((o) => ({ value: o.code, label: o.label }))}
            />
            <TextAreaField label={t('documents.upload.note')} {...bind.field('note')} />
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
