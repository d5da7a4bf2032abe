import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation, useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { SimpleTable } from '../../components/SimpleTable';
import { StatusNote } from '../../components/StatusNote';
import { SingleAction } from '../../components/BusyNote';
import { ActionConfirm, useConfirmedAction } from '../../components/useConfirmedAction';
import type { ChannelOutput } from '@shared/contract';
import './retention.css';

type DueCase = ChannelOutput<'cases:dueForDeletion'>['cases'][number];

/** What the purge channel expects: a protocol token; the lawyer types `retention.purgeWord` (SİL / DELETE). */
export const PURGE_TOKEN = 'DELETE';

/** Closed cases past their retention period, and deleting them for good behind a typed word. */
export function DueForDeletion() {
  const { t } = useTranslation();
  // Read again after a purge or a new retention period (both invalidate it), not patched locally.
  const query = useInvokeQuery('cases:dueForDeletion', {}, { select: (v) => v.cases });
  const cases: DueCase[] | null = query.data ?? null;
  const purgeDue = useInvokeMutation('cases:purgeDue');
  const [purged, setPurged] = useState<{ purged: number; documents: number } | null>(null);
  const purge = useConfirmedAction(() => purgeDue({ confirmation: PURGE_TOKEN }), setPurged);
  const error = purge.error ?? query.error?.shape ?? null;

  return (
    <div className="stack" data-testid="due-for-deletion">
      <h3 id="retention-due-title">{t('retention.dueTitle')}</h3>
      <p className="field-hint">{t('retention.dueIntro')}</p>
      {cases && cases.length === 0 ? <p className="muted">{t('retention.dueEmpty')}</p> : null}
      {cases && cases.length > 0 ? (
        <>
          <div className="due-table-wrap">
            <SimpleTable
              className="due-table"
              labelledBy="retention-due-title"
              rows={cases}
              rowKey={(c) => c.id}
              columns={[
                { header: t('retention.colTitle'), cell: (c) => c.title ?? t('retention.untitled') },
                { header: t('retention.colClosed'), cell: (c) => formatDate(c.closedOn) },
                { header: t('retention.colYears'), cell: (c) => c.retentionYears },
                { header: t('retention.colDue'), cell: (c) => formatDate(c.dueOn) },
              ]}
            />
          </div>
          <SingleAction danger onClick={purge.ask}>
            {t('retention.purge')}
          </SingleAction>
        </>
      ) : null}
      <ErrorMessage error={error} />
      <StatusNote success>
        {purged ? t('retention.purged', { purged: String(purged.purged), documents: String(purged.documents) }) : ''}
      </StatusNote>
      {cases ? (
        <ActionConfirm
          action={purge}
          title={t('retention.confirmTitle')}
          word={t('retention.purgeWord')}
          confirmLabel={t('retention.confirm')}
          testId="purge-dialog"
        >
          <p>{t('retention.confirmBody', { cases: String(cases.length) })}</p>
        </ActionConfirm>
      ) : null}
    </div>
  );
}
