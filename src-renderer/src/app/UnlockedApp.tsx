import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../components/AppShell';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { ClientListPage } from '../features/clients/ClientListPage';
import { ClientPage } from '../features/clients/ClientPage';
import { Agenda } from '../features/home/Agenda';
import { OverdueBanner } from '../features/home/OverdueBanner';
import { IntakePage } from '../features/intake/IntakePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SearchPalette } from '../features/search/SearchPalette';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrashPage } from '../features/trash/TrashPage';
import { NavigationProvider, useNavigation } from './navigation';
import { sectionOf, type Route } from './routes';
import { useDemoStatus } from './useDemoStatus';

interface UnlockedAppProps {
  onLock: () => void;
  /** The demo vault was discarded from Settings: the App goes back to the first-run screen. */
  onVaultGone: () => void;
}

export function UnlockedApp({ onLock, onVaultGone }: UnlockedAppProps) {
  return (
    <NavigationProvider initial={{ name: 'agenda' }}>
      <UnlockedScreens onLock={onLock} onVaultGone={onVaultGone} />
    </NavigationProvider>
  );
}

function UnlockedScreens({ onLock, onVaultGone }: UnlockedAppProps) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [searching, setSearching] = useState(false);
  const demo = useDemoStatus();

  // Ctrl+K / Cmd+K from anywhere while unlocked; capture phase so a focused field cannot eat it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearching(true);
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  return (
    <AppShell
      section={sectionOf(nav.route)}
      onNavigate={(section) => nav.navigate({ name: section })}
      onLock={onLock}
      onSearch={() => setSearching(true)}
      demo={demo}
      banner={
        <OverdueBanner
          refreshKey={routeKey(nav.route)}
          onShowAgenda={nav.route.name === 'agenda' ? undefined : () => nav.navigate({ name: 'agenda' })}
        />
      }
    >
      {/* Keyed by route so each page starts fresh (focus, scroll, form state) when it changes. */}
      <RouteView key={routeKey(nav.route)} route={nav.route} demo={demo} onVaultGone={onVaultGone} />
      {searching ? (
        <SearchPalette
          onClose={() => setSearching(false)}
          onOpen={(route) => {
            setSearching(false);
            nav.navigate(route);
          }}
        />
      ) : null}
      {nav.pending ? (
        <ConfirmDialog
          title={t('form.unsavedTitle')}
          confirmLabel={t('form.unsavedLeave')}
          cancelLabel={t('form.unsavedStay')}
          onConfirm={nav.confirmLeave}
          onCancel={nav.cancelLeave}
          danger
          testId="unsaved-dialog"
        >
          <p>{t('form.unsavedBody')}</p>
        </ConfirmDialog>
      ) : null}
    </AppShell>
  );
}

function routeKey(route: Route): string {
  return 'id' in route ? `${route.name}:${route.id}` : route.name;
}

function RouteView({ route, demo, onVaultGone }: { route: Route; demo: boolean; onVaultGone: () => void }) {
  const nav = useNavigation();
  const openClient = (id: string): void => nav.navigate({ name: 'client', id });
  const openCase = (id: string): void => nav.navigate({ name: 'case', id });
  switch (route.name) {
    case 'agenda':
      return (
        <Agenda
          onNewClient={() => nav.navigate({ name: 'intake' })}
          onOpenCase={openCase}
          onOpenSettings={() => nav.navigate({ name: 'settings' })}
        />
      );
    case 'clients':
      return <ClientListPage />;
    case 'client':
      return <ClientPage clientId={route.id} />;
    case 'intake':
      return <IntakePage />;
    case 'cases':
      return <CaseListPage onOpenCase={openCase} />;
    case 'case':
      return <CasePage caseId={route.id} onOpenClient={openClient} onBack={() => nav.back({ name: 'cases' })} />;
    case 'trash':
      return <TrashPage />;
    case 'reports':
      return <ReportsPage />;
    case 'settings':
      return <SettingsPage demo={demo} onDemoDiscarded={onVaultGone} onVaultGone={onVaultGone} />;
  }
}
