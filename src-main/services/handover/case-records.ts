import { sql, type Transaction } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/connection';
import type { Database } from '../../db/schema';

type Executor = Db | Transaction<Database>;
type Row = Record<string, unknown>;

/**
 * Which rows make up a case for a handover, table by table, in the order they can be inserted
 * (parents before children). Everything the case holds: its clients' profiles, the case, timeline,
 * tasks, time, parties, deadlines (with their saved computations and revisions), reminders,
 * hearings and postponements, documents and their versions, power of attorney, notifications,
 * stays, the guide's progress, petition drafts and the records' trash.
 *
 * `omit`: columns the receiving vault makes itself (trigger-kept summaries, integer row ids,
 * a document version's storage name and key, which change with the re-encryption).
 */
interface TableSpec {
  table: string;
  where: string;
  /** Names a client id column (for "attach to an existing client" remapping). */
  clientColumn?: string;
  /** Rows of a client's own profile: left out when that client is attached to an existing one. */
  clientProfile?: boolean;
  omit?: readonly string[];
}

const C = 'client_id IN (SELECT value FROM json_each(:clients))';
const CASE = 'case_id = :case';
export const HANDOVER_TABLES: readonly TableSpec[] = [
  {
    table: 'client',
    where: 'id IN (SELECT value FROM json_each(:clients))',
    clientColumn: 'id',
    clientProfile: true,
    omit: ['next_task_due'],
  },
  { table: 'client_alias', where: C, clientColumn: 'client_id', clientProfile: true, omit: ['id'] },
  { table: 'client_identity', where: C, clientColumn: 'client_id', clientProfile: true, omit: ['id'] },
  { table: 'client_vulnerability', where: C, clientColumn: 'client_id', clientProfile: true, omit: ['id'] },
  { table: 'client_consent', where: C, clientColumn: 'client_id', clientProfile: true, omit: ['id'] },
  { table: 'client_record_key', where: C, clientColumn: 'client_id', clientProfile: true },
  { table: 'legal_case', where: 'id = :case', omit: ['next_task_due'] },
  { table: 'case_client', where: CASE, clientColumn: 'client_id' },
  { table: 'case_record_key', where: CASE },
  { table: 'case_note', where: CASE },
  { table: 'case_activity', where: CASE },
  { table: 'case_deadline', where: CASE },
  { table: 'case_task', where: CASE },
  { table: 'time_entry', where: CASE },
  {
    table: 'related_person',
    where: `${CASE} OR (case_id IS NULL AND ${C})`,
    clientColumn: 'client_id',
  },
  { table: 'case_reminder', where: CASE },
  { table: 'deadline_revision', where: 'deadline_id IN (SELECT id FROM case_deadline WHERE case_id = :case)' },
  { table: 'hearing', where: CASE },
  { table: 'hearing_postponement', where: 'hearing_id IN (SELECT id FROM hearing WHERE case_id = :case)' },
  { table: 'document', where: CASE, clientColumn: 'client_id' },
  {
    table: 'document_version',
    where: 'document_id IN (SELECT id FROM document WHERE case_id = :case)',
    omit: ['key', 'file_name'],
  },
  { table: 'power_of_attorney', where: CASE },
  { table: 'case_notification', where: CASE },
  { table: 'stay_request', where: CASE },
  { table: 'playbook_step_state', where: CASE },
  { table: 'case_guide', where: CASE },
  { table: 'petition_draft', where: CASE },
  { table: 'trash_record', where: `${CASE} OR (case_id IS NULL AND ${C})`, clientColumn: 'client_id' },
];

const bind = (where: string, caseId: string, clients: readonly string[]) =>
  sql.join(
    where
      .split(/(:case|:clients)/)
      .map((part) =>
        part === ':case' ? sql`${caseId}` : part === ':clients' ? sql`${JSON.stringify(clients)}` : sql.raw(part),
      ),
    sql``,
  );

export const searchEntrySchema = z.strictObject({
  kind: z.string(),
  ref_id: z.string(),
  case_id: z.string().nullable(),
  text: z.string(),
});
export type SearchEntry = z.infer<typeof searchEntrySchema>;

