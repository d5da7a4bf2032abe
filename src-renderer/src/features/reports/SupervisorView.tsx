import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardPanel } from './DashboardPanel';
import { ImportPanel } from './ImportPanel';
import { RegisterPanel } from './RegisterPanel';
import { OrgKeyPanel } from './SetupOrgPanel';
import type { ReportsStatus } from './useReportsStatus';

const TABS = ['import', 'register', 'dashboard', 'key'] as const;
type Tab = (typeof TABS)[number];

/** An organisation vault: import report files, the register, the dashboard, the key. */
export function SupervisorView({ status }: { status: ReportsStatus }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('import');
  return (
    <>
      <div className="report-tabs" role="tablist" aria-label={t('reports.tabs.label')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className="button button-quiet"
            onClick={() => setTab(id)}
          >
            {t(`reports.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'import' ? <ImportPanel /> : null}
        {tab === 'register' ? <RegisterPanel /> : null}
        {tab === 'dashboard' ? <DashboardPanel /> : null}
        {tab === 'key' ? <OrgKeyPanel words={status.ownFingerprintWords ?? ''} k={status.orgK ?? 0} /> : null}
      </div>
    </>
  );
}
