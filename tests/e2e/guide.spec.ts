/**
 * Issue 16 on the case page: in the demo vault, a removal case shows "What to do next" with the
 * next open step first; one click creates the step's task, the next one links the deadline the
 * engine computed; the panel hides and comes back. Screens in Turkish and English.
 */
import { expect, test, type VaultHarness } from './fixtures';
import PizZip from 'pizzip';
import { displayDay, isoDay, messages, openCaseFromList } from './cases-seed';

/** 2027-05-20 → 20.05.2027. */
const displayIso = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

/**
 * A demo removal case whose file number shows on one row only, preferably one without a
 * removal-appeal deadline yet, so the guide's click computes it. Its notification (tebligat) is
 * recorded through the backend, as a lawyer would have done on the case page.
 */
async function demoRemovalCase(
  vault: VaultHarness,
): Promise<{ caseId: string; name: string; client: string; hadDeadline: boolean }> {
  await vault.call('vault:createDemo', { clients: 40 });
  const all = (await vault.call('cases:list', { limit: 500 })).rows;
  const candidates: Array<{ caseId: string; name: string; client: string; hadDeadline: boolean }> = [];
  for (const c of all.filter((r) => r.type === 'removal-appeal' && r.status !== 'closed')) {
    // The row is found by its court file number, shown on one row only.
    const name = c.fileNumbers[0]?.value;
    if (!name || all.filter((o) => o.fileNumbers.some((x) => x.value === name)).length !== 1) continue;
    const deadlines = (await vault.call('deadlines:list', { caseId: c.id })).deadlines;
    candidates.push({
      caseId: c.id,
      name,
      client: c.clients[0]?.name ?? '',
      hadDeadline: deadlines.some((d) => d.ruleId === 'removal-appeal' && !d.doneAt),
    });
  }
  const chosen = candidates.find((c) => !c.hadDeadline) ?? candidates[0];
  if (!chosen) throw new Error('the demo vault has no removal case with a file number of its own');
  await vault.call('notifications:add', {
    caseId: chosen.caseId,
    subject: 'Sınır dışı etme kararı',
    recipient: 'client',
    method: 'hand',
    servedOn: isoDay(-2),
  });
  return chosen;
}

