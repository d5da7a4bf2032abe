import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useModal } from '../../components/useModal';
import { SEARCH_KINDS, type SearchResult } from '@shared/schemas/casefile-views';
import type { GlossaryTerm } from '@shared/schemas/glossary';
import { Snippet } from './Snippet';
import { useSearch } from './useSearch';
import './search.css';

interface SearchPaletteProps {
  onClose: () => void;
  onOpen: (route: Route) => void;
  /** A glossary term was chosen: the glossary opens at it (issue 16). */
  onOpenGlossary: (termId: string) => void;
}

/** A row of the palette: a record of the vault, or a term of the shipped glossary. */
type Row = { kind: 'record'; result: SearchResult } | { kind: 'glossary'; term: GlossaryTerm };
type GroupKind = SearchResult['kind'] | 'glossary';

/** Where a result leads: the client, or the case a note, activity or person belongs to. */
function routeFor(result: SearchResult): Route | null {
  if (result.kind === 'client') return { name: 'client', id: result.id };
  if (result.kind === 'case') return { name: 'case', id: result.id };
  return result.caseId ? { name: 'case', id: result.caseId } : null;
}

/**
 * Ctrl/Cmd+K: one input, results grouped by kind, arrows to move, Enter to open, Esc to close.
 * Built on the native <dialog> (focus trap, inert background); the input is an ARIA combobox
 * whose active option is announced through aria-activedescendant, so focus never leaves it.
 */
export function SearchPalette({ onClose, onOpen, onOpenGlossary }: SearchPaletteProps) {
  const { t, i18n } = useTranslation();
  const modal = useModal(onClose);
  const listId = useId();
  const titleId = useId();
  const [query, setQuery] = useState('');
  // The active row belongs to one answer; a new answer starts again at its first row.
  const [cursor, setCursor] = useState({ answered: '', index: 0 });
  const search = useSearch(query);

  const openable = useMemo(() => search.results.filter((r) => routeFor(r) !== null), [search.results]);
  const groups = useMemo(() => {
    const records: { kind: GroupKind; items: Row[] }[] = SEARCH_KINDS.map((kind) => ({
      kind,
      items: openable.filter((r) => r.kind === kind).map((result): Row => ({ kind: 'record', result })),
    }));
    records.push({ kind: 'glossary', items: search.glossary.map((term): Row => ({ kind: 'glossary', term })) });
    return records.filter((g) => g.items.length > 0);
  }, [openable, search.glossary]);
  // Flattened in display order, so the arrows walk the list as it is seen.
  const ordered = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const active = cursor.answered === search.answered ? cursor.index : 0;
  const setActive = (next: (i: number) => number): void =>
    setCursor({ answered: search.answered, index: next(active) });

  const open = (row: Row | undefined): void => {
    if (row?.kind === 'glossary') {
      onOpenGlossary(row.term.id);
      return;
    }
    const route = row ? routeFor(row.result) : null;
    if (route) onOpen(route);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, ordered.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(ordered[active]);
    }
  };

  const rowKey = (row: Row): string =>
    row.kind === 'glossary' ? `glossary-${row.term.id}` : `${row.result.kind}-${row.result.id}`;
  const optionId = (row: Row): string => `${listId}-${rowKey(row)}`;
  const activeResult = ordered[active];
  const trimmed = query.trim();

  return (
    <dialog
      {...modal}
      className="dialog search-palette"
      aria-labelledby={titleId}
      data-testid="search-palette"
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <h2 id={titleId} className="visually-hidden">
        {t('search.title')}
      </h2>
      <div className="search-box">
        <label htmlFor={`${listId}-input`} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={`${listId}-input`}
          className="input search-input"
          type="search"
          role="combobox"
          aria-expanded={ordered.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeResult ? optionId(activeResult) : undefined}
          aria-describedby={`${listId}-hint`}
          placeholder={t('search.title')}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={`${listId}-hint`} className="field-hint">
          {t('search.hint')}
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {trimmed !== '' && !search.busy ? t('search.resultCount', { count: ordered.length }) : ''}
      </p>
      {search.error ? (
        <div className="search-message">
          <p>{t('search.failed')}</p>
          <ErrorMessage error={search.error} />
        </div>
      ) : trimmed === '' ? (
        <p className="search-message">{t('search.typeToSearch')}</p>
      ) : ordered.length === 0 ? (
        <p className="search-message">{search.busy ? t('search.searching') : t('search.noResults')}</p>
      ) : null}
      <div id={listId} role="listbox" aria-label={t('search.title')} className="search-results">
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`} className="search-group">
            <p id={`${listId}-${group.kind}`} className="search-group-title" role="presentation">
              {t(`search.kinds.${group.kind}`)}
            </p>
            {group.items.map((row) => (
              <div
                key={rowKey(row)}
                id={optionId(row)}
                role="option"
                aria-selected={row === activeResult}
                className={row === activeResult ? 'search-result active' : 'search-result'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => open(row)}
                onMouseMove={() => setActive(() => ordered.indexOf(row))}
              >
                {row.kind === 'glossary' ? (
                  <>
                    <span className="search-result-title">
                      {i18n.language === 'en' ? `${row.term.termEn} (${row.term.termTr})` : row.term.termTr}
                    </span>
                    <span className="snippet">{i18n.language === 'en' ? row.term.plainEn : row.term.plainTr}</span>
                  </>
                ) : (
                  <>
                    <span className="search-result-title">{row.result.title}</span>
                    {row.result.snippet.length > 0 ? <Snippet pieces={row.result.snippet} /> : null}
                  </>
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
    </dialog>
  );
}
