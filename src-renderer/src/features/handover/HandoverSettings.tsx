import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useInvokeMutation, useInvokeQuery } from '../../api/query';
import { formatDate } from '../../components/format';
import type { AppErrorShape } from '@shared/errors';
import { shownWords } from '../reports/format';
import { CompareWords, FingerprintEntry } from '../reports/OtherLanguageWords';
import { SettingsSection } from '../../components/SettingsSection';
import { Outcome } from '../../components/StatusNote';
import { ReceiveHandover } from './ReceiveHandover';
import './handover.css';

/**
 * Settings › Case handover: this vault's receiving key (its words, in both languages, and the
 * public file to give colleagues), the colleagues it trusts, and receiving a handed-over case.
 */
export function HandoverSettings() {
  const { t } = useTranslation();
  const keys = useInvokeQuery('handover:keys', {});
  const trust = useInvokeMutation('handover:trust');
  const untrust = useInvokeMutation('handover:untrust');
  const [opened, setOpened] = useState<{ fingerprint: string; words: string } | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [notice, setNotice] = useState('');

  const exportKey = async (): Promise<void> => {
    setError(null);
    const result = await invoke('handover:exportKey', {});
    if (!result.ok) return setError(result.error);
    setNotice(result.value.saved ? t('handover.keySaved') : '');
  };
  const openKey = async (): Promise<void> => {
    setError(null);
    setNotice('');
    const result = await invoke('handover:openColleagueKey', {});
    if (!result.ok) return setError(result.error);
    if (!result.value.cancelled) setOpened({ fingerprint: result.value.fingerprint, words: result.value.words });
  };
  const confirmTrust = async (): Promise<void> => {
    if (!opened) return;
    const result = await trust({ fingerprint: opened.fingerprint });
    if (!result.ok) return setError(result.error);
    setOpened(null);
    setNotice(t('handover.trusted'));
  };

  return (
    <SettingsSection headingId="handover-title" title={t('handover.title')} className="handover-settings">
      <p className="muted">{t('handover.intro')}</p>
      {keys.data ? (
        <>
          <dl className="fingerprints">
            <FingerprintEntry label={t('handover.myKey')} words={keys.data.words} testId="handover-own-words" />
          </dl>
          <button type="button" className="button" onClick={() => void exportKey()}>
            {t('handover.exportKey')}
          </button>
          <h3>{t('handover.colleagues')}</h3>
          {keys.data.colleagues.length === 0 ? (
            <p className="muted">{t('handover.noColleagues')}</p>
          ) : (
            <ul className="plain-list handover-colleagues">
              {keys.data.colleagues.map((c) => (
                <li key={c.fingerprint} className="cluster">
                  <span className="fingerprint-words">{shownWords(c.words)}</span>
                  <span className="muted">
                    {t('handover.trustedOn', { date: formatDate(c.trustedAt.slice(0, 10)) })}
                  </span>
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => void untrust({ fingerprint: c.fingerprint })}
                  >
                    {t('handover.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {opened ? (
        <CompareWords
          testIds={{ box: 'handover-confirm-words', words: 'handover-colleague-words' }}
          intro={t('handover.compareIntro')}
          words={opened.words}
          confirmLabel={t('handover.trust')}
          cancelLabel={t('handover.cancel')}
          onConfirm={() => void confirmTrust()}
          onCancel={() => setOpened(null)}
        />
      ) : (
        <button type="button" className="button" onClick={() => void openKey()}>
          {t('handover.addColleague')}
        </button>
      )}
      <Outcome error={error ?? keys.error?.shape}>{notice}</Outcome>
      <ReceiveHandover />
    </SettingsSection>
  );
}
