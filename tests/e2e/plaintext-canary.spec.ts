/**
 * A plaintext canary over a whole journey (issue 11, "keep it from coming back"): a client,
 * a note and a document carrying canary strings go in through the screens — intake, note,
 * upload, Ctrl+K search, backup, retention purge, lock — and then every file under the vault
 * folder, the backup folder, the backend's $TMPDIR (a folder this test owns for the journey)
 * and the test's temp root is scanned for the canaries, in UTF-8 and UTF-16. None may be there:
 * everything at rest is encrypted, and nothing plaintext is left behind in a temp folder.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fmt, MESSAGES, openSettings } from './backup-support';
import { openUnlocked } from './clients-support';
import { expect, test } from './fixtures';

const m = MESSAGES.tr;
/** Lower-case ASCII: the search index's folded copy is the same bytes, so one scan covers both. */
const CANARY = {
  client: 'kanaryamuvekkilqz',
  note: 'kanaryanotmetniqz',
  document: 'kanaryabelgeicerigiqz',
} as const;

/** Every file below `dir` holding any canary, as UTF-8 or UTF-16LE (a name appears capitalised, too). */
async function filesWithCanaries(dirs: string[]): Promise<string[]> {
  const needles = Object.values(CANARY).flatMap((c) => {
    const capitalised = c[0]?.toUpperCase() + c.slice(1);
    return [c, capitalised].flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]);
  });
  const hits: string[] = [];
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const bytes = await readFile(file).catch(() => Buffer.alloc(0));
      if (needles.some((n) => bytes.includes(n))) hits.push(file);
    }
  }
  return hits;
}

async function openCaseOf(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('search-palette');
  await palette.getByRole('combobox', { name: m.search.label }).fill(CANARY.client);
  const client = palette.getByRole('group', { name: m.search.kinds.client }).getByRole('option').first();
  await expect(client).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

test('plaintext canary: intake, note, document, search, backup, purge and lock leave no plaintext on disk', async ({
  page,
  vault,
  exportDir,
}) => {
  test.setTimeout(120_000);
  const root = await mkdtemp(path.join(os.tmpdir(), 'emanet-canary-'));
  const tmp = path.join(root, 'tmp');
  const savedTmp = process.env.TMPDIR;
  try {
    // The backend runs in this process: its temp files (verify copies, anything else) go here.
    await mkdir(tmp);
    process.env.TMPDIR = tmp;
    expect(os.tmpdir()).toBe(tmp);

    // The scan finds a canary where one is: a control file, removed again.
    await writeFile(path.join(root, 'control.txt'), Buffer.from(`x ${CANARY.note} x`, 'utf16le'));
    expect(await filesWithCanaries([root])).toEqual([path.join(root, 'control.txt')]);
    await rm(path.join(root, 'control.txt'));

    // ── Intake through the screen ───────────────────────────────────────────────────────────
    await openUnlocked(page, vault);
    await page.getByRole('navigation').getByRole('button', { name: m.nav.clients }).click();
    await page.getByRole('button', { name: m.clients.newClient }).first().click();
    const name = 'Kanaryamuvekkilqz Yilmaz';
    await page.getByLabel(m.form.givenName, { exact: true }).fill('Kanaryamuvekkilqz');
    await page.getByLabel(m.form.familyName, { exact: true }).fill('Yilmaz');
    await page.getByLabel(m.form.caseType, { exact: true }).selectOption('removal-appeal');
    await page.getByRole('button', { name: m.intake.submit, exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m.caseTypes['removal-appeal'], exact: true }),
    ).toBeVisible();

    // ── A note and a document on the case ───────────────────────────────────────────────────
    const addBar = page.getByRole('group', { name: m.timeline.addLabel, exact: true });
    await addBar.getByRole('button', { name: m.timeline.addNote, exact: true }).click();
    await page.getByLabel(m.timeline.noteBody, { exact: true }).fill(`Görüşme: ${CANARY.note} anlatıldı.`);
    await page.getByRole('button', { name: m.timeline.saveNote, exact: true }).click();
    await expect(page.getByText(CANARY.note)).toBeVisible();
    const documents = page.getByTestId('documents-section');
    const chooser = page.waitForEvent('filechooser');
    await documents.getByRole('button', { name: m.documents.add, exact: true }).click();
    await (
      await chooser
    ).setFiles({ name: 'gorusme.txt', mimeType: 'text/plain', buffer: Buffer.from(`Belge: ${CANARY.document}\n`) });
    const dialog = page.getByTestId('upload-dialog');
    await dialog.getByRole('button', { name: m.documents.upload.submit, exact: true }).click();
    await expect(documents.getByRole('status')).toHaveText(m.documents.upload.done);

    // ── Search finds the client (the index holds the canary, folded, inside the vault) ──────
    await openCaseOf(page, name);

    // ── A backup from Settings ──────────────────────────────────────────────────────────────
    await openSettings(page, m);
    const backup = page.getByRole('region', { name: m.backup.title, exact: true });
    await backup.getByRole('button', { name: m.backup.create, exact: true }).click();
    await expect(backup.getByTestId('backup-now').getByTestId('job-success')).toBeVisible({ timeout: 30_000 });
    expect((await readdir(exportDir)).filter((n) => n.endsWith('.emanet-backup'))).toHaveLength(1);

    // ── The case closes long ago, falls due, and is purged from Settings ────────────────────
    const [row] = (await vault.call('cases:list', {})).rows;
    const current = await vault.call('cases:get', { id: row?.id ?? '' });
    await vault.call('cases:update', {
      id: current.id,
      version: current.version,
      case: { ...current.case, status: 'closed', openedOn: '2010-01-04', closedOn: '2012-03-01' },
    });
    await page.getByRole('navigation').getByRole('button', { name: m.nav.clients }).click();
    await openSettings(page, m);
    const retention = page.getByRole('region', { name: m.retention.title, exact: true });
    await retention.getByRole('button', { name: m.retention.purge, exact: true }).click();
    const purge = page.getByTestId('purge-dialog');
    await purge
      .getByLabel(fmt(m.typedConfirm.label, { word: m.retention.purgeWord }), { exact: true })
      .fill(m.retention.purgeWord);
    await purge.getByRole('button', { name: m.retention.confirm, exact: true }).click();
    await expect(
      retention.getByRole('status').filter({ hasText: fmt(m.retention.purged, { purged: 1, documents: 1 }) }),
    ).toBeVisible();

    // ── Lock, then look everywhere ─────────────────────────────────────────────────────────
    await page.getByRole('button', { name: m.nav.lock, exact: true }).click();
    await expect(page.getByRole('heading', { name: m.unlock.title })).toBeVisible();
    expect(await filesWithCanaries([vault.dir, exportDir, tmp, root])).toEqual([]);
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    await rm(root, { recursive: true, force: true });
  }
});
