/**
 * The client list and client page against the real backend: paging without loading every
 * row, editing (and the stale-edit CONFLICT), identity-number copying with clipboard clearing,
 * hidden sensitive needs, and the unsaved-changes guard.
 */
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, test } from './fixtures';
import {
  clientRows,
  foreignId,
  goToClients,
  ISMAIL,
  openUnlocked,
  seedClient,
  seedClientWithCase,
} from './clients-support';

const m = tr;

test('client list: 600 clients are paged and virtualized, and the view is remembered', async ({ page, vault }) => {
  await openUnlocked(page, vault);
  for (let i = 0; i < 600; i++) {
    await seedClient(vault, {
      givenName: `Deneme${String(i).padStart(3, '0')}`,
      familyName: 'Aydın',
      nationality: 'AF',
    });
  }
  await seedClient(vault, { ...ISMAIL });
  await goToClients(page, m);
  await expect(page.getByTestId('client-count')).toHaveText('Toplam 601 müvekkil');
  // Turkish collation on the backend: Aydın before El Hasan. Only what is in view (plus a margin) is in the DOM.
  await expect(clientRows(page).first()).toContainText('Deneme000 Aydın');
  expect(await clientRows(page).count()).toBeLessThan(80);
  // Scrolling to the end loads the last page on demand.
  await page.getByTestId('client-table').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByRole('row').filter({ hasText: 'İsmail El Hasan' })).toBeVisible();
  expect(await clientRows(page).count()).toBeLessThan(80);

  // A filter chip: nationality Syria leaves only İsmail; leaving and coming back keeps it.
  await page.getByRole('combobox', { name: m.clients.nationalityFilter }).selectOption('SY');
  await expect(page.getByTestId('client-count')).toHaveText('Toplam 1 müvekkil');
  const chip = `${m.clients.nationalityFilter}: Suriye`;
  await expect(
    page.getByRole('button', { name: `${m.clients.removeFilter.replace('{{label}}', chip)}` }),
  ).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: m.nav.agenda }).click();
  await goToClients(page, m);
  await expect(page.getByTestId('client-count')).toHaveText('Toplam 1 müvekkil');
  // Keyboard: Tab to the row, Enter opens the client.
  await clientRows(page).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'İsmail El Hasan' })).toBeVisible();
});

test('client list keyboard: one tab stop, arrows, PageDown, Home and End move between rows, as on the case list', async ({
  page,
  vault,
}) => {
  const count = 40;
  await openUnlocked(page, vault);
  for (let i = 0; i < count; i++) {
    await seedClient(vault, { givenName: `Kişi${String(i).padStart(2, '0')}`, familyName: 'Aydın', nationality: 'AF' });
  }
  await goToClients(page, m);
  const table = page.getByRole('table', { name: m.clients.tableLabel, exact: true });
  const row = (n: number) => table.locator(`[role="row"][aria-rowindex="${n + 2}"]`);
  await expect(row(0)).toContainText('Kişi00 Aydın');
  // The whole table is one stop in the Tab order: the active row.
  await expect(table.locator('[role="row"][tabindex="0"]')).toHaveCount(1);

  await row(0).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(row(2)).toBeFocused();
  // Shift+Tab leaves the table (it does not walk up its rows); Tab comes back to the same row.
  await page.keyboard.press('Shift+Tab');
  await expect(table.locator('[role="row"]:focus')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(row(2)).toBeFocused();

  await page.keyboard.press('End');
  await expect(row(count - 1)).toBeFocused();
  await expect(row(count - 1)).toContainText(`Kişi${count - 1} Aydın`);
  await page.keyboard.press('Home');
  await expect(row(0)).toBeFocused();
  await page.keyboard.press('PageDown');
  const paged = Number(await page.locator('[role="row"]:focus').getAttribute('aria-rowindex'));
  expect(paged).toBeGreaterThan(3);
  await page.keyboard.press('ArrowUp');
  await expect(table.locator(`[role="row"][aria-rowindex="${paged - 1}"]`)).toBeFocused();
  await expect(table.locator('[role="row"][tabindex="0"]')).toHaveCount(1);

  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: `Kişi${String(paged - 3).padStart(2, '0')} Aydın` }),
  ).toBeVisible();
});

