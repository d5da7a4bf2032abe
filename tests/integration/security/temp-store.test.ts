import { spawnSync } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-vault';

const CHILD = join(import.meta.dirname, 'temp-store-child.ts');

describe('item 1: SQLite temp files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir('emanet-tempstore-')));
  afterEach(() => cleanup());

  it('item 1: no SQLite temp file is created by trash empty, purge, a multi-row update in a transaction, an index build, VACUUM INTO or restore', async () => {
    const sqliteTmp = join(dir, 'sqlite-tmp');
    const work = join(dir, 'work');
    await mkdir(sqliteTmp);
    await mkdir(work);
    const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, work], {
      env: { ...process.env, SQLITE_TMPDIR: sqliteTmp, TMPDIR: work },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
    // The control connection keeps temp files on disk: if the watch saw nothing there, it is blind.
    expect(result.control).toBeGreaterThan(0);
    expect(result).toEqual({
      tempStore: 2,
      multiRowUpdateInTransaction: 0,
      trashEmpty: 0,
      purge: 0,
      indexOnLargeTable: 0,
      sortSpill: 0,
      vacuumIntoBackup: 0,
      restore: 0,
      control: result.control,
    });
    expect(await readdir(sqliteTmp)).toEqual([]);
  });
});
