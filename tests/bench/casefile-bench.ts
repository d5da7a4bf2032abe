import Database from 'better-sqlite3-multiple-ciphers';
import { caseColumns, caseSearchParts } from '../../src-main/services/casefile/case-service';
import { clientSearchParts } from '../../src-main/services/casefile/client-mapping';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { startCpuLoad } from './cpu-load';
import { migrateToLatest } from '../../src-main/db/connection';
import type { Database as DbSchema } from '../../src-main/db/schema';
import { openEncryptedDatabase, type SqliteHandle } from '../../src-main/db/sqlcipher';
import { createCasefile, type Casefile } from '../../src-main/services/casefile';
import { fakeClock } from '../../src-main/services/clock';
import { foldForSearch } from '../../src-main/domain/text/turkish-fold';
import { clientColumns } from '../../src-main/services/casefile/client-mapping';
import { generateDemo } from '../../src-main/services/demo';
import {
  generateActivity,
  generateCase,
  generateNote,
  generateTask,
  type CaseContext,
} from '../../src-main/services/demo/cases';
import { createRng } from '../../src-main/services/demo/prng';
import { normalizeIdentityNumber } from '../../src-main/shared/identity-numbers';
import { caseInputSchema } from '../../src-main/shared/schemas/cases';
import { clientInputSchema } from '../../src-main/shared/schemas/clients';
import { CASE_TYPES } from '../../src-main/shared/schemas/deadlines';

/**
 * Casefile queries at the issue's scale, on SQLCipher and on plain SQLite (same binding, same
 * migrations, same rows), in one run so the ratio is fair on whatever machine runs it.
 *
 * The workload, built once in memory and inserted into both databases: 10,000 clients
 * (the demo generator's households), 20,000 cases, 200,000 notes and activities, a task per
 * case. Rows have the shape the services write — same column mapping (clientColumns), same
 * search_fts rows with foldForSearch text, same sort_key — but go in through prepared
 * statements in one transaction, because 200,000 service calls would take many minutes.
 * The column mapping and the search text come from the services themselves.
 */
export const COUNTS = { clients: 10_000, cases: 20_000, notesAndActivities: 200_000 } as const;

type Row = Record<string, string | number | null>;
export type Dataset = Array<{ table: string; rows: Row[] }>;

