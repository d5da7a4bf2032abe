/**
 * Issue 16: the global search (Ctrl+K) also finds glossary terms, with Turkish case folding
 * ("İDARİ GÖZETİM" and "idari gozetim" find "İdari gözetim"), and Enter opens the glossary at that
 * term. One vault for the spec; screens in Turkish and English.
 */
import { expect, test } from './fixtures';
import { MESSAGES, openUnlocked } from './clients-support';
import { saveScreen } from './screens';

test('search → glossary term: folded Turkish finds the term; Enter opens the glossary at it (tr, en)', async ({
  page,
  vault,
}) => {
  const m = await openUnlocked(page, vault, 'tr');
  for (const typed of ['İDARİ GÖZETİM', 'idari gozetim']) {
    await page.keyboard.press('Control+k');
    const palette = page.getByTestId('search-palette');
    await palette.getByRole('combobox', { name: m.search.label }).fill(typed);
    const group = palette.getByRole('group', { name: m.search.kinds.glossary });
    await expect(group.getByRole('option').first()).toContainText('İdari gözetim');
    // The vault is empty: the glossary row is the only one, so it is the active one.
    await expect(group.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    if (typed === 'İDARİ GÖZETİM') await saveScreen(page, 'guide-06-search-glossary', 'tr');
    await page.keyboard.press('Enter');
    await expect(palette).toHaveCount(0);
    const glossary = page.getByTestId('glossary-dialog');
    const current = glossary.locator('[aria-current="true"]');
    await expect(current).toHaveAttribute('data-term', 'idari-gozetim');
    await expect(current).toBeFocused();
    await expect(current).toContainText('YUKK m. 57');
    await glossary.getByRole('button', { name: m.guide.glossary.close, exact: true }).click();
    await expect(glossary).toHaveCount(0);
  }
  await saveScreen(page, 'guide-07-glossary-at-term', 'tr');

  // In English the English name finds it as well, and the term shows both names.
  await vault.call('vault:setLanguage', { language: 'en' });
  await page.reload();
  const en = MESSAGES.en;
  await expect(page.getByRole('heading', { level: 1, name: en.home.title, exact: true })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('search-palette');
  await palette.getByRole('combobox', { name: en.search.label }).fill('stay of execution');
  const group = palette.getByRole('group', { name: en.search.kinds.glossary });
  await expect(group.getByRole('option').first()).toContainText('Stay of execution (Yürütmeyi durdurma (YD))');
  await saveScreen(page, 'guide-06-search-glossary', 'en');
  await page.keyboard.press('Enter');
  const current = page.getByTestId('glossary-dialog').locator('[aria-current="true"]');
  await expect(current).toHaveAttribute('data-term', 'yurutmeyi-durdurma');
  await expect(current).toContainText('İYUK m. 27');
  await saveScreen(page, 'guide-07-glossary-at-term', 'en');
});
