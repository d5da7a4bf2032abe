import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyNote } from '../../components/BusyNote';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { FocusedHeading } from '../../components/ScreenHeading';

interface VaultCardProps {
  /** id of the h1 that names the card. */
  titleId: string;
  title: string;
  /**
   * How the title stands: beside the language buttons (the first screens, before a vault is
   * open), focused on arrival (a screen without a field to focus), or plain.
   */
  heading?: 'languages' | 'focused' | 'plain';
  /** The lead paragraph under the title. */
  lead?: string;
  children: ReactNode;
}

/** The one card in the middle of a screen shown while no vault is open (first run, unlock, recovery). */
export function VaultCard({ titleId, title, heading = 'plain', lead, children }: VaultCardProps) {
  const h1 =
    heading === 'focused' ? (
      <FocusedHeading id={titleId}>{title}</FocusedHeading>
    ) : (
      <h1 id={titleId} className="page-title">
        {title}
      </h1>
    );
  return (
    <section className="card" aria-labelledby={titleId}>
      {heading === 'languages' ? (
        <div className="card-top">
          {h1}
          <LanguageSwitcher />
        </div>
      ) : (
        h1
      )}
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </section>
  );
}

/** "Loading…" in the middle of the screen, while the app asks the backend where it stands. */
export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <div className="centered" aria-busy="true">
      <BusyNote>{t('app.loading')}</BusyNote>
    </div>
  );
}
