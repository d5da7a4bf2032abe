/**
 * Where the vault lives. By default in the OS's per-user application data (Electron's
 * `userData`: %APPDATA%\Emanet on Windows, ~/Library/Application Support/Emanet on macOS,
 * $XDG_CONFIG_HOME/Emanet or ~/.config/Emanet on Linux), in a folder named `vault`. A lawyer who
 * keeps it on an encrypted drive starts the app with `--vault DIR` or `EMANET_VAULT_DIR=DIR`
 * (the command line wins). The override must be an absolute path that is a folder or does not
 * exist yet (it is created with the vault); anything else stops the app before it opens.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** 'other': something that is not a folder (a file, a device) or cannot be inspected. */
export type PathKind = 'missing' | 'directory' | 'other';

export type VaultLocation =
  | { ok: true; dir: string; source: 'default' | 'argv' | 'env' }
  | { ok: false; source: 'argv' | 'env'; problem: VaultLocationProblem };

export type VaultLocationProblem = 'empty' | 'relative' | 'notAFolder';

export const VAULT_DIR_ENV = 'EMANET_VAULT_DIR';
const FLAG = '--vault';

export function defaultVaultDir(userDataDir: string): string {
  return path.join(userDataDir, 'vault');
}

/** `--vault DIR` or `--vault=DIR`; '' when the flag has no value; undefined when absent. */
export function vaultDirFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === FLAG) {
      const next = argv[i + 1];
      return next === undefined || next.startsWith('--') ? '' : next;
    }
    if (arg?.startsWith(`${FLAG}=`)) return arg.slice(FLAG.length + 1);
  }
  return undefined;
}

export interface VaultLocationInput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  defaultDir: string;
  /** What is at a path now (a stat in the shell, a table in tests). */
  kindOf: (absolutePath: string) => PathKind;
}

export function resolveVaultDir({ argv, env, defaultDir, kindOf }: VaultLocationInput): VaultLocation {
  const fromArgv = vaultDirFromArgv(argv);
  const fromEnv = env[VAULT_DIR_ENV];
  const [source, raw] =
    fromArgv !== undefined ? (['argv', fromArgv] as const) : fromEnv !== undefined ? (['env', fromEnv] as const) : [];
  if (source === undefined) return { ok: true, dir: defaultDir, source: 'default' };
  if (raw.trim() === '' || raw.includes('\0')) return { ok: false, source, problem: 'empty' };
  // Relative paths would depend on where the app happened to be started from.
  if (!path.isAbsolute(raw)) return { ok: false, source, problem: 'relative' };
  const dir = path.resolve(raw);
  if (kindOf(dir) === 'other') return { ok: false, source, problem: 'notAFolder' };
  return { ok: true, dir, source };
}

/** The shell's `kindOf`: what is on disk at `absolutePath` now. */
export function pathKindOnDisk(absolutePath: string): PathKind {
  try {
    return statSync(absolutePath).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'other';
  }
}