test('demo removal case: the guide’s first steps create the task and link the computed deadline; hide and show', async ({
  page,
  vault,
}) => {
  test.setTimeout(scaled(90_000));
  const { caseId, name, client, hadDeadline } = await demoRemovalCase(vault);
  const m = messages.tr;
  await openCaseFromList(page, 'tr', name);
  const panel = page.getByRole('region', { name: m.guide.title, exact: true });
  const next = panel.getByRole('heading', { name: new RegExp(m.guide.next) }).locator('..');
  await expect(next).toContainText('Kararı ve tebliğ belgesini edinin');
  await saveScreen(page, 'guide-01-case-page', 'tr');

  await next.getByRole('button', { name: m.guide.createTask, exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText(m.guide.taskCreated);
  await expect(next).toContainText('7 günlük dava süresini kaydedin');
  await expect(page.getByTestId('timeline')).toContainText('Kararı ve tebliğ belgesini edinin');

  const before = (await vault.call('deadlines:list', { caseId })).deadlines.filter(
    (d) => d.ruleId === 'removal-appeal',
  );
  await next.getByRole('button', { name: m.guide.createDeadline, exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText(m.guide.deadlineCreated);
  await expect(next).toContainText('Müvekkile ne imzaladığını kendi dilinde sorun');
  const view = await vault.call('playbooks:forCase', { caseId });
  expect(view.steps.slice(0, 2)).toMatchObject([
    { id: 'get-decision', state: 'done', taskId: expect.any(String) },
    { id: 'compute-deadline', state: 'done', deadlineId: expect.any(String) },
  ]);
  const after = (await vault.call('deadlines:list', { caseId })).deadlines.filter((d) => d.ruleId === 'removal-appeal');
  // A new deadline from the notification two days ago, or the one the case had, never a second.
  expect(after).toHaveLength(hadDeadline ? before.length : 1);
  const linked = after.find((d) => d.id === view.steps[1]?.deadlineId);
  if (!hadDeadline) expect(linked).toMatchObject({ start: { kind: 'notification', date: isoDay(-2) } });
  expect(linked?.explanation?.steps.tr.length).toBeGreaterThan(0);

  await panel
    .getByText(m.guide.allSteps.replace('{{done}}', '2').replace('{{total}}', String(view.steps.length)))
    .click();
  await saveScreen(page, 'guide-02-all-steps', 'tr');
  await panel.getByRole('button', { name: m.guide.hide, exact: true }).click();
  await expect(panel).toContainText(m.guide.hiddenNote);
  expect((await vault.call('playbooks:forCase', { caseId })).hidden).toBe(true);
  await panel.getByRole('button', { name: m.guide.show, exact: true }).click();
  await expect(next).toBeVisible();

  // The petition draft: what the case lacks is asked for, then the .docx is saved as a document.
  const p = m.guide.petitions;
  await panel.getByRole('button', { name: p.open, exact: true }).click();
  const dialog = page.getByTestId('petition-dialog');
  await dialog.getByRole('radio', { name: 'Sınır dışı etme kararına karşı iptal' }).check();
  const missing = dialog.getByTestId('petition-missing');
  await expect(missing).toBeVisible();
  await saveScreen(page, 'guide-03-petition-dialog', 'tr');
  const typed: Record<string, string> = {
    decisionDate: displayDay(-3),
    decisionNumber: 'E-12345678-155.01-9876',
    courtName: 'ŞANLIURFA 1. İDARE MAHKEMESİ',
    authority: 'Şanlıurfa Valiliği İl Göç İdaresi Müdürlüğü',
    lawyerName: 'Ayşe Demir',
    clientIdNumber: '99123456780',
    clientAddress: 'Şanlıurfa Geri Gönderme Merkezi',
    clientNationality: 'Suriye',
    place: 'Şanlıurfa',
  };
  for (const [field, value] of Object.entries(typed)) {
    const input = missing.getByLabel(p.fields[field as keyof typeof p.fields], { exact: true });
    if ((await input.count()) === 1) await input.fill(value);
  }
  await dialog.getByRole('button', { name: p.generate, exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveText(p.generated.replace('{{version}}', '1'));
  const documents = page.getByTestId('documents-section');
  await expect(documents.getByTestId('document-row')).toContainText('Taslak: Sınır dışı etme kararına karşı iptal');

  // Read back with a docx reader: the client's name, the decision date and the computed deadline.
  const [doc] = (await vault.call('documents:list', { caseId })).documents;
  const { versions } = await vault.call('documents:versions', { documentId: doc!.id });
  const opened = await vault.backend.documents.openStream(versions[0]!.id);
  const parts: Buffer[] = [];
  for await (const chunk of opened.chunks) parts.push(Buffer.from(chunk));
  const xml = new PizZip(Buffer.concat(parts)).file('word/document.xml')!.asText();
  const deadline = (await vault.call('deadlines:list', { caseId })).deadlines.find(
    (d) => d.id === view.steps[1]?.deadlineId,
  );
  expect(xml).toContain(client);
  expect(xml).toContain(`${displayDay(-3)} tarihli ve E-12345678-155.01-9876 sayılı`);
  expect(xml).toContain(`son günü: ${displayIso(deadline!.dueOn)}`);

  // The glossary, filtered.
  await panel.getByRole('button', { name: m.guide.glossary.open, exact: true }).click();
  const glossary = page.getByTestId('glossary-dialog');
  await glossary.getByLabel(m.guide.glossary.filter, { exact: true }).fill('gözetim');
  await expect(glossary.locator('dt')).toContainText(['İdari gözetim']);
  await saveScreen(page, 'guide-05-glossary', 'tr');
  await glossary.getByRole('button', { name: m.guide.glossary.close, exact: true }).click();

  // The client note: Arabic chosen, saved as a PDF document of the case.
  await panel.getByRole('button', { name: m.guide.clientNote.open, exact: true }).click();
  const noteDialog = page.getByTestId('client-note-dialog');
  await noteDialog.getByLabel(m.guide.clientNote.language, { exact: true }).selectOption('ar');
  await saveScreen(page, 'guide-04-client-note-dialog', 'tr');
  await noteDialog.getByRole('button', { name: m.guide.clientNote.generate, exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText(m.guide.clientNote.generated);
  expect((await vault.call('documents:list', { caseId })).documents.map((d) => d.language)).toContain('ar');

  // The same page in English.
  await vault.call('vault:setLanguage', { language: 'en' });
  const en = messages.en;
  await openCaseFromList(page, 'en', name);
  const enPanel = page.getByRole('region', { name: en.guide.title, exact: true });
  await expect(enPanel).toContainText('Ask the client, in their language, what they signed');
  await saveScreen(page, 'guide-01-case-page', 'en');
  await enPanel.getByRole('button', { name: en.guide.petitions.open, exact: true }).click();
  await page.getByTestId('petition-dialog').getByRole('radio').first().check();
  await expect(page.getByTestId('petition-dialog')).toContainText(en.guide.petitions.fromCase);
  await saveScreen(page, 'guide-03-petition-dialog', 'en');
  await page
    .getByTestId('petition-dialog')
    .getByRole('button', { name: en.guide.petitions.cancel, exact: true })
    .click();
  await enPanel.getByRole('button', { name: en.guide.glossary.open, exact: true }).click();
  await expect(page.getByTestId('glossary-dialog')).toContainText('Stay of execution');
  await saveScreen(page, 'guide-05-glossary', 'en');
  await page.getByTestId('glossary-dialog').getByRole('button', { name: en.guide.glossary.close, exact: true }).click();
  await enPanel.getByRole('button', { name: en.guide.clientNote.open, exact: true }).click();
  await expect(page.getByTestId('client-note-dialog')).toContainText(en.guide.clientNote.title);
  await saveScreen(page, 'guide-04-client-note-dialog', 'en');
});
