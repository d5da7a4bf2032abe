import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { channelsOf, codeOf, testBackend } from '../helpers/backend';
import { csvBytes } from '../helpers/spreadsheets';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

describe('import through the router: the file chosen in the main process, one import per session', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let chosen: string | null;
  const { call, invoke } = channelsOf(() => backend);

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    chosen = null;
    backend = testBackend({
      vaultDir: join(dir, 'vault'),
      clock: fakeClock(),
      openImportDialog: () => Promise.resolve(chosen),
    });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
    chosen = join(dir, 'liste.csv');
    await writeFile(
      chosen,
      csvBytes(
        [
          ['Ad', 'Soyad', 'Uyruk', 'Notlar'],
          ['Ayşe', 'Yılmaz', 'Türkiye', 'x'],
          ['Ali', 'Şahin', 'Narnia', 'y'],
        ],
        ';',
        'windows-1254',
      ),
    );
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  it('open, remap, commit: the preview follows the mapping, and the commit writes the chosen rows', async () => {
    const opened = await call('import:open', {});
    if (opened.cancelled) throw new Error('cancelled');
    expect(opened.preview.mapping.columns).toEqual([
      { column: 0, field: 'givenName' },
      { column: 1, field: 'familyName' },
      { column: 2, field: 'nationality' },
    ]);
    expect(opened.preview.rows.map((r) => r.suggested)).toEqual(['import', 'skip']);
    expect(opened.preview.rows[1]?.errors).toEqual(['nationality:country.unknown']);
    expect(JSON.stringify(opened)).not.toContain(dir);

    // The lawyer unmaps the nationality column: the second row becomes importable.
    const remapped = await call('import:remap', {
      mapping: { columns: opened.preview.mapping.columns.slice(0, 2), hasHeader: true },
    });
    expect(remapped.rows.map((r) => r.suggested)).toEqual(['import', 'import']);
    const outcome = await call('import:commit', { decisions: [{ row: 3, choice: 'skip' }] });
    expect(outcome).toMatchObject({ created: 1, skipped: 1 });
    expect((await call('clients:list', { offset: 0, limit: 10 })).total).toBe(1);
    // The session is over: a second commit has nothing to write.
    expect(codeOf(await invoke('import:commit', { decisions: [] }))).toBe('NOT_FOUND');
  });

  it('a closed dialog is a cancel; cancel and lock forget the file; nothing is written', async () => {
    const path = chosen;
    chosen = null;
    expect(await call('import:open', {})).toEqual({ cancelled: true });
    chosen = path;
    await call('import:open', {});
    await call('import:cancel', {});
    expect(codeOf(await invoke('import:commit', { decisions: [] }))).toBe('NOT_FOUND');
    await call('import:open', {});
    await backend.lock('user');
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    expect(codeOf(await invoke('import:commit', { decisions: [] }))).toBe('NOT_FOUND');
    expect((await call('clients:list', { offset: 0, limit: 10 })).total).toBe(0);
  });
});
