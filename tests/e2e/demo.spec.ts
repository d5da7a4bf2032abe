/**
 * The demo vault from the first-run screen: it opens unlocked on a full agenda, every screen
 * says DEMO, the unlock screen gives the passphrase, and leaving the demo returns to first run.
 */
import { messages } from './deadlines-support';
import { expect, test } from './fixtures';
import { scaled } from '../helpers/timing';

const m = messages.tr;

test('demo: first run → explore the demo → DEMO badge and a full agenda → lock → unlock with "demo" → discard → first run', async ({
  page,
  vault,
}) => {
  test.setTimeout(scaled(60_000));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: m.create.title })).toBeVisible();
  await page.getByRole('button', { name: m.demo.explore }).click();

  await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible({
    timeout: scaled(30_000),
  });
  await expect(page.getByRole('banner').getByTestId('demo-badge')).toHaveText(m.demo.badge);
  expect(await page.getByTestId('agenda-item').count()).toBeGreaterThan(3);
  expect((await vault.call('vault:status', {})).demo).toBe(true);
  // The badge stays on other screens too.
  await page.getByRole('navigation').getByRole('button', { name: m.nav.clients, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.clients.title })).toBeVisible();
  await expect(page.getByTestId('demo-badge')).toBeVisible();

  await page.getByRole('button', { name: m.nav.lock }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.unlock.title })).toBeVisible();
  await expect(page.getByTestId('demo-hint')).toContainText(m.demo.unlockHint);
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await page.getByLabel(m.unlock.passphrase, { exact: true }).fill('demo');
  await page.getByRole('button', { name: m.unlock.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible();

  await page.getByRole('navigation').getByRole('button', { name: m.nav.settings, exact: true }).click();
  await page.getByRole('button', { name: m.demo.leave }).click();
  const confirm = page.getByTestId('discard-demo-dialog');
  await expect(confirm).toContainText(m.demo.confirmBody);
  await confirm.getByRole('button', { name: m.demo.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.create.title })).toBeVisible();
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);
  expect(await vault.call('vault:status', {})).toMatchObject({ exists: false, demo: false });
});

test('demo: a real vault shows no DEMO badge and Settings offers no way to discard it', async ({ page, vault }) => {
  await vault.call('vault:create', { passphrase: 'Mavi vapur, yedi martı ve bir simit: 1907!' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: m.nav.settings, exact: true }).click();
  await expect(page.getByRole('heading', { name: m.deadlines.reminders.title })).toBeVisible();
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);
  await expect(page.getByRole('button', { name: m.demo.leave })).toHaveCount(0);

  // The reminder opt-in: off by default, saved when ticked.
  const optIn = page.getByLabel(m.deadlines.reminders.showCaseNumber);
  await expect(optIn).not.toBeChecked();
  await optIn.check();
  await expect(page.getByText(m.settings.saved)).toBeVisible();
  expect((await vault.call('settings:get', {})).reminderShowsCaseNumber).toBe(true);
});
