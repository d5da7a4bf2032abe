/**
 * Issue 12, acceptance 3: `01.03.2026` typed into EVERY date field of the app, under an English
 * and a Turkish operating-system locale (Playwright's `locale`), reaches the backend as
 * `2026-03-01` every time — unlike a native date input, whose format follows the OS. The intake
 * shows the first deadline before saving. Fields: intake (date of birth, e-notification
 * delivery and opening), client edit (date of birth, need since, consent given and withdrawn),
 * timeline (activity, task, time entry, party's birth date), deadline dialog (notification,
 * override, manual, detention start), hearing, document date, case opened and closed.
 */
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../src-main/shared/schemas/vault';
import { clientRows, goToClients } from './clients-support';
import { deadlinesSection, messages } from './deadlines-support';
import { PNG_1X1 } from './documents-files';
import { expect, test, TEST_PASSPHRASE, type VaultHarness } from './fixtures';

const TYPED = '01.03.2026';
const ISO = '2026-03-01';

async function typeDate(field: Locator): Promise<void> {
  await field.fill(TYPED);
  await field.press('Tab');
}

async function saveDialog(page: Page, dialog: Locator, save: string): Promise<void> {
  await dialog.getByRole('button', { name: save, exact: true }).click();
  await expect(dialog).toBeHidden();
}

