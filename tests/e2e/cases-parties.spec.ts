/**
 * Parties: adding a person runs the conflict-of-interest check before anything is saved, and
 * shows what matched and why; the lawyer saves only after seeing it.
 */
import { expect, test } from './fixtures';
import { messages, openCaseFromList, seedFamilyCase } from './cases-seed';

const m = messages.tr;

test('adding an opposing party shows conflict matches with reasons before saving', async ({ page, vault }) => {
  const { caseId } = await seedFamilyCase(vault);
  await vault.call('clients:create', { client: { givenName: 'Muhammed', familyName: 'El Hassan' } });
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const parties = page.getByRole('region', { name: m.persons.title, exact: true });
  await expect(parties.getByText(m.persons.empty)).toBeVisible();

  await parties.getByRole('button', { name: m.persons.add, exact: true }).click();
  await expect(parties.getByLabel(m.persons.role, { exact: true })).toBeFocused();
  await parties.getByLabel(m.persons.name, { exact: true }).fill('Mohammad Al-Hasan');
  await parties.getByLabel(m.persons.birthDate, { exact: true }).fill('1985');
  await parties.getByRole('button', { name: m.persons.check, exact: true }).click();

  const matches = parties.getByTestId('conflict-matches');
  await expect(matches).toContainText(m.persons.matchesTitle);
  await expect(matches).toContainText('Muhammed El Hassan');
  await expect(matches).toContainText(m.persons.nameReasons.transliteration);
  // Not saved yet: the lawyer has to decide.
  expect((await vault.call('persons:list', { caseId })).persons).toHaveLength(0);

  await parties.getByRole('button', { name: m.persons.saveAnyway, exact: true }).click();
  await expect(parties.getByRole('listitem').filter({ hasText: 'Mohammad Al-Hasan' })).toContainText(
    m.persons.roles['opposing-party'],
  );
  expect((await vault.call('persons:list', { caseId })).persons).toMatchObject([
    { name: 'Mohammad Al-Hasan', role: 'opposing-party', birthDate: '1985' },
  ]);

  // A name nobody resembles is saved at once, and the lawyer is told the check was clean.
  await parties.getByRole('button', { name: m.persons.add, exact: true }).click();
  await parties.getByLabel(m.persons.role, { exact: true }).selectOption('witness');
  await parties.getByLabel(m.persons.name, { exact: true }).fill('Zeynep Karadağ');
  await parties.getByRole('button', { name: m.persons.check, exact: true }).click();
  await expect(parties.getByRole('status')).toHaveText(m.persons.noMatches);
  expect((await vault.call('persons:list', { caseId })).persons).toHaveLength(2);
});

test('unsaved text guards leaving the case page; trash moves the case out of the list', async ({ page, vault }) => {
  const { caseId } = await seedFamilyCase(vault, { title: 'Çöpe gidecek dosya' });
  await openCaseFromList(page, 'tr', 'Çöpe gidecek dosya');
  await page.getByRole('button', { name: m.timeline.addNote, exact: true }).click();
  await page.getByLabel(m.timeline.noteBody, { exact: true }).fill('Yarım kalmış not');
  await page.getByRole('button', { name: m.cases.back }).click();
  // The router's unsaved-changes dialog: stay keeps the text.
  const guard = page.getByTestId('unsaved-dialog');
  await expect(guard).toBeVisible();
  await guard.getByRole('button', { name: m.form.unsavedStay, exact: true }).click();
  await expect(page.getByLabel(m.timeline.noteBody, { exact: true })).toHaveValue('Yarım kalmış not');
  await page.getByRole('button', { name: m.timeline.cancel, exact: true }).click();

  await page.getByRole('button', { name: m.cases.trash, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: m.cases.trashTitle });
  await dialog.getByRole('button', { name: m.cases.trashConfirm, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.cases.listTitle, exact: true })).toBeVisible();
  await expect(page.getByText(m.cases.emptyTitle)).toBeVisible();
  expect((await vault.call('trash:list', {})).cases.map((c) => c.id)).toEqual([caseId]);
});
