import { TableHead } from '../../components/TableHead';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '@shared/schemas/casefile-views';
import { caseLabel, courtNumbers } from './labels';
import { formatDate, localCivilDate } from '../../components/format';
import { daysBetween } from '../deadlines/dates';
import { DaysLeft } from '../deadlines/DaysLeft';

interface Props {
  total: number;
  rowAt: (index: number) => CaseRow | undefined;
  ensureRange: (first: number, last: number) => void;
  onOpenCase: (id: string) => void;
  sort: 'opened' | 'deadline';
  onSort: (sort: 'opened' | 'deadline') => void;
}

const ROW_HEIGHT = 52;

/**
 * A dense, virtualized table: only the rows on screen are in the DOM. ARIA table roles (the
 * rows are positioned absolutely, which a <table> cannot do) with aria-rowcount/rowindex, so a
 * screen reader still hears "row 40 of 2,001". One row at a time is in the tab order (roving
 * tabindex); arrows move, Home/End jump, Enter opens.
 */
export function CaseTable({ total, rowAt, ensureRange, onOpenCase, sort, onSort }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, ensureRange]);

  // After a keyboard move, focus the row once the virtualizer has rendered it.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  const clampedActive = Math.min(activeIndex, Math.max(0, total - 1));

  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActiveIndex(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: CaseRow | undefined): void => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: total - 1,
    };
    if (event.key === 'Enter' && row) {
      event.preventDefault();
      onOpenCase(row.id);
    } else if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] ?? index);
    }
  };

  return (
    <div className="case-table-scroll" ref={scrollRef}>
      <div role="table" aria-label={t('cases.tableLabel')} aria-rowcount={total + 1} className="case-table">
        <TableHead
          groupClassName="case-table-head"
          rowClassName="case-row case-row-head"
          columns={[
            t('cases.colTitle'),
            t('cases.colClients'),
            t('cases.colStatus'),
            t('cases.colFileNumbers'),
            <SortHeader label={t('cases.colOpened')} by="opened" sort={sort} onSort={onSort} />,
            <SortHeader label={t('casework.list.nextDeadline')} by="deadline" sort={sort} onSort={onSort} />,
            t('cases.colTasks'),
          ]}
        />
        {/* Height and offsets change with scrolling, so they are set from script (CSSOM),
            which the CSP allows; everything static lives in cases.css. */}
        <div role="rowgroup" className="case-table-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-row-index={item.index}
                data-testid={row ? 'case-row' : 'case-row-loading'}
                tabIndex={item.index === clampedActive ? 0 : -1}
                className="case-row"
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => row && onOpenCase(row.id)}
                onFocus={() => setActiveIndex(item.index)}
                onKeyDown={(event) => onKeyDown(event, item.index, row)}
              >
                {row ? <CaseCells row={row} /> : <span role="cell">{t('cases.rowLoading')}</span>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function CaseCells({ row }: { row: CaseRow }) {
  const { t } = useTranslation();
  const titled = Boolean(row.title?.trim());
  const clients = row.clients.map((c) => c.name).join(', ');
  const numbers = courtNumbers(t, row.fileNumbers);
  return (
    <>
      <span role="cell" className="case-cell-title">
        <span className="case-title-text">{caseLabel(t, row.title, row.type)}</span>
        {titled ? <span className="case-subtle">{t(`caseTypes.${row.type}`)}</span> : null}
      </span>
      {/* `title` shows the whole text when a narrow column cuts it short. */}
      <span role="cell" className="case-cell-clip" title={clients}>
        {clients}
      </span>
      <span role="cell">
        <span className={`case-status case-status-${row.status}`}>{t(`caseStatus.${row.status}`)}</span>
      </span>
      <span role="cell" className="case-cell-clip" title={numbers}>
        {numbers}
      </span>
      <span role="cell">{formatDate(row.openedOn)}</span>
      <span role="cell" className="case-next-deadline" data-testid="case-next-deadline">
        {row.nextDeadline ? (
          <>
            <span>{formatDate(row.nextDeadline)}</span>
            <DaysLeft daysLeft={daysBetween(localCivilDate(), row.nextDeadline)} />
          </>
        ) : (
          <span className="case-subtle">–</span>
        )}
      </span>
      <span role="cell">
        <span className="visually-hidden">
          {t('cases.tasksCell', { open: String(row.openTasks), overdue: String(row.overdueTasks) })}
        </span>
        <span aria-hidden="true">
          {row.openTasks} /{' '}
          <span className={row.overdueTasks > 0 ? 'case-overdue' : undefined}>{row.overdueTasks}</span>
        </span>
      </span>
    </>
  );
}

/** A column the list can be sorted by: a button in its header, its state in aria-sort. */
function SortHeader({
  label,
  by,
  sort,
  onSort,
}: {
  label: string;
  by: 'opened' | 'deadline';
  sort: 'opened' | 'deadline';
  onSort: (sort: 'opened' | 'deadline') => void;
}) {
  const { t } = useTranslation();
  const active = sort === by;
  return (
    <span role="columnheader" aria-sort={active ? (by === 'opened' ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="button-link case-sort"
        aria-pressed={active}
        title={t('casework.list.sortBy', { column: label })}
        onClick={() => onSort(by)}
      >
        {label}
        {active ? <span aria-hidden="true">{by === 'opened' ? ' ↓' : ' ↑'}</span> : null}
      </button>
    </span>
  );
}
