import type { AppErrorShape, Envelope } from '@shared/errors';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * A destructive action asked for first: confirming closes the dialog and makes the backend
 * call; its answer goes to `onDone` or, failed, to `onError` (the screen shows it).
 */
export function ConfirmedCall<T>({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onClose,
  call,
  onDone,
  onError,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onClose: () => void;
  call: () => Promise<Envelope<T>>;
  onDone?: ((value: T) => void) | undefined;
  onError: (error: AppErrorShape) => void;
}) {
  const run = async (): Promise<void> => {
    const result = await call();
    if (result.ok) onDone?.(result.value);
    else onError(result.error);
  };
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      cancelLabel={cancelLabel}
      danger
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        void run();
      }}
    >
      <p>{body}</p>
    </ConfirmDialog>
  );
}
