/** Ctrl+K search against the real backend: keyboard only, grouped results, safe snippets. */
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, test } from './fixtures';
import { ISMAIL, openUnlocked, seedClientWithCase } from './clients-support';

const m = tr;

test('search: Ctrl+K finds İsmail by "ismail", Enter opens him; snippets are text, never HTML', async ({
  page,
  vault,
}) => {
  await openUnlocked(page, vault);
  const { caseId } = await seedClientWithCase(vault, { ...ISMAIL });
  await vault.call('notes:add', {
    caseId,
    body: 'ismail ile görüşme <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>',
  });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });

  // From a page with a focused field, too: the shortcut is global.
  await page.getByRole('navigation').getByRole('button', { name: m.nav.clients }).click();
  await page.getByLabel(m.clients.searchLabel).focus();
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('search-palette');
  await expect(palette).toBeVisible();
  const input = palette.getByRole('combobox', { name: m.search.label });
  await expect(input).toBeFocused();
  await page.keyboard.type('ismail');

  const clients = palette.getByRole('group', { name: m.search.kinds.client });
  await expect(clients.getByRole('option')).toHaveCount(1);
  await expect(clients.getByRole('option').first()).toContainText('İsmail El Hasan');
  await expect(palette.locator('mark').first()).toBeVisible();
  const notes = palette.getByRole('group', { name: m.search.kinds.note });
  await expect(notes.getByRole('option')).toHaveCount(1);
  await expect(notes).toContainText('<img');
  expect(await palette.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // The first option is active; arrows move, Enter opens.
  const first = clients.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'İsmail El Hasan' })).toBeVisible();

  // Esc closes and gives focus back.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('search-palette')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-palette')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
