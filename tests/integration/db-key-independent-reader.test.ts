import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { decryptSqlcipher4, PageAuthenticationError } from '../fixtures/sqlcipher4-reader';
import { callOn, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

describe('vault db-key: no lock-in', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => cleanup());

  it('gives a raw key with which an independent SQLCipher 4 reader recovers data written through the app', async () => {
    const vaultDir = join(dir, 'vault');
    const backend = testBackend({ vaultDir });
    await callOn(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
    await callOn(backend, 'settings:update', { lawyerName: 'Av. Zeynep Çağlayan' });
    await backend.dispose();

    const run = await cli(['vault', 'db-key', '--vault', vaultDir, '--json'], { EMANET_PASSPHRASE: STRONG_PASSPHRASE });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { dbPath: string; rawKeyHex: string };
    expect(out.dbPath).toBe(join(vaultDir, 'emanet.db'));
    expect(out.rawKeyHex).toMatch(/^[0-9a-f]{64}$/);

    const encrypted = await readFile(out.dbPath);
    const plainPath = join(dir, 'recovered.sqlite');
    await writeFile(plainPath, decryptSqlcipher4(encrypted, Buffer.from(out.rawKeyHex, 'hex')));

    // Python's own SQLite reads the recovered file: nothing of ours is involved any more.
    const query =
      "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"select value from setting where key='lawyerName'\").fetchone()[0]); print(c.execute('pragma integrity_check').fetchone()[0])";
    const printed = execFileSync('python3', ['-c', query, plainPath], { encoding: 'utf8' }).trim().split('\n');
    expect(printed).toEqual(['"Av. Zeynep Çağlayan"', 'ok']);

    // And the reader really checks authentication: a wrong key is refused.
    expect(() => decryptSqlcipher4(encrypted, Buffer.alloc(32, 7))).toThrow(PageAuthenticationError);
  });
});
