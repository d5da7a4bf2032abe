import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ValueTextField } from '../../components/ValueFields';
import type { AppErrorShape } from '@shared/errors';
import type { Revert } from '../casework/useUndo';

interface Props {
  id: string;
  version: number;
  name: string;
  done: boolean;
  /** Said after the change ("Marked as done.", "Reopened."); after done, Undo reopens it. */
  onChanged: (message: string, undo: Revert | null) => void;
}

/**
 * The done checkbox of a legal deadline, with its visible label, on the case page and in the
 * agenda alike. Ticking it asks for an optional note before marking it done (deadlines:complete);
 * unticking a done deadline reopens it (deadlines:reopen).
 */
export function DeadlineDone({ id, version, name, done, onChanged }: Props) {
  const { t } = useTranslation();
  const complete = useInvokeMutation('deadlines:complete');
  const reopen = useInvokeMutation('deadlines:reopen');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  // While a reopen is saved the box shows what the lawyer asked for, not the old state.
  const [reopening, setReopening] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);

  const run = async (call: () => ReturnType<typeof reopen>, message: string, undoable: boolean) => {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setAsking(false);
    setNote('');
    const after = result.value.version;
    onChanged(message, undoable ? () => reopen({ id, version: after }) : null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => complete({ id, version, note }), t('deadlines.markedDone'), true);
  };

  return (
    <div className="deadline-done-control">
      <label className="done-toggle">
        <input
          type="checkbox"
          checked={(done && !reopening) || asking}
          disabled={busy}
          aria-label={t('deadlines.markDone', { name })}
          onChange={(event) => {
            if (!event.target.checked && done) {
              setReopening(true);
              void run(() => reopen({ id, version }), t('casework.done.reopened'), false).finally(() =>
                setReopening(false),
              );
            } else setAsking(event.target.checked);
          }}
        />
        <span aria-hidden="true">{t('casework.done.label')}</span>
      </label>
      {asking && !done ? (
        <form
          className="deadline-done-form"
          noValidate
          aria-label={t('casework.done.formTitle', { name })}
          onSubmit={submit}
        >
          <ValueTextField label={t('casework.done.note')} value={note} autoFocus onChange={setNote} />
          <div className="actions">
            <button type="submit" className="button button-primary button-small" aria-disabled={busy || undefined}>
              {t('casework.done.confirm')}
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => setAsking(false)}>
              {t('casework.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage error={error} />
    </div>
  );
}
