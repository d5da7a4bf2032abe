/**
 * Issue 14 on the lists and the client page: the case list's "next deadline" column and sort and
 * its "New case" button; "New case for this client" on the client page (a second case, not a
 * second client) with empty fields hidden; the stay of execution in the case header. Each path
 * checks the backend's state; the audit log names no one.
 */
import { expect, test } from './fixtures';
import { displayDay, isoDay, messages, openCaseFromList, seedFamilyCase } from './cases-seed';
import { PNG_1X1 } from './documents-files';
import { CaseListPage } from './pages/cases';
import { saveScreen } from './screens';

const m = messages.tr;
const c = m.casework;

test('case list: next deadline column sorted nearest first; New case; client page opens a second case', async ({
  page,
  vault,
}) => {
  const { caseId, clientId } = await seedFamilyCase(vault);
  const other = await vault.call('intake:create', {
    client: { givenName: 'Ahmad', familyName: 'Karimi', nationality: 'AF' },
    case: { type: 'residence-permit', status: 'active', openedOn: isoDay(-2) },
  });
  await vault.call('deadlines:add', { caseId, title: 'Dilekçe', dueOn: isoDay(12), reason: 'Mahkeme yazısı' });
  await vault.call('deadlines:add', {
    caseId: other.caseId,
    title: 'Beyan',
    dueOn: isoDay(3),
    reason: 'Mahkeme yazısı',
  });
  await vault.call('stays:add', { caseId, stay: { requestedOn: isoDay(-3) } });

  await page.goto('/');
  const list = new CaseListPage(page, 'tr');
  await list.open();
  await expect(list.row('İsmail Yılmaz').getByTestId('case-next-deadline')).toContainText(displayDay(12));
  await page.getByRole('button', { name: c.list.nextDeadline, exact: true }).click();
  await expect(page.getByRole('columnheader', { name: c.list.nextDeadline })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByTestId('case-row').first()).toContainText('Ahmad Karimi');
  await saveScreen(page, '67-case-list-next-deadline', 'tr');
  const byDeadline = await vault.call('cases:list', { offset: 0, limit: 10, sort: 'deadline' });
  expect(byDeadline.rows.map((r) => [r.id, r.nextDeadline])).toEqual([
    [other.caseId, isoDay(3)],
    [caseId, isoDay(12)],
  ]);

  // The case header says where the stay of execution stands.
  await list.openCase('İsmail Yılmaz');
  await expect(page.getByTestId('case-stay')).toHaveText(
    c.stayInHeader.replace('{{decision}}', c.stays.decisions.pending).replace('{{date}}', displayDay(-3)),
  );

  // "New case" on the list leads to quick intake.
  await list.open();
  await page.getByRole('button', { name: c.list.newCase, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.intake.title })).toBeVisible();

  // The client page: empty fields hidden; a second case on the same client.
  await list.open();
  await list.openCase('İsmail Yılmaz');
  await page.getByRole('button', { name: m.cases.openClient.replace('{{name}}', 'İsmail Yılmaz') }).click();
  const profile = page.getByTestId('client-profile');
  await expect(profile).toBeVisible();
  await expect(page.getByText(m.clients.notRecorded, { exact: true })).toHaveCount(1);
  await expect(profile.getByText(m.form.fatherName, { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: c.newCase.button, exact: true }).click();
  const form = page.getByRole('form', { name: c.newCase.button });
  await form.getByLabel(c.newCase.type, { exact: true }).selectOption('residence-permit');
  await saveScreen(page, '68-client-new-case', 'tr');
  await form.getByRole('button', { name: c.save, exact: true }).click();
  await expect(page.getByRole('region', { name: c.title, exact: true })).toBeVisible();

  expect((await vault.call('clients:list', {})).total).toBe(3);
  const client = await vault.call('clients:get', { id: clientId });
  expect(client.cases.map((x) => x.type).sort()).toEqual(['removal-appeal', 'residence-permit']);
  const rows = await vault.backend.vault.db().selectFrom('audit_event').selectAll().execute();
  expect(JSON.stringify(rows)).not.toMatch(/İsmail|Yılmaz|Ahmad|Karimi|Dilekçe|Beyan/);
});

test('the case page puts deadlines above the timeline; the image viewer zooms and rotates (English)', async ({
  page,
  vault,
}) => {
  await vault.call('vault:setLanguage', { language: 'en' });
  const { caseId } = await seedFamilyCase(vault);
  const en = messages.en;
  await vault.backend.documents.add(
    { caseId, title: 'Notice scan', category: 'decision' },
    { kind: 'bytes', chunks: [PNG_1X1], originalName: 'notice.png', mediaType: 'image/png' },
  );
  const casePage = await openCaseFromList(page, 'en', 'İsmail Yılmaz');
  const deadlinesTop = (await casePage.deadlines.boundingBox())?.y ?? Infinity;
  const timelineTop = (await page.getByRole('region', { name: en.timeline.title, exact: true }).boundingBox())?.y ?? 0;
  expect(deadlinesTop).toBeLessThan(timelineTop);

  await casePage
    .documentRows('Notice scan')
    .getByRole('button', { name: en.documents.actions.view, exact: true })
    .click();
  const viewer = page.getByTestId('viewer-dialog');
  await expect(viewer.getByTestId('image-view')).toBeVisible();
  await viewer.getByRole('button', { name: en.casework.viewer.zoomIn, exact: true }).click();
  await expect(viewer.getByTestId('viewer-zoom')).toHaveText('125%');
  await viewer.getByRole('button', { name: en.casework.viewer.rotate, exact: true }).click();
  await expect(viewer.getByTestId('viewer-stage')).toHaveAttribute('data-rotation', '90');
  await saveScreen(page, '69-viewer-zoom-rotate', 'en');
});
