import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { CompareWords, FingerprintEntry } from './OtherLanguageWords';
import { SettingsSection } from '../../components/SettingsSection';
import { StatusNote } from '../../components/StatusNote';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import { refusalText } from './labels';
import type { ReportsStatus } from './useReportsStatus';

/** A refused key or report file says why ("altered"), not just "integrity error". */
export function RefusalOrError({ error }: { error: AppErrorShape | null }) {
  const { t } = useTranslation();
  const reason = refusalText(t, error?.details?.[0]);
  if (!error) return null;
  if (!reason) return <ErrorMessage error={error} />;
  return (
    <div className="error-message" role="alert">
      <p>{t('reports.import.refused', { reason })}</p>
    </div>
  );
}

/**
 * The lawyer imports the organisation's public key, reads the words to the supervisor over the
 * phone, and only then trusts it: a key swapped on the way would show different words.
 */
export function TrustOrgPanel({ status, onTrusted }: { status: ReportsStatus; onTrusted: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<{ words: string; k: number } | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [done, setDone] = useState(false);

  const choose = async (): Promise<void> => {
    setError(null);
    setDone(false);
    const result = await invoke('reports:trustOrg', {});
    if (!result.ok) return setError(result.error);
    const { cancelled, fingerprintWords, k } = result.value;
    if (!cancelled && fingerprintWords && k) setOpened({ words: fingerprintWords, k });
  };

  const confirm = async (): Promise<void> => {
    if (!opened) return;
    const result = await invoke('reports:confirmTrust', { fingerprintWords: opened.words });
    if (!result.ok) return setError(result.error);
    setOpened(null);
    setDone(true);
    onTrusted();
  };

  return (
    <SettingsSection headingId="report-trust-title" title={t('reports.trust.title')}>
      {status.orgTrusted ? (
        <dl className="fingerprints">
          <FingerprintEntry
            label={t('reports.trust.trusted')}
            words={status.orgTrusted.fingerprintWords}
            testId="trusted-org-words"
            withOther={false}
          />
          {status.ownFingerprintWords ? (
            <FingerprintEntry label={t('reports.trust.own')} words={status.ownFingerprintWords} testId="own-words" />
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('reports.trust.intro')}</p>
      )}
      {opened ? (
        <CompareWords
          testIds={{ box: 'confirm-org-words', words: 'org-words' }}
          intro={t('reports.trust.wordsIntro')}
          words={opened.words}
          note={t('reports.trust.policy', { k: String(opened.k) })}
          confirmLabel={t('reports.trust.confirm')}
          cancelLabel={t('reports.trust.cancel')}
          onConfirm={() => void confirm()}
          onCancel={() => setOpened(null)}
        />
      ) : (
        <button type="button" className="button" onClick={() => void choose()}>
          {status.orgTrusted ? t('reports.trust.change') : t('reports.trust.choose')}
        </button>
      )}
      <RefusalOrError error={error} />
      <StatusNote>{done ? t('reports.trust.done') : ''}</StatusNote>
    </SettingsSection>
  );
}
