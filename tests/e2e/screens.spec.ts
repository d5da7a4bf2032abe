/**
 * Screenshots of every main screen in Turkish and English for human review
 * (test-results/screens/<lang>/NN-name.jpg), each also at a narrow width (`-narrow`), taken
 * only once the screen is verifiably the right one. Synthetic data only.
 */
import type { Page } from '@playwright/test';
import { en } from '../../src-renderer/src/i18n/resources/en';
import { tr, type Messages } from '../../src-renderer/src/i18n/resources/tr';
import type { Language } from '../../src-main/shared/schemas/vault';
import { expect, TEST_PASSPHRASE, test } from './fixtures';
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

const NEW_PASSPHRASE = 'Kırmızı bisiklet, üç limon ve eski bir radyo';
const WIDE = { width: 1280, height: 800 };
/** A small laptop window split in half, or 200 % zoom on a 720-pixel-wide one. */
const NARROW = { width: 360, height: 720 };

function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name]));
}

/** Saves the screen wide and narrow, and fails if the narrow one scrolls sideways. */
async function snap(page: Page, name: string, lang: Language): Promise<void> {
  await saveScreen(page, name, lang);
  await page.setViewportSize(NARROW);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${lang}/${name} scrolls sideways at ${NARROW.width}px`).toBeLessThanOrEqual(0);
  await saveScreen(page, `${name}-narrow`, lang);
  await page.setViewportSize(WIDE);
}

for (const [lang, m] of [
  ['tr', tr],
  ['en', en],
] as const satisfies readonly (readonly [Language, Messages])[]) {
  test(`screens (${lang}): every main screen, wide and narrow`, async ({ page, vault }) => {
    test.setTimeout(scaled(45_000));
    await page.setViewportSize(WIDE);
    await vault.call('vault:setLanguage', { language: lang });
    const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

    // 01 First run, with strength feedback for a weak passphrase.
    await page.goto('/');
    await expect(heading(m.create.title)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByLabel(m.create.passphrase, { exact: true }).fill('password');
    await page.getByLabel(m.create.confirm, { exact: true }).fill('password');
    await expect(page.getByTestId('strength-meter')).toContainText(m.reasons.commonPassword);
    await page.getByRole('button', { name: m.create.submit, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: m.errors.WEAK_PASSPHRASE })).toBeVisible();
    await snap(page, '01-first-run', lang);

    // 02 Recovery key.
    await page.getByLabel(m.create.passphrase, { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByLabel(m.create.confirm, { exact: true }).fill(TEST_PASSPHRASE);
    await expect(page.getByTestId('strength-meter')).toContainText(m.strength.acceptable);
    await page.getByRole('button', { name: m.create.submit, exact: true }).click();
    await expect(heading(m.recovery.title)).toBeVisible();
    const groups = await page.getByTestId('recovery-key-group').allTextContents();
    expect(groups).toHaveLength(8);
    await snap(page, '02-recovery-key', lang);

    // 03 Confirm key, after a wrong group.
    await page.getByRole('button', { name: m.recovery.writtenDown, exact: true }).click();
    await expect(heading(m.recovery.confirmTitle)).toBeVisible();
    const n = Number(await page.getByTestId('recovery-confirm').getAttribute('data-group-number'));
    const groupInput = page.getByLabel(fmt(m.recovery.confirmPrompt, { n }), { exact: true });
    await groupInput.fill(groups[n - 1] === 'XXXX' ? 'YYYY' : 'XXXX');
    await page.getByRole('button', { name: m.recovery.confirmSubmit, exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(fmt(m.recovery.mismatch, { n }));
    await snap(page, '03-confirm-key', lang);

    // 04 Agenda.
    await groupInput.fill(groups[n - 1]!);
    await page.getByRole('button', { name: m.recovery.confirmSubmit, exact: true }).click();
    await expect(heading(m.home.title)).toBeVisible();
    await snap(page, '04-agenda', lang);

    // 05 Settings, with a synthetic name saved.
    await page.getByRole('button', { name: m.nav.settings, exact: true }).click();
    await expect(heading(m.settings.title)).toBeVisible();
    const profile = page.getByRole('region', { name: m.settings.profileTitle, exact: true });
    await profile.getByRole('textbox', { name: m.settings.lawyerName, exact: true }).fill('Av. Deneme Örnek');
    await profile.getByRole('button', { name: m.settings.saveName, exact: true }).click();
    await expect(profile.getByRole('status')).toHaveText(m.settings.saved);
    await snap(page, '05-settings', lang);

    // 06 Locked, after a wrong passphrase.
    await page.getByRole('button', { name: m.nav.lock, exact: true }).click();
    await expect(heading(m.unlock.title)).toBeVisible();
    await page.getByLabel(m.unlock.passphrase, { exact: true }).fill('Bu yanlış bir paroladır');
    await page.getByRole('button', { name: m.unlock.submit, exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(m.errors.WRONG_PASSPHRASE);
    await snap(page, '06-unlock-error', lang);

    // 07 Recovery-key mode, key typed in.
    await page.getByRole('button', { name: m.unlock.useRecoveryKey, exact: true }).click();
    await expect(page.getByText(m.unlock.introRecovery, { exact: true })).toBeVisible();
    await page.getByLabel(m.unlock.recoveryKey, { exact: true }).fill(groups.join('-'));
    await snap(page, '07-recovery-key-mode', lang);

    // 08 New-passphrase step, with strength feedback.
    await page.getByRole('button', { name: m.unlock.submit, exact: true }).click();
    await expect(heading(m.reset.title)).toBeVisible();
    await page.getByLabel(m.reset.newPassphrase, { exact: true }).fill(NEW_PASSPHRASE);
    await expect(page.getByTestId('strength-meter')).toContainText(m.strength.acceptable);
    await snap(page, '08-new-passphrase', lang);

    // 09 New passphrase saved.
    await page.getByLabel(m.reset.confirm, { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: m.reset.submit, exact: true }).click();
    await expect(heading(m.reset.doneTitle)).toBeVisible();
    await snap(page, '09-new-passphrase-done', lang);
    await page.getByRole('button', { name: m.reset.continue, exact: true }).click();
    await expect(heading(m.home.title)).toBeVisible();
    expect(await vault.call('vault:status', {})).toEqual({ exists: true, unlocked: true, language: lang, demo: false });
  });
}
