import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from './periodLabel';
import { invoke } from '../../api/client';
import { useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';
import { shownWords } from './format';
import { ReportTable } from './ReportTable';

type Dashboard = ChannelOutput<'reports:dashboard'>;

// The charting library is the largest part of the bundle and only supervisors see charts: it
// loads when the dashboard first shows them, not with every window.
const CasesOverTimeChart = lazy(() =>
  import('./DashboardCharts').then((charts) => ({ default: charts.CasesOverTimeChart })),
);
const SimpleBarChart = lazy(() => import('./DashboardCharts').then((charts) => ({ default: charts.SimpleBarChart })));

/**
 * The merged figures of every received report (or one period), suppressed again by the
 * backend before they arrive here: charts, the combined tables, CSV and a printable summary.
 */
export function DashboardPanel() {
  const { t, i18n } = useTranslation();
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
                    {periodLabel(p, t, i18n.language)}
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
          <KpiTiles data={data} />
          <NotReported data={data} />
          <p className="muted" data-testid="chart-note">
            {t('reports.dashboard.chartNote', { n: String(data.minLawyers) })}
          </p>
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <div className="report-charts">
              <CasesOverTimeChart series={data.casesOverTime} />
              <SimpleBarChart title={t('reports.dashboard.nationalities')} table={table('clients.by-nationality')} />
              <SimpleBarChart title={t('reports.dashboard.vulnerability')} table={table('clients.by-vulnerability')} />
              <SimpleBarChart title={t('reports.dashboard.outcomes')} table={table('outcomes.by-type')} />
            </div>
          </Suspense>
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

type Kpi = Dashboard['kpis']['active'];

function KpiValue({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  if (kpi.value === null) return <>{t('reports.dashboard.noData')}</>;
  return <>{kpi.partial ? `${t('reports.dashboard.kpiAtLeast')} ${kpi.value}` : String(kpi.value)}</>;
}

/** The headline figures first: cases, deadlines, reports received against expected. */
function KpiTiles({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const { kpis } = data;
  const period = kpis.focusPeriod
    ? periodLabel(kpis.focusPeriod, t, i18n.language)
    : t('reports.dashboard.kpiAllPeriods');
  const hours = data.tables.find((x) => x.id === 'hours.pro-bono')?.rows[0];
  const tiles: Array<[label: string, value: React.ReactNode, testId: string]> = [
    [t('reports.dashboard.kpiActive'), <KpiValue kpi={kpis.active} />, 'kpi-active'],
    [t('reports.dashboard.kpiOpened'), <KpiValue kpi={kpis.opened} />, 'kpi-opened'],
    [t('reports.dashboard.kpiClosed'), <KpiValue kpi={kpis.closed} />, 'kpi-closed'],
    [
      t('reports.dashboard.kpiDeadlines'),
      <>
        <KpiValue kpi={kpis.deadlinesMet} /> / <KpiValue kpi={kpis.deadlinesMissed} />
      </>,
      'kpi-deadlines',
    ],
    [t('reports.dashboard.kpiReports'), `${kpis.reportsReceived} / ${kpis.reportsExpected}`, 'kpi-reports'],
    [
      t('reports.dashboard.hours'),
      hours?.count === null || hours?.count === undefined ? t('reports.dashboard.noData') : String(hours.count),
      'kpi-hours',
    ],
  ];
  return (
    <section aria-label={t('reports.dashboard.kpiTitle', { period })} className="kpi-section">
      <h3>{t('reports.dashboard.kpiTitle', { period })}</h3>
      <ul className="kpi-tiles">
        {tiles.map(([label, value, testId]) => (
          <li key={testId} className="kpi-tile" data-testid={testId}>
            <span className="kpi-value">{value}</span>
            <span className="kpi-label">{label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Who has not reported for the period in focus, by the names the supervisor gave them. */
function NotReported({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const period = data.kpis.focusPeriod;
  if (period === null) return null;
  return (
    <section className="not-reported" data-testid="not-reported">
      <h3>{t('reports.dashboard.notReportedTitle', { period: periodLabel(period, t, i18n.language) })}</h3>
      {data.notReported.length === 0 ? (
        <p>{t('reports.dashboard.notReportedNone')}</p>
      ) : (
        <ul>
          {data.notReported.map((l) => (
            <li key={l.lawyerWords} data-testid="not-reported-lawyer">
              {l.label ?? t('reports.dashboard.unlabelled', { words: shownWords(l.lawyerWords) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
