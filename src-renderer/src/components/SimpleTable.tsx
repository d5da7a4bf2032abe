import type { ReactNode } from 'react';
import { ColumnHeads } from './ColumnHeads';
import './SimpleTable.css';

export interface TableColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

interface SimpleTableProps<Row> {
  className: string;
  /** id of the heading that names the table, when there is one. */
  labelledBy?: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/** A read-only table: one header row of column names, one row per item; `className` sets its spacing. */
export function SimpleTable<Row>({ className, labelledBy, columns, rows, rowKey }: SimpleTableProps<Row>) {
  return (
    <table className={`simple-table ${className}`} aria-labelledby={labelledBy}>
      <ColumnHeads labels={columns.map((column) => column.header)} />
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.header}>{column.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
