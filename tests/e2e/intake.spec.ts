/**
 * Quick intake through the UI against the real backend: create, conflict check before saving,
 * and refusal of invalid input with translated messages at the fields.
 */
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, test } from './fixtures';
import {
  badChecksum,
  clientRows,
  clientTotal,
  foreignId,
  goToClients,
  ISMAIL,
  openUnlocked,
  seedClient,
} from './clients-support';

const m = tr;

test('intake: İsmail El Hasan with a removal appeal lands on his case and is found as ismail and ISMAIL', async ({
  page,
  vault,
}) => {
  await openUnlocked(page, vault);
  await goToClients(page, m);
  await expect(page.getByRole('heading', { name: m.clients.emptyTitle })).toBeVisible();
  await page.getByRole('button', { name: m.clients.newClient }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: m.intake.title })).toBeVisible();

  await page.getByLabel(m.form.givenName, { exact: true }).fill('İsmail');
  await page.getByLabel(m.form.familyName, { exact: true }).fill('El Hasan');
  const nationality = page.getByRole('combobox', { name: m.form.nationality, exact: true });
  await nationality.fill('Suri');
  await page.getByRole('option', { name: 'Suriye', exact: true }).click();
  await expect(nationality).toHaveValue('Suriye');
  const languages = page.getByRole('combobox', { name: m.form.languages, exact: true });
  await languages.fill('Arap');
  await languages.press('ArrowDown');
  await languages.press('Enter');
  await expect(page.getByRole('list', { name: m.form.languages })).toContainText('Arapça');
  await page.getByLabel(m.form.interpreterNeeded).check();
  await page.getByRole('combobox', { name: m.form.interpreterLanguage }).fill('Arapça');
  await page.getByLabel(m.form.phone, { exact: true }).fill('+90 532 000 00 00');
  await page.getByLabel(m.form.caseType).selectOption('removal-appeal');
  // The first deadline is computed and shown before saving, as in "Add deadline".
  const firstDeadline = page.getByTestId('intake-deadline');
  await expect(firstDeadline.getByLabel(m.intakeDeadline.rule)).toHaveValue('removal-appeal');
  await firstDeadline.getByLabel(m.deadlines.dialog.notifiedOn, { exact: true }).fill('10.01.2025');
  await expect(firstDeadline.getByTestId('preview-due')).toContainText('17.01.2025');
  await expect(firstDeadline.getByTestId('basis')).toContainText('YUKK m. 53/3');
  // Nobody like him yet: the live check says so before saving.
  await expect(page.getByTestId('conflict-panel')).toContainText(m.intake.conflictNone);
  await page.getByRole('button', { name: m.intake.submit }).click();

  // The new case opens (the cases engineer's CasePage), with him on it.
  await expect(page.locator('#case-title')).toBeVisible();
  await expect(page.locator('.case-page')).toContainText('İsmail El Hasan');
  const list = await vault.call('clients:list', {});
  expect(list.total).toBe(1);
  expect(list.rows[0]).toMatchObject({
    givenName: 'İsmail',
    familyName: 'El Hasan',
    nationality: 'SY',
    interpreterLanguage: 'ar',
    openCases: 1,
  });
  const saved = await vault.call('clients:get', { id: list.rows[0]!.id });
  expect(saved.client.phone).toBe('+90 532 000 00 00');
  expect(saved.cases[0]).toMatchObject({ type: 'removal-appeal' });
  // The notification date became the case's first deadline: 7 days from 10.01.2025.
  const { deadlines } = await vault.call('deadlines:list', { caseId: saved.cases[0]!.id });
  expect(deadlines).toMatchObject([{ ruleId: 'removal-appeal', dueOn: '2025-01-17' }]);

  // The list shows him, and the list's search finds him whatever the case of the i.
  await goToClients(page, m);
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first()).toContainText('İsmail El Hasan');
  await expect(clientRows(page).first()).toContainText('Suriye');
  const search = page.getByLabel(m.clients.searchLabel);
  for (const query of ['ismail', 'ISMAIL']) {
    await search.fill(`${query} zzz`);
    await expect(page.getByRole('heading', { name: m.clients.noMatchTitle })).toBeVisible();
    await search.fill(query);
    await expect(clientRows(page)).toHaveCount(1);
    await expect(clientRows(page).first()).toContainText('İsmail El Hasan');
  }
});

