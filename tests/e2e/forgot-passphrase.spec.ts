/**
 * A lawyer who forgot the passphrase: the recovery key opens the vault, the new-passphrase step
 * sets a new one through `vault:resetPassphrase`, and from then on only the new one works.
 */
import type { Page } from '@playwright/test';
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, TEST_PASSPHRASE, test, type VaultHarness } from './fixtures';
import { saveScreen } from './screens';

const NEW_PASSPHRASE = 'Kırmızı bisiklet, üç limon ve eski bir radyo';

/** A vault made in the backend and locked, the way a lawyer finds it the next morning. */
async function lockedVault(vault: VaultHarness): Promise<string> {
  const { recoveryKey } = await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  await vault.call('vault:lock', {});
  return recoveryKey;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function unlockWithRecoveryKey(page: Page, recoveryKey: string): Promise<void> {
  await expect(heading(page, tr.unlock.title)).toBeVisible();
  await page.getByRole('button', { name: tr.unlock.useRecoveryKey, exact: true }).click();
  await page.getByLabel(tr.unlock.recoveryKey, { exact: true }).fill(recoveryKey);
  await page.getByRole('button', { name: tr.unlock.submit, exact: true }).click();
}

async function unlockWithPassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel(tr.unlock.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: tr.unlock.submit, exact: true }).click();
}

async function lockWithButton(page: Page, vault: VaultHarness): Promise<void> {
  await page.getByRole('button', { name: tr.nav.lock, exact: true }).click();
  await expect(heading(page, tr.unlock.title)).toBeVisible();
  await expect.poll(async () => (await vault.call('vault:status', {})).unlocked).toBe(false);
}

test('forgotten passphrase: recovery key → new passphrase; the old one stops working, the new one and the key work', async ({
  page,
  vault,
}) => {
  const recoveryKey = await lockedVault(vault);
  await page.goto('/');

  // A wrong recovery key is refused and the vault stays locked.
  const wrongKey = recoveryKey.replace(/[0-9A-Z]/, (c) => (c === 'A' ? 'B' : 'A'));
  await unlockWithRecoveryKey(page, wrongKey);
  await expect(page.getByRole('alert')).toHaveText(tr.errors.wrongRecoveryKey);
  expect(await vault.call('vault:status', {})).toMatchObject({ unlocked: false });

  // The right key opens the vault and leads to the new-passphrase step, which says why it matters.
  await page.getByLabel(tr.unlock.recoveryKey, { exact: true }).fill(recoveryKey);
  await page.getByRole('button', { name: tr.unlock.submit, exact: true }).click();
  await expect(heading(page, tr.reset.title)).toBeVisible();
  await expect(page.getByText(tr.reset.why)).toBeVisible();
  await expect(page.getByRole('button', { name: tr.reset.later, exact: true })).toBeVisible();
  expect(await vault.call('vault:status', {})).toMatchObject({ unlocked: true });

  const next = page.getByLabel(tr.reset.newPassphrase, { exact: true });
  const confirm = page.getByLabel(tr.reset.confirm, { exact: true });
  const submit = page.getByRole('button', { name: tr.reset.submit, exact: true });
  await expect(next).toBeFocused();

  // The two fields must match.
  await next.fill(NEW_PASSPHRASE);
  await confirm.fill(`${NEW_PASSPHRASE}!`);
  await submit.click();
  await expect(page.getByRole('alert')).toHaveText(tr.passphrase.mismatch);

  // A weak passphrase is refused with its reasons.
  await next.fill('password');
  await confirm.fill('password');
  await expect(page.getByTestId('strength-meter')).toContainText(tr.reasons.commonPassword);
  await submit.click();
  await expect(page.getByRole('alert')).toHaveText(tr.errors.WEAK_PASSPHRASE);
  await expect(heading(page, tr.reset.title)).toBeVisible();

  // A strong one is stored.
  await next.fill(NEW_PASSPHRASE);
  await confirm.fill(NEW_PASSPHRASE);
  await expect(page.getByTestId('strength-meter')).toContainText(tr.strength.acceptable);
  await submit.click();
  await expect(heading(page, tr.reset.doneTitle)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(tr.reset.doneBody);
  await saveScreen(page, 'forgot-01-new-passphrase-done', 'tr');
  // Neither the key nor the new passphrase is left on screen.
  const html = await page.content();
  expect(html).not.toContain(recoveryKey);
  expect(html).not.toContain(NEW_PASSPHRASE);
  await page.getByRole('button', { name: tr.reset.continue, exact: true }).click();
  await expect(heading(page, tr.home.title)).toBeVisible();

  // From now on: the old passphrase fails, the new one opens the vault.
  await lockWithButton(page, vault);
  await unlockWithPassphrase(page, TEST_PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(tr.errors.WRONG_PASSPHRASE);
  expect(await vault.call('vault:status', {})).toMatchObject({ unlocked: false });
  await unlockWithPassphrase(page, NEW_PASSPHRASE);
  await expect(heading(page, tr.home.title)).toBeVisible();
  expect(await vault.call('vault:status', {})).toMatchObject({ unlocked: true });

  // The recovery key itself is unchanged.
  await lockWithButton(page, vault);
  expect(await vault.invoke('vault:unlockWithRecoveryKey', { recoveryKey })).toEqual({ ok: true, value: {} });
});

test('"Later" skips the new passphrase: the vault opens and the old passphrase still works', async ({
  page,
  vault,
}) => {
  const recoveryKey = await lockedVault(vault);
  await page.goto('/');
  await unlockWithRecoveryKey(page, recoveryKey);
  await expect(heading(page, tr.reset.title)).toBeVisible();
  await page.getByRole('button', { name: tr.reset.later, exact: true }).click();
  await expect(heading(page, tr.home.title)).toBeVisible();
  expect(await vault.call('vault:status', {})).toMatchObject({ unlocked: true });

  await lockWithButton(page, vault);
  await unlockWithPassphrase(page, TEST_PASSPHRASE);
  await expect(heading(page, tr.home.title)).toBeVisible();
});

test('if the vault locks during the new-passphrase step, the reset still works and the lawyer lands on unlock', async ({
  page,
  vault,
}) => {
  const recoveryKey = await lockedVault(vault);
  await page.goto('/');
  await unlockWithRecoveryKey(page, recoveryKey);
  await expect(heading(page, tr.reset.title)).toBeVisible();

  await vault.call('vault:lock', {}); // e.g. the laptop was suspended while the lawyer was typing
  await page.getByLabel(tr.reset.newPassphrase, { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel(tr.reset.confirm, { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: tr.reset.submit, exact: true }).click();
  await expect(heading(page, tr.reset.doneTitle)).toBeVisible();
  await page.getByRole('button', { name: tr.reset.continue, exact: true }).click();

  // Not into the files: the vault is locked, so the passphrase form comes back.
  await expect(heading(page, tr.unlock.title)).toBeVisible();
  await expect(page.getByLabel(tr.unlock.passphrase, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: tr.nav.lock, exact: true })).toHaveCount(0);
  await unlockWithPassphrase(page, NEW_PASSPHRASE);
  await expect(heading(page, tr.home.title)).toBeVisible();
});
