/**
 * The import mapping screen (issue 17): a spreadsheet made in the test (a Windows-1254 CSV with
 * `;`, an .xlsx made with exceljs) is "chosen" in the main process's open dialog (the harness's
 * `openChoice`), its columns are shown with their recognised fields, the preview shows reasons,
 * a possible match in the vault and a repeat in the file, and the lawyer's choices are what the
 * commit writes; a cancel writes nothing. Screens in Turkish and English. Synthetic names only.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { csvBytes, xlsxBytes } from '../helpers/spreadsheets';
import { scaled } from '../helpers/timing';
import { badChecksum, fmt, foreignId, openUnlocked, seedClient } from './clients-support';
import { expect, test, type VaultHarness } from './fixtures';
import { ImportScreen } from './pages/import';
import { saveScreen } from './screens';

const HEADERS_TR = ['Adı Soyadı', 'Uyruğu', 'Doğum Tarihi', 'YKN', 'Telefon', 'Dosya No'];
const HEADERS_EN = ['Full name', 'Nationality', 'Date of birth', 'YKN', 'Phone', 'File no'];
/** Row 2 new; row 3 refused three times over; row 4 the vault's client spelt another way; row 5 row 2 again. */
const ROWS = [
  ['Ayşe Yılmaz', 'Türkiye', '01.02.1990', '', '0532 111 22 33', '2026/1234'],
  ['Ali Şahin', 'Narnia', '01.01.2099', badChecksum(foreignId(7654321)), '', ''],
  ['Muhammed El Hassan', 'Suriye', '12.03.1985', foreignId(1111111), '', ''],
  ['Aişe Yilmaz', 'TR', '1990', '', '', ''],
];

async function seedExisting(vault: VaultHarness): Promise<string> {
  return seedClient(vault, {
    givenName: 'Mohammad',
    familyName: 'Al-Hasan',
    nationality: 'SY',
    dateOfBirth: { precision: 'exact', date: '1985-03-12' },
  });
}

async function count(vault: VaultHarness, table: 'client' | 'legal_case' | 'import_run' | 'audit_event') {
  const db = vault.backend.vault.db();
  return Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]?.n);
}

test('import (tr): a Windows-1254 CSV with ";", remap a column, merge, skip, commit in one go', async ({
  page,
  vault,
  pickDir,
  openChoice,
}) => {
  test.setTimeout(scaled(45_000));
  await openUnlocked(page, vault, 'tr');
  const existingId = await seedExisting(vault);
  const file = path.join(pickDir, 'müvekkiller.csv');
  await writeFile(file, csvBytes([HEADERS_TR, ...ROWS], ';', 'windows-1254'));
  openChoice.path = file;
  const screen = new ImportScreen(page, 'tr');
  const m = screen.m.importList;
  const v = screen.m.validation;

  await screen.open();
  await screen.chooseFile();
  await expect(page.getByTestId('import-source')).toContainText('WINDOWS-1254');
  await expect(page.getByTestId('import-source')).toContainText(';');
  // Each column with its recognised field.
  await expect(screen.column('Adı Soyadı')).toHaveValue('fullName');
  await expect(screen.column('Uyruğu')).toHaveValue('nationality');
  await expect(screen.column('Doğum Tarihi')).toHaveValue('dateOfBirth');
  await expect(screen.column('YKN')).toHaveValue('foreignId');
  await expect(screen.column('Telefon')).toHaveValue('phone');
  await expect(screen.column('Dosya No')).toHaveValue('fileNumber');

  // Row 3: every reason in the lawyer's language, and it can only be skipped.
  const bad = screen.row(3);
  await expect(bad).toContainText(m.preview.hasErrors);
  await expect(bad).toContainText(
    fmt(m.preview.errorIn, { field: m.fields.foreignId, message: v.identity.badChecksum }),
  );
  await expect(bad).toContainText(fmt(m.preview.errorIn, { field: m.fields.dateOfBirth, message: v.date.inFuture }));
  await expect(bad).toContainText(fmt(m.preview.errorIn, { field: m.fields.nationality, message: v.country.unknown }));
  await expect(screen.choice(3)).toHaveValue('skip');
  await expect(screen.choice(3).locator('option[value="import"]')).toBeDisabled();
  // Row 2 has a file number but the sheet has no case type: the lawyer picks one for every row.
  await expect(screen.row(2)).toContainText(
    fmt(m.preview.errorIn, { field: m.fields.caseType, message: v.case.unknownType }),
  );
  await expect(screen.summary).toHaveText(screen.summaryText({ import: 1, merge: 0, skip: 3 }));
  await expect(page.getByRole('button', { name: m.summary.commit })).toBeEnabled();
  await page.getByLabel(m.mapping.defaultCaseType).selectOption('residence-permit');
  await expect(screen.row(2)).not.toContainText(m.preview.hasErrors);
  await expect(screen.choice(2)).toHaveValue('import');
  // Row 4: the vault's client spelt another way; row 5: row 2 again.
  await expect(screen.row(4)).toContainText(m.preview.conflict);
  await expect(screen.row(4)).toContainText('Mohammad Al-Hasan');
  await expect(screen.row(5)).toContainText(m.preview.duplicate);
  await expect(screen.row(2)).toContainText('Ayşe Yılmaz');
  await expect(screen.row(2)).toContainText('01.02.1990');
  await expect(screen.summary).toHaveText(screen.summaryText({ import: 1, merge: 0, skip: 3 }));

  // The lawyer does not want the phone numbers: the preview is read again without them.
  await expect(screen.row(2)).toContainText('0532 111 22 33');
  await screen.column('Telefon').selectOption('');
  await expect(screen.column('Telefon')).toHaveValue('');
  await expect(page.getByText(m.origin.given)).toBeVisible();
  await expect(screen.row(2)).not.toContainText('0532 111 22 33');
  await expect(page.getByLabel(m.mapping.defaultCaseType)).toHaveValue('residence-permit');

  // Merge row 4 into the existing client; import row 5 after all.
  await screen.choice(4).selectOption(`merge:${existingId}`);
  await screen.choice(5).selectOption('import');
  await expect(screen.summary).toHaveText(screen.summaryText({ import: 2, merge: 1, skip: 1 }));
  await saveScreen(page, 'import-01-preview', 'tr');

  const auditBefore = await count(vault, 'audit_event');
  await page.getByRole('button', { name: m.summary.commit }).click();
  await expect(page.getByTestId('import-done')).toContainText(m.done.title);

  // Two new clients, one merged (with the row's ID number), row 3 not written; a residence-permit case for each row written.
  expect(await count(vault, 'client')).toBe(3);
  expect(await count(vault, 'legal_case')).toBe(3);
  expect(await count(vault, 'import_run')).toBe(1);
  const merged = await vault.call('clients:get', { id: existingId });
  expect(merged.client.identityNumbers).toContainEqual({ kind: 'foreign-id', value: foreignId(1111111) });
  const names = (await vault.call('clients:list', {})).rows.map((c) => `${c.givenName} ${c.familyName ?? ''}`);
  expect(names).toEqual(expect.arrayContaining(['Ayşe Yılmaz', 'Aişe Yilmaz']));
  expect(names.join()).not.toContain('Ali');
  // One audit entry for the import, with ids and counts only: no name, no number from the file.
  const audit = await vault.backend.vault
    .db()
    .selectFrom('audit_event')
    .selectAll()
    .where('entity', '=', 'import')
    .execute();
  expect(audit).toHaveLength(1);
  expect(audit[0]?.action).toBe('created');
  const newAudit = await vault.backend.vault.db().selectFrom('audit_event').selectAll().execute();
  expect(newAudit.length).toBeGreaterThan(auditBefore);
  const written = JSON.stringify(newAudit);
  for (const secret of ['Ayşe', 'Yılmaz', 'Aişe', 'Muhammed', foreignId(1111111), '2026/1234']) {
    expect(written).not.toContain(secret);
  }
  await saveScreen(page, 'import-02-done', 'tr');
});

