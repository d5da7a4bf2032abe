import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from './periodLabel';
import { useInvokeMutation, useInvokeQuery } from '../../api/query';
import { ColumnHeads } from '../../components/ColumnHeads';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime, shownWords } from './format';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';

type Received = ChannelOutput<'reports:register'>['reports'];

/**
 * Which lawyer key sent which period (and which correction), and when it arrived. The supervisor
 * names each enrolled lawyer here; the name stays in this vault and is what the dashboard's
 * "not reported" list shows.
 */
export function RegisterPanel() {
  const { t, i18n } = useTranslation();
  const query = useInvokeQuery('reports:register', {}, { select: (v): Received => v.reports });
  const reports = query.data ?? null;
  const saveLabelCall = useInvokeMutation('reports:labelLawyer');
  // What the supervisor is typing, per lawyer; the saved label otherwise.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<AppErrorShape | null>(null);
  const error = saveError ?? query.error?.shape ?? null;
  const labelOf = (words: string): string =>
    drafts[words] ?? reports?.find((r) => r.lawyerWords === words)?.label ?? '';
  const saveLabel = async (lawyerWords: string): Promise<void> => {
    setSaveError(null);
    const result = await saveLabelCall({ lawyerWords, label: labelOf(lawyerWords) });
    if (!result.ok) return setSaveError(result.error);
    setDrafts(({ [lawyerWords]: _saved, ...rest }) => rest);
  };
  const lawyers = [...new Set((reports ?? []).map((r) => r.lawyerWords))];
  return (
    <section className="settings-section" aria-labelledby="report-register-title">
      <h2 id="report-register-title">{t('reports.register.title')}</h2>
      <ErrorMessage error={error} />
      {reports?.length === 0 ? <p>{t('reports.register.empty')}</p> : null}
      {reports && reports.length > 0 ? (
        <>
          <table className="data-table" data-testid="report-register">
            <ColumnHeads
              labels={(['lawyer', 'period', 'receivedAt'] as const).map((c) => t(`reports.register.${c}`))}
            />
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} data-testid="register-row">
                  <td>
                    {r.label ? <strong>{r.label} </strong> : null}
                    <span className="fingerprint-words">{shownWords(r.lawyerWords)}</span>
                  </td>
                  <td>
                    {periodLabel(r.period, t, i18n.language)}
                    {r.revision > 1 ? ` · ${t('reports.register.revision', { revision: String(r.revision) })}` : ''}
                    {r.superseded ? ` · ${t('reports.register.superseded')}` : ''}
                  </td>
                  <td>{formatDateTime(r.receivedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="lawyer-labels">
            {lawyers.map((words) => (
              <li key={words} data-testid="lawyer-label">
                <label>
                  <span className="fingerprint-words">{shownWords(words)}</span>
                  <span className="muted"> — {t('reports.register.label')}</span>
                  <input
                    className="input"
                    maxLength={120}
                    value={labelOf(words)}
                    onChange={(e) => setDrafts({ ...drafts, [words]: e.target.value })}
                  />
                </label>
                <button type="button" className="button button-quiet" onClick={() => void saveLabel(words)}>
                  {t('reports.register.labelSave')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
