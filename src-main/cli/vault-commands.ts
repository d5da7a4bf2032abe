import { resolve } from 'node:path';
import type { KdfCost } from '../services/create-services';
import { AppError } from '../shared/errors';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import type { CliMessages } from './messages';
import { UsageError } from './output';
import { readPassphrase, requireVault, servicesFor, withVault } from './vault-session';

export interface CommandContext {
  io: CliIo;
  messages: CliMessages;
  vaultDir: string;
  json: boolean;
  kdfCost?: KdfCost;
}

export type CommandResult = { exitCode: number; json?: unknown; text?: string };

/** A new secret typed at a prompt is asked twice; from the environment it is taken as given. */
async function newSecret(ctx: CommandContext, envName: string, missing: string): Promise<string> {
  const fromEnv = ctx.io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = await ctx.io.promptSecret(ctx.messages.promptNewPassphrase);
  if (first === null) throw new UsageError(missing);
  const second = await ctx.io.promptSecret(ctx.messages.promptRepeat);
  if (first !== second) throw new AppError('VALIDATION', ctx.messages.mismatch);
  return first;
}

const services = (ctx: CommandContext) => servicesFor(ctx.vaultDir, ctx.kdfCost ? { kdfCost: ctx.kdfCost } : {});

export async function vaultInit(ctx: CommandContext): Promise<CommandResult> {
  const { vault } = services(ctx);
  if (await vault.exists()) throw new AppError('VAULT_EXISTS', 'A vault already exists here');
  const passphrase = await newSecret(ctx, 'EMANET_PASSPHRASE', ctx.messages.needPassphrase);
  const { recoveryKey } = await vault.create(passphrase);
  await vault.lock();
  return {
    exitCode: EXIT.ok,
    json: { vault: ctx.vaultDir, recoveryKey },
    text: `${ctx.messages.created}\n\n${ctx.messages.recoveryHeader}\n\n    ${recoveryKey}\n`,
  };
}

export async function vaultCheck(ctx: CommandContext): Promise<CommandResult> {
  const integrity = await withVault(ctx.io, ctx.vaultDir, (s) => s.integrityCheck());
  const ok = integrity.length === 1 && integrity[0] === 'ok';
  return {
    exitCode: ok ? EXIT.ok : EXIT.integrity,
    json: { vault: ctx.vaultDir, ok, integrity: ok ? 'ok' : 'failed' },
    text: ok ? ctx.messages.checked : ctx.messages.integrityFailed,
  };
}

export async function vaultChangePassphrase(ctx: CommandContext): Promise<CommandResult> {
  const s = services(ctx);
  await requireVault(s);
  const current = await readPassphrase(ctx.io);
  // The database is never opened: only the key file changes.
  const next = await newSecret(ctx, 'EMANET_NEW_PASSPHRASE', ctx.messages.needNewPassphrase);
  await s.vault.changePassphrase(current, next);
  return { exitCode: EXIT.ok, json: { vault: ctx.vaultDir, changed: true }, text: ctx.messages.changed };
}

export async function vaultDbKey(ctx: CommandContext): Promise<CommandResult> {
  // Copy the key out before the lock zero-fills it; the lock also checkpoints the WAL so that
  // the main database file alone holds every page an external reader needs.
  const { rawKeyHex, database } = await withVault(ctx.io, ctx.vaultDir, async ({ vault, paths }) => {
    await vault.recordKeyExport();
    return { rawKeyHex: vault.borrowDatabaseKey().toString('hex'), database: paths.database };
  });
  ctx.io.stderr(ctx.messages.dbKeyWarning);
  const dbPath = resolve(database);
  return {
    exitCode: EXIT.ok,
    json: { dbPath, rawKeyHex },
    text: `${dbPath}\nPRAGMA key = "x'${rawKeyHex}'";`,
  };
}
