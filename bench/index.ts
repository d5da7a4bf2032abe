import { runCasefileBench, type CasefileBenchRow } from './casefile-bench';
import { runConflictBench } from './conflict-bench';
import { formatDocumentBench, runDocumentBench, type DocumentBenchRow } from './document-bench';
import { runReportBench } from './report-bench';
import { runVaultBench } from './vault-bench';

/**
 * `npm run bench`: medians and ratios against a baseline measured in the same run.
 * `npm run bench -- casefile` runs the casefile queries only (a few minutes less).
 */
const progress = (line: string) => console.error(line);
const only = process.argv[2];
if (only !== undefined && only !== 'casefile') throw new Error(`unknown bench part: ${only} (known: casefile)`);
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2)).padStart(8) + ' ms';
if (only === undefined) {
  const rows = [...(await runVaultBench()), ...(await runConflictBench())];
  const byName = new Map(rows.map((r) => [r.name, r.medianMs]));
  console.log('\nEmanet benchmarks (median of the samples)\n');
  for (const r of rows) console.log(`${fmt(r.medianMs)}  ${r.name}  (n=${r.samples})`);

  const kdf = rows.find((r) => r.name.startsWith('unlock: Argon2id as calibrated'))?.medianMs ?? NaN;
  const open = byName.get('unlock: open SQLCipher + migrations check') ?? NaN;
  const plain = byName.get('workload: plain SQLite (baseline)') ?? NaN;
  const enc = byName.get('workload: SQLCipher 4') ?? NaN;
  console.log(
    `\nunlock split: KDF ${((kdf / (kdf + open)) * 100).toFixed(1)} %, open ${((open / (kdf + open)) * 100).toFixed(1)} %`,
  );
  console.log(`SQLCipher / plain SQLite on the insert+select workload: ${(enc / plain).toFixed(2)}x`);
}
const casefile = await runCasefileBench(progress);

// The casefile at the scale: median and p95 per query, encrypted and plain, the ratio
// of medians, and the goals next to the figures (p95 < 20 ms, conflict < 50 ms, ratio ≤ 1.25).
const RATIO_GOAL = 1.25;
const ms = (v: number) => v.toFixed(2).padStart(7);
const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
console.log(
  `\nCasefile: 10,000 clients, 20,000 cases, 200,000 notes/activities (bulk build: SQLCipher ` +
    `${(casefile.buildMs.encrypted / 1000).toFixed(1)} s, plain ${(casefile.buildMs.plain / 1000).toFixed(1)} s)\n`,
);
console.log('Sampled after ANALYZE (planner statistics). "loaded": SQLCipher again while a second process keeps one');
console.log('core busy. "cpu": median CPU time of this process per call, which competing processes hardly');
console.log('move. The last column is one run on SQLCipher without statistics.\n');
console.log(`${'query'.padEnd(58)}  SQLCipher ms          loaded ms       plain ms      ratio   goals`);
console.log(`${''.padEnd(58)}  median    p95    cpu  median    p95  median    p95   (median)`);
const line = (r: CasefileBenchRow) => {
  const ratio = r.encrypted.medianMs / r.plain.medianMs;
  const p95ok = r.encrypted.p95Ms < r.goalMs && r.encryptedLoaded.p95Ms < r.goalMs;
  return (
    `${r.name.padEnd(58)} ${ms(r.encrypted.medianMs)} ${ms(r.encrypted.p95Ms)} ${ms(r.encrypted.cpuMedianMs)}` +
    ` ${ms(r.encryptedLoaded.medianMs)} ${ms(r.encryptedLoaded.p95Ms)} ${ms(r.plain.medianMs)} ${ms(r.plain.p95Ms)}` +
    `   ${ratio.toFixed(2)}x   ${mark(p95ok)} p95 < ${r.goalMs} ms (idle and loaded); ${mark(ratio <= RATIO_GOAL)} ratio ≤ ${RATIO_GOAL}` +
    `  (n=${r.encrypted.samples}/${r.encryptedLoaded.samples}/${r.plain.samples})  no stats: ${r.withoutStatsMs.toFixed(1)} ms`
  );
};
for (const r of casefile.rows) console.log(line(r));

if (only === undefined) {
  progress('documents: 256 MiB encrypt/decrypt and openssl speed…');
  const documents = await runDocumentBench();
  // Documents: 256 MiB encrypt/decrypt against `openssl speed -evp aes-256-gcm` (16 KiB blocks),
  // both measured in this run; goal ≥ 0.6 × openssl. Without openssl the ratio is not printed.
  const DOC_GOAL = 0.6;
  const docRate = (prefix: string) => documents.find((r) => r.name.startsWith(prefix))?.mibPerSec ?? NaN;
  const openssl = docRate('baseline: openssl');
  const hasOpenssl = Number.isFinite(openssl) && openssl > 0;
  const docRows: DocumentBenchRow[] = documents.filter((r) => hasOpenssl || !r.name.startsWith('baseline: openssl'));
  console.log('\nDocuments: 256 MiB generated file (best of the runs)\n');
  console.log(
    formatDocumentBench(docRows)
      .split('\n')
      .filter((l) => hasOpenssl || !l.includes('/ openssl'))
      .join('\n'),
  );
  if (!hasOpenssl) console.log('openssl not available: no AES-GCM baseline, ratio not computed');
  else
    for (const op of ['encrypt', 'decrypt'] as const) {
      const ratio = docRate(`document ${op}, in memory`) / openssl;
      console.log(
        `${ratio >= DOC_GOAL ? '✓' : '✗'} document ${op} / openssl aes-256-gcm 16 KiB: ${ratio.toFixed(2)} (goal ≥ ${DOC_GOAL})`,
      );
    }

  // Reports: a quarterly report over 10,000 cases, preview and sealed export; goal < 500 ms.
  progress('reports: building a 10,000-case vault…');
  const reportRows = await runReportBench();
  console.log('\nReports (median)\n');
  for (const r of reportRows) {
    console.log(
      `${r.medianMs <= r.goalMs ? '✓' : '✗'} ${fmt(r.medianMs)}  ${r.name}  (goal < ${r.goalMs} ms, n=${r.samples})`,
    );
  }
}
