import { useState, type ReactNode } from 'react';
import type { AppErrorShape, Envelope } from '@shared/errors';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { SettingsSection } from './SettingsSection';
import { SingleAction } from './BusyNote';
import { TypedConfirmDialog } from './TypedConfirmDialog';

/**
 * An action behind a confirmation dialog (delete a note, move a case to the trash, leave the demo,
 * wipe, purge, empty the trash): whether the dialog is open, the busy state while the backend
 * works, and the failure to show. The dialog stays open, busy, until the backend answers, then
 * closes; `onDone` gets the answer of a success.
 */
export function useConfirmedAction<T>(action: () => Promise<Envelope<T>>, onDone?: (value: T) => void) {
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
    onDone?.(result.value);
  };
  return {
    confirming,
    error,
    setError,
    /** Opens the confirmation; the last failure goes, it belonged to the previous attempt. */
    ask: (): void => {
      setError(null);
      setConfirming(true);
    },
    /** Spread into the ConfirmDialog or TypedConfirmDialog (ActionConfirm does it). */
    dialog: { onConfirm: () => void confirm(), onCancel: cancel, busy },
  };
}

export type ConfirmedAction = ReturnType<typeof useConfirmedAction>;

type ActionConfirmProps = {
  action: ConfirmedAction;
  title: string;
  confirmLabel: string;
  testId?: string;
  /** What will happen, in the dialog's body. */
  children: ReactNode;
} & (
  | { cancelLabel: string; word?: never }
  /** The word to type before confirming (what cannot be undone); the typed dialog has its own Cancel. */
  | { word: string; cancelLabel?: never }
);

/** The confirmation of a ConfirmedAction while it is asked for: danger look, focus on Cancel, busy until answered. */
export function ActionConfirm({ action, ...dialog }: ActionConfirmProps) {
  if (!action.confirming) return null;
  return dialog.word !== undefined ? (
    <TypedConfirmDialog {...action.dialog} {...dialog} word={dialog.word} />
  ) : (
    <ConfirmDialog {...action.dialog} {...dialog} danger />
  );
}

interface DangerSectionProps {
  headingId: string;
  title: string;
  className: string;
  /** What it does, above the button. */
  intro: ReactNode;
  action: ConfirmedAction;
  buttonLabel: string;
  /** The ActionConfirm of `action`. */
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
      {dialog}
    </SettingsSection>
  );
}
