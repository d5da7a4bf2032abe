import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';

interface TrashClientDialogProps {
  clientId: string;
  openCases: number;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Moving a client to the trash. With open cases the lawyer must choose that explicitly
 * (`withOpenCases: true`); if cases were opened since the page loaded, the backend's CONFLICT
 * brings up the same explicit question instead of failing.
 */
export function TrashClientDialog({ clientId, openCases, onDone, onCancel }: TrashClientDialogProps) {
  const { t } = useTranslation();
  const [withCases, setWithCases] = useState(openCases > 0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const confirm = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const result = await invoke('clients:trash', { id: clientId, withOpenCases: withCases });
    setBusy(false);
    if (result.ok) return onDone();
    if (result.error.code === 'CONFLICT' && !withCases) return setWithCases(true);
    setError(result.error);
  };

  return (
    <ConfirmDialog
      title={withCases ? t('clients.trashOpenCasesTitle') : t('clients.trashTitle')}
      confirmLabel={withCases ? t('clients.trashWithOpenCases') : t('clients.trashConfirm')}
      cancelLabel={t('clients.cancel')}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      danger
      busy={busy}
      testId="trash-client-dialog"
    >
      {withCases ? <p>{t('clients.trashOpenCasesBody', { count: Math.max(openCases, 1) })}</p> : null}
      <p>{t('clients.trashBody')}</p>
      <ErrorMessage error={error} />
    </ConfirmDialog>
  );
}