test('intake: a transliterated name shows the conflict with reasons, an identical ID number warns strongly, before saving', async ({
  page,
  vault,
}) => {
  const id = foreignId(1234567);
  await openUnlocked(page, vault);
  await seedClient(vault, { ...ISMAIL, identityNumbers: [{ kind: 'foreign-id', value: id }] });
  await page.getByRole('button', { name: m.clients.newClient }).click();

  await page.getByLabel(m.form.givenName, { exact: true }).fill('Ismail');
  await page.getByLabel(m.form.familyName, { exact: true }).fill('Al-Hassan');
  const panel = page.getByTestId('conflict-panel');
  const match = panel.getByTestId('conflict-match');
  await expect(match).toHaveCount(1);
  await expect(match).toContainText('İsmail El Hasan');
  await expect(match.locator('.reason-chip').filter({ hasText: m.intake.reasons.nameVariant })).toBeVisible();
  await expect(panel).toContainText(m.intake.conflictIntro);
  await expect(page.getByTestId('conflict-strong')).toHaveCount(0);

  await page.getByLabel(m.form.identityValue).fill(id);
  await expect(page.getByTestId('conflict-strong')).toHaveText(m.intake.conflictStrong);
  await expect(match.locator('.reason-chip.strong')).toHaveText(m.intake.reasons.identityNumberExact);
  // Nothing was saved by the check itself.
  expect(await clientTotal(vault)).toBe(1);
});

test('intake: bad foreigner ID checksum, future date of birth and unknown nationality are refused at the fields', async ({
  page,
  vault,
}) => {
  await openUnlocked(page, vault);
  await page.getByRole('button', { name: m.clients.newClient }).click();
  await page.getByLabel(m.form.givenName, { exact: true }).fill('Amina');
  await page.getByLabel(m.form.familyName, { exact: true }).fill('Warsame');
  await page.getByRole('combobox', { name: m.form.nationality, exact: true }).fill('Narnia');
  const nextYear = new Date().getFullYear() + 1;
  await page.getByLabel(m.form.dateOfBirth, { exact: true }).fill(`${nextYear}-03-01`);
  await page.getByLabel(m.form.identityKind).selectOption('foreign-id');
  await page.getByLabel(m.form.identityValue).fill(badChecksum(foreignId(7654321)));
  await page.getByLabel(m.form.caseType).selectOption('international-protection');
  await page.getByRole('button', { name: m.intake.submit }).click();

  const nationality = page.getByRole('combobox', { name: m.form.nationality, exact: true });
  await expect(nationality).toHaveAttribute('aria-invalid', 'true');
  await expect(nationality).toHaveAccessibleDescription(
    new RegExp(m.validation.country.unknown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expect(page.getByText(m.validation.country.unknown)).toBeVisible();
  await expect(page.getByText(m.validation.date.inFuture)).toBeVisible();
  await expect(page.getByLabel(m.form.dateOfBirth, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(m.validation.identity.badChecksum)).toBeVisible();
  await expect(page.getByLabel(m.form.identityValue)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: m.intake.fixErrors })).toBeVisible();
  // Still on the form, and nothing reached the vault.
  await expect(page.getByRole('heading', { level: 1, name: m.intake.title })).toBeVisible();
  expect(await clientTotal(vault)).toBe(0);

  // Fixing the fields makes the errors go and the save go through.
  await nationality.fill('Somali');
  await page.getByRole('option', { name: 'Somali', exact: true }).click();
  await page.getByLabel(m.form.dateOfBirth, { exact: true }).fill('1995-03-01');
  await page.getByLabel(m.form.identityValue).fill(foreignId(7654321));
  await page.getByRole('button', { name: m.intake.submit }).click();
  await expect(page.locator('#case-title')).toBeVisible();
  expect(await clientTotal(vault)).toBe(1);
});
