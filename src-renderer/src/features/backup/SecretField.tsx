import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretInput } from '../vault/SecretInput';

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
      <SecretInput
        kind={secret.kind}
        labels={{
          passphrase: t('backup.passphrase'),
          recoveryKey: t('backup.recoveryKey'),
          recoveryKeyHint: t('backup.recoveryKeyHint'),
        }}
        error={error}
        value={secret.value}
        onChange={(value) => onChange({ kind: secret.kind, value })}
        readOnly={readOnly}
      />
    </>
  );
}
