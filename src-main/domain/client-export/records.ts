import type { ClientExportLanguage, ClientExportTexts } from './texts';

/**
 * The records of a client's own data export as the lines of the readable PDF (issue 17): every
 * field that has a value, ids and bookkeeping left out, so a field added later is printed too
 * rather than silently missing. Pure, and without pdf-lib (which loads only when a PDF is made).
 */

export interface ClientExportSection {
  heading: string;
  /** Each entry is one record: its lines. */
  records: string[][];
}

export interface ClientExportDocumentModel {
  language: ClientExportLanguage;
  title: string;
  intro: string;
  generatedOn: string;
  /** The client's name, printed under the title. */
  name: string;
  sections: Array<ClientExportSection & { level: 1 | 2 }>;
  pageLabel: string;
  none: string;
}

/** Fields that are bookkeeping, not information about the person. */
const SKIP = new Set(['id', 'version', 'caseId', 'clientId', 'clientIds', 'documentId', 'deletedAt', 'storageName']);

/** Inside a field: how a value was entered, not what it is. */
const NESTED_SKIP = new Set(['precision']);

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** A value as a lawyer writes it: dates dd.mm.yyyy, times 24-hour, booleans as words. */
export function formatValue(value: unknown, texts: Pick<ClientExportTexts, 'yes' | 'no'>): string {
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const d = isoDate.exec(value);
    if (d) return `${d[3]}.${d[2]}.${d[1]}`;
    const t = isoTime.exec(value);
    if (t) return `${t[3]}.${t[2]}.${t[1]} ${t[4]}:${t[5]}`;
    return value;
  }
  return '';
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

/** One record (an object) as lines "Label: value"; nested objects and lists on one line each. */
export function describeRecord(record: Readonly<Record<string, unknown>>, texts: ClientExportTexts): string[] {
  const label = (key: string): string => texts.labels[key] ?? key;
  const inline = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(inline).filter(Boolean).join('; ');
    // Inside a field (an identity number, a date of birth) the values alone read best: "passport P123".
    if (value !== null && typeof value === 'object')
      return Object.entries(value)
        .filter(([k, v]) => !SKIP.has(k) && !NESTED_SKIP.has(k) && !isEmpty(v))
        .map(([, v]) => inline(v))
        .join(' ');
    return formatValue(value, texts);
  };
  return Object.entries(record)
    .filter(([k, v]) => !SKIP.has(k) && !isEmpty(v))
    .map(([k, v]) => `${label(k)}: ${inline(v)}`);
}
