import { useState, type ReactNode } from 'react';
import type { AppErrorShape, Envelope } from '@shared/errors';
import { ErrorMessage } from './ErrorMessage';
import { SettingsSection } from './SettingsSection';
import { SingleAction } from './BusyNote';

/**
 * An action behind a confirmation dialog (leave the demo, wipe, purge, empty the trash): whether
 * the dialog is open, the busy state while the backend works, and the failure to show. Once the
 * backend answers the dialog closes; `onDone` gets the answer of a success.
 */
export function useConfirmedAction<T>(action: () => Promise<Envelope<T>>, onDone: (value: T) => void) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const cancel = (): void => setConfirming(false);
  const confirm = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    onDone(result.value);
  };
  return {
    confirming,
    error,
    setError,
    ask: (): void => setConfirming(true),
    /** Spread into the ConfirmDialog or TypedConfirmDialog. */
    dialog: { onConfirm: () => void confirm(), onCancel: cancel, busy },
  };
}

export type ConfirmedAction = ReturnType<typeof useConfirmedAction>;

interface DangerSectionProps {
  headingId: string;
  title: string;
  className: string;
  /** What it does, above the button. */
  intro: ReactNode;
  action: ConfirmedAction;
  buttonLabel: string;
  /** The confirmation, shown once the button is pressed. */
  dialog: ReactNode;
}

/** A settings section for one destructive action: what it does, its failure, the button, its confirmation. */
export function DangerSection({ action, buttonLabel, dialog, intro, ...section }: DangerSectionProps) {
  return (
    <SettingsSection {...section}>
      {intro}
      <ErrorMessage error={action.error} />
      <SingleAction danger onClick={action.ask}>
        {buttonLabel}
      </SingleAction>
      {action.confirming ? dialog : null}
    </SettingsSection>
  );
}
