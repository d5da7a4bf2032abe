import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../components/AppShell';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CaseSummaryPage } from '../features/case-summary/CaseSummaryPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { ClientListPage } from '../features/clients/ClientListPage';
import { ClientPage } from '../features/clients/ClientPage';
import { GlossaryDialog } from '../features/guide/GlossaryDialog';
import { Agenda } from '../features/home/Agenda';
import { OverdueBanner } from '../features/home/OverdueBanner';
import { ImportPage } from '../features/import/ImportPage';
import { IntakePage } from '../features/intake/IntakePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { useReportsStatus } from '../features/reports/useReportsStatus';
import { SearchPalette } from '../features/search/SearchPalette';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrashPage } from '../features/trash/TrashPage';
import { NavigationProvider, useNavigation } from './navigation';
import { isHideScreenShortcut, PrivacyProvider, PrivacyScreenArea, usePrivacyScreen } from './privacy';
import { ORGANISATION_SECTIONS, SECTIONS, sectionOf, type Route } from './routes';
import { useDemoStatus } from './useDemoStatus';
import { useShellCommands } from './useShellCommands';

interface UnlockedAppProps {
  onLock: () => void;
  /** The demo vault was discarded from Settings: the App goes back to the first-run screen. */
  onVaultGone: () => void;
}

export function UnlockedApp({ onLock, onVaultGone }: UnlockedAppProps) {
  return (
    <PrivacyProvider>
      <NavigationProvider initial={{ name: 'agenda' }}>
        <PrivacyScreenArea>
          <UnlockedScreens onLock={onLock} onVaultGone={onVaultGone} />
        </PrivacyScreenArea>
      </NavigationProvider>
    </PrivacyProvider>
  );
}

function UnlockedScreens({ onLock, onVaultGone }: UnlockedAppProps) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [searching, setSearching] = useState(false);
  // A glossary term chosen in the search palette (issue 16); the glossary opens over any screen.
  const [glossaryTerm, setGlossaryTerm] = useState<string | null>(null);
  const demo = useDemoStatus();
  const privacy = usePrivacyScreen();
  const { hide } = privacy;
  const reports = useReportsStatus();
  // Until the vault's role is known nothing is shown, so an organisation's vault never flashes
  // the lawyer's agenda; a failed read falls back to the lawyer's screens.
  const roleKnown = reports.status !== null || reports.error !== null;
  const organisation = reports.status?.role === 'supervisor';
  const sections = organisation ? ORGANISATION_SECTIONS : SECTIONS;
  const route: Route = sections.includes(sectionOf(nav.route)) ? nav.route : { name: 'reports' };

  // Ctrl/Cmd+K search, Ctrl/Cmd+L lock, Ctrl/Cmd+Shift+H hide the screen, from anywhere while
  // unlocked; capture phase so a focused field cannot eat them. In the desktop app the menu has
  // the same shortcuts; both paths do the same idempotent thing.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const command = (event.ctrlKey || event.metaKey) && !event.altKey;
      const key = event.key.toLowerCase();
      if (command && !event.shiftKey && key === 'k') {
        event.preventDefault();
        if (!organisation) setSearching(true);
      } else if (command && !event.shiftKey && key === 'l') {
        event.preventDefault();
        onLock();
      } else if (isHideScreenShortcut(event)) {
        event.preventDefault();
        hide();
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [onLock, hide, organisation]);

  useShellCommands((command) => {
    if (command === 'lock') onLock();
    else if (command === 'hideScreen') hide();
    else nav.navigate({ name: 'settings', backupNow: Date.now() });
  });

  return (
    <AppShell
      section={sectionOf(route)}
      sections={roleKnown ? sections : []}
      onNavigate={(section) => nav.navigate({ name: section })}
      onLock={onLock}
      onHideScreen={hide}
      {...(organisation ? {} : { onSearch: () => setSearching(true) })}
      demo={demo}
      banner={
        organisation || !roleKnown ? null : (
          <OverdueBanner
            key={routeKey(route)}
            onShowAgenda={route.name === 'agenda' ? undefined : () => nav.navigate({ name: 'agenda' })}
          />
        )
      }
    >
      {/* Keyed by route so each page starts fresh (focus, scroll, form state) when it changes. */}
      {roleKnown ? <RouteView key={routeKey(route)} route={route} demo={demo} onVaultGone={onVaultGone} /> : null}
      {searching ? (
        <SearchPalette
          onClose={() => setSearching(false)}
          onOpen={(route) => {
            setSearching(false);
            nav.navigate(route);
          }}
          onOpenGlossary={(termId) => {
            setSearching(false);
            setGlossaryTerm(termId);
          }}
        />
      ) : null}
      {glossaryTerm !== null ? <GlossaryDialog termId={glossaryTerm} onClose={() => setGlossaryTerm(null)} /> : null}
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
  if ('id' in route) return `${route.name}:${route.id}`;
  if (route.name === 'settings' && route.backupNow !== undefined) return `settings:backup:${route.backupNow}`;
  return route.name;
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
    case 'import':
      return <ImportPage />;
    case 'cases':
      return <CaseListPage onOpenCase={openCase} onNewCase={() => nav.navigate({ name: 'intake' })} />;
    case 'case':
      return (
        <CasePage
          caseId={route.id}
          onOpenClient={openClient}
          onBack={() => nav.back({ name: 'cases' })}
          onPrintSummary={() => nav.navigate({ name: 'caseSummary', id: route.id })}
        />
      );
    case 'caseSummary':
      return <CaseSummaryPage caseId={route.id} onBack={() => nav.back({ name: 'case', id: route.id })} />;
    case 'trash':
      return <TrashPage />;
    case 'reports':
      return <ReportsPage />;
    case 'settings':
      return (
        <SettingsPage
          demo={demo}
          onDemoDiscarded={onVaultGone}
          onVaultGone={onVaultGone}
          startBackup={route.backupNow !== undefined}
        />
      );
  }
}
