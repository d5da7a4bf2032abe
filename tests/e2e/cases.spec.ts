/**
 * The case page's part of the casefile acceptance flow, through the UI against the real
 * backend: a case shared by two family members, a note, an activity, a task and a time entry
 * added with the forms, newest first in the timeline, the task ticked off, and the case in the
 * list. Every step is also checked in the backend (`timeline:list`, `cases:list`), so a screen
 * that only looks right fails.
 */
import { expect, test } from './fixtures';
import { displayDay, fmt, messages, openCaseFromList, seedFamilyCase } from './cases-seed';
import { scaled } from '../helpers/timing';

const m = messages.tr;

test('case page: add note, activity, task and time entry; newest first; task done; list shows the case', async ({
  page,
  vault,
}) => {
  const { caseId, clientId, relativeId } = await seedFamilyCase(vault);
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');

  // Header: both family members are clients, with the type, status and esas number.
  await expect(page.getByRole('heading', { level: 1, name: m.caseTypes['removal-appeal'], exact: true })).toBeVisible();
  const clients = page.getByRole('group', { name: m.cases.clientsLabel, exact: true });
  await expect(clients.getByRole('button')).toHaveCount(2);
  expect((await clients.getByRole('button').allTextContents()).sort()).toEqual(['Fatma Yılmaz', 'İsmail Yılmaz']);
  await expect(page.getByTestId('case-status')).toHaveText(m.caseStatus.active);
  await expect(page.getByText('2025/1234', { exact: true })).toBeVisible();
  await expect(page.getByText(m.timeline.empty)).toBeVisible();

  const timeline = page.getByTestId('timeline');
  const addBar = page.getByRole('group', { name: m.timeline.addLabel, exact: true });

  // Time entry, two days ago (added first, so "newest first" is decided by dates, not order of entry).
  await addBar.getByRole('button', { name: m.timeline.addTime, exact: true }).click();
  await page.getByLabel(m.timeline.workedOn, { exact: true }).fill(displayDay(-2));
  await page.getByLabel(m.timeline.minutes, { exact: true }).fill('2:15');
  await page.getByLabel(m.timeline.description, { exact: true }).fill('Dilekçe taslağı hazırlandı');
  await expect(page.getByLabel(m.timeline.proBono, { exact: true })).toBeChecked();
  await page.getByRole('button', { name: m.timeline.saveTime, exact: true }).click();
  await expect(timeline.locator('[data-type="time"]')).toContainText('2:15');

  // Activity, yesterday, 1 h 30 min.
  await addBar.getByRole('button', { name: m.timeline.addActivity, exact: true }).click();
  await page.getByLabel(m.timeline.activityKind, { exact: true }).selectOption('removal-centre-visit');
  await page.getByLabel(m.timeline.occurredOn, { exact: true }).fill(displayDay(-1));
  await page.getByLabel(m.timeline.duration, { exact: true }).fill('1:30');
  await page.getByLabel(m.timeline.summary, { exact: true }).fill('Tuzla GGM’de müvekkille görüşüldü');
  await page.getByRole('button', { name: m.timeline.saveActivity, exact: true }).click();
  await expect(timeline.locator('[data-type="activity"]')).toContainText(m.activityKinds['removal-centre-visit']);

  // Note, now.
  await addBar.getByRole('button', { name: m.timeline.addNote, exact: true }).click();
  await page.getByLabel(m.timeline.noteBody, { exact: true }).fill('Müvekkil **bugün** aradı; aile birlikte kalıyor.');
  await page.getByRole('button', { name: m.timeline.saveNote, exact: true }).click();
  await expect(timeline.locator('[data-type="note"] strong')).toHaveText('bugün');

  // Task due in 3 days: the header counts down to it.
  await addBar.getByRole('button', { name: m.timeline.addTask, exact: true }).click();
  await page.getByLabel(m.timeline.taskTitle, { exact: true }).fill('İdare mahkemesine dava aç');
  await page.getByLabel(m.timeline.dueOn, { exact: true }).fill(displayDay(3));
  await page.getByRole('button', { name: m.timeline.saveTask, exact: true }).click();
  await expect(page.locator('.case-next')).toContainText('İdare mahkemesine dava aç');
  // A task falls due in the words and colours of a deadline (one countdown, translated once).
  await expect(page.locator('.case-next').getByTestId('days-left')).toHaveText(
    fmt(m.deadlines.daysLeft_other, { count: 3 }),
  );
  await expect(page.locator('.case-next').getByTestId('days-left')).toHaveClass(/days-left-soon/);

  // Newest first: the task and the note (written now), yesterday's activity, the time entry of two days ago.
  await expect(timeline.locator(':scope > li')).toHaveCount(4);
  expect(
    await timeline.locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-type'))),
  ).toEqual(['task', 'note', 'activity', 'time']);
  await expect(page.getByTestId('time-total')).toHaveText(
    fmt(m.timeline.totalTime, { total: '2:15', proBono: '2:15' }),
  );

  // What the backend holds.
  const stored = (await vault.call('timeline:list', { caseId })).items;
  const activity = stored.find((i) => i.type === 'activity');
  const time = stored.find((i) => i.type === 'time');
  expect(activity).toMatchObject({ kind: 'removal-centre-visit', durationMinutes: 90 });
  expect(time).toMatchObject({ minutes: 135, proBono: true, description: 'Dilekçe taslağı hazırlandı' });
  expect(stored.find((i) => i.type === 'note')).toMatchObject({
    body: 'Müvekkil **bugün** aradı; aile birlikte kalıyor.',
  });

  // Tick the task off: stored as done, and the countdown goes away.
  await page.getByRole('checkbox', { name: fmt(m.timeline.taskDone, { title: 'İdare mahkemesine dava aç' }) }).check();
  await expect
    .poll(async () => (await vault.call('timeline:list', { caseId })).items.find((i) => i.type === 'task'))
    .toMatchObject({ doneAt: expect.any(String) });
  await expect(page.locator('.case-next')).toContainText(m.cases.noOpenTask);

  // Back to the list: the case is there with both clients and no open task.
  await page.getByRole('button', { name: m.cases.back }).click();
  const row = page.getByTestId('case-row').filter({ hasText: 'İsmail Yılmaz' });
  await expect(row).toContainText('Fatma Yılmaz');
  await expect(row).toContainText('2025/1234');
  await expect(row).toContainText(m.caseStatus.active);
  const listed = await vault.call('cases:list', { clientId: relativeId });
  expect(listed.rows.map((r) => r.id)).toEqual([caseId]);
  expect(listed.rows[0]).toMatchObject({ openTasks: 0, overdueTasks: 0 });
  expect((await vault.call('cases:list', { clientId })).total).toBe(1);
});

