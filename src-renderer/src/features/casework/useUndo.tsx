import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import type { ChannelInput } from '@shared/contract';
import type { AppErrorShape, Envelope } from '@shared/errors';

export type TrashableEntity = ChannelInput<'records:trash'>['entity'];
/** Puts back what the last change replaced (the old values, saved over the new version). */
export type Revert = () => Promise<Envelope<unknown>>;

/**
 * The "Undo" notice of a section: after a delete the record went to the trash with its id and
 * one click restores it (records:restore); after an edit one click saves the previous values
 * back. Both are mutations with INVALIDATES lines, so every read on screen follows.
 */
export function useUndo() {
  const { t } = useTranslation();
  const trashRecord = useInvokeMutation('records:trash');
  const restoreRecord = useInvokeMutation('records:restore');
  const [message, setMessage] = useState('');
  const [revert, setRevert] = useState<{ run: Revert } | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const show = (text: string, run: Revert | null) => {
    setMessage(text);
    setRevert(run ? { run } : null);
    setError(null);
  };

  return {
    error,
    setError,
    /** After a save: a status message, with Undo when the change can be reverted. */
    saved(text: string, run: Revert | null = null) {
      show(text, run);
    },
    async trash(entity: TrashableEntity, id: string) {
      const result = await trashRecord({ entity, id });
      if (!result.ok) return setError(result.error);
      show(t('casework.removed'), () => restoreRecord({ id }));
    },
    notice: (
      <p className="status-message casework-notice" role="status">
        {message}
        {revert ? (
          <>
            {' '}
            <button
              type="button"
              className="button button-link"
              onClick={() => {
                void (async () => {
                  const result = await revert.run();
                  if (!result.ok) return setError(result.error);
                  show(t('casework.restored'), null);
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

export type Undo = ReturnType<typeof useUndo>;
