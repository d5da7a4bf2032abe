import type { ReactNode } from 'react';

/** "Working…" with a spinner, announced to screen readers: the one way a screen says it is busy. */
export function BusyNote({ children }: { children: ReactNode }) {
  return (
    <p className="busy" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

/**
 * A form's submit button and, while the form works, its busy note. The button stays focusable
 * while busy (aria-disabled, not disabled) so keyboard users do not lose their place.
 */
export function SubmitActions({ label, busy, busyText }: { label: string; busy: boolean; busyText: string }) {
  return (
    <div className="actions">
      <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
        {label}
      </button>
      {busy ? <BusyNote>{busyText}</BusyNote> : null}
    </div>
  );
}

/** A screen's one button in its actions row: the next step, or (danger) the start of something destructive. */
export function SingleAction({
  onClick,
  danger = false,
  children,
}: {
  onClick: () => void;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="actions">
      <button type="button" className={danger ? 'button button-danger' : 'button button-primary'} onClick={onClick}>
        {children}
      </button>
    </div>
  );
}
