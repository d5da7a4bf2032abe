import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { TableHead } from './TableHead';

/** The class names a table adds to the shared ones of `styles/lists.css` (columns, sizes). */
export interface VirtualTableClasses {
  scroll?: string;
  table: string;
  row: string;
  headRow?: string;
}

/** A row is known by its id: what Enter or a click opens. */
interface VirtualTableProps<Row extends { id: string }> {
  label: string;
  /** Header cells: a text becomes a column header, any other node (a sort button) stands as it is. */
  columns: readonly ReactNode[];
  total: number;
  rowAt: (index: number) => Row | undefined;
  ensureRange: (first: number, last: number) => void;
  onOpen: (id: string) => void;
  /** The cells of a loaded row, each a `role="cell"` element. */
  cells: (row: Row) => ReactNode;
  loadingLabel: string;
  rowHeight: number;
  classes: VirtualTableClasses;
  testId?: string;
  /** The test id of a loaded row; a row still loading gets it with `-loading`. */
  rowTestId?: string;
  initialScrollTop?: number;
  onScrollTopChange?: (top: number) => void;
}

const OVERSCAN = 12;

/**
 * A list of thousands of rows as a dense table: only the rows in view (plus a margin) exist in
 * the DOM, paged in through `ensureRange`. ARIA table roles, because a <table> cannot hold
 * absolutely positioned rows; aria-rowcount and aria-rowindex tell a screen reader where it is in
 * the whole list ("row 40 of 2,001"). Keyboard as in the WAI-ARIA grid pattern: the table is one
 * tab stop (roving tabindex), arrows, PageUp/PageDown and Home/End (with or without Ctrl) move
 * between rows, Enter or a click opens one.
 */
export function VirtualTable<Row extends { id: string }>({
  label,
  columns,
  total,
  rowAt,
  ensureRange,
  onOpen,
  cells,
  loadingLabel,
  rowHeight,
  classes,
  testId,
  rowTestId,
  initialScrollTop = 0,
  onScrollTopChange,
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    initialOffset: initialScrollTop,
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

  const active = Math.min(activeIndex, Math.max(0, total - 1));
  // The active row may have been scrolled out of the DOM: then the first row in view is the tab
  // stop, so that Tab still reaches the table.
  const tabStop = items.some((item) => item.index === active) ? active : (virtualizer.range?.startIndex ?? first);

  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActiveIndex(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: Row | undefined): void => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: total - 1,
    };
    if (event.key === 'Enter' && row !== undefined) {
      event.preventDefault();
      onOpen(row.id);
    } else if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] ?? index);
    }
  };

  return (
    <div
      ref={scrollRef}
      className={classes.scroll ? `table-scroll ${classes.scroll}` : 'table-scroll'}
      data-testid={testId}
      onScroll={onScrollTopChange ? (event) => onScrollTopChange(event.currentTarget.scrollTop) : undefined}
    >
      <div role="table" aria-label={label} aria-rowcount={total + 1} className={`data-table ${classes.table}`}>
        <TableHead
          groupClassName="data-table-head"
          rowClassName={`data-row ${classes.row}${classes.headRow ? ` ${classes.headRow}` : ''}`}
          columns={columns}
        />
        {/* Height and offsets change with scrolling, so they are set from script (CSSOM), which
            the CSP allows; everything static lives in the stylesheets. */}
        <div role="rowgroup" className="data-table-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              // Keyed by position, not by row: a placeholder that turns into its row stays the
              // same element, so it keeps the focus.
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-row-index={item.index}
                data-testid={rowTestId && (row === undefined ? `${rowTestId}-loading` : rowTestId)}
                tabIndex={item.index === tabStop ? 0 : -1}
                className={`data-row data-row-link ${classes.row}`}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                onClick={() => row !== undefined && onOpen(row.id)}
                onFocus={() => setActiveIndex(item.index)}
                onKeyDown={(event) => onKeyDown(event, item.index, row)}
              >
                {row === undefined ? (
                  <span role="cell" className="cell-loading">
                    {loadingLabel}
                  </span>
                ) : (
                  cells(row)
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
