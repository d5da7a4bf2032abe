/**
 * The privacy screen (UX.md: people read screens over shoulders in courthouses), the lock and
 * hide shortcuts, and the desktop menu's commands reaching the page through shell:nextCommand.
 * Focus loss is the window's `blur` event, which is what Chromium (and Electron) fire when the
 * lawyer switches to another application.
 */
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import type { Language } from '../../src-main/shared/schemas/vault';
import { openSettings } from './backup-support';
import { goToClients, openUnlocked, seedClient } from './clients-support';
import { expect, test } from './fixtures';
import { saveScreen } from './screens';

const NAMES = [
  { givenName: 'Nour', familyName: 'Haddad', nationality: 'SY' },
  { givenName: 'Zahra', familyName: 'Karimi', nationality: 'AF' },
] as const;

const focusLost = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('blur')));
const focusBack = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

function nameCells(page: Page) {
  return NAMES.map((n) => page.getByText(n.familyName, { exact: false }).first());
}

/** Nothing readable: no name on screen, in the page's visible text, or in the window title. */
async function expectNamesHidden(page: Page): Promise<void> {
  for (const cell of nameCells(page)) await expect(cell).toBeHidden();
  const visibleText = await page.locator('body').innerText();
  for (const n of NAMES) {
    expect(visibleText).not.toContain(n.familyName);
    expect(visibleText).not.toContain(n.givenName);
  }
  expect(await page.title()).toBe('Emanet');
}

async function expectNamesVisible(page: Page): Promise<void> {
  for (const cell of nameCells(page)) await expect(cell).toBeVisible();
}

for (const lang of ['tr', 'en'] as const satisfies readonly Language[]) {
  test(`privacy screen (${lang}): the Settings toggle hides client names when the window loses focus`, async ({
    page,
    vault,
  }) => {
    test.setTimeout(60_000);
    const m = await openUnlocked(page, vault, lang);
    for (const client of NAMES) await seedClient(vault, client);
    await goToClients(page, m);
    await expectNamesVisible(page);

    // Off by default: losing focus changes nothing.
    await focusLost(page);
    await expect(page.getByTestId('privacy-screen')).toHaveCount(0);
    await expectNamesVisible(page);
    await focusBack(page);

    // Turn it on in Settings; it is stored in the vault's settings.
    await openSettings(page, m);
    const toggle = page.getByRole('checkbox', { name: m.privacy.hideOnFocusLoss });
    await toggle.check();
    await expect(page.getByRole('region', { name: m.privacy.settingsTitle }).getByRole('status')).toHaveText(
      m.settings.saved,
    );
    expect((await vault.call('settings:get', {})).privacyScreen).toBe(true);

    await goToClients(page, m);
    await expectNamesVisible(page);
    await focusLost(page);
    await expect(page.getByTestId('privacy-screen')).toBeVisible();
    await expect(page.getByText(m.privacy.hiddenTitle)).toBeVisible();
    await expectNamesHidden(page);
    // Nothing behind the screen can be reached with the keyboard either.
    expect(await page.evaluate(() => document.querySelector('.privacy-area')?.hasAttribute('inert'))).toBe(true);
    await saveScreen(page, 'privacy-screen', lang);

    // The lawyer comes back: the list is there again, unchanged.
    await focusBack(page);
    await expect(page.getByTestId('privacy-screen')).toHaveCount(0);
    await expectNamesVisible(page);

    // Turned off again, focus loss no longer hides anything.
    await openSettings(page, m);
    await page.getByRole('checkbox', { name: m.privacy.hideOnFocusLoss }).uncheck();
    await expect.poll(async () => (await vault.call('settings:get', {})).privacyScreen).toBe(false);
    await focusLost(page);
    await expect(page.getByTestId('privacy-screen')).toHaveCount(0);
  });
}

test('Ctrl+Shift+H and the Hide screen button hide the names at once; a key or click brings them back', async ({
  page,
  vault,
}) => {
  const m = await openUnlocked(page, vault, 'en');
  for (const client of NAMES) await seedClient(vault, client);
  await goToClients(page, m);
  await expectNamesVisible(page);

  await page.keyboard.press('Control+Shift+H');
  await expectNamesHidden(page);
  await page.keyboard.press('Space');
  await expectNamesVisible(page);

  await page.getByRole('button', { name: m.nav.hideScreen, exact: true }).click();
  await expectNamesHidden(page);
  await page.getByRole('button', { name: m.privacy.show, exact: true }).click();
  await expectNamesVisible(page);
});

test('Ctrl+L locks from anywhere', async ({ page, vault }) => {
  const m = await openUnlocked(page, vault, 'tr');
  await seedClient(vault, NAMES[0]);
  await goToClients(page, m);
  await page.getByRole('searchbox').or(page.getByRole('textbox').first()).first().focus();
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { level: 1, name: m.unlock.title })).toBeVisible();
  await expect.poll(async () => (await vault.call('vault:status', {})).unlocked).toBe(false);
  await expect(page.getByText(NAMES[0].familyName)).toHaveCount(0);
});

test('menu commands reach the page: Hide screen, Back up now, Lock', async ({ page, vault, exportDir }) => {
  const m = await openUnlocked(page, vault, 'en');
  for (const client of NAMES) await seedClient(vault, client);
  await goToClients(page, m);
  await expectNamesVisible(page);

  // What the desktop menu does in the main process (index.ts → backend.postCommand).
  vault.backend.postCommand('hideScreen');
  await expectNamesHidden(page);
  await page.keyboard.press('Enter');
  await expectNamesVisible(page);

  // Back up now: the page opens Settings and starts the backup (the harness's save dialog
  // chooses a file in exportDir), as if the lawyer had pressed the button there.
  vault.backend.postCommand('backupNow');
  await expect(page.getByRole('heading', { level: 1, name: m.settings.title, exact: true })).toBeVisible();
  await expect(page.getByTestId('backup-now')).toContainText('Backup saved', { timeout: 20_000 });
  expect(readdirSync(exportDir).filter((name) => name.endsWith('.emanet-backup'))).toHaveLength(1);

  vault.backend.postCommand('lock');
  await expect(page.getByRole('heading', { level: 1, name: m.unlock.title })).toBeVisible();
  await expect.poll(async () => (await vault.call('vault:status', {})).unlocked).toBe(false);
});
