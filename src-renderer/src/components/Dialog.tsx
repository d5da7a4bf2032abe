import { useId, type ReactNode } from 'react';
import { useModal } from './useModal';
import './Dialog.css';

interface DialogProps {
  title: string;
  /** Rendered under the title; the dialog's description for screen readers. */
  children: ReactNode;
  /** Buttons; the first focusable element inside the dialog gets focus unless one has autoFocus. */
  actions: ReactNode;
  onClose: () => void;
  tone?: 'default' | 'danger';
  testId?: string;
  /** An extra class for the <dialog> (e.g. one whose content is printed). */
  className?: string;
}

/** A modal on the native <dialog> (useModal: showModal(), then focus back to the opener). */
export function Dialog({ title, children, actions, onClose, tone = 'default', testId, className }: DialogProps) {
  const modal = useModal(onClose);
  const titleId = useId();
  return (
    <dialog
      {...modal}
      className={['dialog', tone === 'danger' ? 'dialog-danger' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-body`}
      data-testid={testId}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div id={`${titleId}-body`} className="dialog-body">
        {children}
      </div>
      <div className="actions dialog-actions">{actions}</div>
    </dialog>
  );
}
