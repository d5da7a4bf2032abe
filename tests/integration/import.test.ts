import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../src-main/services/clock';
import { createServices, type Services } from '../../src-main/services/create-services';
import { readImportFile } from '../../src-main/services/import';
import { cli, onlyJson } from '../helpers/cli';
import { validForeignId } from '../helpers/identity';
import { csvBytes, xlsxBytes, type CsvEncoding } from '../helpers/spreadsheets';
import { folderContains, makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';

const badChecksum = (() => {
  const good = validForeignId(7654321);
  return `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
})();

const HEADERS = ['Adı Soyadı', 'Uyruğu', 'Doğum Tarihi', 'YKN', 'Telefon', 'Dosya No', 'Tebliğ Tarihi', 'Dosya Türü'];
/** Row 2 new; row 3 refused three times over; row 4 the vault's client spelt another way; row 5 row 2 again. */
const ROWS = [
  ['Ayşe Yılmaz', 'Türkiye', '01.02.1990', '', '0532 111 22 33', '2026/1234', '20.11.2026', 'Sınır dışı'],
  ['Ali Şahin', 'Narnia', '01.01.2030', badChecksum, '', '', '', ''],
  ['Muhammed El Hassan', 'Suriye', '12.03.1985', validForeignId(1111111), '', '', '', 'İdari gözetim'],
  ['Aişe Yilmaz', 'TR', '1990', '', '', '', '', ''],
];

describe('import from Excel and CSV into a real vault', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let services: Services;
  const clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));
  let existingId: string;

  const counts = async () => {
    const db = services.vault.db();
    const one = async (table: 'client' | 'legal_case' | 'import_run' | 'audit_event') =>
      Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]?.n);
    return {
      clients: await one('client'),
      cases: await one('legal_case'),
      runs: await one('import_run'),
      audit: await one('audit_event'),
    };
  };
  const write = async (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  };

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    services = createServices({ vaultDir: join(dir, 'vault'), clock, kdfCost: TEST_KDF });
    await services.vault.create(STRONG_PASSPHRASE);
    existingId = (
      await services.casefile.clients.create({
        givenName: 'Mohammad',
        familyName: 'Al-Hasan',
        dateOfBirth: { precision: 'exact', date: '1985-03-12' },
        nationality: 'SY',
      })
    ).id;
  });
  afterEach(async () => {
    await services.vault.lock();
    await cleanup();
  });

  it('an .xlsx made with exceljs: values per row, reasons, the transliterated conflict and the duplicate in the file', async () => {
    const file = await write(
      'liste.xlsx',
      await xlsxBytes([
        HEADERS,
        ...ROWS.map((r, i) => (i === 0 ? [r[0]!, r[1]!, new Date(Date.UTC(1990, 1, 1)), ...r.slice(3)] : r)),
      ]),
    );
    const table = await readImportFile(file);
    expect(table.kind).toBe('xlsx');
    const preview = await services.imports.preview(table);
    expect(preview.mappingOrigin).toBe('recognised');
    expect(preview.mapping.columns.map((c) => c.field)).toEqual([
      'fullName',
      'nationality',
      'dateOfBirth',
      'foreignId',
      'phone',
      'fileNumber',
      'notifiedOn',
      'caseType',
    ]);
    const [ayse, ali, muhammed, aise] = preview.rows;
    expect(ayse).toMatchObject({
      row: 2,
      values: { fullName: 'Ayşe Yılmaz', nationality: 'TR', dateOfBirth: '1990-02-01', notifiedOn: '2026-11-20' },
      errors: [],
      conflicts: [],
      suggested: 'import',
    });
    expect(ali?.errors).toEqual(
      expect.arrayContaining([
        'foreignId:identity.badChecksum',
        'dateOfBirth:date.inFuture',
        'nationality:country.unknown',
      ]),
    );
    expect(ali?.suggested).toBe('skip');
    expect(muhammed?.conflicts[0]).toMatchObject({ id: existingId, name: 'Mohammad Al-Hasan' });
    expect(muhammed?.conflicts[0]?.nameReasons).toContain('transliteration');
    expect(muhammed?.suggested).toBe('skip');
    expect(ayse?.duplicateOf).toEqual([5]);
    expect(aise).toMatchObject({ row: 5, duplicateOf: [2], suggested: 'skip' });
  });

  it.each<[CsvEncoding, string]>([
    ['windows-1254', ';'],
    ['windows-1254', ','],
    ['utf-8-bom', ';'],
    ['utf-8-bom', ','],
    ['utf-16le-bom', ';'],
    ['utf-16le-bom', '\t'],
  ])('a CSV in %s with %j reads the same as the xlsx', async (encoding, delimiter) => {
    const table = await readImportFile(await write('liste.csv', csvBytes([HEADERS, ...ROWS], delimiter, encoding)));
    expect({ encoding: table.encoding, delimiter: table.delimiter }).toEqual({
      encoding: encoding === 'utf-8-bom' ? 'utf-8' : encoding === 'utf-16le-bom' ? 'utf-16le' : 'windows-1254',
      delimiter,
    });
    const preview = await services.imports.preview(table);
    expect(preview.rows.map((r) => r.values.fullName)).toEqual([
      'Ayşe Yılmaz',
      'Ali Şahin',
      'Muhammed El Hassan',
      'Aişe Yilmaz',
    ]);
    expect(preview.rows.map((r) => r.suggested)).toEqual(['import', 'skip', 'skip', 'skip']);
    expect(preview.rows[1]?.errors).toContain('foreignId:identity.badChecksum');
  });

  it('commits the chosen rows in one transaction: created, merged, cases and a deadline; audit with counts only', async () => {
    const table = await readImportFile(await write('liste.csv', csvBytes([HEADERS, ...ROWS], ';', 'windows-1254')));
    const preview = await services.imports.preview(table);
    const before = await counts();
    const outcome = await services.imports.commit(preview, [
      { row: 2, choice: 'import' },
      { row: 4, choice: 'merge', mergeInto: existingId },
    ]);
    expect(outcome).toMatchObject({ created: 1, merged: 1, skipped: 2, cases: 2, deadlines: 1 });
    const after = await counts();
    expect(after.clients - before.clients).toBe(1);
    expect(after.cases - before.cases).toBe(2);
    expect(after.runs).toBe(1);
    // The merged client keeps its name and gains the row's spelling and ID number.
    const merged = await services.casefile.clients.get(existingId);
    expect(merged.client.givenName).toBe('Mohammad');
    expect(merged.client.aliases).toContainEqual({ name: 'Muhammed El Hassan', kind: 'spelling' });
    expect(merged.client.identityNumbers).toContainEqual({ kind: 'foreign-id', value: validForeignId(1111111) });
    // The import's own audit entry names the run, whose row holds counts only.
    const db = services.vault.db();
    const entry = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity', '=', 'import')
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe('created');
    const run = await db
      .selectFrom('import_run')
      .selectAll()
      .where('id', '=', Number(entry.entity_id))
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ rows: 4, created: 1, merged: 1, skipped: 2, cases: 2 });
    // The mapping is offered again for the same headers.
    expect((await services.imports.preview(table)).mappingOrigin).toBe('saved');
    // The source file is never copied into the vault.
    await services.vault.lock();
    expect(await folderContains(join(dir, 'vault'), 'Ayşe Yılmaz')).toEqual([]);
  });

  it('writes nothing when one chosen row cannot go in (all or none), on a dry run, or when the lawyer cancels', async () => {
    const table = await readImportFile(await write('liste.xlsx', await xlsxBytes([HEADERS, ...ROWS])));
    const preview = await services.imports.preview(table);
    const before = await counts();
    await expect(services.imports.commit(preview, [{ row: 3, choice: 'import' }])).rejects.toMatchObject({
      code: 'VALIDATION',
      details: ['rows.3:import.rowInvalid'],
    });
    await expect(
      services.imports.commit(preview, [{ row: 2, choice: 'merge', mergeInto: existingId }]),
    ).rejects.toMatchObject({ details: ['rows.2:import.mergeTarget'] });
    // A failure half-way (the merge target went to the trash after the preview) undoes the
    // client already created in the same transaction.
    const withConflict = await services.imports.preview(table);
    await services.casefile.clients.trash(existingId, false);
    const trashed = await counts();
    await expect(
      services.imports.commit(withConflict, [
        { row: 2, choice: 'import' },
        { row: 4, choice: 'merge', mergeInto: existingId },
      ]),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: ['rows.4:import.mergeTarget'] });
    expect(await counts()).toEqual(trashed);
    await services.casefile.clients.restore(existingId);
    const dry = await services.imports.commit(preview, [{ row: 2, choice: 'import' }], { dryRun: true });
    expect(dry).toMatchObject({ created: 1, skipped: 3 });
    // Cancelling is simply not committing: the preview itself wrote nothing either.
    const after = await counts();
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
    // Only the trash and restore of the test itself were audited.
    expect(after.audit - before.audit).toBe(2);
  });
});

describe('CLI: import clients', () => {
  it('prints the per-row outcome, writes nothing on --dry-run, and imports the suggested rows', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const vault = join(dir, 'v');
      const env = { EMANET_PASSPHRASE: STRONG_PASSPHRASE };
      expect((await cli(['vault', 'init', '--vault', vault, '--json', '--insecure-test-kdf'], env)).code).toBe(0);
      const file = join(dir, 'liste.csv');
      await writeFile(file, csvBytes([HEADERS, ...ROWS], ';', 'windows-1254'));
      const clients = async () =>
        (onlyJson((await cli(['client', 'list', '--vault', vault, '--json'], env)).stdout) as { clients: unknown[] })
          .clients.length;

      const dry = await cli(['import', 'clients', file, '--vault', vault, '--dry-run', '--json'], env);
      expect(dry.code).toBe(0);
      const doc = onlyJson(dry.stdout) as {
        dryRun: boolean;
        source: unknown;
        created: number;
        rows: Array<{ row: number; outcome: string; errors: string[]; duplicateOf: number[] }>;
      };
      expect(doc.dryRun).toBe(true);
      expect(doc.source).toEqual({ kind: 'csv', encoding: 'windows-1254', delimiter: ';', rows: 4 });
      expect(doc.rows.map((r) => [r.row, r.outcome])).toEqual([
        [2, 'created'],
        [3, 'skipped'],
        [4, 'created'],
        [5, 'skipped'],
      ]);
      expect(doc.rows[1]?.errors).toEqual(
        expect.arrayContaining([
          'foreignId:identity.badChecksum',
          'dateOfBirth:date.inFuture',
          'nationality:country.unknown',
        ]),
      );
      expect(dry.stderr).toContain('Row 3 skipped');
      // Names never appear in the output: rows by number, clients by id.
      expect(dry.stdout + dry.stderr).not.toMatch(/Ayşe|Şahin|Hassan/);
      expect(await clients()).toBe(0);

      const real = await cli(['import', 'clients', file, '--vault', vault, '--json'], env);
      expect(real.code).toBe(0);
      expect(onlyJson(real.stdout)).toMatchObject({ dryRun: false, created: 2, skipped: 2, cases: 2 });
      expect(await clients()).toBe(2);

      const mapping = join(dir, 'mapping.json');
      await writeFile(mapping, JSON.stringify({ columns: [{ column: 0, field: 'nosuchfield' }] }));
      const refused = await cli(['import', 'clients', file, '--vault', vault, '--mapping', mapping, '--json'], env);
      expect(refused.code).toBe(4);
      expect(onlyJson(refused.stdout)).toMatchObject({ error: { code: 'VALIDATION' } });
      expect((await cli(['import', 'clients', '--vault', vault], env)).code).toBe(2);
    } finally {
      await cleanup();
    }
  });
});