test('case list: search and chips filter through the backend; Enter opens the case', async ({ page, vault }) => {
  const { clientId } = await seedFamilyCase(vault, { title: 'Tuzla itirazı', tags: ['acil'] });
  await vault.call('cases:create', {
    case: { clientIds: [clientId], type: 'citizenship', status: 'intake', openedOn: '2024-01-15' },
  });
  await page.goto('/');
  await page.getByRole('button', { name: m.nav.cases, exact: true }).click();
  const rows = page.getByTestId('case-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: fmt(m.cases.count_other, { count: 2 }) })).toBeVisible();

  await page.getByRole('button', { name: m.caseStatus.intake, exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(m.caseTypes.citizenship);
  await expect(rows).toContainText('15.01.2024');
  await page.getByRole('button', { name: m.caseStatus.intake, exact: true }).click();
  await expect(rows).toHaveCount(2);

  await page.getByLabel(m.cases.searchLabel, { exact: true }).fill('tuzla');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Tuzla itirazı');
  await page
    .getByRole('button', { name: fmt(m.cases.removeFilter, { filter: fmt(m.cases.searchChip, { text: 'tuzla' }) }) })
    .click();
  await expect(rows).toHaveCount(2);

  await page.getByLabel(m.cases.typeFilter, { exact: true }).selectOption('removal-appeal');
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: m.cases.clearFilters }).click();
  await page.getByLabel(m.cases.tagFilter, { exact: true }).fill('acil');
  await expect(rows).toHaveCount(1);
  await page.getByLabel(m.cases.tagFilter, { exact: true }).fill('');

  await page.getByRole('button', { name: m.cases.overdueFilter, exact: true }).click();
  await expect(page.getByRole('heading', { name: m.cases.noMatchesTitle })).toBeVisible();
  await page.getByRole('button', { name: m.cases.clearFilters }).first().click();

  // Keyboard only: the first row takes focus with Tab order, arrows move, Enter opens.
  await expect(rows).toHaveCount(2);
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: m.cases.edit, exact: true })).toBeVisible();
});

