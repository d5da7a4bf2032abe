import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useInvokeMutation } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { HandoverPreview } from '@shared/channels/handover';
import type { AppErrorShape } from '@shared/errors';
import { shownWords } from '../reports/format';

/**
 * Receiving a handed-over case: the file is chosen in the main process's dialog and verified
 * there; the lawyer sees what it holds, chooses per client (the conflict check) between a new
 * client and an existing one, then receives it and reads the confirmation code to the sender.
 */
export function ReceiveHandover() {
  const { t } = useTranslation();
  const receive = useInvokeMutation('handover:receive', ['cases:list', 'clients:list', 'agenda:get']);
  const [preview, setPreview] = useState<HandoverPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const choose = async (): Promise<void> => {
    setError(null);
    setCode(null);
    const result = await invoke('handover:openFile', {});
    if (!result.ok) return setError(result.error);
    if (result.value.cancelled) return;
    setPreview(result.value.preview);
    setChoices({});
  };
  const cancel = async (): Promise<void> => {
    setPreview(null);
    await invoke('handover:cancel', {});
  };
  const submit = async (): Promise<void> => {
    const attach = Object.entries(choices)
      .filter(([, target]) => target !== 'new')
      .map(([fileClientId, existingId]) => ({ fileClientId, existingId }));
    const result = await receive({ attach });
    if (!result.ok) return setError(result.error);
    setPreview(null);
    setCode(result.value.confirmationCode);
  };

  return (
    <div className="handover-receive">
      <h3>{t('handover.receiveTitle')}</h3>
      {preview ? (
        <div className="stack" data-testid="handover-preview">
          <p>
            {t('handover.previewIntro', { records: String(preview.records), documents: String(preview.documents) })}
          </p>
          <p className="fingerprint-words">{shownWords(preview.senderWords)}</p>
          {preview.clients.map((client) => (
            <fieldset key={client.id} className="handover-client">
              <legend>{t('handover.clientLabel', { name: client.name })}</legend>
              {client.existsHere ? (
                <p>{t('handover.existsHere')}</p>
              ) : client.matches.length === 0 ? (
                <p className="muted">{t('handover.noMatches')}</p>
              ) : (
                <>
                  <label className="choice">
                    <input
                      type="radio"
                      name={`client-${client.id}`}
                      checked={(choices[client.id] ?? 'new') === 'new'}
                      onChange={() => setChoices({ ...choices, [client.id]: 'new' })}
                    />
                    {t('handover.choiceNew')}
                  </label>
                  {client.matches
                    .filter((m) => m.kind === 'client')
                    .map((m) => (
                      <label key={m.id} className="choice">
                        <input
                          type="radio"
                          name={`client-${client.id}`}
                          checked={choices[client.id] === m.id}
                          onChange={() => setChoices({ ...choices, [client.id]: m.id })}
                        />
                        {t('handover.choiceAttach', { name: m.name })}
                      </label>
                    ))}
                </>
              )}
            </fieldset>
          ))}
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => void submit()}>
              {t('handover.receive')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void cancel()}>
              {t('handover.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">{t('handover.receiveIntro')}</p>
          <button type="button" className="button" onClick={() => void choose()}>
            {t('handover.chooseFile')}
          </button>
        </>
      )}
      <ErrorMessage error={error} />
      <div role="status" className="status-message">
        {code ? (
          <>
            <p>{t('handover.received')}</p>
            <p className="handover-code" data-testid="handover-code">
              {code}
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
