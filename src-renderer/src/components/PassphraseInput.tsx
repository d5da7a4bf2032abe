import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ValueTextField } from './ValueFields';

interface PassphraseInputProps {
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  value: string;
  onChange: (value: string) => void;
  /** 'new-password' lets a password manager offer to store it; 'current-password' to fill it. */
  autoComplete: 'new-password' | 'current-password';
  autoFocus?: boolean | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  readOnly?: boolean | undefined;
}

export function PassphraseInput(field: PassphraseInputProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <ValueTextField
      {...field}
      className="input passphrase-input"
      type={visible ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      around={(input, id) => (
        <div className="passphrase-row">
          {input}
          {/* The field's name is in the accessible name so several toggles on one form stay distinct. */}
          <button
            type="button"
            className="button button-quiet passphrase-toggle"
            aria-controls={id}
            aria-label={
              visible
                ? t('passphrase.hideField', { field: field.label })
                : t('passphrase.showField', { field: field.label })
            }
            onClick={() => setVisible((shown) => !shown)}
          >
            {visible ? t('passphrase.hide') : t('passphrase.show')}
          </button>
        </div>
      )}
    />
  );
}
