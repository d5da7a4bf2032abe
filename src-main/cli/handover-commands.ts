import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { systemClock, type Clock } from '../services/clock';
import { handoverRefusalOf, writeHandoverKeyFile } from '../services/handover';
import { AppError } from '../shared/errors';
import type { HandoverRefusal } from '../shared/handover-refusals';
import type { Language } from '../shared/schemas/vault';
import { parseCommandLine, stringOptions } from './args';
import type { CliIo } from './io';
import { parseAndRun, UsageError, type Outcome } from './output';
import { withVault } from './vault-session';

/**
 * Case handover between lawyers (issue 17 §2) for scripts:
 *   handover key export   this vault's receiving key file, to hand to colleagues (public)
 *   handover trust F      trusts a colleague's key file (after comparing its words)
 *   case handover         seals a case to a trusted colleague's key into a file
 *   case receive F        verifies and imports a handover; prints the confirmation code
 *   handover confirm      the sender enters the code read back; with --shred chosen, shreds
 *   handover withdraw     takes back an unconfirmed handover: the case is editable again
 * The output names cases and handovers by id and keys by their words, never a person.
 */
export const HANDOVER_COMMAND_NAMES = [
  'handover key export',
  'handover trust',
  'handover confirm',
  'handover withdraw',
  'case handover',
  'case receive',
] as const;

export function isHandoverCommand(argv: readonly string[]): boolean {
  return argv[0] === 'handover' || (argv[0] === 'case' && (argv[1] === 'handover' || argv[1] === 'receive'));
}

const REFUSALS: Record<Language, Record<HandoverRefusal, string>> = {
  tr: {
    'handover.notAHandoverFile': 'Bu bir devir paketi değil.',
    'handover.unsupportedVersion': 'Bu devir paketi desteklenmeyen bir sürümden geliyor.',
    'handover.wrongRecipient': 'Bu devir başka bir avukatın anahtarına mühürlenmiş; bu kasa açamaz.',
    'handover.tampered': 'Devir paketi bozuk ya da değiştirilmiş; hiçbir şey alınmadı.',
    'handover.badSignature': 'Devir paketinin imzası doğrulanamadı; hiçbir şey alınmadı.',
    'handover.untrustedSender':
      'Bu devri gönderen avukatın anahtarına henüz güvenilmiyor: önce anahtarını kelimeleri karşılaştırarak ekleyin.',
    'handover.replayed': 'Bu devir bu kasaya daha önce alınmış.',
    'handover.caseExists': 'Bu dosya bu kasada zaten var.',
    'handover.badConfirmation': 'Onay kodu bu devirle eşleşmiyor.',
    'handover.alreadyConfirmed': 'Bu devir onaylandı; geri alınamaz.',
    'handoverKey.invalid': 'Bu bir devir anahtarı değil.',
    'handoverKey.badSignature': 'Devir anahtarı değiştirilmiş.',
    'handoverKey.ownKey': 'Bu, bu kasanın kendi anahtarı.',
    'handoverKey.notTrusted': 'Bu meslektaşın anahtarına güvenilmiyor: önce "handover trust" ile ekleyin.',
  },
  en: {
    'handover.notAHandoverFile': 'This is not a handover file.',
    'handover.unsupportedVersion': 'This handover file comes from an unsupported version.',
    'handover.wrongRecipient': 'This handover was sealed to another lawyer\u2019s key; this vault cannot open it.',
    'handover.tampered': 'The handover file is damaged or was altered; nothing was imported.',
    'handover.badSignature': 'The handover file\u2019s signature does not verify; nothing was imported.',
    'handover.untrustedSender':
      'The lawyer who sent this handover is not trusted yet: trust their key first, after comparing its words.',
    'handover.replayed': 'This handover was already imported into this vault.',
    'handover.caseExists': 'This case is already in this vault.',
    'handover.badConfirmation': 'The confirmation code does not match this handover.',
    'handover.alreadyConfirmed': 'This handover was confirmed; it cannot be withdrawn.',
    'handoverKey.invalid': 'This is not a handover key file.',
    'handoverKey.badSignature': 'The handover key file was altered.',
    'handoverKey.ownKey': 'This is this vault\u2019s own key.',
    'handoverKey.notTrusted': 'This colleague\u2019s key is not trusted: add it with "handover trust" first.',
  },
};

