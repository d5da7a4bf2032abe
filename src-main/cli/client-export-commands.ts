import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock, type Clock } from '../services/clock';
import type { Language } from '../shared/schemas/vault';
import type { CliIo } from './io';
import { languageFromEnv } from './messages';
import { printOutcome, UsageError, type Outcome } from './output';
import { withVault } from './vault-session';

/**
 * `client export --vault DIR --id ID --out DIR [--with-documents] [--json]` (issue 17, KVKK art. 11):
 * everything the vault holds about one client into DIR as `client-data.json` and `client-data.pdf`
 * (headings in the CLI's language), and with `--with-documents` the decrypted documents in
 * `client-data-documents/`. Existing files are never replaced (exit 1, CONFLICT). The output
 * names files and counts, never the person.
 */
const MESSAGES = {
  tr: {
    usage: 'Kullanım: emanet client export --vault KLASÖR --id MÜVEKKİL_ID --out KLASÖR [--with-documents] [--json]',
    done: (cases: number, documents: number, dir: string) =>
      `Müvekkilin verileri yazıldı (${cases} dosya${documents ? `, ${documents} belge` : ''}): ${dir}`,
  },
  en: {
    usage: 'Usage: emanet client export --vault DIR --id CLIENT_ID --out DIR [--with-documents] [--json]',
    done: (cases: number, documents: number, dir: string) =>
      `The client's data was written (${cases} cases${documents ? `, ${documents} documents` : ''}): ${dir}`,
  },
} as const;

const OPTIONS = {
  vault: { type: 'string' },
  id: { type: 'string' },
  out: { type: 'string' },
  'with-documents': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

export const CLIENT_EXPORT_COMMAND_NAMES = ['client export'];

export function isClientExportCommand(argv: readonly string[]): boolean {
  return argv[0] === 'client' && argv[1] === 'export';
}

/** The files' names inside `--out`. */
export const CLIENT_EXPORT_BASENAME = 'client-data';

export async function runClientExportCommand(argv: string[], io: CliIo, clock: Clock = systemClock): Promise<number> {
  const language: Language = languageFromEnv(io.env);
  const m = MESSAGES[language];
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(2), options: OPTIONS, strict: true, allowPositionals: false });
  } catch {
    io.stderr(m.usage);
    return 2;
  }
  const { values } = parsed;
  return printOutcome(io, { json: values.json, language, usage: m.usage }, async (): Promise<Outcome> => {
    if (!values.vault || !values.id || !values.out) throw new UsageError(m.usage);
    const out = resolve(values.out);
    const id = values.id;
    await mkdir(out, { recursive: true, mode: 0o700 });
    const result = await withVault(
      io,
      resolve(values.vault),
      (s) =>
        s.clientExport.write(id, join(out, CLIENT_EXPORT_BASENAME), {
          withDocuments: values['with-documents'],
          language,
        }),
      { clock },
    );
    return {
      json: {
        pdf: result.pdf,
        json: result.json,
        documentsDir: result.documentsDir,
        cases: result.cases,
        documents: result.documents,
      },
      text: m.done(result.cases, result.documents, out),
    };
  });
}
