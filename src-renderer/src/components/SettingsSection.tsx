import type { ReactNode } from 'react';

interface SettingsSectionProps {
  /** id of the h2, which names the section (aria-labelledby). */
  headingId: string;
  title: string;
  /** Extra classes next to `settings-section`. */
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** One titled panel of a settings-like page (Settings, Reports): a section named by its h2. */
export function SettingsSection({ headingId, title, className, testId, children }: SettingsSectionProps) {
  return (
    <section
      className={className ? `settings-section ${className}` : 'settings-section'}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
