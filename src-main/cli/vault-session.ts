import { systemClock, type Clock } from '../services/clock';
import { createServices, type KdfCost, type Services } from '../services/create-services';
import { AppError } from '../shared/errors';
import type { CliIo } from './io';
import { languageFromEnv, messagesFor } from './messages';
import { UsageError } from './output';

/**
 * How every CLI command reaches a vault: one way to read the passphrase, one way to build the
 * services (the same `createServices` as the app's backend), one way to open and close the vault.
 */

/**
 * A secret from the environment variable `envName` when it is set and not empty; otherwise asked
 * at a hidden prompt; without a terminal to ask in, a usage error worded `missing`.
 */
export async function readSecret(io: CliIo, envName: string, question: string, missing: string): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const typed = await io.promptSecret(question);
  if (typed === null) throw new UsageError(missing);
  return typed;
}

/** The passphrase of an existing vault: EMANET_PASSPHRASE, or the prompt. */
export function readPassphrase(io: CliIo): Promise<string> {
  const m = messagesFor(languageFromEnv(io.env));
  return readSecret(io, 'EMANET_PASSPHRASE', m.promptPassphrase, m.needPassphrase);
}

/** What unlocks a vault: its passphrase or its recovery key. */
export interface VaultSecret {
  kind: 'passphrase' | 'recovery';
  value: string;
}

export interface SessionOptions {
  clock?: Clock;
  /** For a new vault only (`vault init --insecure-test-kdf`). */
  kdfCost?: KdfCost;
}

/** The services over the vault in `vaultDir` (resolved by the caller), still locked. */
export function servicesFor(vaultDir: string, options: SessionOptions = {}): Services {
  return createServices({
    vaultDir,
    clock: options.clock ?? systemClock,
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
  });
}

/** Refuses a folder without a vault, before any secret is asked for. */
export async function requireVault(services: Services): Promise<void> {
  if (!(await services.vault.exists())) throw new AppError('NO_VAULT', 'No vault in this folder');
}

/**
 * Unlocks the vault in `vaultDir` (the passphrase unless `secret` says otherwise), runs, and
 * always locks again: the lock drops what the services held (the conflict index of names, …).
 */
export async function withVault<T>(
  io: CliIo,
  vaultDir: string,
  run: (services: Services) => Promise<T>,
  options: SessionOptions & { secret?: () => Promise<VaultSecret> } = {},
): Promise<T> {
  const services = servicesFor(vaultDir, options);
  await requireVault(services);
  const secret = options.secret ? await options.secret() : { kind: 'passphrase', value: await readPassphrase(io) };
  if (secret.kind === 'passphrase') await services.vault.unlock(secret.value);
  else await services.vault.unlockWithRecoveryKey(secret.value);
  try {
    return await run(services);
  } finally {
    await services.vault.lock();
  }
}
