import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { backupSection, fmt, MESSAGES, openSettings } from './backup-support';
import { expect, TEST_PASSPHRASE, test } from './fixtures';
import { saveScreen } from './screens';

const m = MESSAGES.tr;

test('automatic backup: choose a folder in Settings, then locking writes a backup there', async ({
  page,
  vault,
  exportDir,
  openChoice,
}) => {
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  const stick = path.join(exportDir, 'usb');
  await mkdir(stick, { recursive: true });
  openChoice.path = stick;

  await page.goto('/');
  await openSettings(page, m);
  const auto = backupSection(page, m).getByTestId('auto-backup');
  await expect(auto.getByRole('status')).toHaveText(m.backup.auto.off);
  await auto.getByRole('button', { name: m.backup.auto.choose, exact: true }).click();
  // The screen names the folder, never the path to it (it would name the lawyer's home folder).
  await expect(auto.getByRole('status').first()).toHaveText(fmt(m.backup.auto.on, { folder: 'usb' }));
  expect((await vault.call('settings:get', {})).autoBackupFolderName).toBe('usb');
  await saveScreen(page, 'backup-auto', 'tr');

  // The lawyer presses Lock: the vault backs itself up to the folder, then locks.
  await page.getByRole('button', { name: m.nav.lock, exact: true }).click();
  await expect(page.getByRole('heading', { name: m.unlock.title })).toBeVisible();
  await expect.poll(async () => (await readdir(stick)).filter((n) => n.endsWith('.emanet-backup')).length).toBe(1);
});

test('automatic backup: a folder holding look-alike files this vault did not write says so, and they stay', async ({
  page,
  vault,
  exportDir,
  openChoice,
}) => {
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  const stick = path.join(exportDir, 'usb');
  await mkdir(stick, { recursive: true });
  const planted = 'emanet-20990101T000000Z.emanet-backup';
  await writeFile(path.join(stick, planted), 'not a backup of this vault');
  openChoice.path = stick;

  await page.goto('/');
  await openSettings(page, m);
  const auto = backupSection(page, m).getByTestId('auto-backup');
  await auto.getByRole('button', { name: m.backup.auto.choose, exact: true }).click();
  await expect(auto.getByTestId('auto-backup-foreign')).toHaveText(fmt(m.backup.auto.foreign_one, { count: 1 }));

  await page.getByRole('button', { name: m.nav.lock, exact: true }).click();
  await expect(page.getByRole('heading', { name: m.unlock.title })).toBeVisible();
  await expect.poll(async () => (await readdir(stick)).filter((n) => n.endsWith('.emanet-backup')).length).toBe(2);
  expect(await readFile(path.join(stick, planted), 'utf8')).toBe('not a backup of this vault');
});
