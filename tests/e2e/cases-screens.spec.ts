/**
 * Screenshots of the case list, the case page with its timeline, and the add/edit forms, in
 * Turkish and English, for human review (test-results/screens/<lang>/cases-*.jpg). Each step
 * also asserts what the picture should show, so a broken screen fails here too.
 */
import { expect, test, type VaultHarness } from './fixtures';
import { isoDay, messages, openCaseFromList, seedFamilyCase, type Lang } from './cases-seed';
import { saveScreen as save } from './screens';
import type { Page } from '@playwright/test';
import { scaled } from '../helpers/timing';

/** Full-page shots from the top, so the app's sticky top bar is drawn where it belongs. */
async function saveScreen(page: Page, name: string, lang: Lang): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await save(page, name, lang);
}

async function seedRichVault(vault: VaultHarness): Promise<string> {
  const { caseId, clientId } = await seedFamilyCase(vault, {
    title: 'Tuzla GGM — sınır dışı etme itirazı',
    stage: 'first-instance',
    authority: { kind: 'removal-centre', name: 'Tuzla Geri Gönderme Merkezi' },
    court: 'İstanbul 5. İdare Mahkemesi',
    fileNumbers: [
      { kind: 'esas', value: '2025/1234' },
      { kind: 'karar', value: '2025/567' },
    ],
    opposingParty: 'İstanbul Valiliği (İl Göç İdaresi Müdürlüğü)',
    tags: ['acil', 'gözetim'],
  });
  await vault.call('cases:create', {
    case: {
      clientIds: [clientId],
      type: 'administrative-detention',
      status: 'pending-decision',
      openedOn: isoDay(-40),
    },
  });
  const other = await vault.call('intake:create', {
    client: { givenName: 'Amina', familyName: 'Rahimi', nationality: 'AF' },
    case: { type: 'international-protection', status: 'intake', openedOn: isoDay(-3) },
    otherClientIds: [],
  });
  await vault.call('tasks:add', { caseId: other.caseId, title: 'Mülakat hazırlığı', dueOn: isoDay(-2) });
  await vault.call('clients:create', { client: { givenName: 'Muhammed', familyName: 'El Hassan' } });

  await vault.call('time:add', {
    caseId,
    workedOn: isoDay(-4),
    minutes: 150,
    description: 'Dava dilekçesi yazıldı',
    proBono: true,
  });
  await vault.call('activities:add', {
    caseId,
    kind: 'removal-centre-visit',
    occurredOn: isoDay(-3),
    durationMinutes: 120,
    summary: 'Müvekkille tercüman eşliğinde görüşüldü; vekâletname imzalandı.',
  });
  await vault.call('activities:add', { caseId, kind: 'petition-filed', occurredOn: isoDay(-2) });
  await vault.call('tasks:add', { caseId, title: 'Yürütmeyi durdurma kararını takip et', dueOn: isoDay(3) });
  await vault.call('notes:add', {
    caseId,
    body: 'Müvekkil **12 gündür** gözetimde.\n\n- Eşi Fatma ile görüşüldü\n- Pasaport fotokopisi dosyada\n\nSonraki adım: [UYAP](https://uyap.gov.tr) üzerinden dosyayı kontrol et.',
  });
  return caseId;
}

for (const lang of ['tr', 'en'] as const satisfies readonly Lang[]) {
  test(`case screens (${lang})`, async ({ page, vault }) => {
    test.setTimeout(scaled(60_000));
    const m = messages[lang];
    await seedRichVault(vault);
    await vault.call('vault:setLanguage', { language: lang });

    await page.goto('/');
    await page.getByRole('button', { name: m.nav.cases, exact: true }).click();
    await expect(page.getByTestId('case-row')).toHaveCount(3);
    await saveScreen(page, 'cases-01-list', lang);

    await page.getByRole('button', { name: m.caseStatus.intake, exact: true }).click();
    await expect(page.getByTestId('case-row')).toHaveCount(1);
    await saveScreen(page, 'cases-02-list-filtered', lang);
    await page.getByRole('button', { name: m.cases.clearFilters }).first().click();

    await openCaseFromList(page, lang, 'Tuzla GGM');
    await expect(page.getByTestId('timeline').locator(':scope > li')).toHaveCount(5);
    await saveScreen(page, 'cases-03-case-page', lang);

    const forms = [
      ['cases-04-add-note', m.timeline.addNote],
      ['cases-05-add-activity', m.timeline.addActivity],
      ['cases-06-add-task', m.timeline.addTask],
      ['cases-07-add-time', m.timeline.addTime],
    ] as const;
    for (const [name, label] of forms) {
      await page.getByRole('button', { name: label, exact: true }).click();
      await expect(page.locator('#timeline-add-panel form')).toBeVisible();
      await page.locator('#timeline-add-panel').scrollIntoViewIfNeeded();
      await saveScreen(page, name, lang);
      await page.getByRole('button', { name: label, exact: true }).click();
    }

    await page.getByRole('button', { name: m.timeline.addActivity, exact: true }).click();
    await page.getByLabel(m.timeline.duration, { exact: true }).fill('25:00');
    await page.getByRole('button', { name: m.timeline.saveActivity, exact: true }).click();
    await expect(page.getByText(m.validation.duration.tooLong)).toBeVisible();
    await saveScreen(page, 'cases-08-activity-invalid', lang);
    await page.getByRole('button', { name: m.timeline.cancel, exact: true }).click();

    await page.getByRole('button', { name: m.cases.edit, exact: true }).click();
    await expect(page.getByLabel(m.cases.title, { exact: true })).toBeVisible();
    await saveScreen(page, 'cases-09-edit-case', lang);
    await page.getByRole('button', { name: m.cases.cancel, exact: true }).click();

    const parties = page.getByRole('region', { name: m.persons.title, exact: true });
    await parties.getByRole('button', { name: m.persons.add, exact: true }).click();
    await parties.getByLabel(m.persons.name, { exact: true }).fill('Mohammad Al-Hasan');
    await parties.getByRole('button', { name: m.persons.check, exact: true }).click();
    await expect(parties.getByTestId('conflict-matches')).toBeVisible();
    await saveScreen(page, 'cases-10-person-conflict', lang);
  });
}
