/**
 * Screenshots of the casefile screens this spec's owner built, in Turkish and English, for
 * human review (test-results/screens/<lang>/casefile-*.jpg), each taken once the screen is
 * verifiably the right one. Synthetic names only.
 */
import type { Page } from '@playwright/test';
import type { Language } from '../../src-main/shared/schemas/vault';
import { expect, test } from './fixtures';
import {
  foreignId,
  goToClients,
  ISMAIL,
  MESSAGES,
  openUnlocked,
  seedClient,
  seedClientWithCase,
} from './clients-support';
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

/** 360 px wide: a half-screen laptop window, or 200 % zoom. The page must not scroll sideways. */
async function narrow(page: Page, name: string, lang: Language): Promise<void> {
  await page.setViewportSize({ width: 360, height: 720 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${lang}/${name} scrolls sideways at 360px`).toBeLessThanOrEqual(0);
  await saveScreen(page, `${name}-narrow`, lang);
  await page.setViewportSize({ width: 1280, height: 800 });
}

for (const lang of ['tr', 'en'] as const satisfies readonly Language[]) {
  test(`casefile screens (${lang}): client list, client page, intake with conflict, trash, search`, async ({
    page,
    vault,
  }) => {
    test.setTimeout(scaled(45_000));
    const m = MESSAGES[lang];
    await openUnlocked(page, vault, lang);
    const id = foreignId(4445556);
    const { clientId } = await seedClientWithCase(vault, {
      ...ISMAIL,
      phone: '+90 532 000 00 00',
      fatherName: 'Ahmad',
      aliases: [{ name: 'Ismail Al-Hassan', kind: 'spelling' }],
      identityNumbers: [{ kind: 'foreign-id', value: id }],
      vulnerabilities: [
        { code: 'serious-illness', since: '2024-03-01', note: 'Düzenli diyaliz' },
        { code: 'survivor-of-torture', since: '2024-03-01' },
      ],
      consents: [{ kind: 'processing', givenOn: '2024-03-01', scope: 'Dava takibi ve başvurular', how: 'written' }],
      address: { provinceCode: '34', district: 'Fatih' },
    });
    for (const [given, family, nat] of [
      ['Farida', 'Rahimi', 'AF'],
      ['Yonas', 'Tesfaye', 'ER'],
      ['Şükrü', 'Çelik', 'IQ'],
      ['Mariam', 'Hosseini', 'IR'],
      ['Abdi', 'Warsame', 'SO'],
    ] as const) {
      await seedClient(vault, { givenName: given, familyName: family, nationality: nat });
    }

    await goToClients(page, m);
    await expect(page.getByRole('row').filter({ hasText: 'İsmail El Hasan' })).toBeVisible();
    await saveScreen(page, 'casefile-01-client-list', lang);
    await narrow(page, 'casefile-01-client-list', lang);

    await page.getByRole('row').filter({ hasText: 'İsmail El Hasan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'İsmail El Hasan' })).toBeVisible();
    await page.getByRole('button', { name: m.clients.copy }).click();
    await expect(page.getByText(m.clients.copied)).toBeVisible();
    await saveScreen(page, 'casefile-02-client-page', lang);
    await narrow(page, 'casefile-02-client-page', lang);

    await page.getByRole('button', { name: m.clients.edit }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp('İsmail El Hasan') })).toBeVisible();
    await saveScreen(page, 'casefile-03-client-edit', lang);
    await page.getByRole('button', { name: m.clients.cancel }).click();

    await goToClients(page, m);
    await page.getByRole('button', { name: m.clients.newClient }).click();
    await page.getByLabel(m.form.givenName, { exact: true }).fill('Ismail');
    await page.getByLabel(m.form.familyName, { exact: true }).fill('Al-Hassan');
    await page.getByLabel(m.form.identityValue).fill(id);
    await expect(page.getByTestId('conflict-strong')).toBeVisible();
    await page.getByLabel(m.form.caseType).selectOption('removal-appeal');
    await saveScreen(page, 'casefile-04-intake-conflict', lang);
    await narrow(page, 'casefile-04-intake-conflict', lang);
    // Leave without saving: the guard asks, and we discard.
    await page.getByRole('navigation').getByRole('button', { name: m.nav.trash }).click();
    await page.getByTestId('unsaved-dialog').getByRole('button', { name: m.form.unsavedLeave }).click();

    await vault.call('clients:trash', { id: clientId, withOpenCases: true });
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: m.nav.trash }).click();
    await expect(page.getByTestId('trash-clients')).toContainText('İsmail El Hasan');
    await saveScreen(page, 'casefile-05-trash', lang);
    await page.getByRole('button', { name: m.trash.emptyTrash }).click();
    await expect(page.getByTestId('empty-trash-dialog')).toBeVisible();
    await saveScreen(page, 'casefile-06-empty-trash-dialog', lang);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('empty-trash-dialog')).toHaveCount(0);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('sükrü');
    await expect(page.getByTestId('search-palette').getByRole('option').first()).toContainText('Şükrü Çelik');
    await saveScreen(page, 'casefile-07-search-palette', lang);
  });
}