export function buildDataset(today: string, now: string): Dataset {
  const rng = createRng(1);
  const folded = new Map<string, string>();
  // Note texts repeat (templates), so folding is memoized; the stored text is the same.
  const fold = (text: string) => folded.get(text) ?? folded.set(text, foldForSearch(text)).get(text) ?? '';
  const out: Record<string, Row[]> = {};
  const push = (table: string, row: Row) => (out[table] ??= []).push(row);
  const stamps = { created_at: now, updated_at: now, version: 1 };
  const index = (kind: string, refId: string, caseId: string | null, parts: Array<string | null | undefined>) => {
    const text = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
    if (text !== '') push('search_fts', { kind, ref_id: refId, case_id: caseId, text: fold(text) });
  };

  const clientSchema = clientInputSchema(today);
  const caseSchema = caseInputSchema(today);
  const clientIds: string[] = [];
  const demo = generateDemo({ clients: COUNTS.clients, today });
  const cases: Array<{ draft: Parameters<typeof caseSchema.parse>[0]; ctx: CaseContext }> = [];

  for (const family of demo.families) {
    const ids = family.members.map((member) => {
      const c = clientSchema.parse(member);
      const id = randomUUID();
      push('client', { id, ...(clientColumns(c) as Row), ...stamps });
      for (const a of c.aliases) push('client_alias', { client_id: id, name: a.name, kind: a.kind });
      for (const n of c.identityNumbers)
        push('client_identity', {
          client_id: id,
          kind: n.kind,
          value: n.value,
          normalized: normalizeIdentityNumber(n.kind, n.value) ?? n.value,
        });
      for (const v of c.vulnerabilities)
        push('client_vulnerability', { client_id: id, code: v.code, since: v.since, note: v.note ?? null });
      for (const k of c.consents)
        push('client_consent', {
          client_id: id,
          kind: k.kind,
          given_on: k.givenOn,
          scope: k.scope,
          how: k.how,
          withdrawn_on: k.withdrawnOn ?? null,
        });
      index('client', id, null, clientSearchParts(c));
      clientIds.push(id);
      return id;
    });
    const ctx: CaseContext = { today, from: addYears(today, -3), placeName: 'İstanbul', language: 'ar' };
    for (const c of family.cases)
      cases.push({ draft: { ...c.case, clientIds: c.members.map((m) => ids[m] ?? '') }, ctx });
  }
  // Top up to 20,000 with individual cases of random clients (a second or third matter).
  const places = ['İstanbul', 'Gaziantep', 'Ankara', 'İzmir', 'Hatay', 'Van'];
  while (cases.length < COUNTS.cases) {
    const ctx: CaseContext = { today, from: addYears(today, -3), placeName: rng.pick(places), language: 'ar' };
    cases.push({ draft: { ...generateCase(rng, ctx, rng.pick(CASE_TYPES)), clientIds: [rng.pick(clientIds)] }, ctx });
  }

  for (const { draft, ctx } of cases.slice(0, COUNTS.cases)) {
    const c = caseSchema.parse(draft);
    const caseId = randomUUID();
    push('legal_case', { id: caseId, ...caseColumns(c), ...stamps, deleted_at: null });
    for (const clientId of c.clientIds) push('case_client', { case_id: caseId, client_id: clientId });
    index('case', caseId, caseId, caseSearchParts(c));
    const until = c.closedOn ?? today;
    for (let i = 0; i < COUNTS.notesAndActivities / COUNTS.cases / 2; i++) {
      const noteId = randomUUID();
      const body = generateNote(rng, ctx);
      push('case_note', { id: noteId, case_id: caseId, body, ...stamps });
      index('note', noteId, caseId, [body]);
      const activityId = randomUUID();
      const a = generateActivity(rng, c, until);
      push('case_activity', {
        id: activityId,
        case_id: caseId,
        kind: a.kind,
        occurred_on: a.occurredOn,
        duration_minutes: a.durationMinutes,
        summary: a.summary,
        ...stamps,
      });
      index('activity', activityId, caseId, [a.summary]);
    }
    const t = generateTask(rng, c, today);
    push('case_task', {
      id: randomUUID(),
      case_id: caseId,
      title: t.title,
      due_on: t.dueOn,
      done_at: t.done ? now : null,
      ...stamps,
    });
  }
  const order = ['client', 'client_alias', 'client_identity', 'client_vulnerability', 'client_consent', 'legal_case'];
  const rest = ['case_client', 'case_note', 'case_activity', 'case_task', 'search_fts'];
  return [...order, ...rest].map((table) => ({ table, rows: out[table] ?? [] }));
}

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

type Variant = 'encrypted' | 'plain';

export interface Stat {
  medianMs: number;
  p95Ms: number;
  samples: number;
  /**
   * Median CPU time of this process per call (user + system). Unlike the wall-clock figures it
   * hardly moves when other processes compete for the cores: the query's own cost.
   */
  cpuMedianMs: number;
}

export interface CasefileBenchRow {
  name: string;
  /** The issue's goal for the p95 in this run. */
  goalMs: number;
  encrypted: Stat;
  /** SQLCipher again, while a second process keeps one core busy (cpu-load.ts). */
  encryptedLoaded: Stat;
  plain: Stat;
  /** One run on SQLCipher before ANALYZE: what a vault without planner statistics gets today. */
  withoutStatsMs: number;
}

export interface CasefileBenchResult {
  buildMs: Record<Variant, number>;
  rows: CasefileBenchRow[];
}

/** Same pragmas as openEncryptedDatabase, minus the cipher: the only difference is encryption. */
function openPlain(path: string): SqliteHandle {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('synchronous = FULL');
  return db;
}

async function build(variant: Variant, path: string, key: Buffer, data: Dataset) {
  const started = performance.now();
  const sqlite = variant === 'encrypted' ? openEncryptedDatabase(path, key, { create: true }) : openPlain(path);
  const db = new Kysely<DbSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db);
  sqlite.transaction(() => {
    for (const { table, rows } of data) {
      const first = rows[0];
      if (!first) continue;
      const columns = Object.keys(first);
      const insert = sqlite.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      for (const row of rows) insert.run(row);
    }
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { db, sqlite, ms: performance.now() - started };
}

/** p95 by linear interpolation between order statistics, as tinybench computes its own percentiles. */
function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (at - lo);
}

