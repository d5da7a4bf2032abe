import { caseInputSchema, type CaseInput } from '../../shared/schemas/cases';
import { clientImportSchema, type ClientInput } from '../../shared/schemas/clients';
import type { ImportField, ImportMapping } from '../../shared/schemas/import';
import { parseValidationDetail, validationDetails } from '../../shared/validation-details';
import type { IdentityKind } from '../../shared/identity-numbers';
import { ConflictBatch, prepareIndex, type ConflictCandidate } from '../people/conflict-check';
import { readDate, resolveCaseType, resolveCountry, resolveGender, resolveLanguages, splitFullName } from './cells';

/**
 * One spreadsheet row mapped onto a client (and the case it opens): cells read by `cells.ts`,
 * then validated by the SAME schemas as the forms (`clientImportSchema`, which ends in
 * `clientInputSchema`, and `caseInputSchema`). Errors are `field:code`, the field being the
 * import field whose column holds the value, so the preview can point at the cell.
 */

export interface ImportedCase {
  type: CaseInput['type'];
  fileNumbers: CaseInput['fileNumbers'];
  openedOn: string;
  /** When the decision was notified: the case's first deadline is counted from it. */
  notifiedOn?: string;
}

export interface MappedRow {
  /** 1-based spreadsheet row number. */
  row: number;
  values: Partial<Record<ImportField, string>>;
  client: ClientInput | null;
  kase: ImportedCase | null;
  errors: string[];
}

const IDENTITY_FIELDS: ReadonlyArray<readonly [ImportField, IdentityKind]> = [
  ['foreignId', 'foreign-id'],
  ['temporaryProtectionId', 'temporary-protection-id'],
  ['turkishId', 'turkish-id'],
  ['passport', 'passport'],
  ['unhcr', 'unhcr'],
];

/** A court's `2024/1234` (esas); anything else is the authority's own file number. */
const COURT_NUMBER_RE = /^\s*(?:19|20)\d{2}\s*\/\s*\d{1,7}\s*(?:[EK]\.?)?\s*$/i;
/** Stands in for the client id while a case is validated before its client exists. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

function fieldOfClientPath(path: string, nameField: ImportField, identityOrder: ImportField[]): string {
  const [head, index] = path.split('.');
  switch (head) {
    case 'givenName':
    case 'familyName':
      return nameField === 'fullName' ? 'fullName' : head;
    case 'aliases':
      return 'alias';
    case 'identityNumbers':
      return identityOrder[Number(index)] ?? 'identityNumbers';
    case 'dateOfBirth':
    case 'gender':
    case 'nationality':
    case 'languages':
    case 'phone':
    case 'fatherName':
    case 'motherName':
      return head;
    default:
      return head ?? path;
  }
}

function fieldOfCasePath(path: string): string {
  const head = path.split('.')[0];
  if (head === 'type') return 'caseType';
  if (head === 'fileNumbers') return 'fileNumber';
  return head ?? path;
}

/** The forms' schemas for one "today", built once per preview (building them costs milliseconds). */
export interface RowSchemas {
  today: string;
  client: ReturnType<typeof clientImportSchema>;
  kase: ReturnType<typeof caseInputSchema>;
}

export function rowSchemas(today: string): RowSchemas {
  return { today, client: clientImportSchema(today), kase: caseInputSchema(today) };
}

export function mapRow(
  cells: readonly string[],
  row: number,
  mapping: ImportMapping,
  schemasOrToday: RowSchemas | string,
): MappedRow {
  const schemas = typeof schemasOrToday === 'string' ? rowSchemas(schemasOrToday) : schemasOrToday;
  const values: Partial<Record<ImportField, string>> = {};
  for (const { column, field } of mapping.columns) {
    const cell = (cells[column] ?? '').trim();
    if (cell !== '') values[field] = cell;
  }
  const errors: string[] = [];
  const draft: Record<string, unknown> = {};

  const nameField: ImportField =
    values.givenName !== undefined || values.familyName !== undefined ? 'givenName' : 'fullName';
  if (values.givenName !== undefined || values.familyName !== undefined) {
    draft.givenName = values.givenName ?? '';
    if (values.familyName !== undefined) draft.familyName = values.familyName;
  } else if (values.fullName !== undefined) {
    const split = splitFullName(values.fullName);
    draft.givenName = split.givenName;
    if (split.familyName !== undefined) draft.familyName = split.familyName;
  } else {
    draft.givenName = '';
  }
  if (values.alias !== undefined)
    draft.aliases = values.alias
      .split(/[;,]/)
      .map((a) => a.trim())
      .filter(Boolean);
  if (values.fatherName !== undefined) draft.fatherName = values.fatherName;
  if (values.motherName !== undefined) draft.motherName = values.motherName;
  if (values.dateOfBirth !== undefined) {
    const dob = readDate(values.dateOfBirth, true);
    if (dob.ok) {
      draft.dateOfBirth = dob.value;
      values.dateOfBirth = dob.value;
    } else errors.push(`dateOfBirth:${dob.code}`);
  }
  if (values.gender !== undefined) draft.gender = resolveGender(values.gender);
  if (values.nationality !== undefined) {
    const code = resolveCountry(values.nationality);
    // An unknown name goes on as typed: the schema refuses it with `country.unknown`.
    draft.nationality = code ?? values.nationality;
    if (code) values.nationality = code;
  }
  if (values.languages !== undefined) {
    const languages = resolveLanguages(values.languages);
    draft.languages = languages;
    values.languages = languages.join(', ');
  }
  if (values.phone !== undefined) draft.phone = values.phone;
  const identityOrder: ImportField[] = [];
  const identityNumbers: Array<{ kind: IdentityKind; value: string }> = [];
  for (const [field, kind] of IDENTITY_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    identityOrder.push(field);
    identityNumbers.push({ kind, value });
  }
  if (identityNumbers.length) draft.identityNumbers = identityNumbers;

  let client: ClientInput | null = null;
  const parsed = schemas.client.safeParse(draft);
  if (parsed.success) client = parsed.data;
  else {
    for (const detail of validationDetails(parsed.error.issues)) {
      const { path, code } = parseValidationDetail(detail);
      errors.push(`${fieldOfClientPath(path, nameField, identityOrder)}:${code}`);
    }
  }

  const kase = mapCase(values, mapping, schemas, errors);
  const unique = [...new Set(errors)];
  return { row, values, client: unique.length ? null : client, kase: unique.length ? null : kase, errors: unique };
}

