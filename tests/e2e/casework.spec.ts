/**
 * Issue 14 on the case page: power of attorney and notification records, a hearing postponed,
 * an interim decision's kesin süre created in one step, and delete with Undo. Each path checks
 * the backend's state and that the audit log names no one.
 */
import { expect, test, type VaultHarness } from './fixtures';
import { displayDay, isoDay, messages, openCaseFromList, seedFamilyCase } from './cases-seed';
import { goToClients, openUnlocked } from './clients-support';
import { saveScreen } from './screens';

const m = messages.tr;
const c = m.casework;

/** The audit log: ids and fixed words; none of the names or texts typed in the test. */
async function expectCleanAudit(vault: VaultHarness, ...typed: string[]): Promise<void> {
  const rows = await vault.backend.vault.db().selectFrom('audit_event').selectAll().execute();
  const text = JSON.stringify(rows);
  for (const word of ['İsmail', 'Yılmaz', 'Fatma', ...typed]) expect(text).not.toContain(word);
}

test('power of attorney and a notification that starts its deadline, recorded on the case page', async ({
  page,
  vault,
}) => {
  const { caseId } = await seedFamilyCase(vault);
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const section = page.getByRole('region', { name: c.title, exact: true });
  await expect(section.getByText(c.poa.missing)).toBeVisible();

  await section.getByRole('button', { name: c.poa.requestTask, exact: true }).click();
  await expect(section.getByText(c.poa.taskOpen)).toBeVisible();
  const { openTaskId } = await vault.call('powerOfAttorney:list', { caseId });
  expect(openTaskId).toEqual(expect.any(String));

  await section.getByRole('button', { name: c.poa.add, exact: true }).click();
  const poaForm = section.getByRole('form', { name: c.poa.add });
  await poaForm.getByLabel(c.poa.grantedOn, { exact: true }).fill(displayDay(-2));
  await poaForm.getByLabel(c.poa.notary, { exact: true }).fill('Kadıköy 7. Noterliği');
  await poaForm.getByLabel(c.poa.journalNumber, { exact: true }).fill('04512');
  await poaForm.getByRole('button', { name: c.save, exact: true }).click();
  await expect(section.getByTestId('poa-item')).toContainText('Kadıköy 7. Noterliği');
  await expect(section.getByText(c.poa.missing)).toHaveCount(0);
  const poa = await vault.call('powerOfAttorney:list', { caseId });
  expect(poa).toMatchObject({
    missing: false,
    openTaskId: null,
    records: [{ grantedOn: isoDay(-2), notary: 'Kadıköy 7. Noterliği', journalNumber: '04512', scope: 'general' }],
  });

  await section.getByRole('button', { name: c.notifications.add, exact: true }).click();
  const form = section.getByRole('form', { name: c.notifications.add });
  await form.getByLabel(c.notifications.subject, { exact: true }).fill('Sınır dışı etme kararı');
  await form.getByLabel(c.notifications.deliveredOn, { exact: true }).fill(displayDay(-3));
  await form.getByLabel(c.notifications.rule, { exact: true }).selectOption('removal-appeal');
  await saveScreen(page, '60-casework-notification', 'tr');
  await form.getByRole('button', { name: c.save, exact: true }).click();
  await expect(section.getByTestId('notification-item')).toContainText(c.notifications.startedDeadline);
  const [notification] = (await vault.call('notifications:list', { caseId })).notifications;
  expect(notification).toMatchObject({ method: 'e-notification', deliveredOn: isoDay(-3), recipient: 'lawyer' });
  const deadlines = (await vault.call('deadlines:list', { caseId })).deadlines;
  expect(deadlines).toMatchObject([
    {
      id: notification?.deadlineId,
      ruleId: 'removal-appeal',
      start: { kind: 'e-notification', deliveredOn: isoDay(-3) },
    },
  ]);
  // The deadlines section above shows it without reloading the page.
  await expect(page.getByTestId('deadline-item')).toHaveCount(1);
  await expectCleanAudit(vault, 'Kadıköy', '04512', 'Sınır dışı');
});

