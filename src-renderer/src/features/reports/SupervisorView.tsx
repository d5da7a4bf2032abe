import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceButtons } from '../../components/ChoiceButtons';
import { optionsOf } from '../../components/ValueFields';
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
      <ChoiceButtons
        tabs
        label={t('reports.tabs.label')}
        className="report-tabs"
        buttonClassName="button button-quiet"
        options={optionsOf(TABS, (id) => t(`reports.tabs.${id}`))}
        value={tab}
        onChange={setTab}
      />
      <div role="tabpanel">
        {tab === 'import' ? <ImportPanel /> : null}
        {tab === 'register' ? <RegisterPanel /> : null}
        {tab === 'dashboard' ? <DashboardPanel /> : null}
        {tab === 'key' ? <OrgKeyPanel words={status.ownFingerprintWords ?? ''} k={status.orgK ?? 0} /> : null}
      </div>
    </>
  );
}
