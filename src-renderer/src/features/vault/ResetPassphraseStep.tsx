import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { VaultCard } from './VaultCard';
import { BusyNote } from '../../components/BusyNote';

interface ResetPassphraseStepProps {
  /** The recovery key the vault was just opened with: the proof `vault:resetPassphrase` needs. */
  recoveryKey: string;
  /** The new passphrase is stored; the caller drops the recovery key now. */
  onReset: () => void;
  /** The lawyer chose "Later"; the caller drops the recovery key now. */
  onSkip: () => void;
}

/**
 * Shown right after a recovery-key unlock: someone who needed the recovery key has most likely
 * forgotten the passphrase, and without a new one every start would need the key again.
 */
export function ResetPassphraseStep({ recoveryKey, onReset, onSkip }: ResetPassphraseStepProps) {
  const { t } = useTranslation();
  const passphrase = useNewPassphrase();
  const busy = passphrase.busy;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    await passphrase.store((next) => invoke('vault:resetPassphrase', { recoveryKey, next }), onReset);
  };

  return (
    <VaultCard titleId="reset-title" title={t('reset.title')} lead={t('reset.intro')}>
      <div className="notice">
        <p>
          <strong>{t('reset.whyTitle')}</strong> {t('reset.why')}
        </p>
      </div>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <NewPassphraseFields
          label={t('reset.newPassphrase')}
          hint={t('reset.newPassphraseHint')}
          confirmLabel={t('reset.confirm')}
          {...passphrase.fields}
          autoFocus
          readOnly={busy}
          failureOverrides={{ WRONG_PASSPHRASE: 'errors.wrongRecoveryKey' }}
        />
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {t('reset.submit')}
          </button>
          <button type="button" className="button" onClick={onSkip} disabled={busy}>
            {t('reset.later')}
          </button>
        </div>
        <p className="field-hint">{t('reset.laterHint')}</p>
        {busy ? <BusyNote>{t('reset.busy')}</BusyNote> : null}
      </form>
    </VaultCard>
  );
}
