import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation, useInvokeQuery } from '../../api/query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { FocusedHeading } from '../../components/ScreenHeading';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';
import './trash.css';

type Trash = ChannelOutput<'trash:list'>;

/** Deleted clients and cases, each restorable; "Empty trash" deletes them for real after a clear warning. */
export function TrashPage() {
  const { t } = useTranslation();
  const query = useInvokeQuery('trash:list', {});
  const trash: Trash | null = query.data ?? null;
  const [actionError, setError] = useState<AppErrorShape | null>(null);
  const error = actionError ?? query.error?.shape ?? null;
  const restoreClient = useInvokeMutation('clients:restore');
  const restoreCase = useInvokeMutation('cases:restore');
  const emptyTrash = useInvokeMutation('trash:empty');
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const restore = async (kind: 'clients' | 'cases', id: string, name: string): Promise<void> => {
    // Each change refetches the trash (and the lists it feeds) before it resolves.
    const result = await (kind === 'clients' ? restoreClient({ id }) : restoreCase({ id }));
    if (!result.ok) return setError(result.error);
    setError(null);
    setNotice(t('trash.restored', { name }));
  };

  const empty = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const result = await emptyTrash({});
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setNotice(t('trash.emptied', { clients: String(result.value.clients), cases: String(result.value.cases) }));
  };

  const isEmpty = trash !== null && trash.clients.length === 0 && trash.cases.length === 0;
  const caseName = (c: Trash['cases'][number]): string => c.title ?? t(`caseTypes.${c.type}`);
  return (
    <section aria-labelledby="trash-title">
      <div className="page-header">
        <FocusedHeading id="trash-title">{t('trash.title')}</FocusedHeading>
        {trash && !isEmpty ? (
          <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
            {t('trash.emptyTrash')}
          </button>
        ) : null}
      </div>
      <p className="lead">{t('trash.intro')}</p>
      <p role="status" className="status-message">
        {notice}
      </p>
      {error ? (
        <>
          <p>{t('trash.loadFailed')}</p>
          <ErrorMessage error={error} />
        </>
      ) : null}
      {isEmpty ? (
        <div className="empty-state">
          <h2>{t('trash.emptyTitle')}</h2>
          <p>{t('trash.emptyBody')}</p>
        </div>
      ) : trash ? (
        <>
          <section className="panel" aria-labelledby="trash-clients" data-testid="trash-clients">
            <h2 id="trash-clients">{t('trash.clientsTitle')}</h2>
            {trash.clients.length === 0 ? (
              <p className="muted">{t('trash.noClients')}</p>
            ) : (
              <ul className="trash-list">
                {trash.clients.map((c) => (
                  <li key={c.id} className="trash-item">
                    <span className="trash-name">{c.name}</span>
                    <span className="muted">{t('trash.deletedAt', { date: formatDate(c.deletedAt) })}</span>
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      aria-label={t('trash.restoreLabel', { name: c.name })}
                      onClick={() => void restore('clients', c.id, c.name)}
                    >
                      {t('trash.restore')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="trash-cases" data-testid="trash-cases">
            <h2 id="trash-cases">{t('trash.casesTitle')}</h2>
            {trash.cases.length === 0 ? (
              <p className="muted">{t('trash.noCases')}</p>
            ) : (
              <ul className="trash-list">
                {trash.cases.map((c) => (
                  <li key={c.id} className="trash-item">
                    <span className="trash-name">{caseName(c)}</span>
                    <span className="muted">{t('trash.deletedAt', { date: formatDate(c.deletedAt) })}</span>
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      aria-label={t('trash.restoreLabel', { name: caseName(c) })}
                      onClick={() => void restore('cases', c.id, caseName(c))}
                    >
                      {t('trash.restore')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
      {confirming && trash ? (
        <ConfirmDialog
          title={t('trash.confirmTitle')}
          confirmLabel={t('trash.confirmEmpty')}
          cancelLabel={t('trash.cancel')}
          onConfirm={() => void empty()}
          onCancel={() => setConfirming(false)}
          danger
          busy={busy}
          testId="empty-trash-dialog"
        >
          <p>
            {t('trash.confirmBody', {
              clients: String(trash.clients.length),
              cases: String(trash.cases.length),
            })}
          </p>
          {trash.clients.length > 0 ? (
            <ul className="plain-list dialog-list">
              {trash.clients.slice(0, 10).map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
