/**
 * Deadlines and hearings on the case page, through the UI against the real backend and its
 * real engine: the explained due date before saving, the agenda bucket, one click back to the
 * case, done; an override refused without a reason; a hearing on the agenda.
 */
import { fmt, openCaseFromList, seedFamilyCase } from './cases-seed';
import {
  agendaGroup,
  deadlinesSection,
  displayDay,
  dmy,
  goToAgenda,
  isoDay,
  messages,
  notificationForThisWeek,
} from './deadlines-support';
import { expect, test } from './fixtures';

const m = messages.tr;
const RULE_TR = 'Sınır dışı etme kararına karşı dava';

test('ACCEPTANCE: a removal-appeal deadline from a notification date is explained, saved, on the agenda under "next 7 days", opens its case and leaves the agenda when done', async ({
  page,
  vault,
}) => {
  const { caseId } = await seedFamilyCase(vault);
  // An older one, already overdue, so the agenda has two headings to tell apart.
  await vault.call('deadlines:add', {
    caseId,
    ruleId: 'removal-appeal',
    start: { kind: 'notification', date: isoDay(-30) },
  });
  const { notified, due } = await notificationForThisWeek(vault);
  const expected = await vault.call('deadlines:preview', {
    ruleId: 'removal-appeal',
    start: { kind: 'notification', date: notified },
  });

  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const section = deadlinesSection(page);
  await expect(section.getByTestId('deadline-item')).toHaveCount(1);
  // The header counts down to the earliest open deadline: for now the overdue one.
  await expect(page.getByTestId('next-deadline')).toContainText('gün gecikti');
  // Anything overdue is announced on every screen, not only on the agenda.
  await expect(page.getByTestId('overdue-banner')).toContainText(fmt(m.agenda.banner_one, { count: 1 }));

  await section.getByRole('button', { name: m.deadlines.add, exact: true }).click();
  const dialog = page.getByTestId('add-deadline-dialog');
  await expect(dialog.getByRole('heading', { name: m.deadlines.dialog.title })).toBeVisible();
  await dialog.getByLabel(m.deadlines.dialog.rule).selectOption('removal-appeal');
  await dialog.getByLabel(m.deadlines.dialog.startNotification).check();
  await dialog.getByLabel(m.deadlines.dialog.notifiedOn, { exact: true }).fill(dmy(notified));

  // The explained date, before anything is saved: due date, the steps and the legal basis.
  const preview = dialog.getByTestId('deadline-preview');
  await expect(preview.getByTestId('preview-due')).toContainText(dmy(due));
  const steps = preview.getByTestId('steps').getByRole('listitem');
  await expect(steps).toHaveCount(expected.steps.tr.length);
  expect(expected.steps.tr.length).toBeGreaterThan(0);
  await expect(steps.first()).toHaveText(expected.steps.tr[0]!);
  await expect(steps.first()).toContainText(dmy(notified));
  await expect(preview.getByTestId('basis')).toContainText(expected.legalBasis.tr);
  await expect(preview.getByTestId('confidence')).toContainText(m.deadlines.confidence.S);
  expect(await vault.call('deadlines:list', { caseId })).toMatchObject({ deadlines: [{}] });

  await dialog.getByRole('button', { name: m.deadlines.dialog.save }).click();
  await expect(dialog).toBeHidden();
  const items = section.getByTestId('deadline-item');
  await expect(items).toHaveCount(2);
  const added = items.filter({ hasText: dmy(due) });
  await expect(added).toContainText(RULE_TR);
  await expect(added.getByTestId('days-left')).toHaveText(/\d+ gün kaldı/);
  // "Why this date" shows the saved steps.
  await added.getByRole('button', { name: m.deadlines.why }).click();
  await expect(added.getByTestId('steps').getByRole('listitem')).toHaveCount(expected.steps.tr.length);

  // The agenda: the new one under "next 7 days", the old one under "overdue".
  await goToAgenda(page, 'tr');
  const week = agendaGroup(page, 'week');
  await expect(week.getByRole('heading', { name: new RegExp(`^${m.agenda.groups.week}`) })).toBeVisible();
  const weekItem = week.locator('[data-testid="agenda-item"][data-kind="deadline"]').filter({ hasText: dmy(due) });
  await expect(weekItem).toHaveCount(1);
  await expect(weekItem).toContainText(RULE_TR);
  await expect(weekItem).toContainText('İsmail Yılmaz');
  await expect(weekItem).toContainText(m.caseTypes['removal-appeal']);
  await expect(agendaGroup(page, 'overdue').getByTestId('agenda-item')).toHaveCount(1);
  await expect(agendaGroup(page, 'overdue')).toContainText('gün gecikti');

  // One click opens the case; mark the deadline done there.
  await weekItem.click();
  await expect(page.locator('#case-title')).toBeVisible();
  const onCase = deadlinesSection(page)
    .getByTestId('deadline-item')
    .filter({ hasText: dmy(due) });
  await onCase.getByRole('checkbox').check();
  // Ticking asks for an optional note first (issue 14); confirming without one marks it done.
  await onCase.getByRole('button', { name: m.casework.done.confirm, exact: true }).click();
  await expect(deadlinesSection(page).getByRole('status')).toContainText(m.deadlines.markedDone);
  await expect(onCase.getByRole('checkbox')).toBeChecked();

  await goToAgenda(page, 'tr');
  await expect(agendaGroup(page, 'overdue').getByTestId('agenda-item')).toHaveCount(1);
  await expect(agendaGroup(page, 'week')).toHaveCount(0);
  // Done: the deadline and its internal target leave the agenda.
  await expect(page.getByTestId('agenda-item').filter({ hasText: dmy(due) })).toHaveCount(0);
  const saved = await vault.call('deadlines:list', { caseId });
  expect(saved.deadlines.find((d) => d.dueOn === due)?.doneAt).not.toBeNull();
});