test('import (en): an .xlsx made with exceljs; cancel writes nothing', async ({ page, vault, pickDir, openChoice }) => {
  test.setTimeout(scaled(45_000));
  await openUnlocked(page, vault, 'en');
  await seedExisting(vault);
  const file = path.join(pickDir, 'clients.xlsx');
  await writeFile(
    file,
    await xlsxBytes([
      HEADERS_EN,
      ...ROWS.map((r, i) => (i === 0 ? [r[0]!, r[1]!, new Date(Date.UTC(1990, 1, 1)), ...r.slice(3)] : r)),
    ]),
  );
  const screen = new ImportScreen(page, 'en');
  const m = screen.m.importList;

  // A closed dialog is no import: the start screen stays.
  openChoice.path = null;
  await screen.open();
  await page.getByRole('button', { name: m.chooseFile, exact: true }).click();
  await expect(page.getByRole('button', { name: m.chooseFile, exact: true })).toBeEnabled();
  await expect(screen.previewTable).toHaveCount(0);

  openChoice.path = file;
  await screen.chooseFile();
  await expect(page.getByTestId('import-source')).toContainText(m.source.xlsx);
  await expect(screen.column('Full name')).toHaveValue('fullName');
  await expect(screen.column('Date of birth')).toHaveValue('dateOfBirth');
  await expect(screen.row(2)).toContainText('01.02.1990');
  await expect(screen.row(3)).toContainText(
    fmt(m.preview.errorIn, { field: m.fields.nationality, message: screen.m.validation.country.unknown }),
  );
  await expect(screen.row(4)).toContainText(m.preview.conflict);
  await expect(screen.summary).toHaveText(screen.summaryText({ import: 1, merge: 0, skip: 3 }));
  await saveScreen(page, 'import-01-preview', 'en');

  const before = {
    clients: await count(vault, 'client'),
    runs: await count(vault, 'import_run'),
    audit: await count(vault, 'audit_event'),
  };
  await page.getByRole('button', { name: m.summary.cancel, exact: true }).click();
  await expect(page.getByText(m.cancelled)).toBeVisible();
  expect({
    clients: await count(vault, 'client'),
    runs: await count(vault, 'import_run'),
    audit: await count(vault, 'audit_event'),
  }).toEqual(before);
  expect(before).toMatchObject({ clients: 1, runs: 0 });
  // The file read is forgotten: a commit now has nothing to write.
  expect((await vault.invoke('import:commit', { decisions: [] })).ok).toBe(false);
  await saveScreen(page, 'import-03-cancelled', 'en');
});
