/**
 * Issue 14, agenda: overdue tasks older than a week wait behind a count (which opens them); legal
 * deadlines are never hidden. Acceptance 2 ("Today" within the first 800 px with the demo vault) is
 * not met yet: the demo's dozen overdue legal deadlines alone push it down (see notes/14-session.md).
 */
import { expect, test } from './fixtures';
import { MESSAGES } from './pages/messages';
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

const m = MESSAGES.tr;

test('demo vault: overdue tasks older than a week wait behind a count that opens them', async ({ page }) => {
  test.setTimeout(scaled(60_000));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: m.demo.explore }).click();
  const today = page.getByTestId('agenda-group-today');
  await expect(today).toBeVisible({ timeout: scaled(30_000) });
  await saveScreen(page, '70-agenda-older-tasks', 'tr');
  const overdue = page.getByTestId('agenda-group-overdue');
  const older = page.getByTestId('agenda-older-tasks');
  await expect(older).toBeVisible();
  // Only tasks are hidden, and only those more than a week overdue.
  const shownTasks = overdue.locator('[data-testid="agenda-item"][data-kind="task"]');
  for (const text of await shownTasks.getByTestId('days-left').allTextContents()) {
    expect(Number(/(\d+)/.exec(text)?.[1] ?? '0')).toBeLessThanOrEqual(7);
  }
  const before = await overdue.getByTestId('agenda-item').count();
  await older.click();
  await expect(older).toHaveCount(0);
  expect(await overdue.getByTestId('agenda-item').count()).toBeGreaterThan(before);
});
