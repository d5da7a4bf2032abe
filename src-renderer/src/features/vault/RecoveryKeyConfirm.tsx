import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyInput } from './SecretInput';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { matchesGroup } from './recoveryKey';
import { VaultCard } from './VaultCard';

interface RecoveryKeyConfirmProps {
  groups: readonly string[];
  /** 1-based group the lawyer must type back. */
  groupNumber: number;
  onConfirmed: () => void;
  onShowAgain: () => void;
}

export function RecoveryKeyConfirm({ groups, groupNumber, onConfirmed, onShowAgain }: RecoveryKeyConfirmProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useFocusOnMount<HTMLInputElement>();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (matchesGroup(groups, groupNumber, typed)) return onConfirmed();
    setError(t('recovery.mismatch', { n: String(groupNumber) }));
    inputRef.current?.select();
  };

  return (
    <VaultCard titleId="recovery-confirm-title" title={t('recovery.confirmTitle')} lead={t('recovery.confirmIntro')}>
      <form
        className="form"
        onSubmit={submit}
        noValidate
        data-testid="recovery-confirm"
        data-group-number={groupNumber}
      >
        <RecoveryKeyInput
          label={t('recovery.confirmPrompt', { n: String(groupNumber) })}
          hint={t('recovery.confirmHint')}
          error={error}
          value={typed}
          onChange={setTyped}
          inputRef={inputRef}
          className="input-short"
          maxLength={16}
        />
        <div className="actions">
          <button type="submit" className="button button-primary">
            {t('recovery.confirmSubmit')}
          </button>
          <button type="button" className="button" onClick={onShowAgain}>
            {t('recovery.showAgain')}
          </button>
        </div>
      </form>
    </VaultCard>
  );
}
