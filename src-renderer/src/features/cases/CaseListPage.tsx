import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FocusedHeading } from '../../components/ScreenHeading';
import { CaseListFilters } from './CaseListFilters';
import { CaseTable } from './CaseTable';
import { useViewMemory } from '../../app/navigation';
import { CASE_LIST_VIEW_KEY, NO_FILTERS, type CaseListFilters as Filters } from './caseListView';
import { useCasePages } from './useCasePages';
import { useDebounced } from '../../components/useDebounced';
import './cases.css';
import { BusyNote } from '../../components/BusyNote';

/** Typing waits this long before asking the backend, so a burst of keys is one query. */
const SEARCH_DEBOUNCE_MS = 200;

export function CaseListPage({ onOpenCase, onNewCase }: { onOpenCase: (id: string) => void; onNewCase: () => void }) {
  const { t } = useTranslation();
  // "Lists remember the view": filters survive opening a case and coming back (until lock).
  const [filters, setFilters] = useViewMemory<Filters>(CASE_LIST_VIEW_KEY, NO_FILTERS);
  // Chips and selects apply at once; typed text (search, tag) waits for a pause.
  const search = useDebounced(filters.search, SEARCH_DEBOUNCE_MS);
  const tag = useDebounced(filters.tag, SEARCH_DEBOUNCE_MS);
  const applied = useMemo<Filters>(
    () => ({
      search,
      tag,
      type: filters.type,
      status: filters.status,
      hasOverdueTask: filters.hasOverdueTask,
      sort: filters.sort,
    }),
    [search, tag, filters.type, filters.status, filters.hasOverdueTask, filters.sort],
  );

  const { total, error, rowAt, ensureRange, retry } = useCasePages(applied);
  const filtered =
    applied.search.trim() !== '' ||
    applied.tag.trim() !== '' ||
    applied.type !== undefined ||
    applied.status !== undefined ||
    applied.hasOverdueTask;

  return (
    <section className="case-list-page" aria-labelledby="case-list-title">
      <div className="case-list-top">
        <FocusedHeading id="case-list-title">{t('cases.listTitle')}</FocusedHeading>
        {total !== null ? (
          <p className="case-count" role="status">
            {t('cases.count', { count: total })}
          </p>
        ) : null}
        <button type="button" className="button button-primary" onClick={onNewCase}>
          {t('casework.list.newCase')}
        </button>
      </div>
      <CaseListFilters filters={filters} onChange={setFilters} />
      {error ? (
        <div className="case-error-block">
          <p>{t('cases.loadFailed')}</p>
          <ErrorMessage error={error} />
          <button type="button" className="button" onClick={retry}>
            {t('app.retry')}
          </button>
        </div>
      ) : total === null ? (
        <BusyNote>{t('app.loading')}</BusyNote>
      ) : total === 0 ? (
        <div className="empty-state">
          <h2>{filtered ? t('cases.noMatchesTitle') : t('cases.emptyTitle')}</h2>
          <p>{filtered ? t('cases.noMatchesBody') : t('cases.emptyBody')}</p>
          {filtered ? (
            <div className="actions">
              <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
                {t('cases.clearFilters')}
              </button>
            </div>
          ) : null}
        </div>
      ) : (
        <>
          <p className="field-hint">{t('cases.openHint')}</p>
          <CaseTable
            total={total}
            rowAt={rowAt}
            ensureRange={ensureRange}
            onOpenCase={onOpenCase}
            sort={filters.sort ?? 'opened'}
            onSort={(sort) => setFilters({ ...filters, sort })}
          />
        </>
      )}
    </section>
  );
}
