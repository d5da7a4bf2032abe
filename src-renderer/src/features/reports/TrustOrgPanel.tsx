import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { shownWords } from './format';
import { OtherLanguageWords } from './OtherLanguageWords';
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
    <section className="settings-section" aria-labelledby="report-trust-title">
      <h2 id="report-trust-title">{t('reports.trust.title')}</h2>
      {status.orgTrusted ? (
        <dl className="fingerprints">
          <dt>{t('reports.trust.trusted')}</dt>
          <dd className="fingerprint-words" data-testid="trusted-org-words">
            {shownWords(status.orgTrusted.fingerprintWords)}
          </dd>
          {status.ownFingerprintWords ? (
            <>
              <dt>{t('reports.trust.own')}</dt>
              <dd className="fingerprint-words" data-testid="own-words">
                {shownWords(status.ownFingerprintWords)}
              </dd>
              <dd>
                <OtherLanguageWords words={status.ownFingerprintWords} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('reports.trust.intro')}</p>
      )}
      {opened ? (
        <div className="confirm-words" data-testid="confirm-org-words">
          <p>{t('reports.trust.wordsIntro')}</p>
          <p className="fingerprint-words" data-testid="org-words">
            {shownWords(opened.words)}
          </p>
          <OtherLanguageWords words={opened.words} />
          <p>{t('reports.trust.policy', { k: String(opened.k) })}</p>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => void confirm()}>
              {t('reports.trust.confirm')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setOpened(null)}>
              {t('reports.trust.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => void choose()}>
          {status.orgTrusted ? t('reports.trust.change') : t('reports.trust.choose')}
        </button>
      )}
      <RefusalOrError error={error} />
      <p className="status-message" role="status">
        {done ? t('reports.trust.done') : ''}
      </p>
    </section>
  );
}
