import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { IMPORT_FIELDS, type ImportField, type ImportPreview, type ImportRowView } from '@shared/schemas/import';
import { parseValidationDetail } from '@shared/validation-details';
import { formatDate } from '../../components/format';
import { ValueSelectField } from '../../components/ValueFields';
import { countryName, languageName } from '../../components/isoNames';
import { validationMessage } from '../../components/validationMessage';
import { currentLanguage } from '../../i18n';
import {
  canWrite,
  choiceOf,
  choiceValue,
  needsAttention,
  parseChoiceValue,
  type Choices,
  type RowChoice,
} from './importModel';

interface PreviewRowsProps {
  preview: ImportPreview;
  choices: Choices;
  onChoose: (row: number, choice: RowChoice) => void;
  disabled: boolean;
}

/** Estimated height of a row before it is measured (rows with reasons are taller). */
const ROW_ESTIMATE = 72;

function isField(path: string): path is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(path);
}

const DATE_FIELDS: readonly ImportField[] = ['dateOfBirth', 'openedOn', 'notifiedOn'];

/** A value as the lawyer reads it elsewhere in the app: dates dd.mm.yyyy, countries and languages by name. */
function displayValue(field: ImportField, value: string, lang: ReturnType<typeof currentLanguage>): string {
  if (DATE_FIELDS.includes(field)) return formatDate(value);
  if (field === 'nationality') return countryName(value, lang);
  if (field === 'languages')
    return value
      .split(',')
      .map((code) => languageName(code.trim(), lang))
      .join(', ');
  return value;
}

/** `nationality:country.unknown` → "Uyruk: Bu ülke tanınmadı…", in the lawyer's language. */
function reasonText(t: TFunction, detail: string): string {
  const { path, code } = parseValidationDetail(detail);
  const head = path.split('.')[0] ?? '';
  const message = validationMessage(t, code);
  return isField(head) ? t('importList.preview.errorIn', { field: t(`importList.fields.${head}`), message }) : message;
}

/**
 * The preview: one line per data row of the file, with the values read, why it cannot be
 * imported, who it may already be (in the vault or elsewhere in the file), and the choice.
 * Only the rows in view exist in the DOM (a list may have thousands); rows are measured, since
 * a row with reasons is taller than one without.
 */
