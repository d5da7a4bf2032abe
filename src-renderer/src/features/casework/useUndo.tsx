import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import type { AppErrorShape } from '@shared/errors';

/**
 * The "Undo" notice after a delete: the record went to the trash with its id, and one click
 * brings it back (records:restore). The notice stays until the next change on the section.
 */
export function useUndo(onChanged: () => Promise<void>) {
  const { t } = useTranslation();
  const [trashedId, setTrashedId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);

  return {
    error,
    setError,
    /** Shown after a save: a plain status message, no undo. */
    saved(text: string) {
      setTrashedId(null);
      setMessage(text);
      setError(null);
    },
    async trash(entity: Parameters<typeof invoke<'records:trash'>>[1]['entity'], id: string) {
      const result = await invoke('records:trash', { entity, id });
      if (!result.ok) return setError(result.error);
      setError(null);
      setTrashedId(id);
      setMessage(t('casework.removed'));
      await onChanged();
    },
    notice: (
      <p className="status-message casework-notice" role="status">
        {message}
        {trashedId ? (
          <>
            {' '}
            <button
              type="button"
              className="button button-link"
              onClick={() => {
                void (async () => {
                  const result = await invoke('records:restore', { id: trashedId });
                  if (!result.ok) return setError(result.error);
                  setTrashedId(null);
                  setMessage(t('casework.restored'));
                  await onChanged();
                })();
              }}
            >
              {t('casework.undo')}
            </button>
          </>
        ) : null}
      </p>
    ),
  };
}
