import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Field';

interface PassphraseInputProps {
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  value: string;
  onValueChange: (value: string) => void;
  /** 'new-password' lets a password manager offer to store it; 'current-password' to fill it. */
  autoComplete: 'new-password' | 'current-password';
  autoFocus?: boolean | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  readOnly?: boolean | undefined;
}

export function PassphraseInput({
  label,
  hint,
  error,
  value,
  onValueChange,
  autoComplete,
  autoFocus,
  inputRef,
  readOnly,
}: PassphraseInputProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <div className="passphrase-row">
          <input
            {...control}
            ref={inputRef}
            className="input passphrase-input"
            type={visible ? 'text' : 'password'}
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
            autoComplete={autoComplete}
            autoFocus={autoFocus}
            readOnly={readOnly}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
          />
          {/* The field's name is in the accessible name so several toggles on one form stay distinct. */}
          <button
            type="button"
            className="button button-quiet passphrase-toggle"
            aria-controls={control.id}
            aria-label={
              visible ? t('passphrase.hideField', { field: label }) : t('passphrase.showField', { field: label })
            }
            onClick={() => setVisible((shown) => !shown)}
          >
            {visible ? t('passphrase.hide') : t('passphrase.show')}
          </button>
        </div>
      )}
    </Field>
  );
}
