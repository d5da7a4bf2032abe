import { TableHead } from '../../components/TableHead';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, languageName } from '../../components/isoNames';
import { formatDate, fullName } from '../../components/format';
import { currentLanguage } from '../../i18n';
import type { ClientPages } from './useClientPages';

const ROW_HEIGHT = 44;

interface ClientTableProps {
  pages: ClientPages;
  total: number;
  onOpen: (id: string) => void;
  initialScrollTop: number;
  onScrollTopChange: (top: number) => void;
}

/**
 * A dense table with a sticky header; only the rows in view (plus a margin) exist in the DOM.
 * ARIA table roles, because a <table> cannot hold absolutely positioned rows; aria-rowcount and
 * aria-rowindex tell a screen reader where it is in the full list. Rows are focusable: Enter or
 * a click opens the client, arrows move between rows.
 */
export function ClientTable({ pages, total, onOpen, initialScrollTop, onScrollTopChange }: ClientTableProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset: initialScrollTop,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = pages;
  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, ensureRange]);

  const focusRow = (index: number): void => {
    if (index < 0 || index >= total) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // The row may only exist after the virtualizer re-renders for the new scroll position.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus()),
    );
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, id: string | undefined): void => {
    if (event.key === 'Enter' && id) onOpen(id);
    else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index - 1);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      focusRow(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      focusRow(total - 1);
    }
  };

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      data-testid="client-table"
      onScroll={(event) => onScrollTopChange(event.currentTarget.scrollTop)}
    >
      <div
        role="table"
        aria-label={t('clients.tableLabel')}
        aria-rowcount={total + 1}
        className="data-table client-table"
      >
        <TableHead
          groupClassName="data-table-head"
          rowClassName="data-row client-row"
          columns={[
            t('clients.columnName'),
            t('clients.columnNationality'),
            t('clients.columnBirthYear'),
            t('clients.columnInterpreter'),
            t('clients.columnCases'),
            t('clients.columnUpdated'),
          ]}
        />
        <div role="rowgroup" className="data-table-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={row ? 0 : -1}
                className="data-row client-row data-row-link"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => row && onOpen(row.id)}
                onKeyDown={(event) => onRowKeyDown(event, item.index, row?.id)}
              >
                {row ? (
                  <>
                    <span role="cell" className="cell-name">
                      {fullName(row.givenName, row.familyName)}
                    </span>
                    <span role="cell">{countryName(row.nationality, lang)}</span>
                    <span role="cell">{row.birthYear ?? ''}</span>
                    <span role="cell">{languageName(row.interpreterLanguage, lang)}</span>
                    <span role="cell">
                      {row.openCases} / {row.totalCases}
                    </span>
                    <span role="cell">{formatDate(row.updatedAt)}</span>
                  </>
                ) : (
                  <span role="cell" className="cell-loading">
                    {t('clients.loadingRow')}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
