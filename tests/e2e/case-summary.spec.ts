/**
 * The printable case summary (issue 17): from the case page, "Print summary" opens a page with the
 * case's facts, deadlines, hearings, other people, tasks and notes (no documents); printed, the
 * app's frame and the buttons are gone. Screens on screen and as print media. Synthetic names only.
 */
import { scaled } from '../helpers/timing';
import { ISMAIL, openUnlocked, seedClientWithCase } from './clients-support';
import { expect, test } from './fixtures';
import { CaseListPage } from './pages/cases';
import { saveScreen } from './screens';

test('case summary (tr): the case on one printable page, without the app around it', async ({ page, vault }) => {
  test.setTimeout(scaled(40_000));
  const m = await openUnlocked(page, vault, 'tr');
  const { caseId } = await seedClientWithCase(vault, ISMAIL);
  await vault.call('deadlines:add', {
    caseId,
    ruleId: 'removal-appeal',
    start: { kind: 'notification', date: '2025-01-20' },
  });
  await vault.call('hearings:add', {
    caseId,
    kind: 'hearing',
    startsAt: '2027-05-20T10:30',
    court: 'İstanbul 5. İdare Mahkemesi',
  });
  await vault.call('persons:add', { caseId, role: 'relative', name: 'Mariam Rahimi' });
  await vault.call('tasks:add', { caseId, title: 'Tercüman ayarla', dueOn: '2027-05-10' });
  await vault.call('notes:add', { caseId, body: 'Müvekkil geri gönderme merkezinde görüşüldü.' });
  await vault.backend.documents.add(
    { caseId, title: 'GİZLİ-BELGE-BAŞLIĞI', category: 'other' },
    { kind: 'bytes', chunks: [Buffer.from('x')], originalName: 'x.txt', mediaType: 'text/plain' },
  );

  const list = new CaseListPage(page, 'tr');
  await list.open();
  await list.openCase('İsmail El Hasan');
  await page.getByRole('button', { name: m.caseSummary.open }).click();
  const summary = page.locator('article.case-summary');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(m.caseSummary.title) })).toBeVisible();
  await expect(summary).toContainText('İsmail El Hasan');
  await expect(summary).toContainText(m.caseTypes['removal-appeal']);
  await expect(summary).toContainText('20.05.2027 10:30');
  await expect(summary).toContainText('İstanbul 5. İdare Mahkemesi');
  await expect(summary).toContainText('Mariam Rahimi');
  await expect(summary).toContainText('Tercüman ayarla');
  await expect(summary).toContainText('Müvekkil geri gönderme merkezinde görüşüldü.');
  await expect(summary.getByRole('table').first().getByRole('row')).toHaveCount(2);
  // No documents on the paper file.
  await expect(summary).not.toContainText('GİZLİ-BELGE-BAŞLIĞI');
  await saveScreen(page, 'case-summary-01-screen', 'tr');

  // As printed: the menu, the lock button and the page's own buttons are not on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.topbar')).toBeHidden();
  await expect(page.getByTestId('overdue-banner')).toBeHidden();
  await expect(page.getByRole('button', { name: m.caseSummary.print })).toBeHidden();
  await expect(summary).toContainText('Mariam Rahimi');
  await saveScreen(page, 'case-summary-02-print', 'tr');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: new RegExp(m.caseSummary.back) }).click();
  await expect(page.getByRole('button', { name: m.cases.edit, exact: true })).toBeVisible();
});
