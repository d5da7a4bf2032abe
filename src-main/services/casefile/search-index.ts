import { sql, type Selectable, type Transaction } from 'kysely';
import { foldForSearch, ftsQueryFromUserInput } from '../../domain/text/turkish-fold';
import { snippetSegments } from '../../domain/text/snippet';
import type { Db } from '../../db/connection';
import type { Database } from '../../db/schema';
import type { SearchResult } from '../../shared/schemas/casefile-views';
import { displayName } from './client-mapping';
import { liveCases, liveClients } from './live-records';

type Executor = Db | Transaction<Database>;
export type SearchKind = SearchResult['kind'];

/** The index entries (`search_doc` ids) of records of one kind. */
const docsOf = (tx: Executor, kind: SearchKind) => tx.selectFrom('search_doc').select('id').where('kind', '=', kind);

/**
 * The FTS5 table holds Turkish-folded text only; titles and snippets are rebuilt from the rows
 * at query time, so trashed records drop out of results without touching the index.
 * `search_doc` maps each record to its FTS rowid, so updates and deletes never scan the index.
 */
export async function indexRecord(
  tx: Executor,
  kind: SearchKind,
  refId: string,
  caseId: string | null,
  parts: Array<string | null | undefined>,
): Promise<void> {
  const text = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
  const existing = await docsOf(tx, kind).where('ref_id', '=', refId).executeTakeFirst();
  if (existing) await sql`DELETE FROM search_fts WHERE rowid = ${existing.id}`.execute(tx);
  if (text === '') {
    if (existing) await tx.deleteFrom('search_doc').where('id', '=', existing.id).execute();
    return;
  }
  let id = existing?.id;
  if (id === undefined) {
    const inserted = await tx
      .insertInto('search_doc')
      .values({ kind, ref_id: refId, case_id: caseId })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = inserted.id;
  } else {
    await tx.updateTable('search_doc').set({ case_id: caseId }).where('id', '=', id).execute();
  }
  await sql`INSERT INTO search_fts (rowid, kind, ref_id, case_id, text)
    VALUES (${id}, ${kind}, ${refId}, ${caseId}, ${foldForSearch(text)})`.execute(tx);
}

