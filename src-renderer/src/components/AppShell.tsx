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

/** A button of the top bar, with the keyboard shortcut that does the same. */
function ToolButton({
  look,
  onClick,
  keys,
  children,
}: {
  look: string;
  onClick: () => void;
  keys: string;
  children: ReactNode;
}) {
  return (
    <button type="button" className={`button ${look}`} onClick={onClick} aria-keyshortcuts={keys}>
      {children}
    </button>
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
          <ToolButton look="button-quiet button-search" onClick={onSearch} keys="Control+K Meta+K">
            {t('search.open')}
          </ToolButton>
        ) : null}
        <ToolButton look="button-quiet" onClick={onHideScreen} keys="Control+Shift+H Meta+Shift+H">
          {t('nav.hideScreen')}
        </ToolButton>
        {/* Always on screen: lawyers work with clients beside them and must be able to hide everything at once. */}
        <ToolButton look="button-lock" onClick={onLock} keys="Control+L Meta+L">
          {t('nav.lock')}
        </ToolButton>
      </header>
      <main className="page">
        {banner}
        {children}
      </main>
    </div>
  );
}
