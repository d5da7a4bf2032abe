import { useTranslation } from 'react-i18next';
import { countryName, countryOptions } from '../../components/isoNames';
import { currentLanguage } from '../../i18n';
import { VULNERABILITY_CODES, type VulnerabilityCode } from '@shared/schemas/clients';
import type { ClientQuery } from './useClientPages';
import { RemovableChip } from '../../components/RemovableChip';
import { OptionList, optionsOf, type ValueOption } from '../../components/ValueFields';

interface ClientFiltersProps {
  query: ClientQuery;
  onChange: (query: ClientQuery) => void;
}

/**
 * Filters as chips: choosers for nationality and special need, a toggle for overdue tasks, and
 * each active filter as a removable chip so the lawyer always sees why the list is short.
 */
export function ClientFilters({ query, onChange }: ClientFiltersProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const active: { key: string; label: string; clear: Partial<ClientQuery> }[] = [];
  if (query.nationality)
    active.push({
      key: 'nationality',
      label: `${t('clients.nationalityFilter')}: ${countryName(query.nationality, lang)}`,
      clear: { nationality: null },
    });
  if (query.vulnerability)
    active.push({
      key: 'vulnerability',
      label: `${t('clients.vulnerabilityFilter')}: ${t(`form.vulnerabilityCodes.${query.vulnerability}`)}`,
      clear: { vulnerability: null },
    });
  if (query.hasOverdueTask)
    active.push({ key: 'overdue', label: t('clients.overdueFilter'), clear: { hasOverdueTask: false } });

  return (
    <div className="filters" role="group" aria-label={t('clients.filtersLabel')}>
      <div className="cluster filter-controls">
        <ChipSelect
          label={t('clients.nationalityFilter')}
          value={query.nationality ?? ''}
          onChange={(code) => onChange({ ...query, nationality: code || null })}
          placeholder={t('clients.anyNationality')}
          choices={countryOptions(lang).map((o) => ({ value: o.code, label: o.label }))}
        />
        <ChipSelect
          label={t('clients.vulnerabilityFilter')}
          value={query.vulnerability ?? ''}
          onChange={(code) => onChange({ ...query, vulnerability: (code || null) as VulnerabilityCode | null })}
          placeholder={t('clients.anyVulnerability')}
          choices={optionsOf(VULNERABILITY_CODES, (code) => t(`form.vulnerabilityCodes.${code}`))}
        />
        <button
          type="button"
          className="button button-quiet chip-toggle"
          aria-pressed={query.hasOverdueTask}
          onClick={() => onChange({ ...query, hasOverdueTask: !query.hasOverdueTask })}
        >
          {t('clients.overdueFilter')}
        </button>
      </div>
      {active.length > 0 ? (
        <ul className="chip-list" aria-label={t('clients.filtersLabel')}>
          {active.map((filter) => (
            <RemovableChip
              key={filter.key}
              label={filter.label}
              removeLabel={t('clients.removeFilter', { label: filter.label })}
              active
              onRemove={() => onChange({ ...query, ...filter.clear })}
            />
          ))}
          {active.length > 1 ? (
            <li>
              <button
                type="button"
                className="button button-link"
                onClick={() => onChange({ ...query, nationality: null, vulnerability: null, hasOverdueTask: false })}
              >
                {t('clients.clearFilters')}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

/** A filter chooser that looks like a chip; its name is read to screen readers only. */
function ChipSelect({
  label,
  value,
  onChange,
  placeholder,
  choices,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  choices: readonly ValueOption<string>[];
}) {
  return (
    <label className="chip-select">
      <span className="visually-hidden">{label}</span>
      <select className="input input-chip" value={value} onChange={(event) => onChange(event.target.value)}>
        <OptionList options={choices} placeholder={placeholder} />
      </select>
    </label>
  );
}
