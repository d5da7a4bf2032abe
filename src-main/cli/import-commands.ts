import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock, type Clock } from '../services/clock';
import { readImportFile } from '../services/import';
import { AppError } from '../shared/errors';
import type { ImportMappingInput } from '../shared/schemas/import';
import type { Language } from '../shared/schemas/vault';
import type { CliIo } from './io';
import { languageFromEnv } from './messages';
import { printOutcome, UsageError, type Outcome } from './output';
import { withVault } from './vault-session';

/**
 * `import clients FILE --vault DIR [--mapping FILE] [--dry-run] [--json]` (issue 17): a client
 * list from Excel (.xlsx) or CSV, through the same preview and commit as the app's mapping
 * screen. Without `--mapping` the columns are recognised from their headers (or the mapping
 * saved by the last import of a sheet with the same headers). Every row takes the suggested
 * choice: rows with errors, possible conflicts or an earlier duplicate in the file are skipped
 * and listed with their reasons; the others are imported in one transaction. `--dry-run` writes
 * nothing. The output names rows by number and clients by id, never by name.
 */
const MESSAGES = {
  tr: {
    usage:
      'Kullanım: emanet import clients DOSYA.xlsx|DOSYA.csv --vault KLASÖR [--mapping EŞLEME.json] [--dry-run] [--json]',
    summary: (c: Counts, dryRun: boolean) =>
      `${dryRun ? 'Deneme (hiçbir şey yazılmadı): ' : ''}${c.created} müvekkil eklendi, ${c.merged} birleştirildi, ${c.skipped} satır atlandı, ${c.cases} dosya açıldı.`,
    skippedRow: (row: number, why: string) => `Satır ${row} atlandı: ${why}`,
    conflict: (ids: string) => `olası menfaat çatışması (${ids})`,
    duplicate: (rows: string) => `dosyada aynı kişi olabilir (satır ${rows})`,
  },
  en: {
    usage: 'Usage: emanet import clients FILE.xlsx|FILE.csv --vault DIR [--mapping MAPPING.json] [--dry-run] [--json]',
    summary: (c: Counts, dryRun: boolean) =>
      `${dryRun ? 'Dry run (nothing written): ' : ''}${c.created} clients added, ${c.merged} merged, ${c.skipped} rows skipped, ${c.cases} cases opened.`,
    skippedRow: (row: number, why: string) => `Row ${row} skipped: ${why}`,
    conflict: (ids: string) => `possible conflict of interest (${ids})`,
    duplicate: (rows: string) => `may be the same person as row ${rows} of the file`,
  },
} as const;

interface Counts {
  created: number;
  merged: number;
  skipped: number;
  cases: number;
}

const OPTIONS = {
  vault: { type: 'string' },
  json: { type: 'boolean', default: false },
  mapping: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
} as const;

export const IMPORT_COMMAND_NAMES = ['import clients'];

export function isImportCommand(argv: readonly string[]): boolean {
  return argv[0] === 'import';
}

/** A mapping file is a few hundred bytes; anything near this is not one. */
const MAX_MAPPING_BYTES = 64 * 1024;

async function readMapping(path: string): Promise<unknown> {
  try {
    const handle = await open(path, 'r');
    try {
      if ((await handle.stat()).size > MAX_MAPPING_BYTES) throw new Error('too large');
      return JSON.parse((await handle.readFile('utf8')).replace(/^\uFEFF/, '')) as unknown;
    } finally {
      await handle.close();
    }
  } catch {
    throw new AppError('VALIDATION', 'Invalid input', ['mapping:file.unreadable']);
  }
}

export async function runImportCommand(argv: string[], io: CliIo, clock: Clock = systemClock): Promise<number> {
  const language: Language = languageFromEnv(io.env);
  const m = MESSAGES[language];
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch {
    io.stderr(m.usage);
    return 2;
  }
  const { values, positionals } = parsed;
  const json = values.json;
  return printOutcome(io, { json, language, usage: m.usage }, async (): Promise<Outcome> => {
    if (positionals.length !== 3 || positionals[1] !== 'clients' || !values.vault) throw new UsageError(m.usage);
    const file = resolve(positionals[2] ?? '');
    const dryRun = values['dry-run'];
    // Read and checked before unlocking: a wrong file never needs the passphrase.
    const mapping =
      values.mapping !== undefined ? ((await readMapping(values.mapping)) as ImportMappingInput) : undefined;
    const table = await readImportFile(file);
    const { preview, outcome } = await withVault(
      io,
      resolve(values.vault),
      async (s) => {
        const preview = await s.imports.preview(table, mapping);
        const outcome = await s.imports.commit(preview, [], { dryRun });
        return { preview, outcome };
      },
      { clock },
    );
    const byRow = new Map(outcome.rows.map((r) => [r.row, r]));
    const rows = preview.rows.map((v) => ({
      row: v.row,
      outcome: byRow.get(v.row)?.outcome ?? 'skipped',
      clientId: byRow.get(v.row)?.clientId ?? null,
      caseId: byRow.get(v.row)?.caseId ?? null,
      errors: v.errors,
      conflicts: v.conflicts.map((c) => ({ id: c.id, score: c.score, reasons: c.reasons })),
      duplicateOf: v.duplicateOf,
    }));
    const stderr: string[] = [];
    for (const r of rows) {
      if (r.outcome !== 'skipped') continue;
      const why = [
        ...r.errors,
        ...(r.conflicts.length ? [m.conflict(r.conflicts.map((c) => c.id).join(', '))] : []),
        ...(r.duplicateOf.length ? [m.duplicate(r.duplicateOf.join(', '))] : []),
      ];
      if (why.length) stderr.push(m.skippedRow(r.row, why.join('; ')));
    }
    const { source } = preview;
    return {
      stderr,
      json: {
        dryRun,
        source: { kind: source.kind, encoding: source.encoding, delimiter: source.delimiter, rows: source.rowCount },
        mapping: preview.mapping,
        mappingOrigin: preview.mappingOrigin,
        created: outcome.created,
        merged: outcome.merged,
        skipped: outcome.skipped,
        cases: outcome.cases,
        deadlines: outcome.deadlines,
        rows,
      },
      text: m.summary(outcome, dryRun),
    };
  });
}
