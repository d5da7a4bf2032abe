/**
 * Issue 14, the renderer half: every record a lawyer creates on a case can be corrected and
 * deleted (to the trash) from the case page, with an Undo notice after each change; deadlines are
 * marked done with an optional note and reopened, on the case page and in the agenda. Each path
 * checks the backend's state and that the audit log names no one and holds none of the text typed.
 */
import { expect, test, type VaultHarness } from './fixtures';
import { displayDay, fmt, isoDay, messages, openCaseFromList, seedFamilyCase } from './cases-seed';
import { dmy, goToAgenda, notificationForThisWeek } from './deadlines-support';
import { saveScreen } from './screens';

const m = messages.tr;
const c = m.casework;
const edit = (name: string) => c.editLabel.replace('{{name}}', name);
const remove = (name: string) => c.removeLabel.replace('{{name}}', name);

/** The audit log: ids and fixed words; none of the names or texts typed in the test. */
async function expectCleanAudit(vault: VaultHarness, ...typed: string[]): Promise<void> {
  const rows = await vault.backend.vault.db().selectFrom('audit_event').selectAll().execute();
  const text = JSON.stringify(rows);
  for (const word of ['İsmail', 'Yılmaz', 'Fatma', ...typed]) expect(text).not.toContain(word);
}

