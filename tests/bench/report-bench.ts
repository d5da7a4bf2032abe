import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { fakeClock } from '../../src-main/services/clock';
import { createReportService } from '../../src-main/services/reports';
import { createVaultService } from '../../src-main/services/vault-service';
import { ACTIVITY_KINDS } from '../../src-main/shared/schemas/casefile-views';
import { CASE_OUTCOMES } from '../../src-main/shared/schemas/cases';
import { GENDERS, VULNERABILITY_CODES } from '../../src-main/shared/schemas/clients';
import { CASE_TYPES } from '../../src-main/shared/schemas/deadlines';
import { vaultPaths } from '../../src-main/storage/vault-paths';

export interface ReportBenchRow {
  name: string;
  medianMs: number;
  samples: number;
  goalMs: number;
}

const CASES = 10_000;
const NATIONALITIES = ['SY', 'AF', 'IR', 'IQ', 'PK', 'SO', 'UZ', 'TM', 'ER', 'YE', 'PS', 'SD', 'LB'];

/**
 * A quarterly report over 10,000 cases (about 12,000 clients, 30,000 activities, 20,000 time
 * entries, 10,000 deadlines) on a real SQLCipher vault: the queries, table building, small-cell
 * suppression, schema validation, and signing + sealing. Goal from the issue: < 500 ms.
 */
export async function runReportBench(): Promise<ReportBenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'emanet-report-bench-'));
  const clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));
  const vault = createVaultService({
    paths: vaultPaths(join(dir, 'vault')),
    clock,
    kdfCost: { memoryKiB: 8192, iterations: 1, parallelism: 1 },
  });
  try {
    await vault.create('kestane-vapur-Üsküdar-1923-mavi');
    await fill(vault.db());
    const reports = createReportService({ db: () => vault.db(), clock, deriveKey: (p) => vault.deriveKey(p) });
    // The lawyer trusts an organisation key made in the same vault: only the sealing cost matters.
    const keygen = await reports.orgKeygen(5);
    await reports.trustOrg(JSON.stringify(keygen.file));

    const bench = new Bench({ time: 1500, iterations: 10, warmupIterations: 2 });
    bench.add('report: preview 2026-Q3 over 10,000 cases (query + tables + suppression + schema)', async () => {
      await reports.preview({ period: '2026-Q3' });
    });
    bench.add('report: sealed export 2026-Q3 over 10,000 cases (+ sign + seal)', async () => {
      await reports.exportSealed({ period: '2026-Q3' });
    });
    await bench.run();
    return bench.tasks.map((t) => {
      const latency = (t.result as { latency?: { p50?: number; samplesCount?: number } } | undefined)?.latency;
      return { name: t.name, medianMs: latency?.p50 ?? NaN, samples: latency?.samplesCount ?? 0, goalMs: 500 };
    });
  } finally {
    await vault.lock();
    await rm(dir, { recursive: true, force: true });
  }
}

type Db = ReturnType<ReturnType<typeof createVaultService>['db']>;

/** Bulk rows straight through Kysely: the services' validation is not what is measured here. */
async function fill(db: Db): Promise<void> {
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const pick = <T>(list: readonly T[]): T => list[rand(list.length)]!;
  const day = (year: number, month: number): string =>
    `${year}-${String(month).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
  const at = '2026-11-01T10:00:00.000Z';
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < CASES; i++) {
      const caseId = randomUUID();
      const opened = day(2025 + rand(2), 1 + rand(9));
      const closed = rand(3) === 0 ? day(2026, 7 + rand(3)) : null;
      await tx
        .insertInto('legal_case')
        .values({
          id: caseId,
          type: pick(CASE_TYPES),
          status: closed ? 'closed' : 'active',
          outcome: closed ? pick(CASE_OUTCOMES) : 'pending',
          opened_on: opened,
          closed_on: closed !== null && closed < opened ? opened : closed,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const members = rand(5) === 0 ? 2 : 1;
      for (let m = 0; m < members; m++) {
        const clientId = randomUUID();
        await tx
          .insertInto('client')
          .values({
            id: clientId,
            given_name: `Ad ${i}`,
            sort_key: `ad ${i}`,
            gender: pick(GENDERS),
            nationality: pick(NATIONALITIES),
            birth_date: String(1950 + rand(70)),
            birth_date_precision: 'year',
            interpreter_needed: rand(2),
            created_at: at,
            updated_at: at,
          })
          .execute();
        await tx.insertInto('case_client').values({ case_id: caseId, client_id: clientId }).execute();
        if (rand(10) > 0)
          await tx
            .insertInto('client_consent')
            .values({ client_id: clientId, kind: 'reporting', given_on: '2025-01-01', how: 'written' })
            .execute();
        if (rand(3) === 0)
          await tx
            .insertInto('client_vulnerability')
            .values({ client_id: clientId, code: pick(VULNERABILITY_CODES) })
            .execute();
      }
      for (let a = 0; a < 3; a++) {
        await tx
          .insertInto('case_activity')
          .values({
            id: randomUUID(),
            case_id: caseId,
            kind: pick(ACTIVITY_KINDS),
            occurred_on: day(2026, 6 + rand(4)),
            created_at: at,
            updated_at: at,
          })
          .execute();
      }
      for (let t = 0; t < 2; t++) {
        await tx
          .insertInto('time_entry')
          .values({
            id: randomUUID(),
            case_id: caseId,
            worked_on: day(2026, 7 + rand(3)),
            minutes: 30 + rand(180),
            pro_bono: 1,
            created_at: at,
            updated_at: at,
          })
          .execute();
      }
      await tx
        .insertInto('case_deadline')
        .values({
          id: randomUUID(),
          case_id: caseId,
          start_kind: 'notification',
          due_on: day(2026, 7 + rand(3)),
          done_at: rand(4) === 0 ? null : '2026-08-15T09:00:00.000Z',
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
  });
}

// `npx tsx bench/report-bench.ts` prints the figures on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await runReportBench()) {
    console.log(`${r.medianMs.toFixed(1).padStart(8)} ms  ${r.name}  (n=${r.samples}, goal < ${r.goalMs} ms)`);
  }
}
