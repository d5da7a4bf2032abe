/**
 * The acceptance flow, in one test and all through the UI: first run in Turkish, create,
 * recovery key, confirm, Agenda, lock, wrong/right passphrase, recovery key, Settings language.
 * Backend state is checked through `vault:status` at every turn, so a UI that only looks right fails.
 */
import { en } from '../../src-renderer/src/i18n/resources/en';
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, TEST_PASSPHRASE, test, type VaultHarness } from './fixtures';
import { saveScreen } from './screens';

/** i18next-style `{{name}}` interpolation, for messages with placeholders. */
function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name]));
}

async function status(vault: VaultHarness) {
  return vault.call('vault:status', {});
}

test('vault lifecycle: create → recovery key → confirm → lock/unlock → recovery key → language switch', async ({
  page,
  vault,
}) => {
  // First run, in Turkish.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: tr.create.title, exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');

  // A weak passphrase is refused with its reasons, and no vault is created.
  const passphrase = page.getByLabel(tr.create.passphrase, { exact: true });
  const confirm = page.getByLabel(tr.create.confirm, { exact: true });
  await passphrase.fill('kedi');
  await confirm.fill('kedi');
  const meter = page.getByTestId('strength-meter');
  await expect(meter).toContainText(tr.reasons.tooShort);
  await expect(meter).toContainText(fmt(tr.strength.score, { level: tr.strength.level1 }));
  await page.getByRole('button', { name: tr.create.submit, exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: tr.errors.WEAK_PASSPHRASE })).toBeVisible();
  await saveScreen(page, 'lifecycle-01-first-run-weak', 'tr');
  expect(await status(vault)).toMatchObject({ exists: false, unlocked: false });

  // A strong one creates the vault.
  await passphrase.fill(TEST_PASSPHRASE);
  await confirm.fill(TEST_PASSPHRASE);
  await expect(meter).toContainText(tr.strength.acceptable);
  await page.getByRole('button', { name: tr.create.submit, exact: true }).click();

  // The recovery key: eight groups, read from the screen as the lawyer would copy them.
  await expect(page.getByRole('heading', { level: 1, name: tr.recovery.title, exact: true })).toBeVisible();
  const groups = await page.getByTestId('recovery-key-group').allTextContents();
  expect(groups).toHaveLength(8);
  for (const group of groups) expect(group).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
  expect(await status(vault)).toMatchObject({ exists: true, unlocked: true });
  await saveScreen(page, 'lifecycle-02-recovery-key', 'tr');
  await page.getByRole('button', { name: tr.recovery.writtenDown, exact: true }).click();

  // Type back the requested group: a wrong value first, then the right one.
  const confirmForm = page.getByTestId('recovery-confirm');
  await expect(page.getByRole('heading', { level: 1, name: tr.recovery.confirmTitle, exact: true })).toBeVisible();
  const groupNumber = Number(await confirmForm.getAttribute('data-group-number'));
  expect(groupNumber).toBeGreaterThanOrEqual(1);
  expect(groupNumber).toBeLessThanOrEqual(8);
  const expected = groups[groupNumber - 1]!;
  const groupInput = page.getByLabel(fmt(tr.recovery.confirmPrompt, { n: groupNumber }), { exact: true });
  await groupInput.fill(expected === 'XXXX' ? 'YYYY' : 'XXXX');
  await page.getByRole('button', { name: tr.recovery.confirmSubmit, exact: true }).click();
  await expect(confirmForm.getByRole('alert')).toHaveText(fmt(tr.recovery.mismatch, { n: groupNumber }));
  await expect(groupInput).toHaveAttribute('aria-invalid', 'true');
  await saveScreen(page, 'lifecycle-03-confirm-key-error', 'tr');
  await groupInput.fill(expected.toLowerCase());
  await page.getByRole('button', { name: tr.recovery.confirmSubmit, exact: true }).click();

  // Agenda.
  await expect(page.getByRole('heading', { level: 1, name: tr.home.title, exact: true })).toBeVisible();
  expect(await status(vault)).toEqual({ exists: true, unlocked: true, language: 'tr', demo: false });
  await saveScreen(page, 'lifecycle-04-agenda', 'tr');

  // Lock with the button: the backend locks and the unlock screen replaces everything.
  await page.getByRole('button', { name: tr.nav.lock, exact: true }).click();
  const unlockHeading = page.getByRole('heading', { level: 1, name: tr.unlock.title, exact: true });
  await expect(unlockHeading).toBeVisible();
  await expect(page.getByRole('heading', { name: tr.home.title, exact: true })).toHaveCount(0);
  await expect.poll(async () => (await status(vault)).unlocked).toBe(false);

  // A wrong passphrase: a clear Turkish error, and the vault stays locked.
  const unlockField = page.getByLabel(tr.unlock.passphrase, { exact: true });
  await unlockField.fill('Yanlış parola bu, kesinlikle');
  await page.getByRole('button', { name: tr.unlock.submit, exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(tr.errors.WRONG_PASSPHRASE);
  await expect(unlockHeading).toBeVisible();
  expect(await status(vault)).toMatchObject({ unlocked: false });
  await saveScreen(page, 'lifecycle-05-unlock-wrong', 'tr');

  // The right passphrase opens it.
  await unlockField.fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: tr.unlock.submit, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr.home.title, exact: true })).toBeVisible();
  expect(await status(vault)).toMatchObject({ unlocked: true });

  // Lock again and use the recovery key, typed lowercase with spaces.
  await page.getByRole('button', { name: tr.nav.lock, exact: true }).click();
  await expect(unlockHeading).toBeVisible();
  await expect.poll(async () => (await status(vault)).unlocked).toBe(false);
  await page.getByRole('button', { name: tr.unlock.useRecoveryKey, exact: true }).click();
  await expect(page.getByText(tr.unlock.introRecovery, { exact: true })).toBeVisible();
  await page.getByLabel(tr.unlock.recoveryKey, { exact: true }).fill(groups.join(' ').toLowerCase());
  await saveScreen(page, 'lifecycle-06-unlock-recovery-key', 'tr');
  await page.getByRole('button', { name: tr.unlock.submit, exact: true }).click();

  // The new-passphrase step explains itself; the lawyer chooses "Later" here.
  await expect(page.getByRole('heading', { level: 1, name: tr.reset.title, exact: true })).toBeVisible();
  await expect(page.getByText(tr.reset.why)).toBeVisible();
  expect(await status(vault)).toMatchObject({ unlocked: true });
  await saveScreen(page, 'lifecycle-07-new-passphrase-step', 'tr');
  await page.getByRole('button', { name: tr.reset.later, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr.home.title, exact: true })).toBeVisible();

  // Settings: switch to English.
  await page.getByRole('button', { name: tr.nav.settings, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr.settings.title, exact: true })).toBeVisible();
  await saveScreen(page, 'lifecycle-08-settings', 'tr');
  await page.getByRole('combobox', { name: tr.settings.languageLabel, exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: en.settings.title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: en.nav.lock, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: en.settings.languageTitle, exact: true })).toContainText(
    en.settings.languageSaved,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await status(vault)).toMatchObject({ unlocked: true, language: 'en' });
  await saveScreen(page, 'lifecycle-09-settings', 'en');

  // A reload (the next launch, as far as the renderer knows) still shows English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: en.home.title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: en.nav.settings, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: tr.nav.settings, exact: true })).toHaveCount(0);

  // And back to Turkish.
  await page.getByRole('button', { name: en.nav.settings, exact: true }).click();
  await page.getByRole('combobox', { name: en.settings.languageLabel, exact: true }).selectOption('tr');
  await expect(page.getByRole('heading', { level: 1, name: tr.settings.title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: tr.nav.lock, exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  expect(await status(vault)).toMatchObject({ unlocked: true, language: 'tr' });
});
