/**
 * The agenda's views and the screens of this feature, in Turkish and English: list and month
 * calendar (clicking a day's item opens the case), the week view, the add-deadline dialog with
 * its preview, the case's deadline section with an explanation open, and the DEMO badge.
 * Screenshots go to test-results/screens/<lang>/ for review.
 */
import type { Language } from '../../src-main/shared/schemas/vault';
import { seedFamilyCase } from './cases-seed';
import { agendaGroup, deadlinesSection, displayDay, isoDay, messages } from './deadlines-support';
import { expect, test, type VaultHarness } from './fixtures';
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

async function seedAgenda(vault: VaultHarness, lang: Language): Promise<string> {
  await vault.call('vault:setLanguage', { language: lang });
  const { caseId } = await seedFamilyCase(vault, { title: 'Yılmaz ailesi — sınır dışı etme' });
  const other = await vault.call('intake:create', {
    client: { givenName: 'Amina', familyName: 'Warsame', nationality: 'SO' },
    case: { type: 'international-protection', status: 'active', openedOn: isoDay(-40) },
    otherClientIds: [],
  });
  await vault.call('deadlines:add', {
    caseId,
    ruleId: 'removal-appeal',
    start: { kind: 'notification', date: isoDay(-12) },
  });
  await vault.call('deadlines:add', {
    caseId,
    ruleId: 'removal-appeal',
    start: { kind: 'notification', date: isoDay(-3) },
  });
  await vault.call('deadlines:add', {
    caseId: other.caseId,
    ruleId: 'ip-court-regular',
    start: { kind: 'notification', date: isoDay(-5) },
  });
  await vault.call('hearings:add', {
    caseId,
    kind: 'hearing',
    court: 'İstanbul 3. İdare Mahkemesi',
    startsAt: `${isoDay(0)}T14:30`,
    hall: '4. salon',
  });
  await vault.call('tasks:add', { caseId: other.caseId, title: 'Tercüman ayarla', dueOn: isoDay(2) });
  return caseId;
}

for (const lang of ['tr', 'en'] as const) {
  const m = messages[lang];

  test(`agenda screens (${lang}): list, month calendar to the case, week, dialog preview, case section`, async ({
    page,
    vault,
  }) => {
    await seedAgenda(vault, lang);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible();
    await expect(agendaGroup(page, 'overdue').getByTestId('agenda-item')).toHaveCount(1);
    await expect(agendaGroup(page, 'today')).toContainText('İstanbul 3. İdare Mahkemesi');
    await expect(page.getByTestId('overdue-banner')).toBeVisible();
    await saveScreen(page, 'agenda-01-list', lang);

    // Month view: Monday first, today's hearing on today's cell, one click to the case.
    await page.getByRole('button', { name: m.agenda.views.month, exact: true }).click();
    const month = page.getByTestId('calendar-month');
    await expect(month.getByRole('columnheader').first()).toHaveText(m.agenda.weekdays.short.mon);
    const todayCell = month.locator(`td[data-date="${isoDay(0)}"]`);
    await expect(todayCell).toHaveAttribute('aria-current', 'date');
    // Internal (earlier) deadlines may also fall today depending on the weekday: pick the hearing.
    await expect(todayCell.getByTestId('calendar-item').filter({ hasText: '14:30' })).toHaveCount(1);
    await saveScreen(page, 'agenda-02-month', lang);
    await page.getByRole('button', { name: m.agenda.views.week, exact: true }).click();
    const week = page.getByTestId('calendar-week');
    await expect(week.getByRole('cell')).toHaveCount(7);
    await expect(week.locator(`td[data-date="${isoDay(0)}"]`)).toContainText('İstanbul 3. İdare Mahkemesi');
    await saveScreen(page, 'agenda-03-week', lang);
    await week
      .locator(`td[data-date="${isoDay(0)}"]`)
      .getByTestId('calendar-item')
      .filter({ hasText: 'İstanbul 3. İdare Mahkemesi' })
      .click();
    await expect(page.locator('#case-title')).toHaveText('Yılmaz ailesi — sınır dışı etme');

    // The case's section, with one explanation open.
    const section = deadlinesSection(page);
    await expect(section.getByTestId('deadline-item')).toHaveCount(2);
    await section.getByTestId('deadline-item').first().getByRole('button', { name: m.deadlines.why }).click();
    await expect(section.getByTestId('explanation')).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await saveScreen(page, 'deadlines-01-case-section', lang);

    // The add-deadline dialog with its live preview.
    await section.getByRole('button', { name: m.deadlines.add, exact: true }).click();
    const dialog = page.getByTestId('add-deadline-dialog');
    await dialog.getByLabel(m.deadlines.dialog.notifiedOn, { exact: true }).fill(displayDay(-1));
    await expect(dialog.getByTestId('preview-due')).toBeVisible();
    // Tall enough for the whole modal: a full-page shot only captures the viewport's part of it.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await saveScreen(page, 'deadlines-02-add-dialog', lang);
    // Istinaf does not exist against a removal judgment (YUKK 53/3): not offered, even among all.
    await dialog.getByLabel(m.deadlines.dialog.showAll).check();
    await expect(dialog.getByLabel(m.deadlines.dialog.rule).locator('option[value="istinaf"]')).toHaveCount(0);
    // A rule whose basis is uncertain is shown as a warning to confirm; saving without confirming is refused.
    await dialog.getByLabel(m.deadlines.dialog.rule).selectOption('ip-court-accelerated');
    await expect(dialog.getByText(m.deadlines.dialog.unsureWarning)).toBeVisible();
    await dialog.getByRole('button', { name: m.deadlines.dialog.save }).click();
    await expect(dialog.getByText(m.deadlines.errors.confirmUnsure)).toBeVisible();
    await saveScreen(page, 'deadlines-03-unsure-rule', lang);
  });

  test(`agenda screens (${lang}): an empty agenda explains what to do next; a real vault's unlock screen has no demo hint`, async ({
    page,
    vault,
  }) => {
    await vault.call('vault:setLanguage', { language: lang });
    await vault.call('vault:create', { passphrase: 'Mavi vapur, yedi martı ve bir simit: 1907!' });
    await page.goto('/');
    await expect(page.getByTestId('agenda-empty')).toContainText(m.agenda.emptyTitle);
    await saveScreen(page, 'agenda-04-empty', lang);
    await vault.call('vault:lock', {});
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: m.unlock.title })).toBeVisible();
    await expect(page.getByTestId('demo-hint')).toHaveCount(0);
  });

  test(`demo screens (${lang}): first run offer, badge on the agenda and the unlock hint`, async ({ page, vault }) => {
    test.setTimeout(scaled(60_000));
    await vault.call('vault:setLanguage', { language: lang });
    await page.goto('/');
    await expect(page.getByRole('button', { name: m.demo.explore })).toBeVisible();
    await saveScreen(page, 'demo-01-first-run', lang);
    await page.getByRole('button', { name: m.demo.explore }).click();
    await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible({
      timeout: scaled(30_000),
    });
    await expect(page.getByTestId('demo-badge')).toHaveText(m.demo.badge);
    await saveScreen(page, 'demo-02-agenda', lang);
    await page.getByRole('button', { name: m.agenda.views.month, exact: true }).click();
    await expect(page.getByTestId('calendar-item').first()).toBeVisible();
    await saveScreen(page, 'demo-03-month', lang);
    await page.getByRole('button', { name: m.nav.lock }).click();
    await expect(page.getByTestId('demo-hint')).toBeVisible();
    await saveScreen(page, 'demo-04-unlock', lang);
  });
}
