import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '@shared/schemas/cases';
import { CASE_TYPES, type CaseType } from '@shared/schemas/deadlines';
import { NO_FILTERS, type CaseListFilters as Filters } from './caseListView';
import { optionsOf, ValueSearchField, ValueSelectField, ValueTextField } from '../../components/ValueFields';

interface Props {
  filters: Filters;
  onChange: (next: Filters) => void;
}

/**
 * Search, type, status, tag and "has an overdue task". Statuses and the overdue flag are
 * toggle chips (one press); the active filters repeat below as removable chips so that the
 * lawyer always sees why the list is short.
 */
export function CaseListFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>): void => onChange({ ...filters, ...patch });

  const active: { key: string; label: string; clear: Partial<Filters> }[] = [];
  if (filters.search.trim())
    active.push({
      key: 'search',
      label: t('cases.searchChip', { text: filters.search.trim() }),
      clear: { search: '' },
    });
  if (filters.type) active.push({ key: 'type', label: t(`caseTypes.${filters.type}`), clear: { type: undefined } });
  if (filters.status)
    active.push({ key: 'status', label: t(`caseStatus.${filters.status}`), clear: { status: undefined } });
  if (filters.tag.trim())
    active.push({ key: 'tag', label: t('cases.tagChip', { tag: filters.tag.trim() }), clear: { tag: '' } });
  if (filters.hasOverdueTask)
    active.push({ key: 'overdue', label: t('cases.overdueFilter'), clear: { hasOverdueTask: false } });

  return (
    <div className="case-filters" role="search">
      <div className="case-filter-row">
        <ValueSearchField
          label={t('cases.searchLabel')}
          hint={t('cases.searchHint')}
          fieldClassName="case-filter-search"
          value={filters.search}
          onChange={(search) => set({ search })}
        />
        <ValueSelectField
          label={t('cases.typeFilter')}
          className="input case-select"
          value={filters.type ?? ''}
          onChange={(type: CaseType | '') => set({ type: type || undefined })}
          options={[
            { value: '', label: t('cases.anyType') },
            ...optionsOf(CASE_TYPES, (type) => t(`caseTypes.${type}`)),
          ]}
        />
        <ValueTextField
          label={t('cases.tagFilter')}
          className="input input-short"
          autoComplete="off"
          value={filters.tag}
          onChange={(tag) => set({ tag })}
        />
      </div>
      <div className="case-chip-row" role="group" aria-label={t('cases.statusFilter')}>
        <span className="case-chip-caption" aria-hidden="true">
          {t('cases.statusFilter')}:
        </span>
        {CASE_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className="case-chip"
            aria-pressed={filters.status === status}
            onClick={() => set({ status: filters.status === status ? undefined : status })}
          >
            {t(`caseStatus.${status}`)}
          </button>
        ))}
        <button
          type="button"
          className="case-chip case-chip-warning"
          aria-pressed={filters.hasOverdueTask}
          onClick={() => set({ hasOverdueTask: !filters.hasOverdueTask })}
        >
          {t('cases.overdueFilter')}
        </button>
      </div>
      {active.length > 0 ? (
        <div className="case-chip-row" role="group" aria-label={t('cases.activeFilters')}>
          {active.map((chip) => (
            <button
              key={chip.key}
              type="button"
              className="case-chip case-chip-active"
              aria-label={t('cases.removeFilter', { filter: chip.label })}
              onClick={() => set(chip.clear)}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </button>
          ))}
          <button type="button" className="button button-link case-clear" onClick={() => onChange(NO_FILTERS)}>
            {t('cases.clearFilters')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
