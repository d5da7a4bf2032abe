import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, useViewMemory } from '../../app/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FocusedHeading } from '../../components/ScreenHeading';
import { ValueSearchField, ValueSelectField } from '../../components/ValueFields';
import { useDebounced } from '../../components/useDebounced';
import { ClientFilters } from './ClientFilters';
import { ClientTable } from './ClientTable';
import { useClientPages, type ClientQuery } from './useClientPages';

const SEARCH_DEBOUNCE_MS = 200;

interface ListView {
  query: ClientQuery;
  scrollTop: number;
}

const INITIAL_VIEW: ListView = {
  query: { search: '', nationality: null, vulnerability: null, hasOverdueTask: false, sort: 'name' },
  scrollTop: 0,
};

export function ClientListPage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  // Filters, sort, search and scroll are remembered for the session (until the vault locks).
  const [view, setView] = useViewMemory<ListView>('clients-list', INITIAL_VIEW);
  const [typed, setTyped] = useState(view.query.search);
  const search = useDebounced(typed, SEARCH_DEBOUNCE_MS);
  const scrollTop = useRef(view.scrollTop);
  const query: ClientQuery = { ...view.query, search };
  const pages = useClientPages(query);

  const remember = (next: ListView): void => {
    scrollTop.current = next.scrollTop;
    setView(next);
  };
  useEffect(() => {
    if (search === view.query.search) return;
    scrollTop.current = 0;
    setView({ query: { ...view.query, search }, scrollTop: 0 });
  }, [search, view, setView]);
  // Scroll is saved when the page goes away, not on every scroll event.
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  useEffect(() => () => setView({ ...viewRef.current, scrollTop: scrollTop.current }), [setView]);

  const filtered =
    search.trim() !== '' || query.nationality !== null || query.vulnerability !== null || query.hasOverdueTask;
  const openClient = (id: string): void => nav.navigate({ name: 'client', id });
  // In the header and, when the list is empty, in the empty state.
  const newClientButton = (
    <button type="button" className="button button-primary" onClick={() => nav.navigate({ name: 'intake' })}>
      {t('clients.newClient')}
    </button>
  );

  return (
    <section aria-labelledby="clients-title" className="list-page">
      <div className="page-header">
        <FocusedHeading id="clients-title">{t('clients.title')}</FocusedHeading>
        <div className="actions">
          <button type="button" className="button button-quiet" onClick={() => nav.navigate({ name: 'import' })}>
            {t('importList.openFromClients')}
          </button>
          {newClientButton}
        </div>
      </div>
      <div className="list-toolbar">
        <ValueSearchField
          label={t('clients.searchLabel')}
          hint={t('clients.searchHint')}
          fieldClassName="list-search"
          value={typed}
          onChange={setTyped}
        />
        <ValueSelectField<ClientQuery['sort']>
          label={t('clients.sortLabel')}
          fieldClassName="list-sort"
          value={query.sort}
          onChange={(sort) => remember({ query: { ...view.query, sort }, scrollTop: 0 })}
          options={[
            { value: 'name', label: t('clients.sortName') },
            { value: 'recent', label: t('clients.sortRecent') },
          ]}
        />
      </div>
      <ClientFilters query={view.query} onChange={(next) => remember({ query: { ...next, search }, scrollTop: 0 })} />
      <p className="list-count" role="status" data-testid="client-count">
        {pages.total !== null ? t('clients.total', { count: pages.total }) : ''}
      </p>
      {pages.error ? (
        <>
          <p>{t('clients.loadFailed')}</p>
          <ErrorMessage error={pages.error} />
        </>
      ) : null}
      {pages.total === 0 ? (
        <div className="empty-state">
          <h2>{filtered ? t('clients.noMatchTitle') : t('clients.emptyTitle')}</h2>
          <p>{filtered ? t('clients.noMatchBody') : t('clients.emptyBody')}</p>
          <div className="actions">{newClientButton}</div>
        </div>
      ) : pages.total !== null ? (
        <ClientTable
          // A new query is a new list: start at the top rather than at an old scroll offset.
          key={JSON.stringify(query)}
          pages={pages}
          total={pages.total}
          onOpen={openClient}
          initialScrollTop={view.scrollTop}
          onScrollTopChange={(top) => {
            scrollTop.current = top;
          }}
        />
      ) : null}
    </section>
  );
}
