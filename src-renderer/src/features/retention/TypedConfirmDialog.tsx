import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { TextInput } from '../../components/TextInput';

interface Props {
  title: string;
  children: ReactNode;
  /** The word to type, in the UI's language (YOK ET / WIPE, SİL / DELETE); capitals or not, Turkish casing. */
  word: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  testId?: string;
}

/**
 * For what cannot be undone: nothing happens until the lawyer types the word. Focus starts in
 * the word field (the safe place: Enter there with a wrong word only explains what to type).
 */
export function TypedConfirmDialog({ title, children, word, confirmLabel, onConfirm, onCancel, busy, testId }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);

  const confirm = (): void => {
    if (busy) return;
    if (typed.trim().toLocaleUpperCase('tr-TR') !== word.toLocaleUpperCase('tr-TR'))
      return setError(t('typedConfirm.mismatch', { word }));
    onConfirm();
  };

  return (
    <Dialog
      title={title}
      onClose={onCancel}
      tone="danger"
      testId={testId}
      actions={
        <>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('typedConfirm.cancel')}
          </button>
          <button type="button" className="button button-danger" onClick={confirm} aria-disabled={busy || undefined}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
        noValidate
      >
        <TextInput
          label={t('typedConfirm.label', { word })}
          error={error}
          value={typed}
          onValueChange={(value) => {
            setTyped(value);
            setError(null);
          }}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          readOnly={busy}
        />
      </form>
    </Dialog>
  );
}