async function everyDateField(page: Page, vault: VaultHarness, lang: Language): Promise<void> {
  const m = messages[lang];
  await vault.call('vault:setLanguage', { language: lang });
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible();

  // --- Quick intake: date of birth and the first deadline (e-notification: delivery, opening) ---
  await goToClients(page, m);
  await page.getByRole('button', { name: m.clients.newClient }).first().click();
  await page.getByLabel(m.form.givenName, { exact: true }).fill('Halima');
  await typeDate(page.getByLabel(m.form.dateOfBirth, { exact: true }));
  await page.getByLabel(m.form.caseType).selectOption('removal-appeal');
  const first = page.getByTestId('intake-deadline');
  await first.getByLabel(m.deadlines.dialog.startENotification).check();
  await typeDate(first.getByLabel(m.deadlines.dialog.deliveredOn, { exact: true }));
  await typeDate(first.getByLabel(m.deadlines.dialog.openedOn, { exact: true }));
  // Before saving: the rule, the due date, the steps and the basis.
  const preview = await vault.call('deadlines:preview', {
    ruleId: 'removal-appeal',
    start: { kind: 'e-notification', deliveredOn: ISO, openedOn: ISO },
  });
  await expect(first.getByTestId('preview-due')).toContainText(preview.due.split('-').reverse().join('.'));
  await expect(first.getByTestId('steps').getByRole('listitem')).toHaveCount(preview.steps[lang].length);
  await expect(first.getByTestId('basis')).toContainText(preview.legalBasis[lang]);
  expect((await vault.call('clients:list', {})).total).toBe(0);
  await page.getByRole('button', { name: m.intake.submit }).click();
  await expect(page.locator('#case-title')).toBeVisible();

  const [row] = (await vault.call('clients:list', {})).rows;
  const clientId = row!.id;
  const client = await vault.call('clients:get', { id: clientId });
  expect(client.client.dateOfBirth).toEqual({ precision: 'exact', date: ISO });
  const caseId = client.cases[0]!.id;
  expect((await vault.call('deadlines:list', { caseId })).deadlines[0]?.start).toEqual({
    kind: 'e-notification',
    deliveredOn: ISO,
    openedOn: ISO,
  });

  // --- Timeline: activity, task, time entry; parties: a birth date ---
  const addBar = page.getByRole('group', { name: m.timeline.addLabel, exact: true });
  await addBar.getByRole('button', { name: m.timeline.addActivity, exact: true }).click();
  await typeDate(page.getByLabel(m.timeline.occurredOn, { exact: true }));
  await page.getByLabel(m.timeline.summary, { exact: true }).fill('Görüşme');
  await page.getByRole('button', { name: m.timeline.saveActivity, exact: true }).click();
  await addBar.getByRole('button', { name: m.timeline.addTask, exact: true }).click();
  await page.getByLabel(m.timeline.taskTitle, { exact: true }).fill('Dilekçe');
  await typeDate(page.getByLabel(m.timeline.dueOn, { exact: true }));
  await page.getByRole('button', { name: m.timeline.saveTask, exact: true }).click();
  await addBar.getByRole('button', { name: m.timeline.addTime, exact: true }).click();
  await typeDate(page.getByLabel(m.timeline.workedOn, { exact: true }));
  await page.getByLabel(m.timeline.minutes, { exact: true }).fill('1:00');
  await page.getByRole('button', { name: m.timeline.saveTime, exact: true }).click();
  const parties = page.getByRole('region', { name: m.persons.title, exact: true });
  await parties.getByRole('button', { name: m.persons.add, exact: true }).click();
  await parties.getByLabel(m.persons.name, { exact: true }).fill('Zzyzx Qwerty');
  await typeDate(parties.getByLabel(m.persons.birthDate, { exact: true }));
  await parties.getByRole('button', { name: m.persons.check, exact: true }).click();
  await expect(parties.getByRole('listitem').filter({ hasText: 'Zzyzx Qwerty' })).toBeVisible();
  await expect
    .poll(async () => {
      const { items } = await vault.call('timeline:list', { caseId });
      return items
        .map((i) =>
          i.type === 'activity' || i.type === 'time' ? `${i.type}:${i.at}` : i.type === 'task' ? `task:${i.dueOn}` : '',
        )
        .filter(Boolean)
        .sort();
    })
    .toEqual([`activity:${ISO}`, `task:${ISO}`, `time:${ISO}`]);
  expect((await vault.call('persons:list', { caseId })).persons).toMatchObject([{ birthDate: ISO }]);

  // --- Deadline dialog: notification date; override; manual; detention start ---
  const section = deadlinesSection(page);
  const dialog = page.getByTestId('add-deadline-dialog');
  await section.getByRole('button', { name: m.deadlines.add, exact: true }).click();
  await dialog.getByLabel(m.deadlines.dialog.rule).selectOption('removal-appeal');
  await typeDate(dialog.getByLabel(m.deadlines.dialog.notifiedOn, { exact: true }));
  await expect(dialog.getByTestId('preview-due')).toBeVisible();
  await dialog.getByLabel(m.deadlines.dialog.override).check();
  await typeDate(dialog.getByLabel(m.deadlines.dialog.overrideDate, { exact: true }));
  await dialog.getByLabel(m.deadlines.dialog.reason, { exact: true }).fill('Mazbata okunaksız');
  await saveDialog(page, dialog, m.deadlines.dialog.save);

  await section.getByRole('button', { name: m.deadlines.add, exact: true }).click();
  await dialog.getByLabel(m.deadlines.dialog.rule).selectOption({ label: m.deadlines.dialog.manualOption });
  await dialog.getByLabel(m.deadlines.dialog.manualTitle).fill('Vekaletname');
  await typeDate(dialog.getByLabel(m.deadlines.dialog.manualDate, { exact: true }));
  await dialog.getByLabel(m.deadlines.dialog.reason, { exact: true }).fill('Noter randevusu');
  await saveDialog(page, dialog, m.deadlines.dialog.save);

  await section.getByRole('button', { name: m.deadlines.add, exact: true }).click();
  await dialog.getByLabel(m.deadlines.dialog.showAll).check();
  await dialog.getByLabel(m.deadlines.dialog.rule).selectOption('detention-max-removal');
  await typeDate(dialog.getByLabel(m.deadlines.dialog.startedOn, { exact: true }));
  await expect(dialog.getByTestId('preview-due')).toBeVisible();
  await saveDialog(page, dialog, m.deadlines.dialog.save);

  const saved = (await vault.call('deadlines:list', { caseId })).deadlines;
  expect(saved.find((d) => d.ruleId === 'removal-appeal' && d.start?.kind === 'notification')).toMatchObject({
    start: { kind: 'notification', date: ISO },
    dueOn: ISO,
  });
  expect(saved.find((d) => d.ruleId === null)).toMatchObject({ title: 'Vekaletname', dueOn: ISO });
  expect(saved.find((d) => d.ruleId === 'detention-max-removal')?.start).toEqual({ kind: 'detention', startedOn: ISO });

  // --- Hearing ---
  await section.getByRole('button', { name: m.hearings.add, exact: true }).click();
  const hearing = page.getByTestId('add-hearing-dialog');
  await typeDate(hearing.getByLabel(m.hearings.date, { exact: true }));
  await hearing.getByLabel(m.hearings.time, { exact: true }).fill('10:00');
  await saveDialog(page, hearing, m.hearings.save);
  expect((await vault.call('hearings:list', { caseId })).hearings).toMatchObject([{ startsAt: `${ISO}T10:00` }]);

  // --- Document date ---
  const docs = page.getByTestId('documents-section');
  const chooser = page.waitForEvent('filechooser');
  await docs.getByRole('button', { name: m.documents.add, exact: true }).click();
  await (await chooser).setFiles({ name: 'karar.png', mimeType: 'image/png', buffer: PNG_1X1 });
  const upload = page.getByTestId('upload-dialog');
  await typeDate(upload.getByLabel(m.documents.upload.date, { exact: true }));
  await upload.getByRole('button', { name: m.documents.upload.submit, exact: true }).click();
  await expect(upload).toHaveCount(0);
  expect((await vault.call('documents:list', { caseId })).documents).toMatchObject([{ documentDate: ISO }]);

  // --- Case: opened and closed ---
  await page.getByRole('button', { name: m.cases.edit, exact: true }).click();
  await typeDate(page.getByLabel(m.cases.openedOn, { exact: true }));
  await page.getByLabel(m.cases.status, { exact: true }).selectOption('closed');
  await typeDate(page.getByLabel(m.cases.closedOn, { exact: true }));
  await page.getByRole('button', { name: m.cases.save, exact: true }).click();
  await expect(page.getByText(m.cases.saved)).toBeVisible();
  expect((await vault.call('cases:get', { id: caseId })).case).toMatchObject({ openedOn: ISO, closedOn: ISO });

  // --- Client edit: date of birth, a need's "since", a consent given and withdrawn ---
  await goToClients(page, m);
  await clientRows(page).first().click();
  await page.getByRole('button', { name: m.clients.edit }).click();
  await typeDate(page.getByLabel(m.form.dateOfBirth, { exact: true }));
  const needs = page.getByRole('group', { name: m.form.vulnerabilities, exact: true });
  await needs.getByRole('button', { name: m.form.addVulnerability, exact: true }).click();
  await typeDate(needs.getByLabel(m.form.vulnerabilitySince, { exact: true }));
  const consents = page.getByRole('group', { name: m.form.consents, exact: true });
  await consents.getByRole('button', { name: m.form.addConsent, exact: true }).click();
  await typeDate(consents.getByLabel(m.form.consentGivenOn, { exact: true }));
  await consents.getByLabel(m.form.consentScope, { exact: true }).fill('Dava takibi');
  await typeDate(consents.getByLabel(m.form.consentWithdrawnOn, { exact: true }));
  await page.getByRole('button', { name: m.clients.save, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: m.clients.saved })).toBeVisible();
  const edited = (await vault.call('clients:get', { id: clientId })).client;
  expect(edited.dateOfBirth).toEqual({ precision: 'exact', date: ISO });
  expect(edited.vulnerabilities).toMatchObject([{ since: ISO }]);
  expect(edited.consents).toMatchObject([{ givenOn: ISO, withdrawnOn: ISO }]);
}

