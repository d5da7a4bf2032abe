/**
 * Issue 12, acceptance 5: screenshots in Turkish and English of the add-deadline dialog with the
 * recess choice, the quick-intake preview of the first deadline, and the agenda with internal
 * deadlines — saved under test-results/screens/<lang>/ like the other screens. On the way, the
 * agenda's "Takvime aktar" writes an .ics through the (test) save dialog with no client name.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../src-main/shared/schemas/vault';
import { goToClients } from './clients-support';
import { deadlinesSection, dmy, isoDay, messages } from './deadlines-support';
import { expect, test, TEST_PASSPHRASE, type VaultHarness } from './fixtures';
import { saveScreen } from './screens';

async function seed(vault: VaultHarness, lang: Language): Promise<string> {
  await vault.call('vault:setLanguage', { language: lang });
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  const { caseId } = await vault.call('intake:create', {
    client: { givenName: 'Leyla', familyName: 'Haddad', nationality: 'SY' },
    case: { type: 'residence-permit', status: 'active', openedOn: isoDay(-20), title: 'Haddad — ikamet izni' },
  });
  const removal = await vault.call('intake:create', {
    client: { givenName: 'Omar', familyName: 'Farah', nationality: 'SO' },
    case: {
      type: 'removal-appeal',
      status: 'active',
      openedOn: isoDay(-2),
      fileNumbers: [{ kind: 'esas', value: '2026/481' }],
    },
  });
  // Removal appeals notified 2 and 1 days ago: due within the week, internal targets before.
  for (const back of [-2, -1]) {
    await vault.call('deadlines:add', {
      caseId: removal.caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: isoDay(back) },
      internalWorkingDays: 2,
    });
  }
  await vault.call('hearings:add', {
    caseId: removal.caseId,
    kind: 'hearing',
    court: 'İstanbul 3. İdare Mahkemesi',
    startsAt: `${isoDay(4)}T10:30`,
  });
  return caseId;
}

// Tall enough that the dialog shows the recess choice and the computed date together.
test.use({ viewport: { width: 1280, height: 1400 } });

for (const lang of ['tr', 'en'] as const) {
  const m = messages[lang];

  test(`issue 12 screens (${lang}): add-deadline with the recess choice, intake preview, agenda with internal deadlines`, async ({
    page,
    vault,
    exportDir,
  }) => {
    test.setTimeout(120_000);
    await seed(vault, lang);
    await page.goto('/');

    // The agenda: internal deadlines next to the legal ones, and the calendar export.
    await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible();
    const internal = page.locator('[data-testid="agenda-item"][data-kind="internal"]');
    await expect(internal.first()).toContainText(m.agenda.kinds.internal);
    await expect(internal.first()).toContainText(m.agendaAids.legalDue.split(' {{')[0]!);
    await saveScreen(page, 'deadlines-12-agenda-internal', lang);
    await page.getByRole('button', { name: m.agendaExport.button, exact: true }).click();
    await expect(page.getByTestId('agenda-export').getByRole('status')).toContainText(/\d/);
    const [file] = await readdir(exportDir);
    const ics = await readFile(path.join(exportDir, file!), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    for (const name of ['Omar', 'Farah', 'Leyla', 'Haddad']) expect(ics).not.toContain(name);

    // The add-deadline dialog: a 60-day period ending in the judicial recess, court not known.
    await page.getByRole('button', { name: m.nav.cases, exact: true }).click();
    await page.getByTestId('case-row').filter({ hasText: 'Haddad' }).click();
    const section = deadlinesSection(page);
    await section.getByRole('button', { name: m.deadlines.add, exact: true }).click();
    const dialog = page.getByTestId('add-deadline-dialog');
    await dialog.getByLabel(m.deadlines.dialog.rule).selectOption('residence-permit');
    await expect(dialog.getByTestId('recess-choice')).toBeVisible();
    const notified = `${new Date().getFullYear() - (new Date().getMonth() < 6 ? 1 : 0)}-06-15`;
    await dialog.getByLabel(m.deadlines.dialog.notifiedOn, { exact: true }).fill(dmy(notified));
    await dialog.getByLabel(m.deadlines.dialog.notifiedOn, { exact: true }).press('Tab');
    await expect(dialog.getByTestId('preview-due')).toBeVisible();
    await expect(dialog.getByTestId('warnings')).toContainText(lang === 'tr' ? 'adli tatil' : 'judicial recess');
    await expect(dialog.getByTestId('preview-internal')).toBeVisible();
    // The recess choice and the computed date together in view.
    await dialog.getByTestId('preview-due').scrollIntoViewIfNeeded();
    await saveScreen(page, 'deadlines-10-add-dialog-recess', lang);
    await dialog.getByLabel(m.deadlines.dialog.recessOptions.taken).check();
    await expect(dialog.getByTestId('preview-due')).toContainText('07.09.');
    await dialog.getByRole('button', { name: m.deadlines.cancel, exact: true }).click();
    await page.getByTestId('discard-dialog').getByRole('button', { name: m.deadlines.discard.leave }).click();

    // Quick intake: the first deadline before saving.
    await goToClients(page, m);
    await page.getByRole('button', { name: m.clients.newClient }).first().click();
    await page.getByLabel(m.form.givenName, { exact: true }).fill('Amina');
    await page.getByLabel(m.form.caseType).selectOption('removal-appeal');
    const first = page.getByTestId('intake-deadline');
    await first.getByLabel(m.deadlines.dialog.notifiedOn, { exact: true }).fill(dmy(isoDay(-1)));
    await first.getByLabel(m.deadlines.dialog.notifiedOn, { exact: true }).press('Tab');
    await expect(first.getByTestId('preview-due')).toBeVisible();
    await expect(first.getByTestId('basis')).toBeVisible();
    await saveScreen(page, 'deadlines-11-intake-preview', lang);
  });
}