const MESSAGES = {
  tr: {
    usage:
      'Kullanım: emanet handover key export --vault KLASÖR --out DOSYA [--force] [--json]\n' +
      '          emanet handover trust ANAHTAR_DOSYASI --vault KLASÖR [--json]\n' +
      '          emanet case handover --vault KLASÖR --case ID --to ANAHTAR_DOSYASI --out DOSYA [--shred] [--force] [--json]\n' +
      '          emanet case receive DOSYA --vault KLASÖR [--attach DOSYADAKI_ID=MEVCUT_ID] [--json]\n' +
      '          emanet handover confirm --vault KLASÖR --id DEVIR_ID --code KOD [--json]\n' +
      '          emanet handover withdraw --vault KLASÖR --id DEVIR_ID [--json]',
    exists: 'Bu dosya zaten var (üzerine yazmak için --force).',
    keyExported: (out: string, words: string) => `Devir anahtarı yazıldı: ${out}\nParmak izi kelimeleri: ${words}`,
    trusted: (words: string) => `Meslektaşın anahtarına güvenildi. Kelimeler: ${words}`,
    sealed: (out: string, records: number, documents: number) =>
      `Dosya devredildi; devir paketi: ${out} (${records} kayıt, ${documents} belge). Kendi kopyanız artık salt okunur.`,
    received: (code: string) => `Dosya alındı. Onay kodunu gönderen avukata okuyun: ${code}`,
    confirmed: (shredded: boolean) =>
      shredded ? 'Onaylandı; dosyanın bu kasadaki kopyası imha edildi.' : 'Onaylandı; salt okunur kopya saklanıyor.',
    withdrawn: 'Devir geri alındı; dosya bu kasada yeniden düzenlenebilir.',
  },
  en: {
    usage:
      'Usage: emanet handover key export --vault DIR --out FILE [--force] [--json]\n' +
      '       emanet handover trust KEYFILE --vault DIR [--json]\n' +
      '       emanet case handover --vault DIR --case ID --to KEYFILE --out FILE [--shred] [--force] [--json]\n' +
      '       emanet case receive FILE --vault DIR [--attach FILE_CLIENT_ID=EXISTING_ID] [--json]\n' +
      '       emanet handover confirm --vault DIR --id HANDOVER_ID --code CODE [--json]\n' +
      '       emanet handover withdraw --vault DIR --id HANDOVER_ID [--json]',
    exists: 'This file already exists (use --force to replace it).',
    keyExported: (out: string, words: string) => `Handover key written: ${out}\nFingerprint words: ${words}`,
    trusted: (words: string) => `Colleague\u2019s key trusted. Words: ${words}`,
    sealed: (out: string, records: number, documents: number) =>
      `Case handed over: ${out} (${records} records, ${documents} documents). Your copy is now read-only.`,
    received: (code: string) => `Case received. Read this confirmation code back to the sender: ${code}`,
    confirmed: (shredded: boolean) =>
      shredded
        ? 'Confirmed; this vault\u2019s copy of the case was shredded.'
        : 'Confirmed; the read-only copy is kept.',
    withdrawn: 'Handover withdrawn; the case can be edited in this vault again.',
  },
} as const;

const argsSchema = z.object({
  command: z.enum(HANDOVER_COMMAND_NAMES),
  files: z.array(z.string().min(1)),
  vault: z.string().min(1),
  out: z.string().min(1).optional(),
  case: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  code: z.string().min(1).max(40).optional(),
  attach: z.array(z.string().regex(/^[^=]+=[^=]+$/)),
  shred: z.boolean(),
  force: z.boolean(),
  json: z.boolean(),
});
type Args = z.infer<typeof argsSchema>;

