/** The trash page against the real backend: restore a client and a case, then empty for real. */
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, test } from './fixtures';
import { clientRows, fmt, goToClients, ISMAIL, openUnlocked, seedClient, seedClientWithCase } from './clients-support';

const m = tr;

test('trash: restore a client, then empty the trash after a clear warning', async ({ page, vault }) => {
  await openUnlocked(page, vault);
  await seedClient(vault, { givenName: 'Farida', familyName: 'Rahimi', nationality: 'AF' });
  const { clientId, caseId } = await seedClientWithCase(vault, { ...ISMAIL });
  const gone = await seedClient(vault, { givenName: 'Yonas', familyName: 'Tesfaye', nationality: 'ER' });
  await vault.call('cases:trash', { id: caseId });
  await vault.call('clients:trash', { id: clientId, withOpenCases: false });
  await vault.call('clients:trash', { id: gone, withOpenCases: false });

  await page.getByRole('navigation').getByRole('button', { name: m.nav.trash }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.trash.title })).toBeVisible();
  const clients = page.getByTestId('trash-clients');
  await expect(clients).toContainText('İsmail El Hasan');
  await expect(clients).toContainText('Yonas Tesfaye');
  await expect(page.getByTestId('trash-cases')).toContainText(m.caseTypes['removal-appeal']);

  // Restore İsmail: he is back in the list.
  await page.getByRole('button', { name: fmt(m.trash.restoreLabel, { name: 'İsmail El Hasan' }) }).click();
  await expect(page.getByText(fmt(m.trash.restored, { name: 'İsmail El Hasan' }))).toBeVisible();
  await expect(clients).not.toContainText('İsmail El Hasan');
  expect((await vault.call('clients:get', { id: clientId })).deletedAt).toBeNull();
  await goToClients(page, m);
  await expect(clientRows(page)).toHaveCount(2);
  await expect(page.getByRole('table')).toContainText('İsmail El Hasan');

  // Empty: the dialog says what will be lost; Cancel keeps everything.
  await page.getByRole('navigation').getByRole('button', { name: m.nav.trash }).click();
  const before = await vault.call('trash:list', {});
  expect(before.clients.map((c) => c.name)).toEqual(['Yonas Tesfaye']);
  await page.getByRole('button', { name: m.trash.emptyTrash }).click();
  const dialog = page.getByTestId('empty-trash-dialog');
  await expect(dialog).toContainText(fmt(m.trash.confirmBody, { clients: 1, cases: before.cases.length }));
  await expect(dialog).toContainText('Yonas Tesfaye');
  await dialog.getByRole('button', { name: m.trash.cancel }).click();
  expect((await vault.call('trash:list', {})).clients).toHaveLength(1);

  await page.getByRole('button', { name: m.trash.emptyTrash }).click();
  await page.getByTestId('empty-trash-dialog').getByRole('button', { name: m.trash.confirmEmpty }).click();
  await expect(page.getByText(fmt(m.trash.emptied, { clients: 1, cases: before.cases.length }))).toBeVisible();
  await expect(page.getByRole('heading', { name: m.trash.emptyTitle })).toBeVisible();
  expect(await vault.call('trash:list', {})).toEqual({ clients: [], cases: [] });
  expect((await vault.invoke('clients:get', { id: gone })).ok).toBe(false);
  expect((await vault.call('clients:list', {})).total).toBe(2);
});
