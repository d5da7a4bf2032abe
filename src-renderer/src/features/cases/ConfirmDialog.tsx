import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Red confirm button for destructive actions (delete, move to trash, discard text). */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The platform's modal <dialog>: the browser traps focus, makes the rest of the page inert
 * and closes on Escape, so nothing here is hand-rolled. Focus starts on the safe choice
 * (cancel) and returns to whatever had it before, so keyboard users keep their place.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    if (open) return;
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="case-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React state close it so `open` stays the single source of truth.
        event.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId}>{title}</h2>
          <div className="case-dialog-body">{children}</div>
          <div className="actions">
            <button ref={cancelRef} type="button" className="button button-quiet" onClick={onCancel}>
              {cancelLabel}
            </button>
            <button
              type="button"
              className={danger ? 'button button-danger' : 'button button-primary'}
              onClick={onConfirm}
            >
              {confirmLabel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
