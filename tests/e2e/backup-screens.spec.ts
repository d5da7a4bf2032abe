/**
 * Screenshots for review, in Turkish and English: the backup section with its progress bar, a
 * verify result, the restore screen with its confirmation, the retention list, and the panic
 * confirmation. Each step still asserts what it shows, so a broken screen fails here too.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../src-main/shared/schemas/vault';
import { backupSection, fillSecret, fmt, MESSAGES, openSettings, seedVault } from './backup-support';
import { expect, TEST_PASSPHRASE, test } from './fixtures';
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

for (const lang of ['tr', 'en'] as const satisfies readonly Language[]) {
  test(`backup screens (${lang})`, async ({ page, vault, exportDir, openChoice }) => {
    test.setTimeout(scaled(90_000));
    const m = MESSAGES[lang];
    // Big enough that the copy is still running when the screenshot is taken.
    await seedVault(vault, lang, 96 * 1024 * 1024);
    await vault.call('intake:create', {
      client: { givenName: 'Mariam', familyName: 'Karimi', nationality: 'AF' },
      case: {
        type: 'removal-appeal',
        status: 'closed',
        openedOn: '2009-02-01',
        closedOn: '2012-03-01',
        title: 'Eski itiraz',
      },
    });
    await page.goto('/');
    await expect(page.getByTestId('last-backup')).toContainText(m.backup.last.never);
    await saveScreen(page, 'backup-01-agenda-nudge', lang);
    await openSettings(page, m);

    const section = backupSection(page, m);
    await section.getByRole('button', { name: m.backup.create, exact: true }).click();
    const progress = section.getByTestId('job-progress');
    await expect(progress).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await saveScreen(page, 'backup-02-progress', lang);
    await expect(section.getByTestId('backup-now').getByTestId('job-success')).toBeVisible({ timeout: scaled(30_000) });
    await saveScreen(page, 'backup-03-done', lang);

    const [name] = await readdir(exportDir);
    openChoice.path = path.join(exportDir, name ?? '');
    const verify = page.getByTestId('backup-verify');
    await fillSecret(verify, m, { kind: 'passphrase', value: TEST_PASSPHRASE });
    await verify.getByRole('button', { name: m.backup.verify, exact: true }).click();
    await expect(verify.getByTestId('job-success')).toBeVisible({ timeout: scaled(30_000) });
    await saveScreen(page, 'backup-04-verified', lang);

    const retention = page.getByRole('region', { name: m.retention.title, exact: true });
    await expect(retention.getByRole('table')).toContainText('Eski itiraz');
    await retention.scrollIntoViewIfNeeded();
    await saveScreen(page, 'backup-05-retention-due', lang);

    await page.getByRole('button', { name: m.panic.start, exact: true }).click();
    await expect(page.getByTestId('panic-dialog')).toContainText(m.panic.backupsNote);
    await saveScreen(page, 'backup-06-panic-confirm', lang);
    await page.getByTestId('panic-dialog').getByRole('button', { name: m.typedConfirm.cancel, exact: true }).click();

    // The restore screen from the lock screen, and the confirmation naming what would be lost.
    await page.getByRole('button', { name: m.nav.lock, exact: true }).click();
    await page.getByRole('button', { name: m.backup.restore.entry, exact: true }).click();
    const restore = page.getByTestId('restore-backup');
    await fillSecret(restore, m, { kind: 'recovery', value: 'ABCD' });
    await saveScreen(page, 'backup-07-restore', lang);
    await restore.getByRole('button', { name: m.backup.restore.choose, exact: true }).click();
    await expect(page.getByTestId('restore-replace-dialog')).toContainText(
      fmt(m.backup.restore.confirmVault, { files: 'X', size: 'Y' }).split('(')[0]?.trim() ?? '',
    );
    await saveScreen(page, 'backup-08-restore-confirm', lang);
  });
}
