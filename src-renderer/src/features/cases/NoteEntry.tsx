import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import type { TimelineItem } from '@shared/schemas/casefile-views';
import { ActionConfirm, useConfirmedAction } from '../../components/useConfirmedAction';
import { formatDateTime } from './format';
import { Field } from '../../components/Field';
import { errorText } from '../../components/validationMessage';
import { NoteBody } from './NoteBody';
import { CaseForm } from './EntryForm';
import { FormActions } from './FormActions';
import { useReportUnsaved } from './unsavedGuard';
import { parseValidationDetail } from '@shared/validation-details';

type Note = Extract<TimelineItem, { type: 'note' }>;

interface Props {
  note: Note;
  onChanged: () => Promise<void>;
}

/** A note in the timeline, with in-place editing (versioned) and deletion (confirmed). */
export function NoteEntry({ note, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const removeNote = useInvokeMutation('notes:remove');
  // The note leaves the timeline once the answer is in (notes:remove invalidates it).
  const remove = useConfirmedAction(() => removeNote({ id: note.id }));
  const edited = note.updatedAt !== note.at;

  return (
    <>
      <div className="timeline-meta">
        <span className="timeline-kind">{t('timeline.note')}</span>
        <time dateTime={note.at}>{formatDateTime(note.at)}</time>
        {edited ? (
          <span className="case-subtle">{t('timeline.noteEdited', { at: formatDateTime(note.updatedAt) })}</span>
        ) : null}
      </div>
      {editing ? (
        <NoteEditor note={note} onDone={() => setEditing(false)} onChanged={onChanged} />
      ) : (
        <>
          <NoteBody body={note.body} />
          <div className="timeline-actions">
            <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
              {t('timeline.editNote')}
            </button>
            <button type="button" className="button button-quiet button-small" onClick={remove.ask}>
              {t('timeline.deleteNote')}
            </button>
          </div>
          <ErrorMessage error={remove.error} />
        </>
      )}
      <ActionConfirm
        action={remove}
        title={t('timeline.deleteTitle')}
        confirmLabel={t('timeline.deleteConfirm')}
        cancelLabel={t('timeline.cancel')}
      >
        <p>{t('timeline.deleteBody')}</p>
      </ActionConfirm>
    </>
  );
}

function NoteEditor({ note, onDone, onChanged }: { note: Note; onDone: () => void; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState(note.body);
  // The version this edit started from; a conflict moves it to the reloaded note's version.
  const [baseVersion, setBaseVersion] = useState(note.version);
  const [conflict, setConflict] = useState(false);
  const [fieldCode, setFieldCode] = useState<string | undefined>();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saving, setSaving] = useState(false);
  const update = useInvokeMutation('notes:update');
  useReportUnsaved(text !== note.body);

  if (conflict && note.version !== baseVersion) setBaseVersion(note.version);

  const save = async (): Promise<void> => {
    setSaving(true);
    setError(null);
    setFieldCode(undefined);
    const result = await update({ id: note.id, version: baseVersion, body: text });
    setSaving(false);
    if (result.ok) {
      setConflict(false);
      onDone();
    } else if (result.error.code === 'CONFLICT') {
      setConflict(true);
      await onChanged();
    } else if (result.error.code === 'VALIDATION') {
      setFieldCode(parseValidationDetail(result.error.details?.[0] ?? '').code);
    } else {
      setError(result.error);
    }
  };

  return (
    <CaseForm
      onSubmit={() => {
        if (text.trim() === '') return setFieldCode('text.required');
        void save();
      }}
    >
      {conflict ? (
        <div className="error-message" role="alert">
          <p>{t('timeline.noteConflict')}</p>
        </div>
      ) : null}
      <Field label={t('timeline.editNoteLabel')} error={errorText(t, fieldCode)}>
        {(c) => (
          <textarea
            {...c}
            className="input case-textarea"
            rows={6}
            value={text}
            autoFocus
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <FormActions
        submitLabel={t('timeline.saveEdit')}
        submitting={saving}
        invalid={false}
        error={error}
        onCancel={onDone}
      />
    </CaseForm>
  );
}