test('stale edit of a case: CONFLICT is shown, the other window’s change is kept and shown', async ({
  page,
  vault,
}) => {
  const { caseId } = await seedFamilyCase(vault, { title: 'İlk başlık' });
  await openCaseFromList(page, 'tr', 'İlk başlık');
  await page.getByRole('button', { name: m.cases.edit, exact: true }).click();
  const title = page.getByLabel(m.cases.title, { exact: true });
  await expect(title).toHaveValue('İlk başlık');
  await title.fill('Bu pencereden başlık');

  // Meanwhile another window saves the case.
  const current = await vault.call('cases:get', { id: caseId });
  await vault.call('cases:update', {
    id: caseId,
    version: current.version,
    case: { ...current.case, title: 'Öteki pencereden başlık' },
  });

  await page.getByRole('button', { name: m.cases.save, exact: true }).click();
  await expect(page.getByTestId('case-conflict')).toHaveText(m.cases.conflict);
  // Nothing was overwritten, the header shows what is stored, and what was typed is still there.
  expect((await vault.call('cases:get', { id: caseId })).case.title).toBe('Öteki pencereden başlık');
  await expect(page.getByRole('heading', { level: 1, name: 'Öteki pencereden başlık', exact: true })).toBeVisible();
  await expect(title).toHaveValue('Bu pencereden başlık');

  // Saving again, after seeing the message, is a deliberate choice and goes through.
  await page.getByRole('button', { name: m.cases.save, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bu pencereden başlık', exact: true })).toBeVisible();
  expect((await vault.call('cases:get', { id: caseId })).case.title).toBe('Bu pencereden başlık');
});

test('edit case: schema errors appear at the field, translated; a valid edit is stored', async ({ page, vault }) => {
  const { caseId } = await seedFamilyCase(vault, { title: 'Düzenlenecek dosya' });
  await openCaseFromList(page, 'tr', 'Düzenlenecek dosya');
  await page.getByRole('button', { name: m.cases.edit, exact: true }).click();
  await page.getByLabel(m.cases.fileNumberValue, { exact: true }).fill('1234');
  await page.getByLabel(m.cases.openedOn, { exact: true }).fill(displayDay(5));
  await page.getByLabel(m.cases.status, { exact: true }).selectOption('closed');
  await page.getByRole('button', { name: m.cases.save, exact: true }).click();
  await expect(page.getByText(m.validation.fileNumber.badFormat)).toBeVisible();
  await expect(page.getByText(m.validation.date.inFuture)).toBeVisible();
  await expect(page.getByLabel(m.cases.openedOn, { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // Field errors fixed; the cross-field rule (a closed case needs its closing date) speaks next.
  await page.getByLabel(m.cases.fileNumberValue, { exact: true }).fill('2025/77 E.');
  await page.getByLabel(m.cases.openedOn, { exact: true }).fill(displayDay(-3));
  await page.getByRole('button', { name: m.cases.save, exact: true }).click();
  await expect(page.getByText(m.validation.case.closedOnRequired)).toBeVisible();
  expect((await vault.call('cases:get', { id: caseId })).version).toBe(1);

  await page.getByLabel(m.cases.status, { exact: true }).selectOption('pending-decision');
  await page.getByLabel(m.cases.court, { exact: true }).fill('İstanbul 5. İdare Mahkemesi');
  await page.getByRole('button', { name: m.cases.save, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: m.cases.saved })).toBeVisible();
  const stored = (await vault.call('cases:get', { id: caseId })).case;
  expect(stored).toMatchObject({ status: 'pending-decision', court: 'İstanbul 5. İdare Mahkemesi' });
  expect(stored.fileNumbers).toEqual([{ kind: 'esas', value: '2025/77' }]);
  await expect(page.getByTestId('case-status')).toHaveText(m.caseStatus['pending-decision']);
});

test('case list is virtualized and paged: 250 cases, few rows in the DOM, the last one reachable', async ({
  page,
  vault,
}) => {
  test.setTimeout(scaled(60_000));
  const { clientId } = await seedFamilyCase(vault, { title: 'Dosya 000' });
  for (let i = 1; i < 250; i += 1) {
    await vault.call('cases:create', {
      case: {
        clientIds: [clientId],
        type: 'residence-permit',
        openedOn: '2024-02-01',
        title: `Dosya ${String(i).padStart(3, '0')}`,
      },
    });
  }
  await page.goto('/');
  await page.getByRole('button', { name: m.nav.cases, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: fmt(m.cases.count_other, { count: 250 }) })).toBeVisible();
  await expect(page.getByRole('table', { name: m.cases.tableLabel })).toHaveAttribute('aria-rowcount', '251');
  const rendered = await page.locator('[data-row-index]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);

  // Keyboard: End jumps to the last row, which lives on the third page (offset 200).
  await page.getByTestId('case-row').first().focus();
  await page.keyboard.press('End');
  const last = page.locator('[data-row-index="249"]');
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('data-testid', 'case-row');
  await expect(last).toHaveAttribute('aria-rowindex', '251');
  expect(await page.locator('[data-row-index]').count()).toBeLessThan(60);
});
