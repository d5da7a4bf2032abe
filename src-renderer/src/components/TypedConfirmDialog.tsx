import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
import { ValueTextField } from './ValueFields';

interface Props extends Omit<ConfirmDialogProps, 'cancelLabel' | 'danger' | 'focusInContent'> {
  /** The word to type, in the UI's language (YOK ET / WIPE, SİL / DELETE); capitals or not, Turkish casing. */
  word: string;
}

/**
 * For what cannot be undone: nothing happens until the lawyer types the word. Focus starts in
 * the word field (the safe place: Enter there with a wrong word only explains what to type).
 */
export function TypedConfirmDialog({ children, word, onConfirm, busy, ...dialog }: Props) {
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
    <ConfirmDialog
      {...dialog}
      cancelLabel={t('typedConfirm.cancel')}
      onConfirm={confirm}
      busy={busy ?? false}
      danger
      focusInContent
    >
      {children}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
        noValidate
      >
        <ValueTextField
          label={t('typedConfirm.label', { word })}
          error={error}
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setError(null);
          }}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          readOnly={busy}
        />
      </form>
    </ConfirmDialog>
  );
}
