import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  countReport,
  parsePeriod,
  protectTables,
  suppressTables,
  type CountTable,
} from '../../src-main/domain/reports';
import { createCasefile } from '../../src-main/services/casefile';
import { fakeClock } from '../../src-main/services/clock';
import { populateDemo } from '../../src-main/services/demo/populate';
import { loadReportRecords } from '../../src-main/services/reports';
import { createVaultService } from '../../src-main/services/vault-service';
import { vaultPaths } from '../../src-main/storage/vault-paths';

/**
 * Issue 15, acceptance 2: what the organisation gets from one lawyer's reports, old method
 * (small-cell suppression, k = 5) against the new one (cell-key perturbation and the
 * group-disclosure rule), on case loads written through the casefile services: the demo vault
 * (60 clients) and a 120-client load. Per period: the share of head-count cells published (not
 * hidden), and the mean absolute error against the true counts, over the published cells and
 * over all cells with a hidden one read as 0 (what a chart of the figures shows).
 */
export interface FieldDataRow {
  load: string;
  method: 'suppression (today)' | 'perturbation (issue 15)';
  cells: number;
  published: number;
  /** The share published among the cells that count somebody (true count > 0). */
  publishedNonZero: number;
  maePublished: number;
  maeAll: number;
}

const K = 5;
const PERIODS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-07', '2026-08', '2026-09'];

export async function runFieldDataBench(): Promise<FieldDataRow[]> {
  const rows: FieldDataRow[] = [];
  for (const [load, clients] of [
    ['demo vault (60 clients)', 60],
    ['120-client case load', 120],
  ] as const) {
    const dir = await mkdtemp(join(tmpdir(), 'emanet-field-data-bench-'));
    const clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));
    const vault = createVaultService({
      paths: vaultPaths(join(dir, 'vault')),
      clock,
      kdfCost: { memoryKiB: 8192, iterations: 1, parallelism: 1 },
    });
    try {
      await vault.create('kestane-vapur-Üsküdar-1923-mavi');
      await populateDemo(
        createCasefile({ db: () => vault.db(), clock }),
        clock,
        clients,
        clients === 60 ? undefined : 120,
      );
      const totals = {
        old: { cells: 0, published: 0, nonZero: 0, nonZeroPublished: 0, errPublished: 0, errAll: 0 },
        new: { cells: 0, published: 0, nonZero: 0, nonZeroPublished: 0, errPublished: 0, errAll: 0 },
      };
      for (const id of PERIODS) {
        const period = parsePeriod(id)!;
        const counted = countReport(await loadReportRecords(vault.db(), period), { period, today: '2026-11-28' });
        const heads = (tables: readonly CountTable[]) => tables.filter((t) => t.contributors === undefined);
        const truth = heads(counted.tables).flatMap((t) => t.cells.map((c) => c.value));
        const measure = (published: ReadonlyArray<number | null>, into: typeof totals.old) => {
          published.forEach((p, i) => {
            const t = truth[i]!;
            into.cells++;
            if (t > 0) into.nonZero++;
            into.errAll += Math.abs((p ?? 0) - t);
            if (p === null) return;
            into.published++;
            if (t > 0) into.nonZeroPublished++;
            into.errPublished += Math.abs(p - t);
          });
        };
        const flat = (tables: ReadonlyArray<{ rows: ReadonlyArray<{ count: number | null }> }>) =>
          tables.flatMap((t) => t.rows.map((r) => r.count));
        measure(flat(suppressTables(heads(counted.tables), K)), totals.old);
        measure(flat(protectTables(heads(counted.tables), { k: K, clients: counted.clients })), totals.new);
      }
      for (const [key, method] of [
        ['old', 'suppression (today)'],
        ['new', 'perturbation (issue 15)'],
      ] as const) {
        const t = totals[key];
        rows.push({
          load,
          method,
          cells: t.cells,
          published: t.published / t.cells,
          publishedNonZero: t.nonZero === 0 ? 0 : t.nonZeroPublished / t.nonZero,
          maePublished: t.published === 0 ? 0 : t.errPublished / t.published,
          maeAll: t.errAll / t.cells,
        });
      }
    } finally {
      await vault.lock();
      await rm(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function formatFieldDataBench(rows: readonly FieldDataRow[]): string {
  const lines = [
    `\nField data utility (issue 15): one lawyer's reports for ${PERIODS.join(', ')}; head-count cells only\n`,
    `${'case load'.padEnd(26)} ${'method'.padEnd(24)} ${'cells'.padStart(6)} ${'published'.padStart(10)} ${'of non-zero'.padStart(12)} ${'MAE (published)'.padStart(16)} ${'MAE (hidden = 0)'.padStart(17)}`,
  ];
  for (const r of rows)
    lines.push(
      `${r.load.padEnd(26)} ${r.method.padEnd(24)} ${String(r.cells).padStart(6)} ${`${(r.published * 100).toFixed(1)} %`.padStart(10)} ${`${(r.publishedNonZero * 100).toFixed(1)} %`.padStart(12)} ${r.maePublished.toFixed(3).padStart(16)} ${r.maeAll.toFixed(3).padStart(17)}`,
    );
  return lines.join('\n');
}

// `npx tsx tests/bench/field-data-bench.ts` prints the figures on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatFieldDataBench(await runFieldDataBench()));
}
