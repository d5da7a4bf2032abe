/**
 * Bulk seeding for the large-list e2e spec: thousands of synthetic, clearly fictional clients
 * written straight into the test vault's (SQLCipher) database from Node, in one transaction,
 * in the shape `clients:create` writes them — the same zod schema (defaults applied), the same
 * column mapping (`clientColumns`, which computes `sort_key` with `turkishSortKey`), and the same
 * search index rows (`indexRecord`'s text, see `indexText`) — because 10,000 `clients:create` calls would take minutes.
 *
 * Not written: the audit-log `created` events and the conflict index (built lazily by the
 * conflict service from the rows on first use), neither of which the client list reads.
 */
import { randomUUID } from 'node:crypto';
import { clientSearchParts } from '../../src-main/services/casefile/client-mapping';
import { sql, type Insertable } from 'kysely';
import type { DbClient } from '../../src-main/db/schema';
import { foldForSearch } from '../../src-main/domain/text/turkish-fold';
import { turkishSortKey } from '../../src-main/domain/text/turkish-sort-key';
import { clientColumns } from '../../src-main/services/casefile/client-mapping';
import { indexRecord } from '../../src-main/services/casefile/search-index';
import { clientInputSchema, type ClientInput } from '../../src-main/shared/schemas/clients';
import type { VaultHarness } from './fixtures';

/** Given names in Latin script, as they appear on Turkish documents (Turkish letters included). */
const GIVEN = [
  'Abdullah',
  'Ahmad',
  'Amina',
  'Aras',
  'Ayşe',
  'Bashir',
  'Büşra',
  'Cemile',
  'Çiğdem',
  'Dawit',
  'Elif',
  'Farida',
  'Fatıma',
  'Ghulam',
  'Gülsüm',
  'Hasan',
  'Hüseyin',
  'Ilham',
  'İbrahim',
  'Jamila',
  'Kerem',
  'Layla',
  'Mahmud',
  'Mariam',
  'Nasrin',
  'Nur',
  'Omid',
  'Ömer',
  'Parwana',
  'Rahim',
  'Reza',
  'Samira',
  'Şeyma',
  'Şükrü',
  'Tariq',
  'Ümmügülsüm',
  'Walid',
  'Yasmin',
  'Yonas',
  'Zahra',
] as const;

/** Family names; none starts with Z, so the specials below end the list in Turkish order. */
const FAMILY = [
  'Abbasi',
  'Ahmadi',
  'Al-Hamwi',
  'Aydın',
  'Barakzai',
  'Çelik',
  'Darwish',
  'Demir',
  'El Hasan',
  'Farah',
  'Ğaffari',
  'Haidari',
  'Hosseini',
  'Ibrahim',
  'İsmailzade',
  'Jafari',
  'Karimi',
  'Khalil',
  'Mahmoud',
  'Mohammadi',
  'Nazari',
  'Noori',
  'Öztürk',
  'Qasemi',
  'Rahimi',
  'Rezaei',
  'Sadat',
  'Sultani',
  'Şahin',
  'Tesfaye',
  'Ünal',
  'Warsame',
  'Yıldız',
  'Yusufzai',
] as const;

/**
 * Three clients with the family name Zorlu, the last family name in Turkish order. Only one of
 * them is last the Turkish way (ş < z, and Ü after U, not after Z); plain code-point order would
 * put `Şule` or `Ümran` last instead — so the end of the list tells the two orders apart.
 */
export const ZORLU = [
  { givenName: 'Şule', familyName: 'Zorlu' },
  { givenName: 'Ümran', familyName: 'Zorlu' },
  { givenName: 'Zeynep', familyName: 'Zorlu' },
] as const;

const NATIONALITIES = ['SY', 'AF', 'IR', 'IQ', 'SO', 'ER', 'PK', 'TR'] as const;

export interface SeededClient {
  id: string;
  givenName: string;
  familyName: string;
  /** As the list shows it: given name, then family name. */
  name: string;
  sortKey: string;
}

export interface BulkSeedResult {
  /** Every seeded client in the order the list shows them (sort_key, then id), as the backend sorts. */
  ordered: SeededClient[];
  /** Wall time of the database work (schema parse, inserts, index, commit), in ms. */
  insertMs: number;
}

