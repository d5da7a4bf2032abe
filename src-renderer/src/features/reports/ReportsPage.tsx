import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FocusedHeading } from '../../components/ScreenHeading';
import { LawyerReportPanel } from './LawyerReportPanel';
import { SetupOrgPanel } from './SetupOrgPanel';
import { SupervisorView } from './SupervisorView';
import { TrustOrgPanel } from './TrustOrgPanel';
import { useReportsStatus } from './useReportsStatus';
import './reports.css';

/**
 * "Raporlar": a lawyer's vault reports to the organisation; an organisation vault receives and
 * merges reports. A fresh vault offers both first steps.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { status, error, reload } = useReportsStatus();
  return (
    <section aria-labelledby="reports-title" className="reports">
      <FocusedHeading id="reports-title">{t('reports.title')}</FocusedHeading>
      {error ? (
        <>
          <p>{t('reports.loadFailed')}</p>
          <ErrorMessage error={error} />
        </>
      ) : null}
      {status?.role === 'supervisor' ? <SupervisorView status={status} /> : null}
      {status && status.role !== 'supervisor' ? (
        <>
          {status.role === 'none' ? <p className="muted">{t('reports.noneIntro')}</p> : null}
          {status.orgTrusted ? <LawyerReportPanel k={status.orgTrusted.k} /> : null}
          <TrustOrgPanel status={status} onTrusted={() => void reload()} />
          {status.role === 'none' ? <SetupOrgPanel onCreated={() => void reload()} /> : null}
        </>
      ) : null}
    </section>
  );
}