test.describe('English OS locale (en-US), English interface', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });
  test('ACCEPTANCE 3: 01.03.2026 in every date field reaches the backend as 2026-03-01 (en-US)', async ({
    page,
    vault,
  }) => {
    test.setTimeout(180_000);
    await everyDateField(page, vault, 'en');
  });
});

test.describe('Turkish OS locale (tr-TR), Turkish interface', () => {
  test.use({ locale: 'tr-TR' });
  test('ACCEPTANCE 3: 01.03.2026 in every date field reaches the backend as 2026-03-01 (tr-TR)', async ({
    page,
    vault,
  }) => {
    test.setTimeout(180_000);
    await everyDateField(page, vault, 'tr');
  });
});

test.describe('the date field refuses what it cannot read for sure', () => {
  test.use({ locale: 'en-US' });
  test('month-first, impossible and two-digit-year dates are refused with a reason; dd/mm/yyyy and the calendar work', async ({
    page,
    vault,
  }) => {
    const m = messages.en;
    await vault.call('vault:setLanguage', { language: 'en' });
    await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
    await page.goto('/');
    await goToClients(page, m);
    await page.getByRole('button', { name: m.clients.newClient }).first().click();
    const dob = page.getByLabel(m.form.dateOfBirth, { exact: true });
    await expect(dob).toHaveAttribute('placeholder', m.dateField.placeholderOrYear);
    for (const [typed, reason] of [
      ['03/15/2026', m.dateField.errors.monthFirst],
      ['31/02/2026', m.dateField.errors.impossible],
      ['01/03/26', m.dateField.errors.ambiguousYear],
      ['March 1', m.dateField.errors.format],
    ] as const) {
      await dob.fill(typed);
      await dob.press('Tab');
      await expect(dob).toHaveAttribute('aria-invalid', 'true');
      await expect(dob).toHaveAccessibleDescription(new RegExp(reason.replace(/[().]/g, '\\$&')));
    }
    // Day first with slashes, echoed in words so a swap would be seen.
    await dob.fill('01/03/2026');
    await dob.press('Tab');
    await expect(dob).not.toHaveAttribute('aria-invalid', 'true');
    await expect(dob).toHaveAccessibleDescription(/Sunday, 1 March 2026/);
    // The calendar: Monday first, a click fills the field.
    await dob.fill('');
    await page.getByRole('button', { name: m.dateField.openCalendar }).first().click();
    const calendar = page.getByRole('dialog', { name: `${m.form.dateOfBirth} — calendar` });
    await expect(calendar.locator('.rdp-weekday').first()).toHaveText('Mo');
    await calendar.getByRole('combobox').first().selectOption({ label: 'March' });
    await calendar.getByRole('combobox').nth(1).selectOption('2026');
    await calendar.getByRole('button', { name: 'Sunday, 1 March 2026' }).click();
    await expect(calendar).toBeHidden();
    await expect(dob).toHaveValue('01/03/2026');
  });
});
