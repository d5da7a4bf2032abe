import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';
import { CasesOverTimeChart, SimpleBarChart } from './DashboardCharts';
import { ReportTable } from './ReportTable';

type Dashboard = ChannelOutput<'reports:dashboard'>;

/**
 * The merged figures of every received report (or one period), suppressed again by the
 * backend before they arrive here: charts, the combined tables, CSV and a printable summary.
 */
export function DashboardPanel() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState('');
  const query = useInvokeQuery('reports:dashboard', period === '' ? {} : { periods: [period] }, { keepPrevious: true });
  const data: Dashboard | null = query.data ?? null;
  const [actionError, setError] = useState<AppErrorShape | null>(null);
  const error = actionError ?? query.error?.shape ?? null;
  const [message, setMessage] = useState<string | null>(null);
  const periods = period === '' ? undefined : [period];

  const exportCsv = async (): Promise<void> => {
    setError(null);
    const result = await invoke('reports:exportCsv', periods ? { periods } : {});
    if (!result.ok) return setError(result.error);
    setMessage(result.value.cancelled ? t('reports.lawyer.cancelled') : t('reports.dashboard.csvWritten', { file: result.value.fileName ?? '' }));
  };

  const table = (id: string) => data?.tables.find((x) => x.id === id);
  const empty = data !== null && data.casesOverTime.length === 0;
  return (
    <section className="settings-section report-dashboard" aria-labelledby="report-dashboard-title" data-testid="report-dashboard">
      <h2 id="report-dashboard-title">{t('reports.dashboard.title')}</h2>
      <ErrorMessage error={error} />
      {data && data.periods.length > 0 ? (
        <div className="report-actions">
          <Field label={t('reports.dashboard.periods')}>
            {(control) => (
              <select {...control} className="input input-short" value={period} onChange={(e) => setPeriod(e.target.value)}>
                <option value="">{t('reports.dashboard.allPeriods')}</option>
                {data.periods.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" className="button" onClick={() => void exportCsv()}>
            {t('reports.dashboard.exportCsv')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => window.print()}>
            {t('reports.dashboard.print')}
          </button>
        </div>
      ) : null}
      <p className="status-message" role="status">
        {message ?? ''}
      </p>
      {empty ? <p>{t('reports.dashboard.empty')}</p> : null}
      {data && !empty ? (
        <>
          <p>{t('reports.dashboard.summary', { lawyers: String(data.lawyers), k: String(data.k) })}</p>
          <p className="muted" data-testid="chart-note">
            {t('reports.dashboard.chartNote')}
          </p>
          <div className="report-charts">
            <CasesOverTimeChart series={data.casesOverTime} />
            <SimpleBarChart title={t('reports.dashboard.nationalities')} table={table('clients.by-nationality')} />
            <SimpleBarChart title={t('reports.dashboard.vulnerability')} table={table('clients.by-vulnerability')} />
            <SimpleBarChart title={t('reports.dashboard.outcomes')} table={table('outcomes.by-type')} />
            <SimpleBarChart title={t('reports.dashboard.hours')} table={table('hours.pro-bono')} />
          </div>
          <h3>{t('reports.dashboard.tablesTitle')}</h3>
          <p className="muted">{t('reports.dashboard.partialNote')}</p>
          <div className="report-tables">
            {data.tables.map((x) => (
              <ReportTable key={x.id} table={x} k={data.k} />
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
