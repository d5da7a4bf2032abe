import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fakeClock } from '../../src-main/services/clock';
import { createServices } from '../../src-main/services/create-services';
import { readCsv } from '../../src-main/services/import';
import { clientInputSchema, type ClientInput } from '../../src-main/shared/schemas/clients';
import { withTurkishIdChecksum } from '../helpers/identity';
import { csvBytes } from '../helpers/spreadsheets';
import { TEST_KDF } from '../helpers/temp-vault';
import { syntheticPeople } from './conflict-bench';

/**
 * Issue 17: an import preview of 5,000 rows with the conflict check against 10,000 clients
 * (goal < 3 s), on a real SQLCipher vault. The baseline, measured in the same rounds, is reading
 * the same CSV alone (decode Windows-1254, find the delimiter, split); the ratio says what
 * mapping, validation with the forms' schemas, duplicates in the file and the vault's conflict
 * check add on top. "warm": the conflict index is already in memory, as after the first check of
 * a session; "cold": the first preview after unlock, which builds it.
 */
export interface ImportBenchRow {
  name: string;
  medianMs: number;
  samples: number;
}

const ROUNDS = Number(process.env.EMANET_BENCH_ROUNDS) || 5;
const GOAL_MS = 3000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

function clientOf(p: ReturnType<typeof syntheticPeople>[number], i: number): ClientInput {
  const dob = p.dateOfBirth ?? '';
  return clientInputSchema('2026-11-28').parse({
    givenName: p.givenName ?? 'X',
    familyName: p.familyName,
    aliases: (p.aliases ?? []).map((name) => ({ name, kind: 'spelling' })),
    dateOfBirth: /^\d{4}$/.test(dob) ? { precision: 'year', year: Number(dob) } : { precision: 'exact', date: dob },
    identityNumbers: [
      { kind: 'foreign-id', value: withTurkishIdChecksum(`99${String(1_000_000 + i).padStart(7, '0')}`) },
    ],
  });
}

export async function runImportBench(
  progress: (line: string) => void,
): Promise<{ rows: ImportBenchRow[]; goalMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'emanet-import-bench-'));
  const services = createServices({ vaultDir: join(dir, 'vault'), clock: fakeClock(), kdfCost: TEST_KDF });
  try {
    await services.vault.create('bench-import-Üsküdar-1923-mavi');
    progress('import: writing 10,000 clients into the vault…');
    const people = syntheticPeople(10_000, 42);
    await services.vault
      .db()
      .transaction()
      .execute(async (tx) => {
        for (const [i, p] of people.entries()) await services.casefile.clients.createIn(tx, clientOf(p, i));
      });
    // 5,000 rows from another seed: some are the vault's people under another spelling.
    const rows = syntheticPeople(5_000, 7).map((p, i) => [
      `${p.givenName ?? ''} ${p.familyName ?? ''}`,
      ['Suriye', 'Afganistan', 'Irak', 'İran', 'Somali'][i % 5] ?? '',
      /^\d{4}$/.test(p.dateOfBirth ?? '')
        ? (p.dateOfBirth ?? '')
        : (p.dateOfBirth ?? '').split('-').reverse().join('.'),
      withTurkishIdChecksum(`99${String(5_000_000 + i).padStart(7, '0')}`),
      '0532 111 22 33',
    ]);
    const bytes = csvBytes([['Adı Soyadı', 'Uyruğu', 'Doğum Tarihi', 'YKN', 'Telefon'], ...rows], ';', 'windows-1254');

    const parse: number[] = [];
    const warm: number[] = [];
    const cold: number[] = [];
    let flagged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      progress(`import: round ${round + 1} of ${ROUNDS}…`);
      let t = performance.now();
      readCsv(bytes);
      parse.push(performance.now() - t);

      services.casefile.conflicts.clear();
      t = performance.now();
      await services.imports.preview(readCsv(bytes));
      cold.push(performance.now() - t);

      t = performance.now();
      const preview = await services.imports.preview(readCsv(bytes));
      warm.push(performance.now() - t);
      flagged = preview.rows.filter((r) => r.conflicts.length > 0).length;
    }
    progress(`import: ${flagged} of 5,000 rows flagged as possible conflicts`);
    return {
      goalMs: GOAL_MS,
      rows: [
        { name: 'import: read the 5,000-row CSV only (baseline)', medianMs: median(parse), samples: ROUNDS },
        { name: 'import: preview 5,000 rows vs 10,000 clients (warm)', medianMs: median(warm), samples: ROUNDS },
        { name: 'import: preview 5,000 rows vs 10,000 clients (cold index)', medianMs: median(cold), samples: ROUNDS },
      ],
    };
  } finally {
    await services.vault.lock();
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatImportBench(result: { rows: ImportBenchRow[]; goalMs: number }): string {
  const [base, ...rest] = result.rows;
  const lines = ['\nImport preview (issue 17; median of the rounds)\n'];
  if (base) lines.push(`${base.medianMs.toFixed(0).padStart(8)} ms  ${base.name}  (n=${base.samples})`);
  for (const r of rest) {
    const ratio = base ? r.medianMs / base.medianMs : NaN;
    lines.push(
      `${r.medianMs.toFixed(0).padStart(8)} ms  ${r.name}  ${ratio.toFixed(1)}x the baseline  ` +
        `${r.medianMs < result.goalMs ? 'ok  ' : 'MISS'} goal < ${result.goalMs} ms  (n=${r.samples})`,
    );
  }
  return lines.join('\n');
}