async function actionsOf(vault: VaultHarness, id: string): Promise<string[]> {
  const rows = await vault.backend.vault
    .db()
    .selectFrom('audit_event')
    .select('action')
    .where('entity_id', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

test('timeline records and parties are corrected and deleted, each with Undo', async ({ page, vault }) => {
  const { caseId } = await seedFamilyCase(vault);
  const task = await vault.call('tasks:add', { caseId, title: 'Tercüman ara', dueOn: isoDay(2) });
  const activity = await vault.call('activities:add', {
    caseId,
    kind: 'call',
    occurredOn: isoDay(-1),
    summary: 'Müvekkil arandı',
  });
  const time = await vault.call('time:add', { caseId, workedOn: isoDay(-1), minutes: 90, proBono: true });
  const person = await vault.call('persons:add', { caseId, role: 'witness', name: 'Kemal Aydın' });
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const timeline = page.getByRole('region', { name: m.timeline.title, exact: true });

  // A task: corrected, then Undo puts the old title back.
  await timeline.getByRole('button', { name: edit('Tercüman ara'), exact: true }).click();
  const taskForm = timeline.getByRole('form', { name: c.edit.task });
  await taskForm.getByLabel(m.timeline.taskTitle, { exact: true }).fill('Arapça tercüman ara');
  await taskForm.getByRole('button', { name: m.timeline.saveTask, exact: true }).click();
  await expect(timeline.getByRole('status')).toContainText(c.saved);
  const tasks = async () => (await vault.call('timeline:list', { caseId })).items.filter((i) => i.type === 'task');
  expect(await tasks()).toMatchObject([{ id: task.id, title: 'Arapça tercüman ara', dueOn: isoDay(2), version: 2 }]);
  await timeline.getByRole('button', { name: c.undo, exact: true }).click();
  await expect(timeline.getByRole('status')).toHaveText(c.restored);
  expect(await tasks()).toMatchObject([{ id: task.id, title: 'Tercüman ara', version: 3 }]);

  // An activity: its summary corrected.
  const activityName = `${m.activityKinds.call} ${displayDay(-1)}`;
  await timeline.getByRole('button', { name: edit(activityName), exact: true }).click();
  const activityForm = timeline.getByRole('form', { name: c.edit.activity });
  await activityForm.getByLabel(m.timeline.summary, { exact: true }).fill('Müvekkil arandı, ulaşılamadı');
  await saveScreen(page, '64-casework-edit-activity', 'tr');
  await activityForm.getByRole('button', { name: m.timeline.saveActivity, exact: true }).click();
  await expect(timeline.getByText('Müvekkil arandı, ulaşılamadı')).toBeVisible();
  const items = (await vault.call('timeline:list', { caseId })).items;
  expect(items.find((i) => i.id === activity.id)).toMatchObject({ summary: 'Müvekkil arandı, ulaşılamadı' });

  // A time entry: deleted to the trash, then restored with Undo.
  const timeName = `${m.timeline.time} ${displayDay(-1)}`;
  await timeline.getByRole('button', { name: remove(timeName), exact: true }).click();
  await expect(timeline.getByRole('status')).toContainText(c.removed);
  expect((await vault.call('records:trashList', { caseId })).records).toMatchObject([
    { id: time.id, entity: 'time-entry' },
  ]);
  await expect(timeline.locator('[data-type="time"]')).toHaveCount(0);
  await timeline.getByRole('button', { name: c.undo, exact: true }).click();
  await expect(timeline.locator('[data-type="time"]')).toHaveCount(1);
  expect((await vault.call('records:trashList', { caseId })).records).toEqual([]);

  // A person: corrected (the conflict check leaves the person itself out), deleted, restored.
  const parties = page.getByRole('region', { name: m.persons.title, exact: true });
  await parties.getByRole('button', { name: edit('Kemal Aydın'), exact: true }).click();
  const personForm = parties.getByRole('form', { name: c.edit.person });
  await personForm.getByLabel(m.persons.name, { exact: true }).fill('Kemal Aydınlı');
  await personForm.getByRole('button', { name: m.persons.check, exact: true }).click();
  await expect(parties.getByRole('status')).toContainText(c.saved);
  expect((await vault.call('persons:list', { caseId })).persons).toMatchObject([
    { id: person.id, name: 'Kemal Aydınlı', role: 'witness' },
  ]);
  await parties.getByRole('button', { name: remove('Kemal Aydınlı'), exact: true }).click();
  await expect(parties.getByTestId('person-item')).toHaveCount(0);
  expect((await vault.call('persons:list', { caseId })).persons).toEqual([]);
  await parties.getByRole('button', { name: c.undo, exact: true }).click();
  await expect(parties.getByTestId('person-item')).toHaveCount(1);

  expect(await actionsOf(vault, task.id)).toEqual(['created', 'updated', 'updated']);
  expect(await actionsOf(vault, time.id)).toEqual(['created', 'deleted', 'restored']);
  await expectCleanAudit(vault, 'Tercüman', 'Müvekkil', 'Kemal', 'Aydın');
});

test('a deadline is corrected with its history shown, done with a note, reopened; a hearing edited and deleted', async ({
  page,
  vault,
}) => {
  const { caseId } = await seedFamilyCase(vault);
  const { notified, due } = await notificationForThisWeek(vault);
  const deadline = await vault.call('deadlines:add', {
    caseId,
    ruleId: 'removal-appeal',
    start: { kind: 'notification', date: notified },
  });
  const hearing = await vault.call('hearings:add', { caseId, kind: 'hearing', startsAt: `${isoDay(9)}T10:00` });
  const rule = (await vault.call('deadlines:rules', {})).rules.find((r) => r.id === 'removal-appeal');
  const name = rule?.nameTr ?? '';
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const section = page.getByTestId('deadlines-section');

  // Corrected: an earlier last day with its reason; the computed one stays in the history.
  await section.getByRole('button', { name: edit(name), exact: true }).click();
  const form = section.getByRole('form', { name: c.edit.deadline });
  await form.getByLabel(c.deadlineEdit.dueOn, { exact: true }).fill(displayDay(1));
  await form.getByLabel(c.deadlineEdit.reason, { exact: true }).fill('Güvenli tarafta kal');
  await form.getByRole('button', { name: c.save, exact: true }).click();
  await expect(section.getByRole('status')).toContainText(c.saved);
  const history = section.getByTestId('deadline-history');
  await history.getByText(c.deadlineEdit.history.replace('{{count}}', '1')).click();
  await expect(history).toContainText(dmy(due));
  const details = (await vault.call('deadlines:details', { caseId })).deadlines[0];
  expect(details?.revisions).toMatchObject([{ dueOn: due, computedDue: due, ruleId: 'removal-appeal' }]);
  expect((await vault.call('deadlines:list', { caseId })).deadlines).toMatchObject([
    { id: deadline.id, dueOn: isoDay(1), overrideReason: 'Güvenli tarafta kal' },
  ]);

  // Done with a note, through the visibly labelled checkbox; then reopened.
  const item = section.getByTestId('deadline-item');
  await expect(item.getByText(c.done.label, { exact: true })).toBeVisible();
  await item.getByRole('checkbox', { name: m.deadlines.markDone.replace('{{name}}', name) }).check();
  const doneForm = item.getByRole('form', { name: c.done.formTitle.replace('{{name}}', name) });
  await doneForm.getByLabel(c.done.note, { exact: true }).fill('Dilekçe UYAP ile gönderildi');
  await saveScreen(page, '65-casework-deadline-done', 'tr');
  await doneForm.getByRole('button', { name: c.done.confirm, exact: true }).click();
  await expect(item.getByText(c.done.noteShown.replace('{{note}}', 'Dilekçe UYAP ile gönderildi'))).toBeVisible();
  expect((await vault.call('deadlines:list', { caseId })).deadlines[0]?.doneAt).not.toBeNull();
  expect((await vault.call('deadlines:details', { caseId })).deadlines[0]?.doneNote).toBe(
    'Dilekçe UYAP ile gönderildi',
  );
  await item.getByRole('checkbox').uncheck();
  await expect(section.getByRole('status')).toHaveText(c.done.reopened);
  expect((await vault.call('deadlines:list', { caseId })).deadlines[0]?.doneAt).toBeNull();

  // A hearing: its court corrected, then deleted and restored.
  const hearingName = `${m.hearings.kinds.hearing} ${displayDay(9)} 10:00`;
  await section.getByRole('button', { name: edit(hearingName), exact: true }).click();
  const hearingForm = section.getByRole('form', { name: c.edit.hearing });
  await hearingForm.getByLabel(m.hearings.court, { exact: true }).fill('İstanbul 3. İdare Mahkemesi');
  await hearingForm.getByRole('button', { name: c.save, exact: true }).click();
  await expect(section.getByTestId('hearing-item')).toContainText('İstanbul 3. İdare Mahkemesi');
  expect((await vault.call('hearings:list', { caseId })).hearings).toMatchObject([
    { id: hearing.id, court: 'İstanbul 3. İdare Mahkemesi', startsAt: `${isoDay(9)}T10:00` },
  ]);
  await section.getByRole('button', { name: remove(hearingName), exact: true }).click();
  await expect(section.getByTestId('hearing-item')).toHaveCount(0);
  expect((await vault.call('hearings:list', { caseId })).hearings).toEqual([]);
  await section.getByRole('button', { name: c.undo, exact: true }).click();
  await expect(section.getByTestId('hearing-item')).toHaveCount(1);

  expect(await actionsOf(vault, deadline.id)).toEqual(['created', 'updated', 'updated', 'updated']);
  await expectCleanAudit(vault, 'Güvenli', 'UYAP', 'İdare');
});

test('from the agenda a deadline is marked done with a note, and Undo reopens it', async ({ page, vault }) => {
  const { caseId } = await seedFamilyCase(vault);
  const { notified } = await notificationForThisWeek(vault);
  const deadline = await vault.call('deadlines:add', {
    caseId,
    ruleId: 'removal-appeal',
    start: { kind: 'notification', date: notified },
  });
  const name = (await vault.call('deadlines:rules', {})).rules.find((r) => r.id === 'removal-appeal')?.nameTr ?? '';
  await page.goto('/');
  await goToAgenda(page, 'tr');
  const row = page.locator('.agenda-row').filter({ has: page.locator('[data-kind="deadline"]') });
  await row.getByRole('checkbox', { name: m.deadlines.markDone.replace('{{name}}', name) }).check();
  const form = row.getByRole('form', { name: c.done.formTitle.replace('{{name}}', name) });
  await form.getByLabel(c.done.note, { exact: true }).fill('Süresinde verildi');
  await form.getByRole('button', { name: c.done.confirm, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: m.deadlines.markedDone })).toBeVisible();
  await expect(page.locator('[data-testid="agenda-item"][data-kind="deadline"]')).toHaveCount(0);
  expect((await vault.call('deadlines:details', { caseId })).deadlines[0]?.doneNote).toBe('Süresinde verildi');

  await page.getByRole('button', { name: c.undo, exact: true }).click();
  await expect(page.locator('[data-testid="agenda-item"][data-kind="deadline"]')).toHaveCount(1);
  expect((await vault.call('deadlines:list', { caseId })).deadlines[0]?.doneAt).toBeNull();
  expect(await actionsOf(vault, deadline.id)).toEqual(['created', 'updated', 'updated']);
  await expectCleanAudit(vault, 'Süresinde');
});

test('a document’s title and category are corrected, and Undo puts them back (English)', async ({ page, vault }) => {
  await vault.call('vault:setLanguage', { language: 'en' });
  const { caseId } = await seedFamilyCase(vault);
  const doc = await vault.backend.documents.add(
    { caseId, title: 'Scan 1', category: 'other' },
    { kind: 'bytes', chunks: [Buffer.from('tebligat', 'utf8')], originalName: 'scan.txt', mediaType: 'text/plain' },
  );
  const en = messages.en;
  await openCaseFromList(page, 'en', 'İsmail Yılmaz');
  const section = page.getByTestId('documents-section');
  // The row's menu by keyboard: ↓ opens it on the first item, End/Home move, Esc returns to the button.
  const more = section.getByRole('button', { name: fmt(en.documents.actions.moreLabel, { title: 'Scan 1' }) });
  await more.focus();
  await page.keyboard.press('ArrowDown');
  const menu = section.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: en.documents.actions.edit })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: en.documents.actions.remove })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: en.documents.actions.edit })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: en.documents.actions.edit })).toBeFocused();
  await saveScreen(page, '66a-document-row-menu', 'en');
  await page.keyboard.press('Enter');
  const form = section.getByRole('form', { name: en.casework.edit.document });
  await form.getByLabel(en.casework.documents.title, { exact: true }).fill('Removal decision, served');
  await form.getByLabel(en.casework.documents.category, { exact: true }).selectOption('decision');
  await saveScreen(page, '66-casework-document-edit', 'en');
  await form.getByRole('button', { name: en.casework.save, exact: true }).click();
  await expect(section.getByTestId('document-row')).toContainText('Removal decision, served');
  expect((await vault.call('documents:list', { caseId })).documents).toMatchObject([
    { id: doc.id, title: 'Removal decision, served', category: 'decision' },
  ]);
  await section.getByRole('button', { name: en.casework.undo, exact: true }).click();
  await expect(section.getByTestId('document-row')).toContainText('Scan 1');
  expect((await vault.call('documents:list', { caseId })).documents).toMatchObject([
    { id: doc.id, title: 'Scan 1', category: 'other' },
  ]);
  const rows = await vault.backend.vault.db().selectFrom('audit_event').selectAll().execute();
  expect(JSON.stringify(rows)).not.toMatch(/Removal decision|Scan 1|İsmail/);
});
