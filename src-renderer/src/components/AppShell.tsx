import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../app/routes';

interface AppShellProps {
  section: Section;
  /** The menu entries this vault has (an organisation's vault has no clients or cases). */
  sections: readonly Section[];
  onNavigate: (section: Section) => void;
  onLock: () => void;
  /** Hides the content at once (privacy screen); any key or click brings it back. */
  onHideScreen: () => void;
  /** Opens the search palette; absent where there is nothing to search (organisation vault). */
  onSearch?: () => void;
  /** A demo vault: every screen says so, so fictional data is never taken for real files. */
  demo?: boolean;
  /** Shown above every screen (the overdue banner). */
  banner?: ReactNode;
  children: ReactNode;
}

/** "DEMO — fictional data", in the top bar and on the unlock screen of a demo vault. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="demo-badge" data-testid="demo-badge" title={t('demo.badgeTitle')}>
      {t('demo.badge')}
    </span>
  );
}

export function AppShell({
  section,
  sections,
  onNavigate,
  onLock,
  onHideScreen,
  onSearch,
  demo = false,
  banner,
  children,
}: AppShellProps) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        {demo ? <DemoBadge /> : null}
        <nav className="topnav" aria-label={t('nav.label')}>
          {sections.map((target) => (
            <button
              key={target}
              type="button"
              className="nav-link"
              aria-current={section === target ? 'page' : undefined}
              onClick={() => onNavigate(target)}
            >
              {t(`nav.${target}`)}
            </button>
          ))}
        </nav>
        {onSearch ? (
          <button
            type="button"
            className="button button-quiet button-search"
            onClick={onSearch}
            aria-keyshortcuts="Control+K Meta+K"
          >
            {t('search.open')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-quiet"
          onClick={onHideScreen}
          aria-keyshortcuts="Control+Shift+H Meta+Shift+H"
        >
          {t('nav.hideScreen')}
        </button>
        {/* Always on screen: lawyers work with clients beside them and must be able to hide everything at once. */}
        <button type="button" className="button button-lock" onClick={onLock} aria-keyshortcuts="Control+L Meta+L">
          {t('nav.lock')}
        </button>
      </header>
      <main className="page">
        {banner}
        {children}
      </main>
    </div>
  );
}
