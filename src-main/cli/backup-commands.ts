import { resolve } from 'node:path';
import { parseAndRun, UsageError } from './output';
import { parseCommandLine } from './args';
import { z } from 'zod';
import { backupVault, describeFolder, restoreBackup, verifyBackup, type BackupSecret } from '../services/backup';
import { purgeDue } from '../services/retention';
import type { Services } from '../services/create-services';
import type { Language } from '../shared/schemas/vault';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import { languageFromEnv, messagesFor } from './messages';
import { readSecret, withVault } from './vault-session';

/**
 * `backup create|verify|restore` and `case purge`. They parse their own options; main.ts routes
 * them here before the casefile commands (which own the other `case …` words).
 */
const MESSAGES = {
  tr: {
    usage:
      'Kullanım: emanet backup create --vault KLASÖR --out DOSYA [--force] [--json]\n          emanet backup verify DOSYA [--json]\n          emanet backup restore DOSYA --vault YENİKLASÖR [--force] [--json]\n          emanet case purge --vault KLASÖR --due [--json]',
    created: (n: number) => `Yedek yazıldı (${n} belge).`,
    verified: 'Yedek doğrulandı: yapı, imza, veritabanı ve tüm belgeler sağlam.',
    damaged: 'Yedek doğrulanamadı: dosya hasarlı ya da değiştirilmiş.',
    noSpace:
      'Seçilen yerde yeterli alan yok (ya da dosya bu sürücü için fazla büyük). Başka bir disk ya da bellek seçin; kasanız değişmedi.',
    noPermission: 'Seçilen yere yazılamıyor (salt okunur ya da izin yok). Başka bir klasör seçin; kasanız değişmedi.',
    tooManyDocuments:
      'Kasada tek bir yedek dosyasına sığmayacak kadar çok belge sürümü var. Yedek yazılmadı; kasanız değişmedi.',
    outExists: 'Bu adla bir dosya zaten var; üzerine yazmak için --force verin. Hiçbir şey yazılmadı.',
    targetIsLink:
      'Hedef klasör bir sembolik bağlantı; geri yükleme onun gösterdiği yeri silebilirdi. Gerçek klasörün yolunu verin. Hiçbir şey değişmedi.',
    restored: 'Yedek geri yüklendi. Kasayı parolanızla ya da kurtarma anahtarınızla açabilirsiniz.',
    notEmpty: (what: string) =>
      `Hedef klasör boş değil: ${what}. Geri yükleme bunu SİLER; bundan eminseniz --force verin.`,
    replaced: (what: string) => `Hedef klasördeki önceki içerik silindi: ${what}.`,
    describe: (vault: boolean, files: number, bytes: number) =>
      `${vault ? 'bir kasa' : 'kasaya ait olmayan belgeler'} (${files} belge, ${bytes} bayt)`,
    purged: (n: number) => `${n} dosya kalıcı olarak silindi.`,
    needSecret:
      'Parolayı EMANET_PASSPHRASE ya da kurtarma anahtarını EMANET_RECOVERY_KEY ortam değişkeniyle verin ya da komutu bir terminalde çalıştırın.',
  },
  en: {
    usage:
      'Usage: emanet backup create --vault DIR --out FILE [--force] [--json]\n       emanet backup verify FILE [--json]\n       emanet backup restore FILE --vault NEWDIR [--force] [--json]\n       emanet case purge --vault DIR --due [--json]',
    created: (n: number) => `Backup written (${n} documents).`,
    verified: 'Backup verified: structure, signature, database and every document are intact.',
    damaged: 'The backup failed verification: the file is damaged or was changed.',
    noSpace:
      'There is not enough space there (or the file is too large for that drive). Choose another disk or stick; your vault is unchanged.',
    noPermission:
      'Emanet cannot write there (read-only or no permission). Choose another folder; your vault is unchanged.',
    tooManyDocuments:
      'The vault holds more document versions than one backup file can. No backup was written; your vault is unchanged.',
    outExists: 'A file with this name already exists; pass --force to replace it. Nothing was written.',
    targetIsLink:
      'The target folder is a symbolic link; restoring could destroy what it points at. Give the real folder. Nothing changed.',
    restored: 'Backup restored. Open the vault with your passphrase or your recovery key.',
    notEmpty: (what: string) =>
      `The target folder is not empty: ${what}. Restoring DESTROYS it; pass --force if you are sure.`,
    replaced: (what: string) => `What was in the target folder has been destroyed: ${what}.`,
    describe: (vault: boolean, files: number, bytes: number) =>
      `${vault ? 'a vault' : 'files that are not a vault'} (${files} files, ${bytes} bytes)`,
    purged: (n: number) => `${n} cases deleted for good.`,
    needSecret:
      'Give the passphrase in EMANET_PASSPHRASE or the recovery key in EMANET_RECOVERY_KEY, or run the command in a terminal.',
  },
} as const;
type Msg = (typeof MESSAGES)[Language];

