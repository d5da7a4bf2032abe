import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asBackupError } from '../../src-main/services/backup/create-backup';
import { AppError } from '../../src-main/shared/errors';
import { cli, CLI_ENTRY } from '../helpers/cli';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';
import { hashTree, seedVault } from './backup-helpers';

/**
 * A write that fails half-way, for real: the CLI runs as its own process under a file-size limit
 * (RLIMIT_FSIZE, set with `ulimit -f`; only a process can carry it), so the kernel refuses the backup's writes past 64 KiB the way a full or
 * FAT32 stick does. Root ignores file permissions, so permission and full-disk codes are also
 * checked directly against the mapping.
 */
function cliWithFileLimit(kib: number, args: string[]) {
  const blocks = Math.floor((kib * 1024) / 512);
  const command = [
    'ulimit',
    '-f',
    String(blocks),
    ';',
    'exec',
    JSON.stringify(process.execPath),
    ...CLI_ENTRY.map((a) => JSON.stringify(a)),
    ...args.map((a) => JSON.stringify(a)),
  ].join(' ');
  const run = spawnSync('sh', ['-c', command], {
    env: { PATH: process.env.PATH ?? '', EMANET_LANG: 'en', EMANET_PASSPHRASE: STRONG_PASSPHRASE },
    encoding: 'utf8',
    input: '',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('a write error half-way: backup and document import', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let vault: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-backup-fail-'));
    vault = join(dir, 'vault');
    const seeded = await seedVault(vault);
    await seeded.backend.dispose();
  });
  afterAll(async () => cleanup());

  it('says clearly that there is no room, leaves no partial file and leaves the vault as it was', async () => {
    // The database legitimately records the unlock in its audit log; the key file and every
    // document must be byte-identical, and the vault must still open and pass its check.
    const untouched = async () =>
      Object.fromEntries(Object.entries(await hashTree(vault)).filter(([name]) => !name.includes('emanet.db')));
    const before = await untouched();
    const stick = join(dir, 'stick');
    await mkdir(stick);
    const run = cliWithFileLimit(64, [
      'backup',
      'create',
      '--vault',
      vault,
      '--out',
      join(stick, 'b.emanet-backup'),
      '--json',
    ]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(run.stderr).toContain('There is not enough space there');
    expect(run.stderr).not.toContain(dir);
    expect(await readdir(stick)).toEqual([]);
    expect(await untouched()).toEqual(before);
    const check = await cli(
      ['vault', 'check', '--vault', vault],
      { EMANET_PASSPHRASE: STRONG_PASSPHRASE },
      { lang: null },
    );
    expect(check.code).toBe(0);
  });

  it('a document import refused half-way says so, and leaves no file and no row behind', async () => {
    const listed = await cli(
      ['case', 'list', '--vault', vault, '--json'],
      { EMANET_PASSPHRASE: STRONG_PASSPHRASE },
      { lang: null },
    );
    const caseId = (JSON.parse(listed.stdout) as { cases: Array<{ id: string }> }).cases[0]!.id;
    const big = join(dir, 'karar.bin');
    await writeFile(big, randomBytes(2 * 1024 * 1024));
    const docsBefore = await readdir(join(vault, 'documents')).catch(() => [] as string[]);
    const run = cliWithFileLimit(256, ['doc', 'add', '--vault', vault, '--case', caseId, big, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'INTERNAL' } });
    expect(run.stderr).toContain('There is not enough space to store the document');
    expect(run.stderr).not.toContain(dir);
    expect(await readdir(join(vault, 'documents')).catch(() => [] as string[])).toEqual(docsBefore);
    const docs = await cli(
      ['doc', 'verify', '--vault', vault, '--json'],
      { EMANET_PASSPHRASE: STRONG_PASSPHRASE },
      { lang: null },
    );
    expect(docs.code).toBe(0);
  });

  it.each([
    ['ENOSPC', 'INTERNAL', 'backup.noSpace'],
    ['EDQUOT', 'INTERNAL', 'backup.noSpace'],
    ['EFBIG', 'INTERNAL', 'backup.noSpace'],
    ['SQLITE_FULL', 'INTERNAL', 'backup.noSpace'],
    ['EACCES', 'FORBIDDEN', 'backup.noPermission'],
    ['EROFS', 'FORBIDDEN', 'backup.noPermission'],
  ])('maps %s to %s with %s and no path', (errno, code, detail) => {
    const error = Object.assign(new Error(`${errno}: /home/avukat/USB/Emanet.emanet-backup`), { code: errno });
    const mapped = asBackupError(error);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe(code);
    expect((mapped as AppError).details).toEqual([detail]);
    expect((mapped as AppError).message).not.toContain('/home');
  });
});
