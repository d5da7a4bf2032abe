import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { hashFolder, makeTempDir, OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../helpers/temp-vault';

describe('CLI: vault commands', () => {
  let dir: string;
  let vault: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    vault = join(dir, 'v');
  });
  afterEach(async () => cleanup());

  const init = () =>
    cli(['vault', 'init', '--vault', vault, '--json', '--insecure-test-kdf'], { EMANET_PASSPHRASE: STRONG_PASSPHRASE });

  it('init prints exactly one JSON document with the recovery key; the passphrase never appears', async () => {
    const run = await init();
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { vault: string; recoveryKey: string };
    expect(doc.vault).toBe(vault);
    expect(doc.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(run.stdout + run.stderr).not.toContain(STRONG_PASSPHRASE);
    expect((await init()).code).toBe(1);
  });

  it('check exits 0 with the right passphrase, 3 with a wrong one, 5 on a damaged key file', async () => {
    await init();
    const ok = await cli(['vault', 'check', '--vault', vault, '--json'], { EMANET_PASSPHRASE: STRONG_PASSPHRASE });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ vault, ok: true, integrity: 'ok' });

    const wrong = await cli(['vault', 'check', '--vault', vault, '--json'], {
      EMANET_PASSPHRASE: OTHER_STRONG_PASSPHRASE,
    });
    expect(wrong.code).toBe(3);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ error: { code: 'WRONG_PASSPHRASE' } });

    await writeFile(join(vault, 'keys.json'), '{"format":"emanet-key-slots","version":99}');
    expect((await cli(['vault', 'check', '--vault', vault], { EMANET_PASSPHRASE: STRONG_PASSPHRASE })).code).toBe(5);
  });

  it('without a passphrase and without a terminal it explains and exits 2', async () => {
    await init();
    const run = await cli(['vault', 'check', '--vault', vault]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('EMANET_PASSPHRASE');
  });

  it('usage errors exit 2; a weak passphrase exits 4 and creates nothing', async () => {
    expect((await cli(['vault', 'explode', '--vault', vault])).code).toBe(2);
    expect((await cli(['vault', 'init'])).code).toBe(2);
    expect((await cli(['vault', 'init', '--vault', vault, '--passphrase', 'x'])).code).toBe(2);
    const weak = await cli(['vault', 'init', '--vault', vault, '--insecure-test-kdf'], {
      EMANET_PASSPHRASE: 'fenerbahce1907',
    });
    expect(weak.code).toBe(4);
    await expect(readFile(join(vault, 'keys.json'))).rejects.toThrow();
  });

  it('change-passphrase rewrites only the key file; the old passphrase then exits 3', async () => {
    await init();
    const before = await hashFolder(vault);
    const run = await cli(['vault', 'change-passphrase', '--vault', vault, '--json'], {
      EMANET_PASSPHRASE: STRONG_PASSPHRASE,
      EMANET_NEW_PASSPHRASE: OTHER_STRONG_PASSPHRASE,
    });
    expect(run.code).toBe(0);
    const after = await hashFolder(vault);
    expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual(['keys.json']);
    expect((await cli(['vault', 'check', '--vault', vault], { EMANET_PASSPHRASE: STRONG_PASSPHRASE })).code).toBe(3);
    expect((await cli(['vault', 'check', '--vault', vault], { EMANET_PASSPHRASE: OTHER_STRONG_PASSPHRASE })).code).toBe(
      0,
    );
  });

  it('speaks Turkish by default', async () => {
    const run = await cli(
      ['vault', 'check', '--vault', vault],
      { EMANET_PASSPHRASE: STRONG_PASSPHRASE },
      { lang: null },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Bu klasörde kasa yok.');
  });
});