test('client page: profile, copy with 30 s clearing, hidden sensitive needs; edit shows in the list', async ({
  page,
  vault,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  const id = foreignId(2223334);
  await openUnlocked(page, vault);
  await seedClient(vault, {
    ...ISMAIL,
    aliases: [{ name: 'Ismail Al-Hassan', kind: 'spelling' }],
    identityNumbers: [{ kind: 'foreign-id', value: id }],
    vulnerabilities: [
      { code: 'elderly', since: '2024-02-01' },
      { code: 'survivor-of-torture', since: '2024-02-01' },
    ],
    consents: [{ kind: 'processing', givenOn: '2024-02-01', scope: 'Dava takibi', how: 'written' }],
  });
  await goToClients(page, m);
  await clientRows(page).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'İsmail El Hasan' })).toBeVisible();
  const profile = page.getByTestId('client-profile');
  await expect(profile).toContainText('12.04.1991');
  await expect(profile).toContainText('Suriye');
  await expect(page.getByTestId('client-aliases')).toContainText('Ismail Al-Hassan');
  await expect(page.getByTestId('client-consents')).toContainText('01.02.2024');

  // Sensitive needs stay hidden until asked for.
  const needs = page.getByTestId('client-vulnerabilities');
  await expect(needs).toContainText(m.form.vulnerabilityCodes.elderly);
  await expect(needs).not.toContainText(m.form.vulnerabilityCodes['survivor-of-torture']);
  await needs.getByRole('button', { name: m.clients.showSensitive }).click();
  await expect(needs).toContainText(m.form.vulnerabilityCodes['survivor-of-torture']);

  // Copy: the number is on the clipboard, the hint says it will clear, and 30 s later it is gone.
  await page.getByRole('button', { name: `Kopyala: ${m.form.identityKinds['foreign-id']}` }).click();
  await expect(page.getByText(m.clients.copied)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  await page.clock.fastForward(31_000);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('');
  await expect(page.getByText(m.clients.copied)).toHaveCount(0);

  // Edit the family name; the page and the list show the change.
  await page.getByRole('button', { name: m.clients.edit }).click();
  await page.getByLabel(m.form.familyName, { exact: true }).fill('El-Hasan Yılmaz');
  await page.getByRole('button', { name: m.clients.save }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'İsmail El-Hasan Yılmaz' })).toBeVisible();
  await expect(page.getByText(m.clients.saved)).toBeVisible();
  await goToClients(page, m);
  await expect(clientRows(page).first()).toContainText('İsmail El-Hasan Yılmaz');
});

test('client edit: a stale form gets the CONFLICT message and never overwrites; leaving a dirty form asks first', async ({
  page,
  vault,
}) => {
  await openUnlocked(page, vault);
  const id = await seedClient(vault, { ...ISMAIL });
  await goToClients(page, m);
  await clientRows(page).first().click();
  await page.getByRole('button', { name: m.clients.edit }).click();
  await page.getByLabel(m.form.phone, { exact: true }).fill('+90 555 111 22 33');

  // Unsaved-changes guard: the menu asks before dropping what was typed.
  await page.getByRole('navigation').getByRole('button', { name: m.nav.trash }).click();
  const guard = page.getByTestId('unsaved-dialog');
  await expect(guard).toBeVisible();
  await expect(guard).toContainText(m.form.unsavedBody);
  await guard.getByRole('button', { name: m.form.unsavedStay }).click();
  await expect(page.getByLabel(m.form.phone, { exact: true })).toHaveValue('+90 555 111 22 33');

  // Someone else saves first (another window), bumping the version.
  const current = await vault.call('clients:get', { id });
  await vault.call('clients:update', { id, version: current.version, client: { ...ISMAIL, familyName: 'El Hassan' } });
  await page.getByRole('button', { name: m.clients.save }).click();
  const conflict = page.getByTestId('edit-conflict');
  await expect(conflict).toContainText(m.clients.conflictTitle);
  await expect(conflict).toContainText(m.clients.conflictBody);
  const after = await vault.call('clients:get', { id });
  expect(after.client.familyName).toBe('El Hassan');
  expect(after.client.phone).toBeUndefined();

  // Reload brings the other change into the form.
  await conflict.getByRole('button', { name: m.clients.reload }).click();
  await expect(page.getByLabel(m.form.familyName, { exact: true })).toHaveValue('El Hassan');
  await expect(page.getByTestId('edit-conflict')).toHaveCount(0);
});

test('client page: moving a client with open cases to the trash asks explicitly', async ({ page, vault }) => {
  await openUnlocked(page, vault);
  const { clientId } = await seedClientWithCase(vault, { ...ISMAIL });
  await goToClients(page, m);
  await clientRows(page).first().click();
  await expect(page.getByTestId('client-cases')).toContainText(m.caseTypes['removal-appeal']);
  await page.getByRole('button', { name: m.clients.moveToTrash }).click();
  const dialog = page.getByTestId('trash-client-dialog');
  await expect(dialog.getByRole('heading', { name: m.clients.trashOpenCasesTitle })).toBeVisible();
  await dialog.getByRole('button', { name: m.clients.cancel }).click();
  expect((await vault.call('clients:get', { id: clientId })).deletedAt).toBeNull();
  await page.getByRole('button', { name: m.clients.moveToTrash }).click();
  await page.getByTestId('trash-client-dialog').getByRole('button', { name: m.clients.trashWithOpenCases }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.clients.title })).toBeVisible();
  expect((await vault.call('clients:get', { id: clientId })).deletedAt).not.toBeNull();
  expect((await vault.call('clients:list', {})).total).toBe(0);
});