function mapCase(
  values: Partial<Record<ImportField, string>>,
  mapping: ImportMapping,
  { today, kase: caseSchema }: RowSchemas,
  errors: string[],
): ImportedCase | null {
  const hasCaseValue =
    values.caseType !== undefined ||
    values.fileNumber !== undefined ||
    values.openedOn !== undefined ||
    values.notifiedOn !== undefined;
  if (!hasCaseValue && mapping.defaultCaseType === undefined) return null;
  let type: string | undefined = mapping.defaultCaseType;
  if (values.caseType !== undefined) {
    const resolved = resolveCaseType(values.caseType);
    if (resolved) values.caseType = resolved;
    type = resolved ?? values.caseType;
  }
  if (type === undefined) {
    errors.push('caseType:case.unknownType');
    return null;
  }
  const dates: Partial<Record<'openedOn' | 'notifiedOn', string>> = {};
  for (const field of ['openedOn', 'notifiedOn'] as const) {
    const cell = values[field];
    if (cell === undefined) continue;
    const read = readDate(cell);
    if (!read.ok) errors.push(`${field}:${read.code}`);
    else if (read.value > today) errors.push(`${field}:date.inFuture`);
    else {
      dates[field] = read.value;
      values[field] = read.value;
    }
  }
  const fileNumbers =
    values.fileNumber !== undefined
      ? [{ kind: COURT_NUMBER_RE.test(values.fileNumber) ? 'esas' : 'authority', value: values.fileNumber }]
      : [];
  const parsed = caseSchema.safeParse({
    clientIds: [PLACEHOLDER_ID],
    type,
    fileNumbers,
    // A list of old cases rarely says when each was opened: the notification, else today.
    openedOn: dates.openedOn ?? dates.notifiedOn ?? today,
  });
  if (!parsed.success) {
    for (const detail of validationDetails(parsed.error.issues)) {
      const { path, code } = parseValidationDetail(detail);
      errors.push(`${fieldOfCasePath(path)}:${code}`);
    }
    return null;
  }
  return {
    type: parsed.data.type,
    fileNumbers: parsed.data.fileNumbers,
    openedOn: parsed.data.openedOn,
    ...(dates.notifiedOn ? { notifiedOn: dates.notifiedOn } : {}),
  };
}

/** The conflict check's view of a client about to be imported. */
export function candidateOf(c: ClientInput): ConflictCandidate {
  const dob = c.dateOfBirth;
  return {
    givenName: c.givenName,
    ...(c.familyName ? { familyName: c.familyName } : {}),
    aliases: c.aliases.map((a) => a.name),
    ...(dob ? { dateOfBirth: dob.precision === 'exact' ? dob.date : String(dob.year) } : {}),
    ...(dob ? { dateOfBirthApproximate: dob.precision === 'approximate' } : {}),
    identityNumbers: c.identityNumbers,
  };
}

/**
 * Rows of the same file that may be the same person (a family's list often has a person twice,
 * spelt two ways): the conflict check with transliteration, run among the file's own rows.
 */
export function duplicatesInFile(rows: readonly MappedRow[]): Map<number, number[]> {
  const valid = rows.filter((r): r is MappedRow & { client: ClientInput } => r.client !== null);
  const index = prepareIndex(valid.map((r) => ({ id: String(r.row), ...candidateOf(r.client) })));
  const batch = new ConflictBatch(index);
  const out = new Map<number, number[]>();
  for (const r of valid) {
    const others = batch.check(candidateOf(r.client), { excludeId: String(r.row) }).map((m) => Number(m.id));
    if (others.length)
      out.set(
        r.row,
        others.sort((a, b) => a - b),
      );
  }
  return out;
}