export function PreviewRows({ preview, choices, onChoose, disabled }: PreviewRowsProps) {
  const { t } = useTranslation();
  const [attentionOnly, setAttentionOnly] = useState(false);
  const rows = attentionOnly ? preview.rows.filter(needsAttention) : preview.rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const mapped = preview.mapping.columns.map((c) => c.field);

  return (
    <section aria-labelledby="import-preview-title" className="stack">
      <div className="page-header">
        <h2 id="import-preview-title">{t('importList.preview.title')}</h2>
        <ValueSelectField
          label={t('importList.preview.filterLabel')}
          fieldClassName="list-sort"
          value={attentionOnly ? 'attention' : 'all'}
          onChange={(v) => setAttentionOnly(v === 'attention')}
          options={[
            { value: 'all', label: t('importList.preview.filterAll') },
            { value: 'attention', label: t('importList.preview.filterAttention') },
          ]}
        />
      </div>
      <p className="muted">{t('importList.preview.hint')}</p>
      {rows.length === 0 ? (
        <p className="empty-state">{t('importList.preview.empty')}</p>
      ) : (
        <div ref={scrollRef} className="table-scroll import-scroll" data-testid="import-preview">
          <div
            role="table"
            aria-label={t('importList.preview.tableLabel')}
            aria-rowcount={rows.length + 1}
            className="data-table import-table"
          >
            <div role="rowgroup" className="data-table-head">
              <div role="row" aria-rowindex={1} className="data-row import-row">
                {(['row', 'values', 'status', 'choice'] as const).map((column) => (
                  <span key={column} role="columnheader">
                    {t(`importList.preview.${column}`)}
                  </span>
                ))}
              </div>
            </div>
            <div role="rowgroup" className="data-table-body" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index];
                if (!row) return null;
                return (
                  <div
                    key={row.row}
                    ref={virtualizer.measureElement}
                    role="row"
                    aria-rowindex={item.index + 2}
                    data-index={item.index}
                    data-row={row.row}
                    className={`data-row import-row${row.errors.length > 0 ? ' import-row-invalid' : row.conflicts.length > 0 || row.duplicateOf.length > 0 ? ' import-row-warning' : ''}`}
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <span role="cell" className="import-row-number">
                      {row.row}
                    </span>
                    <span role="cell" className="import-values">
                      <RowValues row={row} fields={mapped} />
                    </span>
                    <span role="cell" className="import-status">
                      <RowStatus row={row} />
                    </span>
                    <span role="cell">
                      <RowChoiceSelect
                        row={row}
                        value={choiceOf(row, choices)}
                        disabled={disabled}
                        onChange={(choice) => onChoose(row.row, choice)}
                      />
                    </span>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

function RowValues({ row, fields }: { row: ImportRowView; fields: readonly ImportField[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const shown = fields.filter((f) => (row.values[f] ?? '') !== '');
  if (shown.length === 0) return <span className="muted">{t('importList.preview.noValues')}</span>;
  return (
    <dl className="import-value-list">
      {shown.map((field) => (
        <div key={field}>
          <dt>{t(`importList.fields.${field}`)}</dt>
          <dd>{displayValue(field, row.values[field] ?? '', lang)}</dd>
        </div>
      ))}
    </dl>
  );
}

function RowStatus({ row }: { row: ImportRowView }) {
  const { t } = useTranslation();
  const ok = row.errors.length === 0 && row.conflicts.length === 0 && row.duplicateOf.length === 0;
  return (
    <div className="stack import-status-list">
      {ok ? <span className="import-badge import-badge-ok">{t('importList.preview.ok')}</span> : null}
      <Reasons
        badge={t('importList.preview.hasErrors')}
        tone="error"
        reasons={row.errors.map((detail) => ({ key: detail, text: reasonText(t, detail) }))}
      />
      <Reasons
        badge={t('importList.preview.conflict')}
        tone="warning"
        reasons={row.conflicts.map((c) => ({
          key: c.id,
          text: t('importList.preview.conflictWith', { name: c.name }),
        }))}
      />
      <Reasons
        badge={t('importList.preview.duplicate')}
        tone="warning"
        reasons={
          row.duplicateOf.length > 0
            ? [{ key: 'duplicate', text: t('importList.preview.duplicateOf', { rows: row.duplicateOf.join(', ') }) }]
            : []
        }
      />
    </div>
  );
}

/** One kind of trouble with a row (errors, conflicts, duplicates): its badge and the reasons; nothing without reasons. */
function Reasons({
  badge,
  tone,
  reasons,
}: {
  badge: string;
  tone: 'error' | 'warning';
  reasons: ReadonlyArray<{ key: string; text: string }>;
}) {
  if (reasons.length === 0) return null;
  return (
    <div>
      <span className={`import-badge import-badge-${tone}`}>{badge}</span>
      <ul className="import-reasons">
        {reasons.map((r) => (
          <li key={r.key}>{r.text}</li>
        ))}
      </ul>
    </div>
  );
}

function RowChoiceSelect({
  row,
  value,
  disabled,
  onChange,
}: {
  row: ImportRowView;
  value: RowChoice;
  disabled: boolean;
  onChange: (choice: RowChoice) => void;
}) {
  const { t } = useTranslation();
  const writable = canWrite(row);
  return (
    <select
      className="input"
      aria-label={t('importList.preview.choiceFor', { row: String(row.row) })}
      value={choiceValue(value)}
      disabled={disabled}
      onChange={(event) => onChange(parseChoiceValue(event.target.value))}
    >
      <option value="import" disabled={!writable}>
        {t('importList.preview.import')}
      </option>
      {row.conflicts.map((c) => (
        <option key={c.id} value={`merge:${c.id}`} disabled={!writable}>
          {t('importList.preview.merge', { name: c.name })}
        </option>
      ))}
      <option value="skip">{t('importList.preview.skip')}</option>
    </select>
  );
}
