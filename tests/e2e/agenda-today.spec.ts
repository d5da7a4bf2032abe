/**
 * Issue 14, agenda with the demo vault (acceptance 2): "Today" ends within the first 800 px of a
 * 1280×800 window while every overdue legal deadline is still listed (one dense line each, without
 * a click); overdue tasks older than a week wait behind a count, which opens them.
 */
import { expect, test } from './fixtures';
import { MESSAGES } from './pages/messages';
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

const m = MESSAGES.tr;

test('demo vault: Today on the first screen, every overdue legal deadline listed, old tasks behind a count', async ({
  page,
  vault,
}) => {
  test.setTimeout(scaled(60_000));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: m.demo.explore }).click();
  const todayHeading = page.getByRole('heading', { level: 2, name: new RegExp(`^${m.agenda.groups.today}`) });
  await expect(todayHeading).toBeVisible({ timeout: scaled(30_000) });
  await saveScreen(page, '70-agenda-older-tasks', 'tr');

  // What the backend counts as overdue legal deadlines: each one is on the screen, no click needed.
  const { items } = await vault.call('agenda:get', { days: 30 });
  const overdueDeadlines = items.filter((item) => item.bucket === 'overdue' && item.kind === 'deadline');
  expect(overdueDeadlines.length).toBeGreaterThan(5);
  const overdue = page.getByTestId('agenda-group-overdue');
  const shownDeadlines = overdue.locator('[data-testid="agenda-item"][data-kind="deadline"]');
  await expect(shownDeadlines).toHaveCount(overdueDeadlines.length);
  for (const row of await shownDeadlines.all()) await expect(row).toBeInViewport();

  // "Today" (heading included) ends within the first 800 px.
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await todayHeading.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(800);

  // Only tasks are hidden, and only those more than a week overdue.
  const older = page.getByTestId('agenda-older-tasks');
  await expect(older).toBeVisible();
  const shownTasks = overdue.locator('[data-testid="agenda-item"][data-kind="task"]');
  for (const text of await shownTasks.getByTestId('days-left').allTextContents()) {
    expect(Number(/(\d+)/.exec(text)?.[1] ?? '0')).toBeLessThanOrEqual(7);
  }
  const before = await overdue.getByTestId('agenda-item').count();
  await older.click();
  await expect(older).toHaveCount(0);
  expect(await overdue.getByTestId('agenda-item').count()).toBeGreaterThan(before);

  // The week's hearings print as a plain sheet: court, time, file number; names only when ticked.
  const hearings = items.filter((item) => item.kind === 'hearing' && item.bucket !== 'overdue');
  const week = hearings.filter((h) => h.bucket === 'today' || h.bucket === 'week');
  expect(week.length).toBeGreaterThan(0);
  await page.evaluate(() => {
    const w = window as unknown as { printed: number; print: () => void };
    w.printed = 0;
    // Headless Chromium has no print dialog: count the calls instead.
    w.print = () => {
      w.printed += 1;
    };
  });
  await page.getByRole('button', { name: m.agendaPrint.button }).click();
  const dialog = page.getByTestId('hearing-print-dialog');
  await dialog.getByRole('radio', { name: m.agendaPrint.ranges.week }).check();
  const sheet = dialog.getByTestId('hearing-print-sheet');
  const rows = sheet.getByTestId('hearing-print-row');
  await expect(rows).toHaveCount(week.length);
  const names = week.flatMap((h) => h.clients);
  expect(names.length).toBeGreaterThan(0);
  for (const [i, h] of week.entries()) {
    const row = rows.nth(i);
    await expect(row).toContainText(h.time ?? '');
    await expect(row).toContainText(h.hearing?.court ?? m.agendaPrint.notRecorded);
    await expect(row).toContainText(h.hearing?.fileNumber ?? m.agendaPrint.notRecorded);
  }
  for (const name of names) await expect(sheet).not.toContainText(name);
  await page.emulateMedia({ media: 'print' });
  await saveScreen(page, '71-hearings-print', 'tr');
  await page.emulateMedia({ media: 'screen' });
  await dialog.getByRole('checkbox', { name: m.agendaPrint.withNames }).check();
  for (const [i, h] of week.entries()) await expect(rows.nth(i)).toContainText(h.clients.join(', '));
  await page.emulateMedia({ media: 'print' });
  await saveScreen(page, '72-hearings-print-names', 'tr');
  await page.emulateMedia({ media: 'screen' });
  await saveScreen(page, '73-hearings-print-dialog', 'tr');
  await dialog.getByRole('button', { name: m.agendaPrint.print }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
