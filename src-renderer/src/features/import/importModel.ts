import {
  IMPORT_CASE_FIELDS,
  IMPORT_CLIENT_FIELDS,
  type ImportChoice,
  type ImportDecision,
  type ImportField,
  type ImportMappingInput,
  type ImportPreview,
  type ImportRowView,
} from '@shared/schemas/import';

/**
 * The mapping screen's rules without React: what each row will do, the counts the summary shows,
 * and the mapping sent back when the lawyer changes a column. Kept pure so a unit test reads them.
 */

export { IMPORT_CASE_FIELDS, IMPORT_CLIENT_FIELDS };

/** The lawyer's choice for a row, or the backend's suggestion when they made none. */
export interface RowChoice {
  choice: ImportChoice;
  /** For 'merge': the vault client the row goes into (one of the row's conflicts). */
  mergeInto?: string;
}

export type Choices = ReadonlyMap<number, RowChoice>;

/** A row with errors can only be skipped (the backend refuses anything else). */
export function canWrite(row: ImportRowView): boolean {
  return row.errors.length === 0;
}

export function choiceOf(row: ImportRowView, choices: Choices): RowChoice {
  return choices.get(row.row) ?? { choice: row.suggested };
}

/** A row the lawyer should look at: errors, a possible match in the vault, a repeat in the file. */
export function needsAttention(row: ImportRowView): boolean {
  return row.errors.length > 0 || row.conflicts.length > 0 || row.duplicateOf.length > 0;
}

export function countChoices(rows: readonly ImportRowView[], choices: Choices): Record<ImportChoice, number> {
  const counts: Record<ImportChoice, number> = { import: 0, merge: 0, skip: 0 };
  for (const row of rows) counts[choiceOf(row, choices).choice]++;
  return counts;
}

/** Every row's decision, explicit, so what is written is exactly what the summary counted. */
export function decisionsOf(rows: readonly ImportRowView[], choices: Choices): ImportDecision[] {
  return rows.map((row) => {
    const { choice, mergeInto } = choiceOf(row, choices);
    return choice === 'merge' && mergeInto !== undefined
      ? { row: row.row, choice, mergeInto }
      : { row: row.row, choice: choice === 'merge' ? 'skip' : choice };
  });
}

/** The `<select>` value of a choice: `import`, `skip` or `merge:<client id>`. */
export function choiceValue(choice: RowChoice): string {
  return choice.choice === 'merge' ? `merge:${choice.mergeInto ?? ''}` : choice.choice;
}

export function parseChoiceValue(value: string): RowChoice {
  if (value.startsWith('merge:')) return { choice: 'merge', mergeInto: value.slice('merge:'.length) };
  return { choice: value === 'import' ? 'import' : 'skip' };
}

/** The field each column holds in `preview`'s mapping, null for a column not imported. */
export function fieldsByColumn(preview: ImportPreview): (ImportField | null)[] {
  const out: (ImportField | null)[] = preview.source.headers.map(() => null);
  for (const { column, field } of preview.mapping.columns) if (column < out.length) out[column] = field;
  return out;
}

/**
 * The mapping after the lawyer set `column` to `field`: a field is held by one column, so the
 * column that held it before lets it go (rather than an error the lawyer has to untangle).
 */
export function remapped(
  preview: ImportPreview,
  column: number,
  field: ImportField | null,
  changes: { hasHeader?: boolean; defaultCaseType?: ImportPreview['mapping']['defaultCaseType'] | null } = {},
): ImportMappingInput {
  const byColumn = fieldsByColumn(preview);
  if (column >= 0 && column < byColumn.length) {
    if (field !== null) for (let i = 0; i < byColumn.length; i++) if (byColumn[i] === field) byColumn[i] = null;
    byColumn[column] = field;
  }
  const columns = byColumn.flatMap((f, i) => (f === null ? [] : [{ column: i, field: f }]));
  const defaultCaseType =
    changes.defaultCaseType === null ? undefined : (changes.defaultCaseType ?? preview.mapping.defaultCaseType);
  return {
    columns,
    hasHeader: changes.hasHeader ?? preview.mapping.hasHeader,
    ...(defaultCaseType !== undefined ? { defaultCaseType } : {}),
  };
}

/** Splits `rows.<n>:<code>` details of a refused commit into row numbers and codes. */
export function rowProblems(details: readonly string[]): { row: number | null; code: string }[] {
  return details.map((detail) => {
    const match = /^rows\.(\d+):(.+)$/.exec(detail);
    if (match) return { row: Number(match[1]), code: match[2] ?? 'invalid' };
    const at = detail.lastIndexOf(':');
    return { row: null, code: at < 0 ? 'invalid' : detail.slice(at + 1) };
  });
}
