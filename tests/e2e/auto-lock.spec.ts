/**
 * Locks the lawyer did not ask for (idle timeout, a lock from the main process) must reach the
 * renderer by themselves, and must not leave anything that was on screen behind.
 */
import type { Page } from '@playwright/test';
import { clientRows, goToClients, ISMAIL, openUnlocked, seedClientWithCase } from './clients-support';
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, invokeInPage, TEST_PASSPHRASE, test } from './fixtures';
import { scaled } from '../helpers/timing';
import { UnlockScreen } from './pages/unlock';

/**
 * Waits (≤ 5 s, the renderer's own polling interval) for the unlock screen. A window `focus`
 * event is what Electron sends when the lawyer comes back to the window; it makes the renderer
 * ask `vault:status` at once instead of at its next 5-second poll.
 */
async function expectUnlockScreenBySelf(page: Page): Promise<void> {
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(new UnlockScreen(page).heading).toBeVisible({ timeout: scaled(500) });
  }).toPass({ timeout: scaled(5_000) });
}

test('idle auto-lock: after the timeout the UI returns to the unlock screen by itself', async ({
  page,
  vault,
  backend,
  clock,
}) => {
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  await vault.call('settings:update', { autoLockMinutes: 1 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: tr.home.title, exact: true })).toBeVisible();

  // Not idle long enough: nothing happens.
  clock.advance(30_000);
  expect(await backend.checkIdle()).toBe(false);
  expect(await invokeInPage(page, 'settings:get', {})).toMatchObject({ ok: true, value: { autoLockMinutes: 1 } });

  // Past the timeout (the settings:get above counted as activity, so a full minute from now).
  clock.advance(61_000);
  expect(await backend.checkIdle()).toBe(true);
  await expectUnlockScreenBySelf(page);
  await expect(page.getByRole('heading', { name: tr.home.title, exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: tr.nav.lock, exact: true })).toHaveCount(0);
  expect(await invokeInPage(page, 'settings:get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  expect(await vault.call('vault:status', {})).toMatchObject({ unlocked: false });

  // And it opens again normally.
  await new UnlockScreen(page).unlock(TEST_PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: tr.home.title, exact: true })).toBeVisible();
});

test('a lock from the main process while on Settings drops the UI and every unsaved value typed there', async ({
  page,
  vault,
}) => {
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  await page.goto('/');
  await page.getByRole('button', { name: tr.nav.settings, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr.settings.title, exact: true })).toBeVisible();

  // Typed but never saved.
  const draftName = 'Taslak Müvekkil Adı Deneme';
  const draftSecret = 'taslak parola yazılıyordu';
  const nameField = page.getByRole('textbox', { name: tr.settings.lawyerName, exact: true });
  const minutesField = page.getByLabel(tr.settings.autoLockMinutes, { exact: true });
  const currentField = page.getByLabel(tr.settings.currentPassphrase, { exact: true });
  await nameField.fill(draftName);
  await minutesField.fill('42');
  await currentField.fill(draftSecret);

  await vault.call('vault:lock', {});
  await expectUnlockScreenBySelf(page);
  await expect(page.getByRole('heading', { name: tr.settings.title, exact: true })).toHaveCount(0);
  await expect(nameField).toHaveCount(0);
  await expect(new UnlockScreen(page).passphrase).toHaveValue('');
  expect(await page.content()).not.toContain(draftName);

  await new UnlockScreen(page).unlock(TEST_PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: tr.home.title, exact: true })).toBeVisible();
  await page.getByRole('button', { name: tr.nav.settings, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr.settings.title, exact: true })).toBeVisible();

  // What is shown is what the vault holds, not what was on screen before the lock.
  await expect(nameField).toHaveValue('');
  await expect(minutesField).toHaveValue('5');
  await expect(currentField).toHaveValue('');
  for (const input of await page.locator('input').all()) {
    const value = await input.inputValue();
    expect(value).not.toBe(draftName);
    expect(value).not.toBe(draftSecret);
  }
  expect(await vault.call('settings:get', {})).toEqual({
    autoLockMinutes: 5,
    lawyerName: '',
    reminderShowsCaseNumber: false,
    retentionYears: 10,
    lastBackupAt: null,
    autoBackupFolderName: null,
    autoBackupForeignFiles: 0,
    autoBackupKeep: 5,
    internalDeadlineWorkingDays: 2,
    privacyScreen: false,
  });
});

/*
 * The renderer polls `vault:status` every 5 s while unlocked to notice locks. If the router
 * counted that poll as activity, an open window would never auto-lock.
 */
test('the renderer’s own vault:status poll does not count as activity', async ({ page, vault, backend, clock }) => {
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  await vault.call('settings:update', { autoLockMinutes: 1 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: tr.home.title, exact: true })).toBeVisible();

  clock.advance(61_000);
  // Exactly what watchForAutoLock does every 5 s (and on window focus).
  expect(await invokeInPage(page, 'vault:status', {})).toMatchObject({ ok: true, value: { unlocked: true } });
  expect(await backend.checkIdle()).toBe(true);
});

/**
 * Whether the renderer's JavaScript heap holds `text`, after a full garbage collection: a
 * heap snapshot through the DevTools protocol, searched as the JSON Chromium writes it.
 */
async function heapHolds(page: Page, text: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
    return chunks.join('').includes(text);
  } finally {
    await cdp.detach();
  }
}

test('a lock drops every answer the renderer cached: a client shown before it is gone from renderer memory', async ({
  page,
  vault,
}) => {
  const m = await openUnlocked(page, vault);
  // ASCII, so it is written as it is in the snapshot's JSON; never typed into a locator, so the
  // only copies in the page are the ones the app itself received.
  const canary = 'Kanaryazqxwv';
  await seedClientWithCase(vault, { ...ISMAIL, familyName: canary });
  await goToClients(page, m);
  await clientRows(page).first().click();
  await expect(page.getByRole('button', { name: m.clients.edit, exact: true })).toBeVisible();
  // The check can see the name while the client is on screen (and in the query cache)…
  expect(await heapHolds(page, canary)).toBe(true);

  await vault.call('vault:lock', {});
  await expectUnlockScreenBySelf(page);
  // …and finds no copy once the lock has dropped the screens and the cache.
  expect(await heapHolds(page, canary)).toBe(false);
});