test('a hearing is postponed with its reason, and an interim decision creates its kesin süre', async ({
  page,
  vault,
}) => {
  const { caseId } = await seedFamilyCase(vault);
  const first = await vault.call('hearings:add', { caseId, kind: 'hearing', startsAt: `${isoDay(3)}T10:30` });
  await vault.call('hearings:add', { caseId, kind: 'hearing', startsAt: `${isoDay(-1)}T09:00` });
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  // A hearing's actions sit on its row in the deadlines and hearings section.
  const section = page.getByTestId('deadlines-section');

  const firstName = `${m.hearings.kinds.hearing} ${displayDay(3)} 10:30`;
  await section
    .getByRole('button', { name: c.hearings.postponeTitle.replace('{{name}}', firstName), exact: true })
    .click();
  const postpone = section.getByRole('form', { name: c.hearings.postponeTitle.replace('{{name}}', firstName) });
  await postpone.getByLabel(c.hearings.newDate, { exact: true }).fill(displayDay(24));
  await postpone.getByLabel(c.hearings.newTime, { exact: true }).fill('09:30');
  await postpone.getByLabel(c.hearings.reason, { exact: true }).fill('Tercüman gelmedi');
  await postpone.getByRole('button', { name: c.save, exact: true }).click();
  await expect(
    section.getByText(
      c.hearings.history.replace('{{from}}', `${displayDay(3)} 10:30`).replace('{{reason}}', 'Tercüman gelmedi'),
    ),
  ).toBeVisible();
  const moved = (await vault.call('hearings:list', { caseId })).hearings.find((h) => h.id === first.id);
  expect(moved).toMatchObject({ startsAt: `${isoDay(24)}T09:30`, version: 2 });
  expect(
    (await vault.call('hearings:details', { caseId })).hearings.find((h) => h.id === first.id)?.postponements,
  ).toMatchObject([
    { fromStartsAt: `${isoDay(3)}T10:30`, toStartsAt: `${isoDay(24)}T09:30`, reason: 'Tercüman gelmedi' },
  ]);

  const pastName = `${m.hearings.kinds.hearing} ${displayDay(-1)} 09:00`;
  await section
    .getByRole('button', { name: c.hearings.outcomeTitle.replace('{{name}}', pastName), exact: true })
    .click();
  const outcome = section.getByRole('form', { name: c.hearings.outcomeTitle.replace('{{name}}', pastName) });
  await outcome.getByLabel(c.hearings.deadlineDays, { exact: true }).fill('15');
  await outcome.getByLabel(c.hearings.deadlineTitle, { exact: true }).fill('Nüfus kaydını sun');
  await saveScreen(page, '61-casework-interim-decision', 'tr');
  await outcome.getByRole('button', { name: c.save, exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(c.hearings.deadlineCreated);
  const [deadline] = (await vault.call('deadlines:list', { caseId })).deadlines;
  expect(deadline).toMatchObject({ title: 'Nüfus kaydını sun', start: { kind: 'notification', date: isoDay(-1) } });
  expect(deadline?.computedDue).toBe(deadline?.dueOn);
  expect(deadline!.dueOn >= isoDay(14)).toBe(true);
  await expect(page.getByTestId('deadline-item').filter({ hasText: 'Nüfus kaydını sun' })).toBeVisible();
  await expectCleanAudit(vault, 'Tercüman', 'Nüfus');
});

test('deleting a record moves it to the trash, and Undo brings it back', async ({ page, vault }) => {
  const { caseId } = await seedFamilyCase(vault);
  const stay = await vault.call('stays:add', { caseId, stay: { requestedOn: isoDay(-4) } });
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const section = page.getByRole('region', { name: c.title, exact: true });
  await expect(section.getByTestId('stay-item')).toContainText(c.stays.decisions.pending);
  await section
    .getByRole('button', {
      name: c.removeLabel.replace('{{name}}', c.stays.removeName.replace('{{date}}', displayDay(-4))),
      exact: true,
    })
    .click();
  await expect(section.getByRole('status')).toContainText(c.removed);
  await expect(section.getByTestId('stay-item')).toHaveCount(0);
  expect((await vault.call('records:trashList', { caseId })).records).toMatchObject([
    { id: stay.id, entity: 'stay-request' },
  ]);
  expect((await vault.call('stays:list', { caseId })).stays).toEqual([]);

  await section.getByRole('button', { name: c.undo, exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(c.restored);
  await expect(section.getByTestId('stay-item')).toHaveCount(1);
  expect((await vault.call('stays:list', { caseId })).stays).toMatchObject([{ id: stay.id, requestedOn: isoDay(-4) }]);
  expect((await vault.call('records:trashList', { caseId })).records).toEqual([]);
  const audit = await vault.backend.vault
    .db()
    .selectFrom('audit_event')
    .selectAll()
    .where('entity_id', '=', stay.id)
    .execute();
  expect(audit.map((a) => a.action)).toEqual(['created', 'deleted', 'restored']);
  await expectCleanAudit(vault);
});

test('the conflict panel opens a second case on the same client instead of a duplicate (English)', async ({
  page,
  vault,
}) => {
  const en = await openUnlocked(page, vault, 'en');
  const first = await vault.call('intake:create', {
    client: { givenName: 'Ahmad', familyName: 'Karimi', nationality: 'AF' },
    case: { type: 'removal-appeal', status: 'active', openedOn: isoDay(-30) },
  });
  await goToClients(page, en);
  await page.getByRole('button', { name: en.clients.newClient }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: en.intake.title })).toBeVisible();
  await page.getByLabel(en.form.givenName, { exact: true }).fill('Ahmad');
  await page.getByLabel(en.form.familyName, { exact: true }).fill('Karimi');
  await page.getByLabel(en.form.caseType).selectOption('residence-permit');
  const panel = page.getByTestId('conflict-panel');
  const samePerson = panel.getByRole('button', {
    name: en.casework.newCaseForClient.replace('{{name}}', 'Ahmad Karimi'),
    exact: true,
  });
  await expect(samePerson).toBeVisible();
  await saveScreen(page, '62-intake-same-person', 'en');
  await samePerson.click();
  await expect(page.getByRole('region', { name: en.casework.title, exact: true })).toBeVisible();

  expect((await vault.call('clients:list', {})).total).toBe(1);
  const client = await vault.call('clients:get', { id: first.clientId });
  expect(client.cases).toHaveLength(2);
  const second = client.cases.find((x) => x.id !== first.caseId);
  expect(second).toMatchObject({ type: 'residence-permit' });
  await saveScreen(page, '63-case-casework', 'en');
  const rows = await vault.backend.vault.db().selectFrom('audit_event').selectAll().execute();
  expect(JSON.stringify(rows)).not.toMatch(/Ahmad|Karimi/);
});
