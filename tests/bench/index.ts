import { runCasefileBench, type CasefileBenchRow } from './casefile-bench';
import { runConflictBench } from './conflict-bench';
import { formatImportBench, runImportBench } from './import-bench';
import { formatDocumentBench, runDocumentBench } from './document-bench';
import { formatFieldDataBench, runFieldDataBench } from './field-data-bench';
import { runReportBench } from './report-bench';
import { runVaultBench } from './vault-bench';
import { formatViewerBench, runViewerBench } from './viewer-bench';

/**
 * `npm run bench`: medians and ratios against a baseline measured in the same run.
 * `npm run bench -- casefile` runs the casefile queries only; `npm run bench -- documents` the
 * documents section only (issue 18); `npm run bench -- fielddata` the field-data utility figures
 * only (issue 15); `npm run bench -- import` the import preview only (issue 17); `npm run bench --
 * viewer` the viewer's time to the first page of a 50-page PDF only (issue 18).
 */
const progress = (line: string) => console.error(line);
const only = process.argv[2];
if (only !== undefined && !['casefile', 'documents', 'fielddata', 'import', 'viewer'].includes(only))
  throw new Error(`unknown bench part: ${only} (known: casefile, documents, fielddata, import, viewer)`);
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2)).padStart(8) + ' ms';

if (only === 'documents') {
  progress('documents: 256 MiB import/export/encrypt/decrypt against same-round baselines…');
  const rounds = Number(process.env.EMANET_BENCH_ROUNDS) || undefined;
  console.log(formatDocumentBench(await runDocumentBench({ progress, ...(rounds ? { rounds } : {}) })));
  process.exit(0);
}

if (only === 'viewer') {
  console.log(formatViewerBench(await runViewerBench({ progress })));
  process.exit(0);
}

if (only === 'import') {
  console.log(formatImportBench(await runImportBench(progress)));
  process.exit(0);
}

if (only === 'fielddata') {
  progress('field data: old and new disclosure control on the demo vault and a 120-client load…');
  console.log(formatFieldDataBench(await runFieldDataBench()));
  process.exit(0);
}

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
  // Documents (issue 18): import/export against a plain fsync'd copy, encrypt/decrypt against
  // openssl, each ratio taken per round against a baseline measured right next to it; idle and
  // with a CPU burner.
  progress('documents: 256 MiB import/export/encrypt/decrypt against same-round baselines…');
  console.log(formatDocumentBench(await runDocumentBench({ progress })));

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

if (only === undefined) {
  // Field data (issue 15): published cells and error, suppression against perturbation.
  progress('field data: old and new disclosure control on the demo vault and a 120-client load…');
  console.log(formatFieldDataBench(await runFieldDataBench()));
}

if (only === undefined) {
  // Import (issue 17): 5,000 rows previewed against 10,000 clients, against reading the CSV alone.
  console.log(formatImportBench(await runImportBench(progress)));
}

if (only === undefined) {
  // Viewer (issue 18): time to the first page of a 50-page PDF, built renderer in Chromium; goal < 300 ms warm.
  console.log(formatViewerBench(await runViewerBench({ progress })));
}
