import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from './format';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';

type Received = ChannelOutput<'reports:register'>['reports'];

/** Which lawyer key sent which period, and when it arrived. */
export function RegisterPanel() {
  const { t, i18n } = useTranslation();
  const [reports, setReports] = useState<Received | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    let cancelled = false;
    void invoke('reports:register', {}).then((result) => {
      if (cancelled) return;
      if (result.ok) setReports(result.value.reports);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <section className="settings-section" aria-labelledby="report-register-title">
      <h2 id="report-register-title">{t('reports.register.title')}</h2>
      <ErrorMessage error={error} />
      {reports?.length === 0 ? <p>{t('reports.register.empty')}</p> : null}
      {reports && reports.length > 0 ? (
        <table className="data-table" data-testid="report-register">
          <thead>
            <tr>
              <th scope="col">{t('reports.register.lawyer')}</th>
              <th scope="col">{t('reports.register.period')}</th>
              <th scope="col">{t('reports.register.receivedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} data-testid="register-row">
                <td className="fingerprint-words">{r.lawyerWords}</td>
                <td>{r.period}</td>
                <td>{formatDateTime(r.receivedAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
