import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation, useInvokeQuery } from '../../api/query';
import { formatDate } from '../../components/format';
import { FocusedHeading } from '../../components/ScreenHeading';
import { LoadFailed, StatusNote } from '../../components/StatusNote';
import { ActionConfirm, useConfirmedAction } from '../../components/useConfirmedAction';
import type { ChannelOutput } from '@shared/contract';
import './trash.css';

type Trash = ChannelOutput<'trash:list'>;
type Kind = 'clients' | 'cases';

interface TrashGroupProps {
  kind: Kind;
  title: string;
  /** Said when this group is empty (the other one is not). */
  none: string;
  items: readonly { id: string; name: string; deletedAt: string }[];
  onRestore: (kind: Kind, id: string, name: string) => void;
}

/** The deleted clients, or the deleted cases: each with when it was deleted and a Restore button. */
function TrashGroup({ kind, title, none, items, onRestore }: TrashGroupProps) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={`trash-${kind}`} data-testid={`trash-${kind}`}>
      <h2 id={`trash-${kind}`}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul className="trash-list">
          {items.map((item) => (
            <li key={item.id} className="trash-item">
              <span className="trash-name">{item.name}</span>
              <span className="muted">{t('trash.deletedAt', { date: formatDate(item.deletedAt) })}</span>
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={t('trash.restoreLabel', { name: item.name })}
                onClick={() => onRestore(kind, item.id, item.name)}
              >
                {t('trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Deleted clients and cases, each restorable; "Empty trash" deletes them for real after a clear warning. */
export function TrashPage() {
  const { t } = useTranslation();
  const query = useInvokeQuery('trash:list', {});
  const trash: Trash | null = query.data ?? null;
  const restoreClient = useInvokeMutation('clients:restore');
  const restoreCase = useInvokeMutation('cases:restore');
  const emptyTrash = useInvokeMutation('trash:empty');
  const [notice, setNotice] = useState('');
  const empty = useConfirmedAction(
    () => emptyTrash({}),
    (value) => setNotice(t('trash.emptied', { clients: String(value.clients), cases: String(value.cases) })),
  );
  // Restoring and emptying share one error line: the latest action's outcome.
  const error = empty.error ?? query.error?.shape ?? null;

  const restore = async (kind: Kind, id: string, name: string): Promise<void> => {
    // Each change refetches the trash (and the lists it feeds) before it resolves.
    const result = await (kind === 'clients' ? restoreClient({ id }) : restoreCase({ id }));
    if (!result.ok) return empty.setError(result.error);
    empty.setError(null);
    setNotice(t('trash.restored', { name }));
  };

  const isEmpty = trash !== null && trash.clients.length === 0 && trash.cases.length === 0;
  const caseName = (c: Trash['cases'][number]): string => c.title ?? t(`caseTypes.${c.type}`);
  return (
    <section aria-labelledby="trash-title">
      <div className="page-header">
        <FocusedHeading id="trash-title">{t('trash.title')}</FocusedHeading>
        {trash && !isEmpty ? (
          <button type="button" className="button button-danger" onClick={empty.ask}>
            {t('trash.emptyTrash')}
          </button>
        ) : null}
      </div>
      <p className="lead">{t('trash.intro')}</p>
      <StatusNote>{notice}</StatusNote>
      <LoadFailed error={error} message={t('trash.loadFailed')} />
      {isEmpty ? (
        <div className="empty-state">
          <h2>{t('trash.emptyTitle')}</h2>
          <p>{t('trash.emptyBody')}</p>
        </div>
      ) : trash ? (
        <>
          <TrashGroup
            kind="clients"
            title={t('trash.clientsTitle')}
            none={t('trash.noClients')}
            items={trash.clients}
            onRestore={(...args) => void restore(...args)}
          />
          <TrashGroup
            kind="cases"
            title={t('trash.casesTitle')}
            none={t('trash.noCases')}
            items={trash.cases.map((c) => ({ id: c.id, name: caseName(c), deletedAt: c.deletedAt }))}
            onRestore={(...args) => void restore(...args)}
          />
        </>
      ) : null}
      {trash ? (
        <ActionConfirm
          action={empty}
          title={t('trash.confirmTitle')}
          confirmLabel={t('trash.confirmEmpty')}
          cancelLabel={t('trash.cancel')}
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
        </ActionConfirm>
      ) : null}
    </section>
  );
}