function parse(argv: string[]): Args {
  const { values, positionals } = parseCommandLine(argv, {
    ...stringOptions('out', 'case', 'to', 'id', 'code'),
    attach: { type: 'string', multiple: true },
    shred: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  });
  const command =
    positionals[0] === 'handover' && positionals[1] === 'key'
      ? positionals.slice(0, 3).join(' ')
      : positionals.slice(0, 2).join(' ');
  const files = positionals.slice(command.split(' ').length);
  const { 'insecure-test-kdf': _ignored, attach, ...rest } = values;
  return argsSchema.parse({ command, files, attach: attach ?? [], ...rest });
}

async function refuseExisting(path: string, force: boolean, message: string): Promise<void> {
  if (force) return;
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new AppError('CONFLICT', message);
}

/** A key file is a few hundred bytes. */
async function readKeyFile(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile() || info.size > 64 * 1024)
    throw new AppError('VALIDATION', 'Invalid input', ['keyFile:file.unreadable']);
  return readFile(path, 'utf8');
}

async function run(args: Args, io: CliIo, clock: Clock, language: Language): Promise<Outcome> {
  const m = MESSAGES[language];
  const vault = resolve(args.vault);
  const session = <T>(fn: Parameters<typeof withVault<T>>[2]) => withVault(io, vault, fn, { clock });
  switch (args.command) {
    case 'handover key export': {
      if (args.files.length !== 0 || !args.out) throw new UsageError(m.usage);
      const out = resolve(args.out);
      await refuseExisting(out, args.force, m.exists);
      const key = await session((s) => s.handover.myKey());
      await writeHandoverKeyFile(out, key.file);
      return { json: { publicKeyFile: out, words: key.words }, text: m.keyExported(out, key.words) };
    }
    case 'handover trust': {
      if (args.files.length !== 1) throw new UsageError(m.usage);
      const text = await readKeyFile(resolve(args.files[0]!));
      const t = await session((s) => s.handover.trust(text));
      return { json: { words: t.words }, text: m.trusted(t.words) };
    }
    case 'case handover': {
      if (args.files.length !== 0 || !args.case || !args.to || !args.out) throw new UsageError(m.usage);
      const out = resolve(args.out);
      await refuseExisting(out, args.force, m.exists);
      const text = await readKeyFile(resolve(args.to));
      const copy = args.shred ? 'shred' : 'read-only';
      const sent = await session(async (s) => {
        const to = s.handover.inspect(text).fingerprint;
        return s.handover.send({ caseId: args.case!, to, copy, out });
      });
      return {
        json: {
          handoverId: sent.handoverId,
          out,
          bytes: sent.bytes,
          records: sent.records,
          documents: sent.documents,
          copy,
        },
        text: m.sealed(out, sent.records, sent.documents),
      };
    }
    case 'case receive': {
      if (args.files.length !== 1) throw new UsageError(m.usage);
      const attach = Object.fromEntries(args.attach.map((pair) => pair.split('=') as [string, string]));
      const received = await session((s) => s.handover.receive(resolve(args.files[0]!), attach));
      return { json: received, text: m.received(received.confirmationCode) };
    }
    case 'handover confirm': {
      if (args.files.length !== 0 || !args.id || !args.code) throw new UsageError(m.usage);
      const result = await session((s) => s.handover.confirm(args.id!, args.code!));
      return { json: result, text: m.confirmed(result.shredded) };
    }
    case 'handover withdraw': {
      if (args.files.length !== 0 || !args.id) throw new UsageError(m.usage);
      await session((s) => s.handover.withdraw(args.id!));
      return { json: { handoverId: args.id, withdrawn: true }, text: m.withdrawn };
    }
  }
}

/** Runs one handover invocation; prints like every other noun and returns the exit code. */
export function runHandoverCommand(argv: string[], io: CliIo, clock: Clock = systemClock): Promise<number> {
  return parseAndRun(
    io,
    MESSAGES,
    () => parse(argv),
    (args, _m, language) => run(args, io, clock, language),
    (_args, _m, language) => (error) => {
      const refusal = handoverRefusalOf(error);
      if (refusal !== undefined)
        return { message: REFUSALS[language][refusal], details: null, errorFields: { reason: refusal } };
      return error?.code === 'CONFLICT' ? { message: error.message } : undefined;
    },
  );
}