export const handoverPayloadSchema = z.strictObject({
  handoverId: z.uuid(),
  sentAt: z.string(),
  caseId: z.string().min(1).max(100),
  clientIds: z.array(z.string().min(1).max(100)).max(100),
  confirmSecret: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))),
  search: z.array(searchEntrySchema),
  /** In the order their plaintext follows the manifest. */
  documents: z.array(
    z.strictObject({
      versionId: z.string(),
      size: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
export type HandoverPayload = z.infer<typeof handoverPayloadSchema>;

/** Every row of the case, table by table, for the payload (without the omitted columns). */
export async function collectCaseRows(
  db: Executor,
  caseId: string,
  clientIds: readonly string[],
): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const spec of HANDOVER_TABLES) {
    const rows =
      await sql<Row>`SELECT * FROM ${sql.table(spec.table)} WHERE ${bind(spec.where, caseId, clientIds)}`.execute(db);
    // A stable order whatever the table's storage (some are WITHOUT ROWID), so two vaults compare.
    out[spec.table] = rows.rows
      .map((r) => {
        const copy: Row = { ...r };
        for (const column of spec.omit ?? []) delete copy[column];
        return copy;
      })
      .map((r) => [JSON.stringify(r), r] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, r]) => r);
  }
  return out;
}

/** The search entries of the case and of its clients' own records (already folded text). */
export async function collectSearch(db: Executor, caseId: string, refIds: readonly string[]): Promise<SearchEntry[]> {
  const rows = await sql<SearchEntry>`
    SELECT d.kind, d.ref_id, d.case_id, f.text FROM search_doc d JOIN search_fts f ON f.rowid = d.id
    WHERE d.case_id = ${caseId} OR (d.case_id IS NULL AND d.ref_id IN (SELECT value FROM json_each(${JSON.stringify(refIds)})))
    ORDER BY d.id`.execute(db);
  return rows.rows;
}

/**
 * Inserts the payload's rows. `attach` maps a client id of the file to an existing client of this
 * vault: that client's profile rows are left out and every reference to it points to the existing one.
 * `versions` supplies the re-encrypted documents' storage names and keys.
 */
export async function insertCaseRows(
  tx: Db,
  tables: HandoverPayload['tables'],
  attach: ReadonlyMap<string, string>,
  versions: ReadonlyMap<string, { fileName: string; key: Buffer }>,
): Promise<number> {
  let count = 0;
  for (const spec of HANDOVER_TABLES) {
    for (const original of tables[spec.table] ?? []) {
      const row: Record<string, unknown> = { ...original };
      for (const column of spec.omit ?? []) delete row[column];
      const client = spec.clientColumn ? row[spec.clientColumn] : undefined;
      if (typeof client === 'string' && attach.has(client)) {
        if (spec.clientProfile) continue;
        row[spec.clientColumn!] = attach.get(client);
      }
      if (spec.table === 'document_version') {
        const stored = versions.get(String(row.id));
        if (!stored) throw new Error('A document version came without its document');
        row.file_name = stored.fileName;
        row.key = stored.key;
      }
      const columns = Object.keys(row);
      await sql`INSERT INTO ${sql.table(spec.table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES (${sql.join(
        columns.map((c) => sql`${row[c] as string | number | null | Buffer}`),
      )})`.execute(tx);
      count++;
    }
  }
  return count;
}

export async function insertSearch(
  tx: Db,
  entries: readonly SearchEntry[],
  skipRefs: ReadonlySet<string>,
): Promise<void> {
  for (const e of entries) {
    if (skipRefs.has(e.ref_id)) continue;
    const inserted = await tx
      .insertInto('search_doc')
      .values({ kind: e.kind, ref_id: e.ref_id, case_id: e.case_id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`INSERT INTO search_fts (rowid, kind, ref_id, case_id, text) VALUES (${inserted.id}, ${e.kind}, ${e.ref_id}, ${e.case_id}, ${e.text})`.execute(
      tx,
    );
  }
}
