// Where the vault lives (platform/vault-location.ts): userData/vault, or --vault / EMANET_VAULT_DIR.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultVaultDir,
  pathKindOnDisk,
  resolveVaultDir,
  vaultDirFromArgv,
  type PathKind,
} from '../../src-main/platform/vault-location';
import { makeTempDir } from '../helpers/temp-vault';

const root = path.resolve('/encrypted-drive');
const defaultDir = defaultVaultDir(path.resolve('/home/lawyer/.config/Emanet'));
const kinds: Record<string, PathKind> = {
  [path.join(root, 'vault')]: 'directory',
  [path.join(root, 'notes.txt')]: 'other',
};
const kindOf = (p: string): PathKind => kinds[p] ?? 'missing';
const resolve = (argv: string[], env: Record<string, string> = {}) =>
  resolveVaultDir({ argv, env, defaultDir, kindOf });

describe('vault folder', () => {
  it('defaults to a vault folder in the per-user application data', () => {
    expect(defaultDir).toBe(path.resolve('/home/lawyer/.config/Emanet/vault'));
    expect(resolve(['/opt/Emanet/emanet'])).toEqual({ ok: true, dir: defaultDir, source: 'default' });
  });

  it('takes --vault DIR, --vault=DIR and EMANET_VAULT_DIR, the command line first', () => {
    const dir = path.join(root, 'vault');
    expect(resolve(['.', '--vault', dir])).toEqual({ ok: true, dir, source: 'argv' });
    expect(resolve(['.', `--vault=${dir}`])).toEqual({ ok: true, dir, source: 'argv' });
    expect(resolve([], { EMANET_VAULT_DIR: dir })).toEqual({ ok: true, dir, source: 'env' });
    const other = path.join(root, 'other');
    expect(resolve(['--vault', other], { EMANET_VAULT_DIR: dir })).toEqual({ ok: true, dir: other, source: 'argv' });
  });

  it('accepts a folder that does not exist yet (the vault creates it) and normalises the path', () => {
    expect(resolve(['--vault', `${root}${path.sep}new${path.sep}..${path.sep}fresh${path.sep}`])).toEqual({
      ok: true,
      dir: path.join(root, 'fresh'),
      source: 'argv',
    });
  });

  it('refuses a relative path, a file, and an empty value', () => {
    expect(resolve(['--vault', 'vault'])).toEqual({ ok: false, source: 'argv', problem: 'relative' });
    expect(resolve([], { EMANET_VAULT_DIR: './vault' })).toEqual({ ok: false, source: 'env', problem: 'relative' });
    expect(resolve(['--vault', path.join(root, 'notes.txt')])).toEqual({
      ok: false,
      source: 'argv',
      problem: 'notAFolder',
    });
    expect(resolve(['--vault'])).toEqual({ ok: false, source: 'argv', problem: 'empty' });
    expect(resolve(['--vault', '--inspect'])).toEqual({ ok: false, source: 'argv', problem: 'empty' });
    expect(resolve([], { EMANET_VAULT_DIR: '  ' })).toEqual({ ok: false, source: 'env', problem: 'empty' });
    expect(resolve([], { EMANET_VAULT_DIR: `${root}/a\0b` })).toEqual({ ok: false, source: 'env', problem: 'empty' });
  });

  it('reads only the --vault flag from argv', () => {
    expect(vaultDirFromArgv(['--vaults', '/x', '--vault-dir=/y'])).toBeUndefined();
  });

  it('tells folders, files and missing paths apart on disk', async () => {
    const tmp = await makeTempDir();
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(tmp.dir, 'f'), 'x');
      expect(pathKindOnDisk(tmp.dir)).toBe('directory');
      expect(pathKindOnDisk(path.join(tmp.dir, 'f'))).toBe('other');
      expect(pathKindOnDisk(path.join(tmp.dir, 'missing'))).toBe('missing');
      expect(pathKindOnDisk(path.join(tmp.dir, 'f', 'under-a-file'))).toBe('other');
    } finally {
      await tmp.cleanup();
    }
  });
});
