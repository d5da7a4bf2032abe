import { useTranslation } from 'react-i18next';
import type { CaseRow } from '@shared/schemas/casefile-views';
import { VirtualTable } from '../../components/VirtualTable';
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
const CLASSES = { scroll: 'case-table-scroll', table: 'case-table', row: 'case-row', headRow: 'case-row-head' };

/** The case list: a virtual table of cases, sortable by opening date or next deadline. */
export function CaseTable({ total, rowAt, ensureRange, onOpenCase, sort, onSort }: Props) {
  const { t } = useTranslation();
  return (
    <VirtualTable
      label={t('cases.tableLabel')}
      columns={[
        t('cases.colTitle'),
        t('cases.colClients'),
        t('cases.colStatus'),
        t('cases.colFileNumbers'),
        <SortHeader label={t('cases.colOpened')} by="opened" sort={sort} onSort={onSort} />,
        <SortHeader label={t('casework.list.nextDeadline')} by="deadline" sort={sort} onSort={onSort} />,
        t('cases.colTasks'),
      ]}
      total={total}
      rowAt={rowAt}
      ensureRange={ensureRange}
      onOpen={onOpenCase}
      cells={(row) => <CaseCells row={row} />}
      loadingLabel={t('cases.rowLoading')}
      rowHeight={ROW_HEIGHT}
      classes={CLASSES}
      rowTestId="case-row"
    />
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
