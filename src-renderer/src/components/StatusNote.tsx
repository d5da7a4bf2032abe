import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '@shared/errors';
import { ErrorMessage } from './ErrorMessage';

/**
 * The line under a form or an action that says what just happened ("Saved.", "Trusted."). Always
 * in the page, empty until there is news, so screen readers announce the text when it appears.
 */
export function StatusNote({ children, success = false }: { children: ReactNode; success?: boolean }) {
  return (
    <p className={success ? 'status-message success' : 'status-message'} role="status">
      {children}
    </p>
  );
}

/** An action's failure (if any) and its status line: the tail of most panels that save something. */
export function Outcome({ error, children }: { error: AppErrorShape | null | undefined; children: ReactNode }) {
  return (
    <>
      <ErrorMessage error={error} />
      <StatusNote>{children}</StatusNote>
    </>
  );
}

/** "Could not load …" and why: shown in place of a screen whose read failed. */
export function LoadFailed({ error, message }: { error: AppErrorShape | null | undefined; message: string }) {
  if (!error) return null;
  return (
    <>
      <p>{message}</p>
      <ErrorMessage error={error} />
    </>
  );
}

/** "Saved." once a settings form has stored its value, else nothing. */
export function SavedNote({ saved }: { saved: boolean }) {
  const { t } = useTranslation();
  return <StatusNote>{saved ? t('settings.saved') : ''}</StatusNote>;
}