export const BACKUP_COMMAND_NAMES = ['backup create', 'backup verify', 'backup restore', 'case purge'];

export function isBackupCommand(argv: readonly string[]): boolean {
  return argv[0] === 'backup' || (argv[0] === 'case' && argv[1] === 'purge');
}

const argsSchema = z.object({
  command: z.enum(['backup create', 'backup verify', 'backup restore', 'case purge']),
  file: z.string().min(1).optional(),
  vault: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
  due: z.boolean(),
  force: z.boolean(),
  json: z.boolean(),
});
type Args = z.infer<typeof argsSchema>;

function parse(argv: string[]): Args {
  const { values, positionals } = parseCommandLine(argv, {
    out: { type: 'string' },
    due: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  });
  const [first, second, file, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError();
  const { vault, out, due, force, json } = values;
  return argsSchema.parse({ command: `${first} ${second}`, file, vault, out, due, force, json });
}

/** Passphrase first, then the recovery key, then a prompt when there is a terminal. */
async function secretFrom(io: CliIo, m: Msg): Promise<BackupSecret> {
  const recovery = io.env.EMANET_RECOVERY_KEY;
  if (!io.env.EMANET_PASSPHRASE && recovery) return { kind: 'recovery', value: recovery };
  const prompt = messagesFor(languageFromEnv(io.env)).promptPassphrase;
  return { kind: 'passphrase', value: await readSecret(io, 'EMANET_PASSPHRASE', prompt, m.needSecret) };
}

function withUnlocked<T>(io: CliIo, m: Msg, dir: string, run: (services: Services) => Promise<T>): Promise<T> {
  return withVault(io, dir, run, { secret: () => secretFrom(io, m) });
}

interface Result {
  json: unknown;
  text: string;
  exitCode?: number;
}

async function run(args: Args, io: CliIo, m: Msg): Promise<Result> {
  switch (args.command) {
    case 'backup create': {
      if (!args.vault || !args.out || args.file || args.due) throw new UsageError(m.usage);
      const dir = resolve(args.vault);
      const out = resolve(args.out);
      // An existing file is replaced only with --force, and then only by a complete backup.
      const replace = args.force;
      const result = await withUnlocked(io, m, dir, (s) => backupVault(s.vault, s.paths, s.clock, out, { replace }));
      return { json: result, text: m.created(result.documents) };
    }
    case 'backup verify': {
      if (!args.file || args.vault || args.out || args.due || args.force) throw new UsageError(m.usage);
      const result = await verifyBackup(resolve(args.file), await secretFrom(io, m));
      return { json: result, text: m.verified };
    }
    case 'backup restore': {
      if (!args.file || !args.vault || args.out || args.due) throw new UsageError(m.usage);
      const target = resolve(args.vault);
      const existing = await describeFolder(target);
      const what = existing ? m.describe(existing.isVault, existing.files, existing.bytes) : '';
      if (existing && !args.force) {
        io.stderr(m.notEmpty(what));
        return {
          json: { error: { code: 'VAULT_EXISTS', message: m.notEmpty(what) } },
          text: '',
          exitCode: EXIT.failure,
        };
      }
      const secret = await secretFrom(io, m);
      const result = await restoreBackup(resolve(args.file), secret, target, { replaceExisting: args.force });
      if (result.replaced) io.stderr(m.replaced(what));
      return {
        json: { vault: result.vault, documents: result.documents, replaced: result.replaced },
        text: m.restored,
      };
    }
    case 'case purge': {
      // Only retention-driven purges for now: deleting one named case is the trash's job.
      if (!args.vault || !args.due || args.file || args.out || args.force) throw new UsageError(m.usage);
      const dir = resolve(args.vault);
      const result = await withUnlocked(io, m, dir, (s) => purgeDue(s.retention));
      return { json: result, text: m.purged(result.purged.length) };
    }
  }
}

/** Runs one backup or purge invocation; prints like main.ts and returns the exit code. */
export function runBackupCommand(argv: string[], io: CliIo): Promise<number> {
  return parseAndRun(
    io,
    MESSAGES,
    () => parse(argv),
    (args, m) => run(args, io, m),
    (args, m) => (error, code) => ({
      ...(code === 'INTEGRITY' && args.command !== 'case purge' ? { message: m.damaged } : {}),
      ...(error?.details?.includes('backup.noSpace') ? { message: m.noSpace } : {}),
      ...(error?.details?.includes('backup.noPermission') ? { message: m.noPermission } : {}),
      ...(error?.details?.includes('backup.tooManyDocuments') ? { message: m.tooManyDocuments } : {}),
      ...(error?.details?.includes('backup.exists') ? { message: m.outExists } : {}),
      ...(error?.details?.includes('restore.targetIsLink') ? { message: m.targetIsLink } : {}),
      documentFields: { ok: false },
    }),
  );
}
