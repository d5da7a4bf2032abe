import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';
import { hashTree, seedVault } from './backup-helpers';

describe('CLI: backup create / verify / restore, case purge', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let vault: string;
  let recoveryKey: string;
  const pass = { EMANET_PASSPHRASE: STRONG_PASSPHRASE };

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-backup-cli-'));
    vault = join(dir, 'vault');
    const seeded = await seedVault(vault);
    recoveryKey = seeded.recoveryKey;
    await seeded.backend.dispose();
  });
  afterAll(async () => cleanup());

  it('create → verify → restore, with the documented JSON and exit codes', async () => {
    const out = join(dir, 'k.emanet-backup');
    const created = await cli(['backup', 'create', '--vault', vault, '--out', out, '--json'], pass);
    expect(created.code).toBe(0);
    const doc = JSON.parse(created.stdout) as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(['bytes', 'documents', 'file', 'sha256']);
    expect(doc).toMatchObject({ file: out, documents: 3 });
    expect(created.stdout + created.stderr).not.toContain(STRONG_PASSPHRASE);

    const verified = await cli(['backup', 'verify', out, '--json'], { EMANET_RECOVERY_KEY: recoveryKey });
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, documents: 3 });

    const target = join(dir, 'restored');
    const restored = await cli(['backup', 'restore', out, '--vault', target, '--json'], {
      EMANET_RECOVERY_KEY: recoveryKey,
    });
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ vault: target, documents: 3, replaced: null });
    expect((await cli(['vault', 'check', '--vault', target, '--json'], pass)).code).toBe(0);

    // Restoring over the restored vault needs --force, and says what would be lost.
    const before = await hashTree(target);
    const refused = await cli(['backup', 'restore', out, '--vault', target, '--json'], pass);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/a vault \(\d+ files, \d+ bytes\).*--force/s);
    expect(await hashTree(target)).toEqual(before);
    const forced = await cli(['backup', 'restore', out, '--vault', target, '--force', '--json'], pass);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ replaced: { isVault: true } });

    // One flipped byte: exit 5 for verify and restore; the target is never created.
    const bytes = await readFile(out);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x40;
    await writeFile(out, bytes);
    const damaged = await cli(['backup', 'verify', out, '--json'], pass);
    expect(damaged.code).toBe(5);
    expect(JSON.parse(damaged.stdout)).toMatchObject({ ok: false, error: { code: 'INTEGRITY' } });
    const second = join(dir, 'second');
    expect((await cli(['backup', 'restore', out, '--vault', second], pass)).code).toBe(5);
    expect(await readFile(join(second, 'keys.json')).catch(() => 'absent')).toBe('absent');

    // Wrong passphrase: 3. No secret and no terminal: 2. Bad usage: 2.
    expect(
      (
        await cli(['backup', 'verify', join(dir, 'k.emanet-backup')], {
          EMANET_PASSPHRASE: 'yanlış parola bu değil mi',
        })
      ).code,
    ).toBe(5);
    expect((await cli(['backup', 'verify', out])).code).toBe(2);
    expect((await cli(['backup', 'create', '--vault', vault])).code).toBe(2);
  });

  it('wrong passphrase on an intact backup exits 3', async () => {
    const out = join(dir, 'w.emanet-backup');
    expect((await cli(['backup', 'create', '--vault', vault, '--out', out], pass)).code).toBe(0);
    expect((await cli(['backup', 'verify', out], { EMANET_PASSPHRASE: 'yanlış parola bu değil mi' })).code).toBe(3);
  });

  it('case purge --due deletes nothing when nothing is due', async () => {
    const run = await cli(['case', 'purge', '--vault', vault, '--due', '--json'], pass);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ purged: [], documents: 0 });
    expect((await cli(['case', 'purge', '--vault', vault, '--json'], pass)).code).toBe(2);
  });
});