function statOf(task: { result: unknown }): Omit<Stat, 'cpuMedianMs'> {
  const latency = (task.result as { latency?: { p50?: number; samples?: readonly number[]; samplesCount?: number } })
    .latency;
  return {
    medianMs: latency?.p50 ?? NaN,
    p95Ms: percentile(latency?.samples ?? [], 0.95),
    samples: latency?.samplesCount ?? 0,
  };
}

const QUERY = 'mohammad ahmadi';

/** The measured calls: what the renderer asks for on the busiest screens, through the real services. */
/** The bench's frozen "now", and its civil date on this machine (as the services compute it). */
const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const TODAY = new Date(NOW).toLocaleDateString('sv-SE');

/**
 * The "has overdue task" filters as they were before migration 0009 (a probe into case_task per
 * case or per client), count and first page of ids only: the before of a before/after measured in
 * the same run. The rows above them run the services as they are now (the whole list query).
 */
const overdueBefore0009 = {
  cases: async (db: Kysely<DbSchema>) => {
    const filter = sql`lc.deleted_at IS NULL AND lc.id IN
      (SELECT t.case_id FROM case_task t WHERE t.done_at IS NULL AND t.due_on < ${TODAY})`;
    await sql`SELECT count(*) AS n FROM legal_case lc WHERE ${filter}`.execute(db);
    return sql`SELECT lc.id FROM legal_case lc WHERE ${filter} ORDER BY lc.opened_on DESC, lc.id LIMIT 100`.execute(db);
  },
  clients: async (db: Kysely<DbSchema>) => {
    const filter = sql`client.deleted_at IS NULL AND EXISTS (SELECT 1 FROM case_client cc INDEXED BY case_client_client
      JOIN legal_case lc ON lc.id = cc.case_id AND lc.deleted_at IS NULL
      JOIN case_task t INDEXED BY case_task_case ON t.case_id = cc.case_id AND t.done_at IS NULL AND t.due_on < ${TODAY}
      WHERE cc.client_id = client.id)`;
    await sql`SELECT count(*) AS n FROM client WHERE ${filter}`.execute(db);
    return sql`SELECT client.id FROM client WHERE ${filter} ORDER BY client.sort_key, client.id LIMIT 100`.execute(db);
  },
};

type Query = { name: string; goalMs: number; run: (casefile: Casefile, db: Kysely<DbSchema>) => Promise<unknown> };

const QUERIES: Query[] = [
  {
    name: 'clients:list, first page (name order, 100 rows)',
    goalMs: 20,
    run: (casefile) => casefile.clients.list({ sort: 'name', offset: 0, limit: 100 }),
  },
  {
    name: 'clients:list, filtered (AF + has overdue task)',
    goalMs: 20,
    run: (casefile) =>
      casefile.clients.list({ nationality: 'AF', hasOverdueTask: true, sort: 'name', offset: 0, limit: 100 }),
  },
  {
    name: 'clients:list, filtered (has overdue task)',
    goalMs: 20,
    run: (casefile) => casefile.clients.list({ hasOverdueTask: true, sort: 'name', offset: 0, limit: 100 }),
  },
  {
    name: 'before 0009: clients has-overdue-task filter (count + ids)',
    goalMs: 20,
    run: (_casefile, db) => overdueBefore0009.clients(db),
  },
  {
    name: 'cases:list, filtered (active, international protection)',
    goalMs: 20,
    run: (casefile) =>
      casefile.cases.list({ status: 'active', type: 'international-protection', offset: 0, limit: 100 }),
  },
  {
    name: 'cases:list, filtered (has overdue task)',
    goalMs: 20,
    run: (casefile) => casefile.cases.list({ hasOverdueTask: true, offset: 0, limit: 100 }),
  },
  {
    name: 'before 0009: cases has-overdue-task filter (count + ids)',
    goalMs: 20,
    run: (_casefile, db) => overdueBefore0009.cases(db),
  },
  { name: `search:query, two words ("${QUERY}")`, goalMs: 20, run: (casefile) => casefile.search(QUERY, 30) },
  {
    name: `clients:list search, two words ("${QUERY}")`,
    goalMs: 20,
    run: (casefile) => casefile.clients.list({ search: QUERY, sort: 'name', offset: 0, limit: 100 }),
  },
  {
    name: 'conflicts:check, one name against 10,000 clients',
    goalMs: 50,
    run: (casefile) =>
      casefile.conflicts.check({
        givenName: 'Mohammad',
        familyName: 'Al-Hasan',
        aliases: ['Muhammed El Hassan'],
        dateOfBirth: '1985-03-12',
        identityNumbers: [{ kind: 'foreign-id', value: '99100000146' }],
      }),
  },
];

