import { basename, extname, resolve } from 'node:path';
import { parseAndRun, UsageError } from './output';
import { parseCommandLine, stringOptions } from './args';
import { z } from 'zod';
import type { DocumentService } from '../services/documents';
import type { Services } from '../services/create-services';
import { AppError } from '../shared/errors';
import { DOCUMENT_CATEGORIES } from '../shared/schemas/documents';
import type { Language } from '../shared/schemas/vault';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import { withVault } from './vault-session';

/**
 * `doc add|get|verify|path`. These parse their own options (main.ts only routes `doc …` here),
 * so the vault commands' strict option list stays as it is.
 */
const MESSAGES = {
  tr: {
    usage:
      'Kullanım: emanet doc add --vault KLASÖR --case KİMLİK DOSYA [--title BAŞLIK] [--category TÜR] [--json]\n          emanet doc get --vault KLASÖR KİMLİK --out DOSYA [--force] [--json]\n          emanet doc verify --vault KLASÖR [KİMLİK] [--json]\n          emanet doc path --vault KLASÖR KİMLİK [--json]',
    added: 'Belge eklendi:',
    exported: 'Belgenin şifresiz kopyası yazıldı. Bu dosyayı işiniz bitince silin.',
    exists: 'Hedef dosya zaten var; üzerine yazmak için --force verin.',
    noSpace: 'Belgeyi saklamak için yeterli alan yok. Yer açıp yeniden deneyin; kasanız değişmedi.',
    noPermission: 'Belge klasörüne yazılamıyor (salt okunur ya da izin yok); kasanız değişmedi.',
    verified: 'Tüm belgeler doğrulandı.',
    failed: (id: string) => `Belge doğrulanamadı: ${id}`,
  },
  en: {
    usage:
      'Usage: emanet doc add --vault DIR --case ID FILE [--title TITLE] [--category KIND] [--json]\n       emanet doc get --vault DIR ID --out FILE [--force] [--json]\n       emanet doc verify --vault DIR [ID] [--json]\n       emanet doc path --vault DIR ID [--json]',
    added: 'Document added:',
    exported: 'Decrypted copy written. Delete it when you are done with it.',
    exists: 'The destination exists; pass --force to overwrite it.',
    noSpace: 'There is not enough space to store the document. Free some space and try again; your vault is unchanged.',
    noPermission: 'The document folder cannot be written (read-only or no permission); your vault is unchanged.',
    verified: 'All documents verified.',
    failed: (id: string) => `Document failed verification: ${id}`,
  },
} as const;

type DocMessages = (typeof MESSAGES)[Language];

const argsSchema = z.object({
  sub: z.enum(['add', 'get', 'verify', 'path']),
  rest: z.array(z.string()).max(1),
  vault: z.string().min(1),
  case: z.string().optional(),
  title: z.string().optional(),
  category: z.enum(DOCUMENT_CATEGORIES).optional(),
  out: z.string().min(1).optional(),
  force: z.boolean(),
  json: z.boolean(),
});
type DocArgs = z.infer<typeof argsSchema>;

interface Result {
  exitCode: number;
  json: unknown;
  text: string;
  error?: string;
}

/** For CLI_COMMANDS (and so the README check): every `doc` command main.ts routes here. */
export const DOCUMENT_COMMAND_NAMES = ['doc add', 'doc get', 'doc verify', 'doc path'];

export function isDocumentCommand(argv: readonly string[]): boolean {
  return argv[0] === 'doc';
}

function parse(argv: string[]): DocArgs {
  const { values, positionals } = parseCommandLine(argv, {
    ...stringOptions('case', 'title', 'category', 'out'),
    force: { type: 'boolean', default: false },
  });
  const [, sub, ...rest] = positionals;
  return argsSchema.parse({ sub, rest, ...values });
}

function withDocuments<T>(args: DocArgs, io: CliIo, run: (docs: DocumentService, s: Services) => Promise<T>) {
  return withVault(io, resolve(args.vault), (s) => run(s.documents, s));
}

/** The newest version of a document: what `get` and `path` act on. */
async function latestVersion(docs: DocumentService, id: string) {
  const [latest] = await docs.versions(id);
  if (!latest) throw new AppError('NOT_FOUND', 'Not found');
  return latest;
}

async function run(args: DocArgs, io: CliIo, m: DocMessages): Promise<Result> {
  const [target] = args.rest;
  switch (args.sub) {
    case 'add': {
      if (target === undefined || args.case === undefined || args.out !== undefined) throw new UsageError(m.usage);
      const path = resolve(target);
      const title = args.title ?? basename(path, extname(path));
      const added = await withDocuments(args, io, async (docs) => {
        const result = await docs.add(
          { caseId: args.case, title, category: args.category ?? 'other' },
          { kind: 'file', path },
        );
        // The document is stored; a PDF's text is read now, before this process exits, so a
        // `search` right after finds it (the app would do it in the background).
        await docs.texts.drain();
        return result;
      });
      const json = { id: added.id, sha256: added.sha256, size: added.size };
      return { exitCode: EXIT.ok, json, text: `${m.added} ${added.id}\nsha256 ${added.sha256}\n${added.size} B` };
    }
    case 'get': {
      if (target === undefined || args.out === undefined) throw new UsageError(m.usage);
      const out = resolve(args.out);
      const latest = await withDocuments(args, io, async (docs) => {
        const v = await latestVersion(docs, target);
        await docs.export(v.id, out, { overwrite: args.force });
        return v;
      });
      return {
        exitCode: EXIT.ok,
        json: { id: target, versionId: latest.id, out, sha256: latest.sha256, size: latest.size },
        text: m.exported,
      };
    }
    case 'verify': {
      const results = await withDocuments(args, io, (docs) => docs.verify(target));
      const failed = results.filter((r) => !r.ok);
      return {
        exitCode: failed.length === 0 ? EXIT.ok : EXIT.integrity,
        json: { ok: failed.length === 0, documents: results },
        text: failed.length === 0 ? m.verified : '',
        ...(failed.length > 0 ? { error: failed.map((r) => m.failed(r.id)).join('\n') } : {}),
      };
    }
    case 'path': {
      if (target === undefined) throw new UsageError(m.usage);
      const path = await withDocuments(args, io, async (docs, s) => s.documentPath(await docs.storageName(target)));
      return { exitCode: EXIT.ok, json: { id: target, path }, text: path };
    }
  }
}

/** Runs one `doc …` invocation; prints like main.ts does and returns the exit code. */
export function runDocumentCommand(argv: string[], io: CliIo): Promise<number> {
  return parseAndRun(
    io,
    MESSAGES,
    () => parse(argv),
    async (args, m) => {
      const result = await run(args, io, m);
      return { ...result, stderr: result.error !== undefined ? [result.error] : [] };
    },
    (args, m) => (error, code) =>
      code === 'CONFLICT' && args.sub === 'get'
        ? { message: m.exists }
        : error?.details?.includes('document.noSpace')
          ? { message: m.noSpace }
          : error?.details?.includes('document.noPermission')
            ? { message: m.noPermission }
            : undefined,
  );
}