async function unindexDocs(tx: Executor, ids: readonly number[]): Promise<void> {
  // Bounded batches keep the statements well under SQLite's variable limit.
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    await sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(batch)})`.execute(tx);
    await tx.deleteFrom('search_doc').where('id', 'in', batch).execute();
  }
}

export async function unindexRecords(tx: Executor, kind: SearchKind, refIds: readonly string[]): Promise<void> {
  if (refIds.length === 0) return;
  const rows = await docsOf(tx, kind).where('ref_id', 'in', refIds).execute();
  await unindexDocs(
    tx,
    rows.map((r) => r.id),
  );
}

/** Everything indexed under these cases: the cases themselves and their notes, activities, documents… */
export async function unindexCases(tx: Executor, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  const rows = await tx.selectFrom('search_doc').select('id').where('case_id', 'in', caseIds).execute();
  await unindexDocs(
    tx,
    rows.map((r) => r.id),
  );
}

/**
 * Merges the index's segments after deletions, so that deleted text is not left in old index
 * pages; with secure_delete on, the pages it frees are zeroed.
 */
export async function compactSearchIndex(db: Executor): Promise<void> {
  await sql`INSERT INTO search_fts(search_fts) VALUES('optimize')`.execute(db);
}

/** Ids of records of one kind matching a user's query; null when the query has no words. */
export function matchingIds(query: string, kind: SearchKind) {
  const match = ftsQueryFromUserInput(query);
  if (match === null) return null;
  return sql<string>`(SELECT ref_id FROM search_fts WHERE search_fts MATCH ${match} AND kind = ${kind})`;
}

/** FTS5 snippet() text with \x02…\x03 around hits → plain segments (never HTML). */
function markedSegments(text: string): Array<{ text: string; hit: boolean }> {
  const out: Array<{ text: string; hit: boolean }> = [];
  // eslint-disable-next-line no-control-regex -- the markers are control characters on purpose: they cannot occur in text
  for (const [i, part] of text.split(/[\u0002\u0003]/).entries()) if (part) out.push({ text: part, hit: i % 2 === 1 });
  return out;
}

interface Hit {
  kind: SearchKind;
  ref_id: string;
  case_id: string | null;
}

type Snippet = SearchResult['snippet'];

/** Everything the lawyer might be looking for, best matches first, grouped by kind. */
export async function searchAll(db: Db, query: string, limit: number): Promise<SearchResult[]> {
  const match = ftsQueryFromUserInput(query);
  if (match === null) return [];
  const hits = (
    await sql<Hit>`SELECT kind, ref_id, case_id FROM search_fts WHERE search_fts MATCH ${match} ORDER BY rank LIMIT ${limit * 3}`.execute(
      db,
    )
  ).rows;
  const snippet = (text: string): Snippet => snippetSegments(text, query);
  /** A hit's row of a case's own record: its case's title (or type) is the result's title. */
  const ofCase = (
    kind: SearchKind,
    r: { id: string; case_id: string; title: string | null; type: string },
    text: Snippet,
  ) => ({ kind, id: r.id, caseId: r.case_id, title: r.title ?? r.type, snippet: text }) satisfies SearchResult;

  /** Rows of a case's notes or activities, with the title and type of their case (not in the trash). */
  const ofLiveCase = async <T extends 'case_note' | 'case_activity'>(table: T, ids: string[]) => {
    // The casts name one of the two tables for the builder; the SQL names `table`.
    const own = table as 'case_note';
    const rows = await db
      .selectFrom(own)
      .innerJoin('legal_case', 'legal_case.id', `${own}.case_id`)
      .selectAll(own)
      .select(['legal_case.title', 'legal_case.type'])
      .where(`${own}.id`, 'in', ids)
      .where('legal_case.deleted_at', 'is', null)
      .execute();
    return rows as Array<Selectable<Database[T]> & { title: string | null; type: string }>;
  };

  /** Each kind's rows for its hits (trashed ones drop out here), as results. */
  const load: Record<SearchKind, (ids: string[]) => Promise<SearchResult[]>> = {
    async client(ids) {
      const rows = await liveClients(db).select(['id', 'given_name', 'family_name']).where('id', 'in', ids).execute();
      const aliases = await db
        .selectFrom('client_alias')
        .select(['client_id', 'name'])
        .where('client_id', 'in', ids)
        .execute();
      return rows.map((r) => {
        const name = displayName(r);
        const alias = aliases.filter((a) => a.client_id === r.id).map((a) => a.name);
        return { kind: 'client', id: r.id, caseId: null, title: name, snippet: snippet([name, ...alias].join(' · ')) };
      });
    },

    async case(ids) {
      const rows = await liveCases(db)
        .select(['id', 'id as case_id', 'title', 'type', 'court', 'file_numbers'])
        .where('id', 'in', ids)
        .execute();
      return rows.map((r) => {
        const numbers = (JSON.parse(r.file_numbers) as Array<{ value: string }>).map((f) => f.value).join(', ');
        return ofCase('case', r, snippet([r.title, r.court, numbers].filter(Boolean).join(' · ') || r.type));
      });
    },

    note: async (ids) => (await ofLiveCase('case_note', ids)).map((r) => ofCase('note', r, snippet(r.body))),

    activity: async (ids) =>
      (await ofLiveCase('case_activity', ids)).map((r) => ofCase('activity', r, snippet(r.summary ?? r.kind))),

    async person(ids) {
      const rows = await db
        .selectFrom('related_person')
        .select(['id', 'case_id', 'name'])
        .where('id', 'in', ids)
        .execute();
      return rows.map((r) => ({
        kind: 'person',
        id: r.id,
        caseId: r.case_id,
        title: r.name,
        snippet: snippet(r.name),
      }));
    },

    async document(ids) {
      // Document text exists only inside the encrypted files and, folded, in the index: the
      // snippet comes from the index (lower case, no diacritics), marked by FTS5 itself.
      const marked = await sql<{ ref_id: string; s: string }>`
        SELECT ref_id, snippet(search_fts, 3, char(2), char(3), '…', 14) AS s FROM search_fts
        WHERE search_fts MATCH ${match} AND kind = 'document' AND ref_id IN (${sql.join(ids)})`.execute(db);
      const snippets = new Map(marked.rows.map((r) => [r.ref_id, r.s]));
      const rows = await db
        .selectFrom('document')
        .innerJoin('legal_case', 'legal_case.id', 'document.case_id')
        .select(['document.id', 'document.case_id', 'document.title'])
        .where('document.id', 'in', ids)
        .where('document.deleted_at', 'is', null)
        .where('legal_case.deleted_at', 'is', null)
        .execute();
      return rows.map((r) => ({
        kind: 'document',
        id: r.id,
        caseId: r.case_id,
        title: r.title,
        snippet: markedSegments(snippets.get(r.id) ?? r.title),
      }));
    },
  };

  const results: SearchResult[] = [];
  for (const kind of Object.keys(load) as SearchKind[]) {
    const ids = hits.filter((h) => h.kind === kind).map((h) => h.ref_id);
    if (ids.length) results.push(...(await load[kind](ids)));
  }

  // Keep FTS rank order within each kind; kinds in a fixed order so the palette is predictable.
  const rankOf = new Map(hits.map((h, i) => [`${h.kind}:${h.ref_id}`, i]));
  const kindOrder: SearchKind[] = ['client', 'case', 'note', 'document', 'activity', 'person'];
  return results
    .sort(
      (a, b) =>
        kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
        (rankOf.get(`${a.kind}:${a.id}`) ?? 0) - (rankOf.get(`${b.kind}:${b.id}`) ?? 0),
    )
    .slice(0, limit);
}
