import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseInput } from '../../components/PassphraseInput';
import { TextInput } from '../../components/TextInput';

export interface BackupSecret {
  kind: 'passphrase' | 'recovery';
  value: string;
}

interface Props {
  secret: BackupSecret;
  onChange: (secret: BackupSecret) => void;
  error?: string | null | undefined;
  readOnly?: boolean | undefined;
}

/** The passphrase or the recovery key: either opens a backup, as either opens the vault. */
export function SecretField({ secret, onChange, error, readOnly }: Props) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <>
      <fieldset className="secret-kind">
        <legend className="field-label">{t('backup.secretKind')}</legend>
        {(['passphrase', 'recovery'] as const).map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="radio"
              name={name}
              checked={secret.kind === kind}
              disabled={readOnly}
              // Never carry a passphrase into the recovery-key field or the other way round.
              onChange={() => onChange({ kind, value: '' })}
            />
            {kind === 'passphrase' ? t('backup.usePassphrase') : t('backup.useRecoveryKey')}
          </label>
        ))}
      </fieldset>
      {secret.kind === 'passphrase' ? (
        <PassphraseInput
          key="passphrase"
          label={t('backup.passphrase')}
          error={error}
          value={secret.value}
          onValueChange={(value) => onChange({ kind: 'passphrase', value })}
          autoComplete="current-password"
          readOnly={readOnly}
        />
      ) : (
        <TextInput
          key="recovery"
          label={t('backup.recoveryKey')}
          hint={t('backup.recoveryKeyHint')}
          error={error}
          value={secret.value}
          onValueChange={(value) => onChange({ kind: 'recovery', value })}
          className="input-mono"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          readOnly={readOnly}
          maxLength={200}
        />
      )}
    </>
  );
}
