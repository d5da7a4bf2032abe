/**
 * Issue 14, screenshots (acceptance 3): every screen changed under the issue, in Turkish and
 * English, wide (1280) and narrow (760): the agenda with its compact overdue block, the hearing
 * print dialog, the case list, the case page, a document row's menu, the hearing postpone form and
 * the client page. One demo vault for the whole file; files go to test-results/screens/<lang>/.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MESSAGES } from './pages/messages';
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

const WIDTHS = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'narrow', width: 760, height: 900 },
] as const;

test('casework screens in tr and en, wide and narrow', async ({ page, vault }) => {
  test.setTimeout(scaled(180_000));
  await vault.call('vault:createDemo', { clients: 30 });
  await vault.call('vault:unlock', { passphrase: 'demo' });
  // The first hearing ahead: its case gets a document, so the row menu has something to show.
  const { items } = await vault.call('agenda:get', { days: 30 });
  const hearing = items.find((item) => item.kind === 'hearing' && item.bucket !== 'overdue');
  expect(hearing).toBeDefined();
  await vault.backend.documents.add(
    { caseId: hearing!.caseId, title: 'Tebligat mazbatası', category: 'decision' },
    { kind: 'bytes', chunks: [Buffer.from('tebligat', 'utf8')], originalName: 'tebligat.txt', mediaType: 'text/plain' },
  );

  for (const lang of ['tr', 'en'] as const) {
    const m = MESSAGES[lang];
    await vault.call('vault:setLanguage', { language: lang });
    for (const size of WIDTHS) {
      const shot = (name: string) => saveScreen(page, `cw-${size.name}-${name}`, lang);
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto('/');
      await expect(page.getByTestId('agenda-group-overdue')).toBeVisible({ timeout: scaled(30_000) });
      await shot('01-agenda');

      await page.getByRole('button', { name: m.agendaPrint.button }).click();
      const print = page.getByTestId('hearing-print-dialog');
      await print.getByRole('radio', { name: m.agendaPrint.ranges.week }).check();
      await expect(print.getByTestId('hearing-print-row').first()).toBeVisible();
      await shot('02-hearing-print');
      await print.getByRole('button', { name: m.agendaPrint.close }).click();

      await page.getByRole('navigation').getByRole('button', { name: m.nav.cases, exact: true }).click();
      await expect(page.getByTestId('case-row').first()).toBeVisible();
      await shot('03-case-list');

      await page.getByRole('navigation').getByRole('button', { name: m.nav.agenda, exact: true }).click();
      await openHearingCase(page);
      const documents = page.getByTestId('documents-section');
      await expect(documents.getByTestId('document-row')).toHaveCount(1);
      await shot('04-case-page');

      await documents.getByTestId('document-menu').getByRole('button').click();
      await expect(documents.getByRole('menu')).toBeVisible();
      await documents.getByRole('menu').scrollIntoViewIfNeeded();
      await shot('05-document-menu');
      await page.keyboard.press('Escape');
      await expect(documents.getByRole('menu')).toHaveCount(0);

      // Its accessible name names the hearing; its visible word is "Ertele" / "Postpone".
      const postpone = page
        .getByTestId('hearing-actions-item')
        .first()
        .getByRole('button')
        .filter({ hasText: new RegExp(`^${m.casework.hearings.postpone}$`) });
      await postpone.click();
      await expect(postpone).toHaveAttribute('aria-expanded', 'true');
      await shot('06-hearing-postpone');
      await postpone.click();

      await page.locator('.case-client-link').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await shot('07-client-page');
    }
  }
});

/** One click on the first hearing ahead (the agenda lists it first after the overdue block) opens its case. */
async function openHearingCase(page: Page): Promise<void> {
  const entry = page
    .locator('[data-testid^="agenda-group-"]:not([data-testid="agenda-group-overdue"])')
    .locator('[data-testid="agenda-item"][data-kind="hearing"]')
    .first();
  await entry.click();
  await expect(page.getByTestId('documents-section')).toBeVisible();
}
