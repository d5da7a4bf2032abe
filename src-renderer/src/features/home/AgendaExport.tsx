import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';

/**
 * "Takvime aktar": the open agenda as an .ics file, saved where the lawyer chooses in the main
 * process's dialog (the renderer never names a path). Titles are neutral; file numbers and
 * courts only when ticked.
 */
export function AgendaExport() {
  const { t } = useTranslation();
  const [withFileNumbers, setWithFileNumbers] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setStatus(t('agendaExport.busy'));
    const result = await invoke('agenda:exportIcs', { withFileNumbers });
    setBusy(false);
    if (!result.ok) {
      setStatus('');
      return setError(result.error);
    }
    setStatus(
      result.value.exported ? t('agendaExport.exported', { count: result.value.events }) : t('agendaExport.cancelled'),
    );
  };

  return (
    <div className="agenda-export" data-testid="agenda-export">
      <button
        type="button"
        className="button button-small"
        aria-disabled={busy || undefined}
        title={t('agendaExport.hint')}
        onClick={() => void (busy ? undefined : run())}
      >
        {t('agendaExport.button')}
      </button>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={withFileNumbers}
          onChange={(event) => setWithFileNumbers(event.target.checked)}
        />
        {t('agendaExport.withFileNumbers')}
      </label>
      <p className="status-message" role="status">
        {status}
      </p>
      <ErrorMessage error={error} />
    </div>
  );
}