test('override: a changed last day is refused at the reason field without a reason, and saved with it', async ({
  page,
  vault,
}) => {
  const { caseId } = await seedFamilyCase(vault);
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const section = deadlinesSection(page);
  await expect(section).toContainText(m.deadlines.none);
  await section.getByRole('button', { name: m.deadlines.add, exact: true }).click();
  const dialog = page.getByTestId('add-deadline-dialog');
  await dialog.getByLabel(m.deadlines.dialog.notifiedOn, { exact: true }).fill(displayDay(-1));
  await expect(dialog.getByTestId('preview-due')).toBeVisible();
  await dialog.getByLabel(m.deadlines.dialog.override).check();
  const newDue = isoDay(3);
  await dialog.getByLabel(m.deadlines.dialog.overrideDate).fill(dmy(newDue));
  await dialog.getByRole('button', { name: m.deadlines.dialog.save }).click();

  // The backend refuses (VALIDATION reason:deadline.reasonRequired); the message is at the field.
  const reason = dialog.getByLabel(m.deadlines.dialog.reason, { exact: true });
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(
    new RegExp(m.deadlines.errors.reasonRequired.replace(/[.]/g, '\\.')),
  );
  await expect(reason).toBeFocused();
  await expect(dialog).toBeVisible();
  expect((await vault.call('deadlines:list', { caseId })).deadlines).toHaveLength(0);

  await reason.fill('Tebligat mazbatasında tarih okunaksız; en erken olası tarihe göre hesaplandı.');
  await dialog.getByRole('button', { name: m.deadlines.dialog.save }).click();
  await expect(dialog).toBeHidden();
  const item = section.getByTestId('deadline-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(dmy(newDue));
  await expect(item).toContainText('Tebligat mazbatasında tarih okunaksız');
  const { deadlines } = await vault.call('deadlines:list', { caseId });
  expect(deadlines).toMatchObject([{ dueOn: newDue, overrideReason: expect.stringContaining('okunaksız') }]);
  expect(deadlines[0]!.computedDue).not.toBe(newDue);
  await expect(item).toContainText(fmt(m.deadlines.overridden, { date: dmy(deadlines[0]!.computedDue!) }));

  // A manual deadline needs one too: without a rule, title and date are not enough.
  await section.getByRole('button', { name: m.deadlines.add, exact: true }).click();
  await dialog.getByLabel(m.deadlines.dialog.rule).selectOption({ label: m.deadlines.dialog.manualOption });
  await dialog.getByLabel(m.deadlines.dialog.manualTitle).fill('Dilekçe eklerini tamamla');
  await dialog.getByLabel(m.deadlines.dialog.manualDate).fill(displayDay(10));
  await dialog.getByRole('button', { name: m.deadlines.dialog.save }).click();
  await expect(dialog.getByText(m.deadlines.errors.reasonRequired)).toBeVisible();
  expect((await vault.call('deadlines:list', { caseId })).deadlines).toHaveLength(1);
});

test('hearing: added on the case with a 24-hour time, listed there and on the agenda under Today', async ({
  page,
  vault,
}) => {
  const { caseId } = await seedFamilyCase(vault);
  await vault.call('hearings:add', {
    caseId,
    kind: 'e-hearing',
    court: 'Ankara 2. İdare Mahkemesi',
    startsAt: `${isoDay(3)}T10:15`,
  });
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const section = deadlinesSection(page);
  await section.getByRole('button', { name: m.hearings.add, exact: true }).click();
  const dialog = page.getByTestId('add-hearing-dialog');
  await dialog.getByLabel(m.hearings.kind).selectOption('hearing');
  await dialog.getByLabel(m.hearings.court).fill('İstanbul 3. İdare Mahkemesi');
  await dialog.getByLabel(m.hearings.date).fill(displayDay(0));
  await dialog.getByLabel(m.hearings.time, { exact: true }).fill('25:00');
  await dialog.getByLabel(m.hearings.hall).fill('4. salon');
  await dialog.getByLabel(m.hearings.fileNumber).fill('2026/1234 E.');
  await dialog.getByLabel(m.hearings.preparation).fill('Tercüman (Arapça), kimlik fotokopisi');
  await dialog.getByRole('button', { name: m.hearings.save }).click();
  await expect(dialog.getByText(m.hearings.errors.badTime)).toBeVisible();
  await dialog.getByLabel(m.hearings.time, { exact: true }).fill('14:30');
  await dialog.getByRole('button', { name: m.hearings.save }).click();
  await expect(dialog).toBeHidden();

  const hearings = section.getByTestId('hearing-item');
  await expect(hearings).toHaveCount(2);
  const today = hearings.filter({ hasText: `${displayDay(0)} 14:30` });
  await expect(today).toContainText('İstanbul 3. İdare Mahkemesi');
  await expect(today).toContainText('4. salon');
  await expect(today).toContainText('2026/1234 E.');
  await expect(today).toContainText('Tercüman (Arapça)');
  await expect(today).toContainText(m.deadlines.today);

  await goToAgenda(page, 'tr');
  const todayGroup = agendaGroup(page, 'today');
  await expect(todayGroup.getByTestId('agenda-item')).toHaveCount(1);
  await expect(todayGroup).toContainText(
    fmt(m.agenda.hearingAt, { court: 'İstanbul 3. İdare Mahkemesi', time: '14:30' }),
  );
  await expect(agendaGroup(page, 'week')).toContainText(
    fmt(m.agenda.hearingAt, { court: 'Ankara 2. İdare Mahkemesi', time: '10:15' }),
  );
  // Enter on a focused entry opens the case, like a click.
  await todayGroup.getByTestId('agenda-item').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-title')).toBeVisible();
});
