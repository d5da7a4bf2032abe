import { runVaultBench } from './vault-bench';

/** `npm run bench`: medians and ratios against a baseline measured in the same run. */
const rows = await runVaultBench();
const byName = new Map(rows.map((r) => [r.name, r.medianMs]));
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2)).padStart(8) + ' ms';

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