async function measure(casefile: Casefile, db: Kysely<DbSchema>): Promise<Stat[]> {
  // The conflict index is built on the first check of a session (then kept): not measured here.
  await casefile.conflicts.check({ givenName: 'warm up' });
  const bench = new Bench({ time: 800, iterations: 40, warmupIterations: 5, retainSamples: true });
  const cpu = new Map<string, number[]>(QUERIES.map((q) => [q.name, []]));
  for (const q of QUERIES) {
    bench.add(q.name, async () => {
      const before = process.cpuUsage();
      await q.run(casefile, db);
      const used = process.cpuUsage(before);
      cpu.get(q.name)?.push((used.user + used.system) / 1000);
    });
  }
  await bench.run();
  // The CPU samples include the warm-up calls; the median hardly notices five of them.
  return bench.tasks.map((task) => ({
    ...statOf(task),
    cpuMedianMs: percentile(
      [...(cpu.get(task.name) ?? [])].sort((a, b) => a - b),
      0.5,
    ),
  }));
}

export async function runCasefileBench(log: (line: string) => void = () => undefined): Promise<CasefileBenchResult> {
  const clock = fakeClock(NOW);
  const today = TODAY;
  log(
    `casefile bench: generating ${COUNTS.clients} clients, ${COUNTS.cases} cases, ${COUNTS.notesAndActivities} notes/activities…`,
  );
  const data = buildDataset(today, new Date(clock.now()).toISOString());
  const dir = await mkdtemp(join(tmpdir(), 'emanet-casefile-bench-'));
  const key = randomBytes(32);
  try {
    const stats: Partial<Record<Variant, Stat[]>> = {};
    const buildMs: Record<Variant, number> = { encrypted: NaN, plain: NaN };
    const withoutStatsMs: number[] = [];
    let loaded: Stat[] = [];
    for (const variant of ['encrypted', 'plain'] as const) {
      const { db, sqlite, ms } = await build(variant, join(dir, `${variant}.db`), key, data);
      buildMs[variant] = ms;
      log(`casefile bench: ${variant} database built in ${(ms / 1000).toFixed(1)} s; measuring…`);
      try {
        const casefile = createCasefile({ db: () => db, clock });
        if (variant === 'encrypted') {
          // Right after a bulk build there are no planner statistics yet (the app gathers them
          // with PRAGMA optimize when a vault opens): one run each shows what a query costs
          // without them; the sampled figures below are taken with statistics.
          for (const q of QUERIES) {
            const started = performance.now();
            await q.run(casefile, db);
            withoutStatsMs.push(performance.now() - started);
          }
          casefile.conflicts.clear();
        }
        sqlite.exec('ANALYZE');
        stats[variant] = await measure(casefile, db);
        if (variant === 'encrypted') {
          log('casefile bench: measuring again with a second process loading one core…');
          const load = await startCpuLoad();
          try {
            loaded = await measure(casefile, db);
          } finally {
            await load.stop();
          }
        }
      } finally {
        await db.destroy();
      }
    }
    return {
      buildMs,
      rows: QUERIES.map((q, i) => ({
        name: q.name,
        goalMs: q.goalMs,
        encrypted: stats.encrypted?.[i] ?? { medianMs: NaN, p95Ms: NaN, samples: 0, cpuMedianMs: NaN },
        encryptedLoaded: loaded[i] ?? { medianMs: NaN, p95Ms: NaN, samples: 0, cpuMedianMs: NaN },
        plain: stats.plain?.[i] ?? { medianMs: NaN, p95Ms: NaN, samples: 0, cpuMedianMs: NaN },
        withoutStatsMs: withoutStatsMs[i] ?? NaN,
      })),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
