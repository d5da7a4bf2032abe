import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Destructive actions get the danger look, and focus starts on Cancel, the safe choice. */
  danger?: boolean;
  busy?: boolean;
  testId?: string;
  /** A field in `children` takes the focus (a typed confirmation), neither button. */
  focusInContent?: boolean;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  danger = false,
  busy = false,
  testId,
  focusInContent = false,
}: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      tone={danger ? 'danger' : 'default'}
      testId={testId}
      actions={
        <>
          <button
            type="button"
            className="button button-quiet"
            onClick={onCancel}
            autoFocus={danger && !focusInContent}
          >
            {cancelLabel}
          </button>
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button button-primary'}
            onClick={onConfirm}
            aria-disabled={busy || undefined}
            autoFocus={!danger && !focusInContent}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
