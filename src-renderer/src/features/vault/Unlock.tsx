import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useDemoStatus } from '../../app/useDemoStatus';
import { DemoBadge } from '../../components/AppShell';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import { RestoreBackup } from '../backup/RestoreBackup';
import { ResetPassphraseStep } from './ResetPassphraseStep';
import { SecretInput } from './SecretInput';
import { LoadingScreen, VaultCard } from './VaultCard';
import './vault.css';
import { BusyNote, SingleAction } from '../../components/BusyNote';

interface UnlockProps {
  onUnlocked: () => void;
}

type Mode = 'passphrase' | 'recoveryKey';

/**
 * After a recovery-key unlock the vault is open but this screen stays up for one more step:
 * `reset` holds the recovery key (the proof for `vault:resetPassphrase`) and nothing else;
 * `done` and `leaving` no longer hold it.
 */
type Stage =
  | { kind: 'form' }
  | { kind: 'restore' }
  | { kind: 'reset'; recoveryKey: string }
  | { kind: 'done' }
  | { kind: 'leaving' };

/** The locked state of the app: nothing but this form is rendered while the vault is closed. */
export function Unlock({ onUnlocked }: UnlockProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('passphrase');
  const [secret, setSecret] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<Stage>({ kind: 'form' });
  const inputRef = useRef<HTMLInputElement>(null);
  const demo = useDemoStatus();

  // The vault may have locked meanwhile (idle, suspend): only go on to the files if it is open.
  const leave = async (): Promise<void> => {
    setStage({ kind: 'leaving' });
    const status = await invoke('vault:status', {});
    if (status.ok && !status.value.unlocked) {
      setMode('passphrase');
      setStage({ kind: 'form' });
      return;
    }
    onUnlocked();
  };

  const switchMode = (): void => {
    setMode((current) => (current === 'passphrase' ? 'recoveryKey' : 'passphrase'));
    // Never carry a passphrase into the recovery-key field or the other way round.
    setSecret('');
    setError(null);
    setFieldError(null);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setFieldError(null);
    if (secret.trim() === '') {
      setFieldError(t('field.required'));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    // Key derivation takes about a second by design; the busy state says so.
    const result =
      mode === 'passphrase'
        ? await invoke('vault:unlock', { passphrase: secret })
        : await invoke('vault:unlockWithRecoveryKey', { recoveryKey: secret });
    setBusy(false);
    if (result.ok) {
      setSecret('');
      // Whoever needed the recovery key has most likely forgotten the passphrase: offer a new one.
      if (mode === 'recoveryKey') setStage({ kind: 'reset', recoveryKey: secret });
      else onUnlocked();
      return;
    }
    setError(result.error);
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  if (stage.kind === 'leaving') return <LoadingScreen />;
  if (stage.kind !== 'form') {
    return (
      <div className="centered">
        {stage.kind === 'reset' ? (
          <ResetPassphraseStep
            recoveryKey={stage.recoveryKey}
            onReset={() => setStage({ kind: 'done' })}
            onSkip={() => void leave()}
          />
        ) : stage.kind === 'done' ? (
          <VaultCard titleId="reset-done-title" title={t('reset.doneTitle')} heading="focused">
            <div className="notice notice-success" role="status">
              <p>{t('reset.doneBody')}</p>
            </div>
            <SingleAction onClick={() => void leave()}>{t('reset.continue')}</SingleAction>
          </VaultCard>
        ) : (
          <RestoreBackup onRestored={() => void leave()} onBack={() => setStage({ kind: 'form' })} />
        )}
      </div>
    );
  }

  return (
    <div className="centered">
      <VaultCard titleId="unlock-title" title={t('unlock.title')} heading="languages">
        {demo ? (
          <p className="demo-hint cluster" data-testid="demo-hint">
            <DemoBadge /> {t('demo.unlockHint')}
          </p>
        ) : null}
        <p className="lead">{mode === 'passphrase' ? t('unlock.intro') : t('unlock.introRecovery')}</p>
        <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
          <SecretInput
            kind={mode === 'passphrase' ? 'passphrase' : 'recovery'}
            labels={{
              passphrase: t('unlock.passphrase'),
              recoveryKey: t('unlock.recoveryKey'),
              recoveryKeyHint: t('unlock.recoveryKeyHint'),
            }}
            error={fieldError}
            value={secret}
            onChange={setSecret}
            autoFocus
            inputRef={inputRef}
            readOnly={busy}
          />
          <ErrorMessage
            error={error}
            overrides={
              mode === 'recoveryKey'
                ? { WRONG_PASSPHRASE: 'errors.wrongRecoveryKey', VALIDATION: 'errors.wrongRecoveryKey' }
                : undefined
            }
          />
          <div className="actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {t('unlock.submit')}
            </button>
            <button type="button" className="button button-link" onClick={switchMode} disabled={busy}>
              {mode === 'passphrase' ? t('unlock.useRecoveryKey') : t('unlock.usePassphrase')}
            </button>
            <button
              type="button"
              className="button button-link"
              onClick={() => setStage({ kind: 'restore' })}
              disabled={busy}
            >
              {t('backup.restore.entry')}
            </button>
          </div>
          {busy ? <BusyNote>{t('unlock.busy')}</BusyNote> : null}
        </form>
      </VaultCard>
    </div>
  );
}
