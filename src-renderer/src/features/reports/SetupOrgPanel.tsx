import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { FingerprintEntry } from './OtherLanguageWords';
import { SettingsSection } from '../../components/SettingsSection';
import { Outcome } from '../../components/StatusNote';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ValueTextField } from '../../components/ValueFields';
import type { AppErrorShape } from '@shared/errors';
import { K_DEFAULT, K_MAX, K_MIN } from '@shared/schemas/report';

/** Makes this vault the organisation's: creates its key pair with the chosen k. */
export function SetupOrgPanel({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [k, setK] = useState(String(K_DEFAULT));
  const [error, setError] = useState<AppErrorShape | null>(null);

  const create = async (): Promise<void> => {
    setError(null);
    const result = await invoke('reports:setupOrg', { k: Number(k) });
    if (!result.ok) return setError(result.error);
    onCreated();
  };

  return (
    <SettingsSection headingId="report-setup-title" title={t('reports.setup.title')}>
      <p className="muted">{t('reports.setup.intro')}</p>
      <ValueTextField
        label={t('reports.setup.k')}
        className="input input-short"
        type="number"
        min={K_MIN}
        max={K_MAX}
        value={k}
        onChange={setK}
      />
      <button type="button" className="button" onClick={() => void create()}>
        {t('reports.setup.create')}
      </button>
      <ErrorMessage error={error} />
    </SettingsSection>
  );
}

/** The organisation key's words and its public key file, for the lawyers. */
export function OrgKeyPanel({ words, k }: { words: string; k: number }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const save = async (): Promise<void> => {
    setError(null);
    const result = await invoke('reports:exportOrgKey', {});
    if (!result.ok) return setError(result.error);
    setMessage(
      result.value.cancelled
        ? t('reports.setup.cancelled')
        : t('reports.setup.exported', { file: result.value.fileName ?? '' }),
    );
  };

  return (
    <SettingsSection headingId="report-orgkey-title" title={t('reports.tabs.key')}>
      <dl className="fingerprints">
        <FingerprintEntry label={t('reports.setup.fingerprint')} words={words} testId="org-fingerprint" />
        <dt>k</dt>
        <dd>{k}</dd>
      </dl>
      <button type="button" className="button" onClick={() => void save()}>
        {t('reports.setup.export')}
      </button>
      <Outcome error={error}>{message ?? ''}</Outcome>
    </SettingsSection>
  );
}
