import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import { caseInputSchema, type CaseInput, type CaseInputDraft } from '../../shared/schemas/cases';
import type { CaseRow } from '../../shared/schemas/casefile-views';
import { mutate, recordAudit } from '../audit-log';
import { clientsOfCases, listCases, type CaseListQuery } from './case-queries';
import { inTransaction, nowIso, todayOf, validate, type CasefileDeps } from './context';
import { liveClients } from './live-records';
import { insertRecord, storedHead } from './record-rows';
import { updateAtVersion } from './update-at-version';
import { indexRecord } from './search-index';

export interface StoredCase {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  case: CaseInputDraft;
  clients: Array<{ id: string; name: string }>;
}

export interface CaseService {
  create(input: unknown): Promise<{ id: string; version: number }>;
  createIn(db: Db, input: CaseInput): Promise<string>;
  update(id: string, version: number, input: unknown): Promise<{ id: string; version: number }>;
  get(id: string): Promise<StoredCase>;
  list(query: Omit<CaseListQuery, 'includeClosed'>): Promise<{ total: number; rows: CaseRow[] }>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  schema(): ReturnType<typeof caseInputSchema>;
}

/** Domain input → row columns (client links are written separately). */
export function caseColumns(c: CaseInput) {
  return {
    title: c.title ?? null,
    type: c.type,
    status: c.status,
    stage: c.stage ?? null,
    authority_kind: c.authority?.kind ?? null,
    authority_name: c.authority?.name ?? null,
    court: c.court ?? null,
    file_numbers: JSON.stringify(c.fileNumbers),
    opposing_party: c.opposingParty ?? null,
    outcome: c.outcome,
    opened_on: c.openedOn,
    closed_on: c.closedOn ?? null,
    closure_reason: c.closureReason ?? null,
    closure_note: c.closureNote ?? null,
    retention_years: c.retentionYears ?? null,
    court_recess: c.courtRecess === undefined || c.courtRecess === 'unsure' ? null : c.courtRecess,
    tags: JSON.stringify(c.tags),
  };
}

/** What the search index knows of a case. */
export const caseSearchParts = (c: CaseInput) => [
  c.title,
  c.court,
  c.authority?.name,
  c.opposingParty,
  ...c.fileNumbers.map((f) => f.value),
  ...c.tags,
];

export function createCaseService(deps: CasefileDeps): CaseService {
  const schema = () => caseInputSchema(todayOf(deps));

  async function assertClientsExist(db: Db, ids: readonly string[]): Promise<void> {
    const found = await liveClients(db).select('id').where('id', 'in', ids).execute();
    if (found.length !== new Set(ids).size)
      throw new AppError('VALIDATION', 'Unknown client', ['case.clientIds:case.unknownClient']);
  }

  async function writeClients(db: Db, caseId: string, clientIds: readonly string[]): Promise<void> {
    await db.deleteFrom('case_client').where('case_id', '=', caseId).execute();
    await db
      .insertInto('case_client')
      .values(clientIds.map((client_id) => ({ case_id: caseId, client_id })))
      .execute();
  }

  async function createIn(db: Db, c: CaseInput): Promise<string> {
    await assertClientsExist(db, c.clientIds);
    const { id } = await insertRecord(db, deps, 'legal_case', caseColumns(c));
    await writeClients(db, id, c.clientIds);
    await indexRecord(db, 'case', id, id, caseSearchParts(c));
    await recordAudit(db, deps.clock, { action: 'created', entity: 'case', entityId: id });
    return id;
  }

  async function setDeleted(id: string, deleted: boolean): Promise<void> {
    await mutate(deps, { action: deleted ? 'deleted' : 'restored', entity: 'case', entityId: id }, async (tx) => {
      const row = await tx.selectFrom('legal_case').select('deleted_at').where('id', '=', id).executeTakeFirst();
      if (!row || (row.deleted_at === null) !== deleted) throw new AppError('NOT_FOUND', 'Case not found');
      await tx
        .updateTable('legal_case')
        .set({ deleted_at: deleted ? nowIso(deps) : null })
        .where('id', '=', id)
        .execute();
    });
  }

  return {
    createIn,
    schema,

    async create(input) {
      const c = validate(schema(), input, 'case');
      const id = await inTransaction(deps, (tx) => createIn(tx, c));
      return { id, version: 1 };
    },

    async update(id, version, input) {
      const c = validate(schema(), input, 'case');
      const next = await mutate(deps, { action: 'updated', entity: 'case', entityId: id }, async (tx) => {
        await assertClientsExist(tx, c.clientIds);
        const bumped = await updateAtVersion(tx, 'legal_case', id, version, caseColumns(c), nowIso(deps), {
          onlyIfLive: true,
        });
        await writeClients(tx, id, c.clientIds);
        await indexRecord(tx, 'case', id, id, caseSearchParts(c));
        return bumped;
      });
      return { id, version: next };
    },

    async get(id) {
      const db = deps.db();
      const row = await db.selectFrom('legal_case').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', 'Case not found');
      const clients = (await clientsOfCases(db, [id]))(id);
      const draft: CaseInputDraft = {
        ...(row.title ? { title: row.title } : {}),
        clientIds: clients.map((c) => c.id),
        type: row.type as CaseInput['type'],
        status: row.status as CaseInput['status'],
        ...(row.stage ? { stage: row.stage as NonNullable<CaseInput['stage']> } : {}),
        ...(row.authority_kind
          ? {
              authority: {
                kind: row.authority_kind as NonNullable<CaseInput['authority']>['kind'],
                ...(row.authority_name ? { name: row.authority_name } : {}),
              },
            }
          : {}),
        ...(row.court ? { court: row.court } : {}),
        fileNumbers: JSON.parse(row.file_numbers) as CaseInput['fileNumbers'],
        ...(row.opposing_party ? { opposingParty: row.opposing_party } : {}),
        outcome: row.outcome as CaseInput['outcome'],
        openedOn: row.opened_on,
        ...(row.closed_on ? { closedOn: row.closed_on } : {}),
        ...(row.closure_reason ? { closureReason: row.closure_reason as NonNullable<CaseInput['closureReason']> } : {}),
        ...(row.closure_note ? { closureNote: row.closure_note } : {}),
        ...(row.retention_years !== null ? { retentionYears: row.retention_years } : {}),
        ...(row.court_recess === 'taken' || row.court_recess === 'not-taken' ? { courtRecess: row.court_recess } : {}),
        tags: JSON.parse(row.tags) as string[],
      };
      return {
        ...storedHead(row),
        case: draft,
        clients,
      };
    },

    list: (q) => listCases(deps.db(), todayOf(deps), q),
    trash: (id) => setDeleted(id, true),
    restore: (id) => setDeleted(id, false),
  };
}
