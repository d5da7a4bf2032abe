import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { TextInput } from '../../components/TextInput';

interface Props {
  title: string;
  children: ReactNode;
  /** The word the backend expects (DELETE, WIPE): fixed and language-independent on purpose. */
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
    if (typed.trim() !== word) return setError(t('typedConfirm.mismatch', { word }));
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
