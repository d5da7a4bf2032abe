/**
 * Issue 7, acceptance 6, through the UI against the real backend: back up from Settings and see
 * the progress, verify the file, wipe the vault (panic wipe → first run), restore into the new,
 * empty vault folder with the recovery key, and find every row and every document's SHA-256
 * identical. Then a damaged backup: reported as damaged, and the restore refuses, vault intact.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDate } from '../../src-renderer/src/components/format';
import { documentHashes, dumpVault, hashTree } from '../integration/backup-helpers';
import { backupSection, fillSecret, fmt, MESSAGES, openSettings, seedVault, watchProgress } from './backup-support';
import { expect, TEST_PASSPHRASE, test } from './fixtures';
import { scaled } from '../helpers/timing';

const m = MESSAGES.tr;
const BACKUP_NAME = /^emanet-\d{4}-\d{2}-\d{2}\.emanet-backup$/;

test('acceptance 6: back up with progress → verify → panic wipe → restore with the recovery key → identical', async ({
  page,
  vault,
  exportDir,
  openChoice,
}) => {
  test.setTimeout(scaled(90_000));
  const seeded = await seedVault(vault, 'tr');
  const rowsBefore = await dumpVault(vault.backend);
  const hashesBefore = await documentHashes(vault.backend, seeded.documentIds);

  // The agenda nudges: no backup yet. Its button leads to Settings.
  await page.goto('/');
  const last = page.getByTestId('last-backup');
  await expect(last).toContainText(m.backup.last.never);
  await last.getByRole('button', { name: m.backup.last.open, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.settings.title, exact: true })).toBeVisible();

  // ── Back up: the bar appears, then the file is named with its size ───────────────────────
  const section = backupSection(page, m);
  const progressSeen = await watchProgress(page);
  await section.getByRole('button', { name: m.backup.create, exact: true }).click();
  const success = section.getByTestId('backup-now').getByTestId('job-success');
  await expect(success).toBeVisible({ timeout: scaled(30_000) });
  expect((await progressSeen()).length).toBeGreaterThan(0);
  const names = await readdir(exportDir);
  expect(names).toHaveLength(1);
  const backupName = names[0] ?? '';
  expect(backupName).toMatch(BACKUP_NAME);
  await expect(success).toContainText(backupName);
  expect((await stat(path.join(exportDir, backupName))).size).toBeGreaterThan(8 * 1024 * 1024);
  expect((await vault.call('settings:get', {})).lastBackupAt).not.toBeNull();

  // ── Verify with the passphrase: sound ───────────────────────────────────────────────────
  openChoice.path = path.join(exportDir, backupName);
  const verify = page.getByTestId('backup-verify');
  await fillSecret(verify, m, { kind: 'passphrase', value: TEST_PASSPHRASE });
  await verify.getByRole('button', { name: m.backup.verify, exact: true }).click();
  await expect(verify.getByTestId('job-success')).toHaveText(
    fmt(m.backup.verifyOk, { documents: 2, date: formatDate(new Date().toISOString()) }),
    { timeout: scaled(30_000) },
  );
  await expect(verify.getByRole('alert')).toHaveCount(0);

  // ── Panic wipe: a wrong word does nothing; the Turkish word (YOK ET, typed in any case) destroys the vault ──
  await page.getByRole('button', { name: m.panic.start, exact: true }).click();
  const dialog = page.getByTestId('panic-dialog');
  await expect(dialog).toContainText(m.panic.backupsNote);
  const word = dialog.getByLabel(fmt(m.typedConfirm.label, { word: m.panic.word }), { exact: true });
  await word.fill('sil');
  await dialog.getByRole('button', { name: m.panic.confirm, exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(fmt(m.typedConfirm.mismatch, { word: m.panic.word }));
  expect((await vault.call('vault:status', {})).exists).toBe(true);
  expect(m.panic.word).toBe('YOK ET');
  await word.fill('yok et');
  await dialog.getByRole('button', { name: m.panic.confirm, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.create.title, exact: true })).toBeVisible();
  expect(await vault.call('vault:status', {})).toMatchObject({ exists: false, unlocked: false });

  // ── Restore into the new (empty) vault folder with the recovery key ─────────────────────
  await page.getByRole('button', { name: m.backup.restore.entry, exact: true }).click();
  const restore = page.getByTestId('restore-backup');
  await expect(restore.getByRole('heading', { name: m.backup.restore.title })).toBeFocused();
  await fillSecret(restore, m, { kind: 'recovery', value: seeded.recoveryKey });
  await restore.getByRole('button', { name: m.backup.restore.choose, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible({
    timeout: scaled(30_000),
  });
  expect(await vault.call('vault:status', {})).toMatchObject({ exists: true, unlocked: true });
  expect(await dumpVault(vault.backend)).toEqual(rowsBefore);
  expect(await documentHashes(vault.backend, seeded.documentIds)).toEqual(hashesBefore);
  // And through the channels the screens use: the clients are there by name.
  const { rows } = await vault.call('clients:list', {});
  expect(rows.map((c) => c.familyName).sort()).toEqual(['Rahimi', 'Öztürk']);
});

test('a damaged backup: verify says damaged; restore over the vault names what is lost, then refuses', async ({
  page,
  vault,
  exportDir,
  openChoice,
}) => {
  test.setTimeout(scaled(60_000));
  await seedVault(vault, 'tr', 64 * 1024);
  const made = await vault.call('backup:create', {});
  expect(made.cancelled).toBe(false);
  const names = await readdir(exportDir);
  const file = path.join(exportDir, names[0] ?? '');
  const bytes = await readFile(file);
  const at = Math.floor(bytes.length / 3);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  await writeFile(file, bytes);
  openChoice.path = file;

  await page.goto('/');
  await openSettings(page, m);
  const verify = page.getByTestId('backup-verify');
  await fillSecret(verify, m, { kind: 'passphrase', value: TEST_PASSPHRASE });
  await verify.getByRole('button', { name: m.backup.verify, exact: true }).click();
  await expect(verify.getByRole('alert')).toHaveText(m.backup.damaged, { timeout: scaled(30_000) });
  await expect(verify.getByTestId('job-success')).toHaveCount(0);

  // Lock, then restore from the unlock screen: the existing vault is named before anything.
  await page.getByRole('button', { name: m.nav.lock, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.unlock.title, exact: true })).toBeVisible();
  const folderBefore = await hashTree(vault.dir);
  await page.getByRole('button', { name: m.backup.restore.entry, exact: true }).click();
  const restore = page.getByTestId('restore-backup');
  await fillSecret(restore, m, { kind: 'passphrase', value: TEST_PASSPHRASE });
  await restore.getByRole('button', { name: m.backup.restore.choose, exact: true }).click();
  const confirm = page.getByTestId('restore-replace-dialog');
  await expect(confirm).toContainText(m.backup.restore.confirmVault);
  // A locked vault's size is not told to whoever sits at the lock screen (issue 11, item 12).
  await expect(confirm).not.toContainText(/\d+ dosya/);
  // Cancel is the safe default: focus starts there.
  await expect(confirm.getByRole('button', { name: m.backup.restore.cancel, exact: true })).toBeFocused();
  await confirm.getByRole('button', { name: m.backup.restore.confirm, exact: true }).click();
  await expect(restore.getByRole('alert')).toHaveText(m.backup.damaged, { timeout: scaled(30_000) });
  expect(await hashTree(vault.dir)).toEqual(folderBefore);

  // The vault is as it was: it still opens with its passphrase, with its clients.
  await restore.getByRole('button', { name: m.backup.restore.back, exact: true }).click();
  await page.getByLabel(m.unlock.passphrase, { exact: true }).fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: m.unlock.submit, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible();
  expect((await vault.call('clients:list', {})).rows).toHaveLength(2);
});
