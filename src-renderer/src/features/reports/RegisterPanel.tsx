import { useTranslation } from 'react-i18next';
import { useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from './format';
import type { ChannelOutput } from '@shared/contract';

type Received = ChannelOutput<'reports:register'>['reports'];

/** Which lawyer key sent which period, and when it arrived. */
export function RegisterPanel() {
  const { t, i18n } = useTranslation();
  const query = useInvokeQuery('reports:register', {}, { select: (v): Received => v.reports });
  const reports = query.data ?? null;
  const error = query.error?.shape ?? null;
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
