/**
 * Retention through Settings: the period is the lawyer's setting; a closed case past it is
 * listed, and deleted for good only after typing DELETE — a case still within its period stays.
 */
import { fmt, MESSAGES, openSettings } from './backup-support';
import { expect, TEST_PASSPHRASE, test } from './fixtures';

const m = MESSAGES.tr;

test('retention: a closed case past its period is listed and purged after typing the purge word (SİL)', async ({ page, vault }) => {
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  const client = { givenName: 'Mariam', familyName: 'Karimi', nationality: 'AF' } as const;
  const old = await vault.call('intake:create', {
    client,
    case: {
      type: 'removal-appeal',
      status: 'closed',
      openedOn: '2009-02-01',
      closedOn: '2012-03-01',
      title: 'Eski itiraz',
    },
  });
  const recent = await vault.call('intake:create', {
    client: { ...client, givenName: 'Yusuf' },
    case: {
      type: 'removal-appeal',
      status: 'closed',
      openedOn: '2024-02-01',
      closedOn: '2025-03-01',
      title: 'Yeni kapanan',
    },
  });

  await page.goto('/');
  await openSettings(page, m);
  const section = page.getByRole('region', { name: m.retention.title, exact: true });
  await expect(section.getByLabel(m.retention.years, { exact: true })).toHaveValue('10');
  const table = section.getByRole('table', { name: m.retention.dueTitle });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Eski itiraz');
  await expect(table).toContainText('01.03.2012');
  await expect(table).toContainText('01.03.2022');
  await expect(table).not.toContainText('Yeni kapanan');

  // A wrong word purges nothing.
  await section.getByRole('button', { name: m.retention.purge, exact: true }).click();
  const dialog = page.getByTestId('purge-dialog');
  await expect(dialog).toContainText(fmt(m.retention.confirmBody, { cases: 1 }));
  const word = dialog.getByLabel(fmt(m.typedConfirm.label, { word: m.retention.purgeWord }), { exact: true });
  await expect(word).toBeFocused();
  await word.fill('delete');
  await word.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(fmt(m.typedConfirm.mismatch, { word: m.retention.purgeWord }));
  expect((await vault.call('cases:dueForDeletion', {})).cases).toHaveLength(1);

  await word.fill(m.retention.purgeWord);
  await dialog.getByRole('button', { name: m.retention.confirm, exact: true }).click();
  await expect(
    section.getByRole('status').filter({ hasText: fmt(m.retention.purged, { purged: 1, documents: 0 }) }),
  ).toBeVisible();
  await expect(section.getByText(m.retention.dueEmpty)).toBeVisible();
  expect((await vault.call('cases:dueForDeletion', {})).cases).toEqual([]);
  expect((await vault.invoke('cases:get', { id: old.caseId })).ok).toBe(false);
  expect((await vault.call('cases:get', { id: recent.caseId })).case.title).toBe('Yeni kapanan');

  // A shorter period is the lawyer's call: 1 year makes the recent case due too.
  await section.getByLabel(m.retention.years, { exact: true }).fill('1');
  await section.getByRole('button', { name: m.retention.save, exact: true }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Yeni kapanan');
  expect((await vault.call('settings:get', {})).retentionYears).toBe(1);
  // Out of range is refused on the form, and nothing is saved.
  await section.getByLabel(m.retention.years, { exact: true }).fill('0');
  await section.getByRole('button', { name: m.retention.save, exact: true }).click();
  await expect(section.getByRole('alert')).toHaveText(m.retention.invalid);
  expect((await vault.call('settings:get', {})).retentionYears).toBe(1);
});