/**
 * The search_fts text `indexRecord` writes for these parts; the bulk path inserts 10,000 rows in
 * batches instead of one service call per client.
 */
function indexText(c: ClientInput): string {
  return foldForSearch(
    clientSearchParts(c)
      .filter((p) => p.trim() !== '')
      .join('\n'),
  );
}

/** Synthetic draft number `i` (deterministic): names cycle through the lists above. */
function draft(i: number): { givenName: string; familyName: string; nationality: string; birthYear: number } {
  return {
    givenName: GIVEN[i % GIVEN.length]!,
    familyName: FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!,
    nationality: NATIONALITIES[i % NATIONALITIES.length]!,
    birthYear: 1950 + (i % 55),
  };
}

/**
 * Inserts `count` clients (the last three are the Zorlu family) into the unlocked vault of
 * `vault`, in one transaction with batched multi-row inserts, and indexes them for search.
 */
export async function bulkSeedClients(vault: VaultHarness, count: number, batchSize = 500): Promise<BulkSeedResult> {
  if (count < ZORLU.length) throw new Error(`bulkSeedClients: count must be at least ${ZORLU.length}`);
  const started = performance.now();
  const now = new Date(vault.clock.now());
  const today = now.toLocaleDateString('sv-SE');
  const at = now.toISOString();
  const schema = clientInputSchema(today);

  const clients: Array<{ id: string; input: ClientInput }> = [];
  for (let i = 0; i < count; i++) {
    const special = i >= count - ZORLU.length ? ZORLU[i - (count - ZORLU.length)] : undefined;
    const d = draft(i);
    const input = schema.parse({
      givenName: special?.givenName ?? d.givenName,
      familyName: special?.familyName ?? d.familyName,
      nationality: d.nationality,
      dateOfBirth: { precision: 'year', year: d.birthYear },
    });
    clients.push({ id: randomUUID(), input });
  }

  const db = vault.backend.vault.db();
  await db.transaction().execute(async (tx) => {
    for (let from = 0; from < clients.length; from += batchSize) {
      const batch = clients.slice(from, from + batchSize);
      const rows: Array<Insertable<DbClient>> = batch.map(({ id, input }) => ({
        id,
        ...clientColumns(input),
        created_at: at,
        updated_at: at,
      }));
      await tx.insertInto('client').values(rows).execute();
      // Same shape as indexRecord: a search_doc row per record, its id as the FTS rowid.
      const docs = await tx
        .insertInto('search_doc')
        .values(batch.map(({ id }) => ({ kind: 'client', ref_id: id, case_id: null })))
        .returning(['id', 'ref_id'])
        .execute();
      const rowidOf = new Map(docs.map((d) => [d.ref_id, d.id]));
      await sql`INSERT INTO search_fts (rowid, kind, ref_id, case_id, text) VALUES ${sql.join(
        batch.map(({ id, input }) => sql`(${rowidOf.get(id)}, 'client', ${id}, NULL, ${indexText(input)})`),
      )}`.execute(tx);
    }
    // The clients the spec searches for go through the service's own indexRecord (delete + insert),
    // which must leave exactly one row each, equal to the bulk one.
    for (const { id, input } of clients.slice(-ZORLU.length)) {
      await indexRecord(tx, 'client', id, null, clientSearchParts(input));
    }
  });
  // What the vault does on every unlock (db/connection.ts): a bounded ANALYZE where tables
  // outgrew their statistics — as if the lawyer had locked and reopened after the import.
  await sql`PRAGMA optimize = 0x10002`.execute(db);
  const insertMs = performance.now() - started;

  const ordered = clients
    .map(({ id, input }) => ({
      id,
      givenName: input.givenName,
      familyName: input.familyName ?? '',
      name: input.familyName ? `${input.givenName} ${input.familyName}` : input.givenName,
      sortKey: turkishSortKey(`${input.familyName ?? ''} ${input.givenName}`),
    }))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ordered, insertMs };
}

/** How many client rows the search index holds (one per client, bulk-written or not). */
export async function indexedClientCount(vault: VaultHarness): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*) AS n FROM search_fts WHERE kind = 'client'`.execute(
    vault.backend.vault.db(),
  );
  return Number(result.rows[0]?.n ?? 0);
}
