import { Fragment, type ReactNode } from 'react';

/**
 * The header row of a table built of ARIA roles (a virtualised list of divs): each text becomes a
 * column header; any other node (a sortable header) stands as it is.
 */
export function TableHead({
  groupClassName,
  rowClassName,
  columns,
}: {
  groupClassName: string;
  rowClassName: string;
  columns: readonly ReactNode[];
}) {
  return (
    <div role="rowgroup" className={groupClassName}>
      <div role="row" aria-rowindex={1} className={rowClassName}>
        {columns.map((column, index) =>
          typeof column === 'string' ? (
            <span key={index} role="columnheader">
              {column}
            </span>
          ) : (
            <Fragment key={index}>{column}</Fragment>
          ),
        )}
      </div>
    </div>
  );
}
