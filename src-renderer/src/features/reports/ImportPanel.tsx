import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from './periodLabel';
import { invoke } from '../../api/client';
import type { ImportFileResult } from '@shared/channels/reports';
import type { AppErrorShape } from '@shared/errors';
import { shownWords } from './format';
import { OtherLanguageWords } from './OtherLanguageWords';
import { refusalText } from './labels';
import { RefusalOrError } from './TrustOrgPanel';

/**
 * Several report files at once, one result per file. A file from a lawyer key not seen before
 * is held until the supervisor compared its words with the lawyer and enrolled the key.
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const [results, setResults] = useState<ImportFileResult[] | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const choose = async (): Promise<void> => {
    setError(null);
    const result = await invoke('reports:import', {});
    if (!result.ok) return setError(result.error);
    setResults(result.value.cancelled ? [] : result.value.results);
  };

  const enroll = async (index: number, held: Extract<ImportFileResult, { status: 'unknownSigner' }>) => {
    setError(null);
    const result = await invoke('reports:enroll', { pendingId: held.pendingId, lawyerWords: held.lawyerWords });
    if (!result.ok) return setError(result.error);
    setResults((current) => (current ?? []).map((r, i) => (i === index ? result.value : r)));
  };

  return (
    <section className="settings-section" aria-labelledby="report-import-title">
      <h2 id="report-import-title">{t('reports.import.title')}</h2>
      <p className="muted">{t('reports.import.intro')}</p>
      <button type="button" className="button" onClick={() => void choose()}>
        {t('reports.import.choose')}
      </button>
      <RefusalOrError error={error} />
      {results !== null ? (
        <div data-testid="import-results">
          <h3>{t('reports.import.resultsTitle')}</h3>
          {results.length === 0 ? <p>{t('reports.import.nothing')}</p> : null}
          <ul className="import-results">
            {results.map((r, i) => (
              <li key={`${r.file}-${i}`} className={`import-result import-${r.status}`} data-testid="import-result" data-status={r.status}>
                <strong>{r.file}</strong> <ResultText result={r} />
                {r.status === 'unknownSigner' ? (
                  <>
                    <p className="fingerprint-words" data-testid="signer-words">
                      {shownWords(r.lawyerWords)}
                    </p>
                    <OtherLanguageWords words={r.lawyerWords} />
                    <button type="button" className="button" onClick={() => void enroll(i, r)}>
                      {t('reports.import.enroll')}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function ResultText({ result }: { result: ImportFileResult }) {
  const { t, i18n } = useTranslation();
  const label = (id: string) => periodLabel(id, t, i18n.language);
  switch (result.status) {
    case 'accepted':
      return <span>{t('reports.import.accepted', { period: label(result.period) })}</span>;
    case 'duplicate':
      return (
        <span>
          {result.reason === 'sameFile'
            ? t('reports.import.duplicateSame')
            : t('reports.import.duplicateOverlap', {
                period: label(result.period),
                conflictsWith: result.conflictsWith ? label(result.conflictsWith) : '',
              })}
        </span>
      );
    case 'refused':
      return <span>{t('reports.import.refused', { reason: refusalText(t, result.reason) ?? result.reason })}</span>;
    case 'unknownSigner':
      return <span>{t('reports.import.unknownSigner')}</span>;
  }
}
