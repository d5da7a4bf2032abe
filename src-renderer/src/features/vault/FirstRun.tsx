import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { RestoreBackup } from '../backup/RestoreBackup';
import { CreateVaultForm } from './CreateVaultForm';
import { RecoveryKeyConfirm } from './RecoveryKeyConfirm';
import { ExploreDemo } from './ExploreDemo';
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay';
import { groupRecoveryKey, pickGroupNumber } from './recoveryKey';
import { VaultCard } from './VaultCard';
import './vault.css';

type Step =
  | { kind: 'passphrase' }
  | { kind: 'restore' }
  | { kind: 'show'; groups: string[]; groupNumber: number }
  | { kind: 'confirm'; groups: string[]; groupNumber: number };

interface FirstRunProps {
  /** Called once the recovery key has been confirmed; the App then asks the backend for status. */
  onFinished: () => void;
}

/** First run: choose a passphrase, then see the recovery key once and prove it was written down. */
export function FirstRun({ onFinished }: FirstRunProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'passphrase' });

  if (step.kind === 'passphrase') {
    return (
      <div className="centered centered-stack">
        <VaultCard titleId="create-title" title={t('create.title')} heading="languages" lead={t('create.intro')}>
          <CreateVaultForm
            onCreated={(recoveryKey) => {
              // A language picked before the vault existed may not have been stored; store it now
              // so the status check at the end of this flow does not switch the screen back.
              void invoke('vault:setLanguage', { language: currentLanguage() });
              const groups = groupRecoveryKey(recoveryKey);
              setStep({ kind: 'show', groups, groupNumber: pickGroupNumber(groups.length) });
            }}
          />
        </VaultCard>
        <ExploreDemo onCreated={onFinished} />
        <div className="actions">
          <button type="button" className="button button-link" onClick={() => setStep({ kind: 'restore' })}>
            {t('backup.restore.entry')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="centered">
      {step.kind === 'restore' ? (
        <RestoreBackup onRestored={onFinished} onBack={() => setStep({ kind: 'passphrase' })} />
      ) : step.kind === 'show' ? (
        <RecoveryKeyDisplay groups={step.groups} onWrittenDown={() => setStep({ ...step, kind: 'confirm' })} />
      ) : (
        <RecoveryKeyConfirm
          groups={step.groups}
          groupNumber={step.groupNumber}
          onConfirmed={onFinished}
          onShowAgain={() => setStep({ ...step, kind: 'show' })}
        />
      )}
    </div>
  );
}
