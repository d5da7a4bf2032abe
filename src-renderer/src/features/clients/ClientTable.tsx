import { useTranslation } from 'react-i18next';
import type { ClientRow } from '@shared/schemas/casefile-views';
import { VirtualTable } from '../../components/VirtualTable';
import { countryName, languageName } from '../../components/isoNames';
import { formatDate, fullName } from '../../components/format';
import { currentLanguage } from '../../i18n';
import type { ClientPages } from './useClientPages';

const ROW_HEIGHT = 44;
const CLASSES = { table: 'client-table', row: 'client-row' };

interface ClientTableProps {
  pages: ClientPages;
  total: number;
  onOpen: (id: string) => void;
  initialScrollTop: number;
  onScrollTopChange: (top: number) => void;
}

/** The client list: a virtual table of clients that keeps its scroll position for the session. */
export function ClientTable({ pages, total, onOpen, initialScrollTop, onScrollTopChange }: ClientTableProps) {
  const { t } = useTranslation();
  return (
    <VirtualTable
      label={t('clients.tableLabel')}
      columns={[
        t('clients.columnName'),
        t('clients.columnNationality'),
        t('clients.columnBirthYear'),
        t('clients.columnInterpreter'),
        t('clients.columnCases'),
        t('clients.columnUpdated'),
      ]}
      total={total}
      rowAt={pages.rowAt}
      ensureRange={pages.ensureRange}
      onOpen={onOpen}
      cells={(row) => <ClientCells row={row} />}
      loadingLabel={t('clients.loadingRow')}
      rowHeight={ROW_HEIGHT}
      classes={CLASSES}
      testId="client-table"
      initialScrollTop={initialScrollTop}
      onScrollTopChange={onScrollTopChange}
    />
  );
}

function ClientCells({ row }: { row: ClientRow }) {
  const lang = currentLanguage();
  return (
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
  );
}
