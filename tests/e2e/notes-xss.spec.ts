/**
 * A note is the one place where a lawyer pastes arbitrary text (e-mails, petition drafts,
 * whatever a client sent). HTML in it must show as the characters typed and never run; a
 * Markdown link or image must be text, so the app can never navigate away or fetch anything.
 */
import { expect, test } from './fixtures';
import { fmt, messages, openCaseFromList, seedFamilyCase } from './cases-seed';

const m = messages.tr;

const PAYLOAD = [
  '<img src=x onerror=alert(1)>',
  '',
  '<script>window.__pwned=1</script>',
  '',
  'Bkz. [karar metni](https://example.org/karar) ve ![resim](https://example.org/x.png)',
  '',
  '[tehlikeli](javascript:window.__pwned=2) **kalın**',
].join('\n');

test('a note with HTML, script and Markdown links renders as text; nothing executes or navigates', async ({
  page,
  vault,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(page.url() || 'http://127.0.0.1').origin)) requests.push(request.url());
  });

  const { caseId } = await seedFamilyCase(vault);
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const appUrl = page.url();

  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });

  await page.getByRole('button', { name: m.timeline.addNote, exact: true }).click();
  await page.getByLabel(m.timeline.noteBody, { exact: true }).fill(PAYLOAD);
  await page.getByRole('button', { name: m.timeline.saveNote, exact: true }).click();

  const note = page.getByTestId('timeline').locator('[data-type="note"]');
  await expect(note).toHaveCount(1);
  // The HTML is there, as text.
  await expect(note).toContainText('<img src=x onerror=alert(1)>');
  await expect(note).toContainText('<script>window.__pwned=1</script>');
  // Links and images are text (a link keeps its address in brackets); Markdown still works.
  await expect(note).toContainText('karar metni (https://example.org/karar)');
  await expect(note).toContainText('resim');
  await expect(note.locator('strong')).toHaveText('kalın');
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('img, script, a, iframe, object, embed, svg, [href], [src], [onerror]')).toHaveCount(0);

  // Clicking the link text goes nowhere.
  await note.getByText('karar metni').click();
  await note.getByText('tehlikeli').click();
  // A navigation or script started by those clicks would begin in their event tasks; two
  // animation frames later the page has run them (a condition, not a timed wait).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(navigations).toEqual([]);
  expect(page.url()).toBe(appUrl);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(requests.filter((url) => url.includes('example.org'))).toEqual([]);

  // Stored exactly as typed.
  const stored = (await vault.call('timeline:list', { caseId })).items.find((i) => i.type === 'note');
  expect(stored).toMatchObject({ body: PAYLOAD });

  // Editing keeps it as text too, and a page reload (re-render from the backend) is still safe.
  await note.getByRole('button', { name: m.timeline.editNote, exact: true }).click();
  const editor = page.getByLabel(m.timeline.editNoteLabel, { exact: true });
  await expect(editor).toHaveValue(PAYLOAD);
  await editor.fill(`${PAYLOAD}\n\n<iframe src="https://example.org"></iframe>`);
  await page.getByRole('button', { name: m.timeline.saveEdit, exact: true }).click();
  await expect(note).toContainText('<iframe src="https://example.org"></iframe>');
  await expect(timeline.locator('img, script, a, iframe')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(note).toContainText(fmt(m.timeline.noteEdited, { at: '' }).trim());
});

test('deleting a note asks first; cancel keeps it, confirm removes it from the backend', async ({ page, vault }) => {
  const { caseId } = await seedFamilyCase(vault);
  await vault.call('notes:add', { caseId, body: 'Silinecek not' });
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const note = page.getByTestId('timeline').locator('[data-type="note"]');
  await expect(note).toContainText('Silinecek not');

  const del = note.getByRole('button', { name: m.timeline.deleteNote, exact: true });
  await del.click();
  const dialog = page.getByRole('dialog', { name: m.timeline.deleteTitle });
  await expect(dialog).toBeVisible();
  // Focus starts on the safe choice; Escape cancels.
  await expect(dialog.getByRole('button', { name: m.timeline.cancel, exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(del).toBeFocused();
  expect((await vault.call('timeline:list', { caseId })).items).toHaveLength(1);

  await del.click();
  await dialog.getByRole('button', { name: m.timeline.deleteConfirm, exact: true }).click();
  await expect(page.getByText(m.timeline.empty)).toBeVisible();
  expect((await vault.call('timeline:list', { caseId })).items).toHaveLength(0);
});
