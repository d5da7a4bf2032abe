/**
 * Settings through the UI, each result checked where it lives: the backend (`settings:get`,
 * `vault:status`) and the unlock screen after a lock.
 */
import type { Page } from '@playwright/test';
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { AUTO_LOCK_DEFAULT, AUTO_LOCK_MAX, AUTO_LOCK_MIN } from '../../src-main/shared/schemas/vault';
import { expect, TEST_PASSPHRASE, test, type VaultHarness } from './fixtures';

const NEW_PASSPHRASE = 'Kırmızı bisiklet, üç limon ve eski bir radyo';

function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name]));
}

/** A fresh vault (unlocked, as `vault:create` leaves it) and the app open on Settings. */
async function openSettings(page: Page, vault: VaultHarness): Promise<void> {
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  await page.goto('/');
  await goToSettings(page);
}

async function goToSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: tr.nav.settings, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr.settings.title, exact: true })).toBeVisible();
}

async function lockWithButton(page: Page, vault: VaultHarness): Promise<void> {
  await page.getByRole('button', { name: tr.nav.lock, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr.unlock.title, exact: true })).toBeVisible();
  await expect.poll(async () => (await vault.call('vault:status', {})).unlocked).toBe(false);
}

async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel(tr.unlock.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: tr.unlock.submit, exact: true }).click();
}

test('change passphrase: wrong current and weak new are refused; afterwards only the new one unlocks', async ({
  page,
  vault,
}) => {
  await openSettings(page, vault);
  const section = page.getByRole('region', { name: tr.settings.passphraseTitle, exact: true });
  const current = section.getByLabel(tr.settings.currentPassphrase, { exact: true });
  const next = section.getByLabel(tr.settings.newPassphrase, { exact: true });
  const confirm = section.getByLabel(tr.settings.confirmPassphrase, { exact: true });
  const submit = section.getByRole('button', { name: tr.settings.changePassphrase, exact: true });
  const done = section.getByRole('status').filter({ hasText: tr.settings.passphraseChanged });

  // Wrong current passphrase.
  await current.fill('Bu mevcut parola değil, yanlış');
  await next.fill(NEW_PASSPHRASE);
  await confirm.fill(NEW_PASSPHRASE);
  await submit.click();
  await expect(section.getByRole('alert')).toHaveText(tr.errors.WRONG_PASSPHRASE);
  await expect(done).toHaveCount(0);

  // Weak new passphrase: refused, with the reason.
  await current.fill(TEST_PASSPHRASE);
  await next.fill('password');
  await confirm.fill('password');
  await expect(section.getByTestId('strength-meter')).toContainText(tr.reasons.commonPassword);
  await submit.click();
  await expect(section.getByRole('alert')).toHaveText(tr.errors.WEAK_PASSPHRASE);
  await expect(done).toHaveCount(0);

  // Success: confirmed on screen, and the secrets leave the form.
  await next.fill(NEW_PASSPHRASE);
  await confirm.fill(NEW_PASSPHRASE);
  await submit.click();
  await expect(done).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
  for (const field of [current, next, confirm]) await expect(field).toHaveValue('');

  // The old passphrase no longer opens the vault; the new one does.
  await lockWithButton(page, vault);
  await unlockWith(page, TEST_PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(tr.errors.WRONG_PASSPHRASE);
  expect(await vault.call('vault:status', {})).toMatchObject({ unlocked: false });
  await unlockWith(page, NEW_PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: tr.home.title, exact: true })).toBeVisible();
  expect(await vault.call('vault:status', {})).toMatchObject({ unlocked: true });
});

test('auto-lock minutes: 0 and 61 are refused with a message, a valid value is saved', async ({ page, vault }) => {
  await openSettings(page, vault);
  const section = page.getByRole('region', { name: tr.settings.autoLockTitle, exact: true });
  const minutes = section.getByLabel(tr.settings.autoLockMinutes, { exact: true });
  const save = section.getByRole('button', { name: tr.settings.saveAutoLock, exact: true });
  const invalid = fmt(tr.settings.autoLockInvalid, { min: AUTO_LOCK_MIN, max: AUTO_LOCK_MAX });
  await expect(minutes).toHaveValue(String(AUTO_LOCK_DEFAULT));

  for (const bad of [String(AUTO_LOCK_MIN - 1), String(AUTO_LOCK_MAX + 1)]) {
    await minutes.fill(bad);
    await save.click();
    await expect(section.getByRole('alert')).toHaveText(invalid);
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(section.getByText(tr.settings.saved, { exact: true })).toHaveCount(0);
    expect((await vault.call('settings:get', {})).autoLockMinutes).toBe(AUTO_LOCK_DEFAULT);
  }

  await minutes.fill('15');
  await save.click();
  await expect(section.getByRole('status')).toHaveText(tr.settings.saved);
  await expect(section.getByRole('alert')).toHaveCount(0);
  expect((await vault.call('settings:get', {})).autoLockMinutes).toBe(15);

  // Shown again when Settings is opened anew.
  await page.reload();
  await goToSettings(page);
  await expect(
    page
      .getByRole('region', { name: tr.settings.autoLockTitle, exact: true })
      .getByLabel(tr.settings.autoLockMinutes, { exact: true }),
  ).toHaveValue('15');
});

test('lawyer name: saved, and shown again after lock and unlock', async ({ page, vault }) => {
  await openSettings(page, vault);
  const name = 'Av. Deneme Örnekoğlu';
  const section = page.getByRole('region', { name: tr.settings.profileTitle, exact: true });
  await section.getByRole('textbox', { name: tr.settings.lawyerName, exact: true }).fill(`  ${name} `);
  await section.getByRole('button', { name: tr.settings.saveName, exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(tr.settings.saved);
  expect((await vault.call('settings:get', {})).lawyerName).toBe(name);

  await lockWithButton(page, vault);
  await expect(page.getByRole('textbox', { name: tr.settings.lawyerName, exact: true })).toHaveCount(0);
  await unlockWith(page, TEST_PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: tr.home.title, exact: true })).toBeVisible();
  await goToSettings(page);
  await expect(page.getByRole('textbox', { name: tr.settings.lawyerName, exact: true })).toHaveValue(name);
});
