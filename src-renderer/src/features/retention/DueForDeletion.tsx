import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation, useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';
import { TypedConfirmDialog } from './TypedConfirmDialog';
import './retention.css';

type DueCase = ChannelOutput<'cases:dueForDeletion'>['cases'][number];

/** What `cases:purgeDue` expects as confirmation: fixed, so a stray click or Enter cannot purge. */
/** What the purge channel expects: a protocol token; the lawyer types `retention.purgeWord` (SİL / DELETE). */
export const PURGE_TOKEN = 'DELETE';

/** Closed cases past their retention period, and deleting them for good behind a typed word. */
export function DueForDeletion() {
  const { t } = useTranslation();
  // Read again after a purge or a new retention period (both invalidate it), not patched locally.
  const query = useInvokeQuery('cases:dueForDeletion', {}, { select: (v) => v.cases });
  const cases: DueCase[] | null = query.data ?? null;
  const [actionError, setActionError] = useState<AppErrorShape | null>(null);
  const error = actionError ?? query.error?.shape ?? null;
  const purgeDue = useInvokeMutation('cases:purgeDue');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [purged, setPurged] = useState<{ purged: number; documents: number } | null>(null);

  const purge = async (): Promise<void> => {
    setBusy(true);
    setActionError(null);
    const result = await purgeDue({ confirmation: PURGE_TOKEN });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setActionError(result.error);
    setPurged(result.value);
  };

  return (
    <div className="stack" data-testid="due-for-deletion">
      <h3 id="retention-due-title">{t('retention.dueTitle')}</h3>
      <p className="field-hint">{t('retention.dueIntro')}</p>
      {cases && cases.length === 0 ? <p className="muted">{t('retention.dueEmpty')}</p> : null}
      {cases && cases.length > 0 ? (
        <>
          <div className="due-table-wrap">
            <table className="due-table" aria-labelledby="retention-due-title">
              <thead>
                <tr>
                  <th scope="col">{t('retention.colTitle')}</th>
                  <th scope="col">{t('retention.colClosed')}</th>
                  <th scope="col">{t('retention.colYears')}</th>
                  <th scope="col">{t('retention.colDue')}</th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => (
                  <tr key={c.id}>
                    <td>{c.title ?? t('retention.untitled')}</td>
                    <td>{formatDate(c.closedOn)}</td>
                    <td>{c.retentionYears}</td>
                    <td>{formatDate(c.dueOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
              {t('retention.purge')}
            </button>
          </div>
        </>
      ) : null}
      <ErrorMessage error={error} />
      <p className="status-message success" role="status">
        {purged ? t('retention.purged', { purged: String(purged.purged), documents: String(purged.documents) }) : ''}
      </p>
      {confirming && cases ? (
        <TypedConfirmDialog
          title={t('retention.confirmTitle')}
          word={t('retention.purgeWord')}
          confirmLabel={t('retention.confirm')}
          onConfirm={() => void purge()}
          onCancel={() => setConfirming(false)}
          busy={busy}
          testId="purge-dialog"
        >
          <p>{t('retention.confirmBody', { cases: String(cases.length) })}</p>
        </TypedConfirmDialog>
      ) : null}
    </div>
  );
}
