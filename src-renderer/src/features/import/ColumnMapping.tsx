import { useTranslation } from 'react-i18next';
import { CASE_TYPES } from '@shared/schemas/deadlines';
import type { ImportField, ImportMappingInput, ImportPreview } from '@shared/schemas/import';
import { BusyNote } from '../../components/BusyNote';
import { ValueSelectField, optionsOf } from '../../components/ValueFields';
import { fieldsByColumn, IMPORT_CASE_FIELDS, IMPORT_CLIENT_FIELDS, remapped } from './importModel';

interface ColumnMappingProps {
  preview: ImportPreview;
  disabled: boolean;
  updating: boolean;
  onChange: (mapping: ImportMappingInput) => void;
}

/** One line per column of the file: its header and a select with the field it holds. */
export function ColumnMapping({ preview, disabled, updating, onChange }: ColumnMappingProps) {
  const { t } = useTranslation();
  const byColumn = fieldsByColumn(preview);
  const { source } = preview;
  const delimiter =
    source.delimiter === '\t'
      ? t('importList.source.tab')
      : source.delimiter === ' '
        ? t('importList.source.space')
        : source.delimiter;
  const fieldOption = (field: ImportField) => (
    <option key={field} value={field}>
      {t(`importList.fields.${field}`)}
    </option>
  );

  return (
    <section aria-labelledby="import-mapping-title" className="settings-section">
      <h2 id="import-mapping-title">{t('importList.mapping.title')}</h2>
      <p className="muted" data-testid="import-source">
        {[
          source.kind === 'xlsx' ? t('importList.source.xlsx') : t('importList.source.csv'),
          source.encoding ? t('importList.source.encoding', { encoding: source.encoding.toUpperCase() }) : null,
          delimiter ? t('importList.source.delimiter', { delimiter }) : null,
          t('importList.source.rows', { count: source.rowCount }),
        ]
          .filter((part) => part !== null)
          .join(' · ')}
      </p>
      <p className="notice">{t(`importList.origin.${preview.mappingOrigin}`)}</p>
      <p className="muted">{t('importList.mapping.hint')}</p>
      <ul className="import-columns" aria-busy={updating}>
        {source.headers.map((header, column) => {
          const id = `import-column-${column}`;
          const label = header.trim() === '' ? `${t('importList.mapping.column')} ${column + 1}` : header;
          return (
            <li key={column} className="import-column">
              <label htmlFor={id} className="import-column-header">
                <span className="muted import-column-number">{column + 1}</span>
                <span className="import-column-name">{label}</span>
              </label>
              <select
                id={id}
                className="input"
                aria-label={t('importList.mapping.fieldFor', { header: label })}
                value={byColumn[column] ?? ''}
                disabled={disabled}
                onChange={(event) => {
                  const value = event.target.value;
                  const field = value === '' ? null : (value as ImportField);
                  onChange(remapped(preview, column, field));
                }}
              >
                <option value="">{t('importList.mapping.none')}</option>
                <optgroup label={t('importList.mapping.clientGroup')}>{IMPORT_CLIENT_FIELDS.map(fieldOption)}</optgroup>
                <optgroup label={t('importList.mapping.caseGroup')}>{IMPORT_CASE_FIELDS.map(fieldOption)}</optgroup>
              </select>
            </li>
          );
        })}
      </ul>
      <div className="cluster import-mapping-options">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={preview.mapping.hasHeader}
            disabled={disabled}
            onChange={(event) => onChange(remapped(preview, -1, null, { hasHeader: event.target.checked }))}
          />{' '}
          {t('importList.mapping.hasHeader')}
        </label>
      </div>
      <ValueSelectField
        label={t('importList.mapping.defaultCaseType')}
        fieldClassName="import-case-type"
        value={preview.mapping.defaultCaseType ?? ''}
        disabled={disabled}
        onChange={(type) => onChange(remapped(preview, -1, null, { defaultCaseType: type === '' ? null : type }))}
        options={[
          { value: '', label: t('importList.mapping.noCaseType') },
          ...optionsOf(CASE_TYPES, (type) => t(`caseTypes.${type}`)),
        ]}
      />
      {updating ? <BusyNote>{t('importList.mapping.updating')}</BusyNote> : null}
    </section>
  );
}
