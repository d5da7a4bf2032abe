import { resolve } from 'node:path';
import { UsageError } from './output';
import { sql } from 'kysely';
import type { KdfCost } from '../crypto/kdf';
import { systemClock } from '../services/clock';
import { createVaultService, type VaultService } from '../services/vault-service';
import { AppError } from '../shared/errors';
import { vaultPaths } from '../storage/vault-paths';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import type { CliMessages } from './messages';

export interface CommandContext {
  io: CliIo;
  messages: CliMessages;
  vaultDir: string;
  json: boolean;
  kdfCost?: KdfCost;
}

export type CommandResult = { exitCode: number; json?: unknown; text?: string };

async function secretFrom(ctx: CommandContext, envName: string, question: string, missing: string): Promise<string> {
  const fromEnv = ctx.io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const typed = await ctx.io.promptSecret(question);
  if (typed === null) throw new UsageError(missing);
  return typed;
}

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

function service(ctx: CommandContext): VaultService {
  return createVaultService({
    paths: vaultPaths(ctx.vaultDir),
    clock: systemClock,
    ...(ctx.kdfCost ? { kdfCost: ctx.kdfCost } : {}),
  });
}

async function withUnlocked<T>(ctx: CommandContext, run: (vault: VaultService) => Promise<T>): Promise<T> {
  const vault = service(ctx);
  if (!(await vault.exists())) throw new AppError('NO_VAULT', 'No vault in this folder');
  const passphrase = await secretFrom(
    ctx,
    'EMANET_PASSPHRASE',
    ctx.messages.promptPassphrase,
    ctx.messages.needPassphrase,
  );
  await vault.unlock(passphrase);
  try {
    return await run(vault);
  } finally {
    await vault.lock();
  }
}

export async function vaultInit(ctx: CommandContext): Promise<CommandResult> {
  const vault = service(ctx);
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
  const integrity = await withUnlocked(ctx, async (vault) => {
    const rows = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(vault.db());
    return rows.rows.map((r) => r.integrity_check);
  });
  const ok = integrity.length === 1 && integrity[0] === 'ok';
  return {
    exitCode: ok ? EXIT.ok : EXIT.integrity,
    json: { vault: ctx.vaultDir, ok, integrity: ok ? 'ok' : 'failed' },
    text: ok ? ctx.messages.checked : ctx.messages.integrityFailed,
  };
}

export async function vaultChangePassphrase(ctx: CommandContext): Promise<CommandResult> {
  const vault = service(ctx);
  if (!(await vault.exists())) throw new AppError('NO_VAULT', 'No vault in this folder');
  const current = await secretFrom(
    ctx,
    'EMANET_PASSPHRASE',
    ctx.messages.promptPassphrase,
    ctx.messages.needPassphrase,
  );
  // The database is never opened: only the key file changes.
  const next = await newSecret(ctx, 'EMANET_NEW_PASSPHRASE', ctx.messages.needNewPassphrase);
  await vault.changePassphrase(current, next);
  return { exitCode: EXIT.ok, json: { vault: ctx.vaultDir, changed: true }, text: ctx.messages.changed };
}

export async function vaultDbKey(ctx: CommandContext): Promise<CommandResult> {
  // Copy the key out before the lock zero-fills it; the lock also checkpoints the WAL so that
  // the main database file alone holds every page an external reader needs.
  const rawKeyHex = await withUnlocked(ctx, async (vault) => {
    await vault.recordKeyExport();
    return vault.borrowDatabaseKey().toString('hex');
  });
  ctx.io.stderr(ctx.messages.dbKeyWarning);
  const dbPath = resolve(vaultPaths(ctx.vaultDir).database);
  return {
    exitCode: EXIT.ok,
    json: { dbPath, rawKeyHex },
    text: `${dbPath}\nPRAGMA key = "x'${rawKeyHex}'";`,
  };
}
