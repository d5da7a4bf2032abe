import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Page = 'home' | 'settings';

interface AppShellProps {
  page: Page;
  onNavigate: (page: Page) => void;
  onLock: () => void;
  children: ReactNode;
}

const PAGES: readonly Page[] = ['home', 'settings'];

export function AppShell({ page, onNavigate, onLock, children }: AppShellProps) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav className="topnav" aria-label={t('nav.label')}>
          {PAGES.map((target) => (
            <button
              key={target}
              type="button"
              className="nav-link"
              aria-current={page === target ? 'page' : undefined}
              onClick={() => onNavigate(target)}
            >
              {t(`nav.${target}`)}
            </button>
          ))}
        </nav>
        {/* Always on screen: lawyers work with clients beside them and must be able to hide everything at once. */}
        <button type="button" className="button button-lock" onClick={onLock}>
          {t('nav.lock')}
        </button>
      </header>
      <main className="page">{children}</main>
    </div>
  );
}
