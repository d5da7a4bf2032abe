import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, invokeInPage, test } from './fixtures';
import { saveScreen } from './screens';

test('first run: the app opens in Turkish on an empty vault folder, real backend behind window.emanet', async ({
  page,
  vault,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Emanet');
  await expect(page.getByRole('heading', { name: tr.create.title })).toBeVisible();
  await expect(page.getByRole('button', { name: tr.create.submit })).toBeVisible();

  expect(await invokeInPage(page, 'vault:status', {})).toEqual({
    ok: true,
    value: { exists: false, unlocked: false, language: 'tr', demo: false },
  });
  expect(await invokeInPage(page, 'settings:get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

  // The page gets the preload's shape and nothing more.
  const api = await page.evaluate(() => {
    const w = window as unknown as { emanet: object; require?: unknown };
    return { frozen: Object.isFrozen(w.emanet), keys: Object.keys(w.emanet), require: typeof w.require };
  });
  expect(api).toEqual({ frozen: true, keys: ['invoke'], require: 'undefined' });

  // The Node-side handle drives the same backend.
  expect(await vault.invoke('vault:status', {})).toMatchObject({ ok: true, value: { exists: false } });

  await saveScreen(page, '00-first-run', 'tr');
});
