import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { rowLabel, tableTitle } from './labels';

export interface TableRow {
  key: Record<string, string>;
  count: number | null;
  suppressed: boolean;
  partial?: boolean | undefined;
}

export interface TableView {
  id: string;
  dimensions: readonly string[];
  rows: readonly TableRow[];
}

/** A suppressed cell never shows a number: only "suppressed (<k)", so nobody reads one into it. */
export function CountCell({ row, k }: { row: TableRow; k: number }) {
  const { t } = useTranslation();
  if (row.suppressed || row.count === null)
    return (
      <span className="report-suppressed" data-testid="suppressed-cell">
        {t('reports.suppressed', { k: String(k) })}
      </span>
    );
  return <span>{row.partial ? t('reports.atLeast', { count: row.count }) : row.count}</span>;
}

/** One report table, zero rows left out (they say nothing and make tables long). */
export function ReportTable({ table, k }: { table: TableView; k: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rows = table.rows.filter((r) => r.count !== 0);
  const titleId = `report-table-${table.id.replace(/\W/g, '-')}`;
  return (
    <section className="report-table" aria-labelledby={titleId} data-testid="report-table" data-table={table.id}>
      <h3 id={titleId}>{tableTitle(t, table.id)}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.lawyer.emptyTable')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.columns.item')}</th>
              <th scope="col" className="num">
                {t('reports.columns.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const label = rowLabel(t, lang, table.dimensions, row.key);
              return (
                <tr key={label} data-testid="report-row">
                  <th scope="row">{label}</th>
                  <td className="num">
                    <CountCell row={row} k={k} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
