/**
 * Documents on the case page, through the UI against the real backend: upload (file picker and
 * drag and drop, bytes only), the list, the in-memory viewer (image via a blob: URL that is
 * revoked on close, PDF drawn by pdf.js on a canvas), versions, export behind its warning,
 * permanent delete, HTML refused by the viewer, search inside a PDF, and no plaintext in the
 * vault folder while viewing. Every step is also checked in the backend.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { displayDay, fmt, messages, openCaseFromList, seedFamilyCase, type Lang } from './cases-seed';
import { HOSTILE_HTML, largeFile, minimalPdf, PNG_1X1 } from './documents-files';
import { expect, test } from './fixtures';
import { documentMenuItem } from './pages/document-menu';
import { saveScreen } from './screens';

const m = messages.tr;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PDF_V1 = minimalPdf(['Tahliye karari', 'zeytinburnu geriGonderme']);
const PDF_V2 = minimalPdf(['Ikinci surum', 'duzeltilmis karar']);
/**
 * A scan too large to upload in the moment between "progress shows" and "Stop" (at 1 MiB per
 * call it takes hundreds of calls), so stopping it is never a race. Made on disk in Node.
 */
const LARGE_UPLOAD_BYTES = 512 * 1024 * 1024;

interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Clicks a button that opens the native file picker and answers it with `file`: bytes for small
 * files, a path on disk for large ones (Chromium then reads the file itself; only a path crosses
 * the DevTools protocol).
 */
async function pickFile(page: Page, button: Locator, file: FileSpec | string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file);
}

/** Drops `file` onto `target` the way a file dragged from the desktop arrives: a DataTransfer with a File. */
async function dropFile(page: Page, target: Locator, file: FileSpec): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, type, b64 }) => {
      const binary = atob(b64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      return dt;
    },
    { name: file.name, type: file.mimeType, b64: file.buffer.toString('base64') },
  );
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

/** Every file under the vault folder (database, WAL, documents…). */
async function vaultFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

/** The plaintext appears in no file of the vault, and the documents folder holds only ciphertext names. */
async function expectNoPlaintextOnDisk(vaultDir: string, needles: Buffer[]): Promise<void> {
  const files = await vaultFiles(vaultDir);
  for (const file of files) {
    const bytes = await readFile(file);
    for (const needle of needles) expect(bytes.includes(needle), `${file} holds plaintext`).toBe(false);
  }
  const docs = files.filter((f) => path.dirname(f) === path.join(vaultDir, 'documents'));
  expect(docs.length).toBeGreaterThan(0);
  for (const f of docs) expect(path.basename(f)).toMatch(/^[0-9a-f]{32}$/);
  for (const f of docs) expect((await readFile(f)).subarray(0, 6).toString('latin1')).toBe('EMNDOC');
}

async function uploadThroughDialog(page: Page, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  const dialog = page.getByTestId('upload-dialog');
  await expect(dialog).toBeVisible();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: m.documents.upload.submit, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

test('upload, list, view image and PDF in memory, new version, old version, export, delete', async ({
  page,
  vault,
  exportDir,
}) => {
  // pdf.js must work inside the strict CSP (own-origin worker, no eval, no blob: worker).
  const cspViolations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  const { caseId } = await seedFamilyCase(vault);
  const section = (await openCaseFromList(page, 'tr', 'İsmail Yılmaz')).documents;
  await expect(section.getByTestId('documents-empty')).toBeVisible();
  const addButton = section.getByRole('button', { name: m.documents.add, exact: true });

  // A photo of a passport page, through the file picker; the title defaults to the file name.
  await pickFile(page, addButton, { name: 'pasaport.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await uploadThroughDialog(page, async (dialog) => {
    await expect(dialog.getByLabel(m.documents.upload.titleLabel)).toHaveValue('pasaport');
    await dialog.getByLabel(m.documents.upload.category).selectOption('identity-document');
  });
  await expect(section.getByRole('status')).toHaveText(m.documents.upload.done);

  // The decision, dropped onto the section.
  await dropFile(page, section, { name: 'karar.pdf', mimeType: 'application/pdf', buffer: PDF_V1 });
  await uploadThroughDialog(page, async (dialog) => {
    await dialog.getByLabel(m.documents.upload.titleLabel).fill('Tahliye kararı');
    await dialog.getByLabel(m.documents.upload.category).selectOption('decision');
    await dialog.getByLabel(m.documents.upload.date).fill(displayDay(-3));
  });
  const rows = section.getByTestId('document-row');
  await expect(rows).toHaveCount(2);
  const pngRow = rows.filter({ hasText: 'pasaport' });
  const pdfRow = rows.filter({ hasText: 'Tahliye kararı' });
  await expect(pdfRow).toContainText(m.documents.categories.decision);
  await expect(pdfRow).toContainText(displayDay(-3));
  await expect(pngRow).toContainText(m.documents.categories['identity-document']);

  const listed = (await vault.call('documents:list', { caseId })).documents;
  expect(listed.map((d) => [d.title, d.latest.mediaType, d.latest.sha256]).sort()).toEqual(
    [
      ['Tahliye kararı', 'application/pdf', sha256(PDF_V1)],
      ['pasaport', 'image/png', sha256(PNG_1X1)],
    ].sort(),
  );

  // Image viewer: an <img> from a blob: URL, decoded; Esc closes and revokes the URL.
  await pngRow.getByRole('button', { name: m.documents.actions.view, exact: true }).click();
  const viewer = page.getByTestId('viewer-dialog');
  const img = viewer.getByTestId('image-view');
  await expect(img).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);
  const blobUrl = (await img.getAttribute('src'))!;
  // Whether the blob: URL still resolves, probed the way the viewer uses it (img-src allows blob:).
  const loads = (url: string) =>
    page.evaluate(
      (u) =>
        new Promise<boolean>((resolve) => {
          const probe = new Image();
          probe.onload = () => resolve(true);
          probe.onerror = () => resolve(false);
          probe.src = u;
        }),
      url,
    );
  expect(await loads(blobUrl)).toBe(true);
  await expectNoPlaintextOnDisk(vault.dir, [PNG_1X1.subarray(16)]);
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  expect(await loads(blobUrl)).toBe(false);

  // PDF viewer: pdf.js draws page 1 of 1 on a canvas; the vault folder still holds only ciphertext.
  await pdfRow.getByRole('button', { name: m.documents.actions.view, exact: true }).click();
  await expect(viewer.locator('canvas[data-rendered="true"]')).toBeVisible();
  await expect(viewer.getByTestId('pdf-page')).toHaveText(fmt(m.documents.viewer.page, { page: 1, pages: 1 }));
  const inked = await viewer.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(50);
  await expectNoPlaintextOnDisk(vault.dir, [Buffer.from('zeytinburnu'), PNG_1X1.subarray(16)]);
  await viewer.getByRole('button', { name: m.documents.viewer.close, exact: true }).click();
  await expect(viewer).toHaveCount(0);
  expect(cspViolations).toEqual([]);

  // A new version of the decision; the old one stays viewable.
  await pickFile(page, await documentMenuItem(pdfRow, m.documents.actions.newVersion), {
    name: 'karar-duzeltilmis.pdf',
    mimeType: 'application/pdf',
    buffer: PDF_V2,
  });
  await uploadThroughDialog(page);
  await expect(section.getByRole('status')).toHaveText(m.documents.upload.versionDone);
  await expect(pdfRow.locator('td').nth(2)).toHaveText('2');
  await (await documentMenuItem(pdfRow, m.documents.actions.versions)).click();
  const versions = section.getByTestId('doc-versions');
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await versions.getByRole('button', { name: fmt(m.documents.versions.view, { version: 1 }), exact: true }).click();
  await expect(viewer.getByRole('heading')).toHaveText(
    fmt(m.documents.viewer.title, { title: 'Tahliye kararı', version: 1 }),
  );
  await expect(viewer.locator('canvas[data-rendered="true"]')).toBeVisible();
  await page.keyboard.press('Escape');
  const pdfDoc = (await vault.call('documents:list', { caseId })).documents.find((d) => d.title === 'Tahliye kararı')!;
  const stored = (await vault.call('documents:versions', { documentId: pdfDoc.id })).versions;
  expect(stored.map((v) => [v.versionNo, v.sha256])).toEqual([
    [2, sha256(PDF_V2)],
    [1, sha256(PDF_V1)],
  ]);

  // Export the current version: the warning first, then the harness's save dialog.
  await (await documentMenuItem(pdfRow, m.documents.actions.export)).click();
  const warning = page.getByTestId('export-warning');
  await expect(warning).toContainText(m.documents.export.body);
  await warning.getByRole('button', { name: m.documents.export.confirm, exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(m.documents.export.done);
  expect((await readFile(path.join(exportDir, 'karar-duzeltilmis.pdf'))).equals(PDF_V2)).toBe(true);

  // Delete the photo: permanent, explained, gone from the list and the backend.
  await (await documentMenuItem(pngRow, m.documents.actions.remove)).click();
  const confirm = page.getByTestId('remove-document');
  await expect(confirm).toContainText(fmt(m.documents.remove.body, { title: 'pasaport' }));
  await confirm.getByRole('button', { name: m.documents.remove.confirm, exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(section.getByRole('status')).toHaveText(m.documents.remove.done);
  expect((await vault.call('documents:list', { caseId })).documents.map((d) => d.title)).toEqual(['Tahliye kararı']);
});

test('an HTML file is stored and listed but never rendered: the viewer offers export only', async ({ page, vault }) => {
  const { caseId } = await seedFamilyCase(vault);
  const section = (await openCaseFromList(page, 'tr', 'İsmail Yılmaz')).documents;
  await dropFile(page, section, { name: 'tebligat.html', mimeType: 'text/html', buffer: HOSTILE_HTML });
  await uploadThroughDialog(page);
  const row = section.getByTestId('document-row').filter({ hasText: 'tebligat' });
  await expect(row).toHaveCount(1);
  expect((await vault.call('documents:list', { caseId })).documents[0]?.latest.mediaType).toBe('text/html');

  await row.getByRole('button', { name: m.documents.actions.view, exact: true }).click();
  const viewer = page.getByTestId('viewer-dialog');
  await expect(viewer.getByTestId('viewer-refused')).toHaveText(
    fmt(m.documents.viewer.notViewable, { type: 'text/html' }),
  );
  expect(await viewer.locator('iframe, img, object, embed, canvas, pre').count()).toBe(0);
  await expect(viewer.getByRole('button', { name: m.documents.actions.export, exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // Nothing was even read: the refusal is decided by type, before any plaintext is requested.
  const audit = await vault.backend.vault
    .db()
    .selectFrom('audit_event')
    .select('action')
    .where('entity', '=', 'document')
    .execute();
  expect(audit.map((a) => a.action)).toEqual(['created']);
});

test('a word that appears only inside a PDF is found by the Ctrl+K search', async ({ page, vault }) => {
  await seedFamilyCase(vault);
  const section = (await openCaseFromList(page, 'tr', 'İsmail Yılmaz')).documents;
  await pickFile(page, section.getByRole('button', { name: m.documents.add, exact: true }), {
    name: 'karar.pdf',
    mimeType: 'application/pdf',
    buffer: PDF_V1,
  });
  await uploadThroughDialog(page, async (dialog) => {
    await dialog.getByLabel(m.documents.upload.titleLabel).fill('Mahkeme kararı');
  });
  await expect(section.getByTestId('document-row')).toHaveCount(1);
  // The PDF's text is read behind the upload; the row says so until it is searchable.
  await expect(section.getByTestId('doc-text-pending')).toHaveCount(0, { timeout: 30_000 });
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('search-palette');
  await palette.getByRole('combobox', { name: m.search.label }).fill('zeytinburnu');
  const docs = palette.getByRole('group', { name: m.search.kinds.document });
  await expect(docs.getByRole('option')).toHaveCount(1);
  await expect(docs.getByRole('option').first()).toContainText('Mahkeme kararı');
});

test('a large upload shows progress and can be stopped, leaving no document and no temp file', async ({
  page,
  vault,
  pickDir,
}) => {
  const { caseId } = await seedFamilyCase(vault);
  const section = (await openCaseFromList(page, 'tr', 'İsmail Yılmaz')).documents;
  const scan = await largeFile(pickDir, 'tarama.bin', LARGE_UPLOAD_BYTES);
  await pickFile(page, section.getByRole('button', { name: m.documents.add, exact: true }), scan);
  const dialog = page.getByTestId('upload-dialog');
  await dialog.getByRole('button', { name: m.documents.upload.submit, exact: true }).click();
  await expect(dialog.getByTestId('doc-progress')).toBeVisible();
  await dialog.getByRole('button', { name: m.documents.upload.stop, exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section.getByRole('status')).toHaveText(m.documents.upload.cancelled);
  expect((await vault.call('documents:list', { caseId })).documents).toEqual([]);
  const leftovers = await readdir(path.join(vault.dir, 'documents')).catch(() => [] as string[]);
  expect(leftovers).toEqual([]);
});

for (const lang of ['tr', 'en'] as const satisfies readonly Lang[]) {
  test(`screens (${lang}): documents section, upload progress, image and PDF viewers, export warning`, async ({
    page,
    vault,
    pickDir,
  }) => {
    const t = messages[lang];
    const { caseId } = await seedFamilyCase(vault);
    await vault.call('vault:setLanguage', { language: lang });
    for (const [title, name, mediaType, buffer, category] of [
      ['Pasaport', 'pasaport.png', 'image/png', PNG_1X1, 'identity-document'],
      ['Tahliye kararı', 'karar.pdf', 'application/pdf', PDF_V1, 'decision'],
    ] as const) {
      const { uploadId } = await vault.call('documents:beginUpload', {
        caseId,
        title,
        category,
        originalName: name,
        mediaType,
        size: buffer.length,
      });
      await vault.call('documents:uploadChunk', { uploadId, index: 0, bytes: buffer.toString('base64') });
      await vault.call('documents:finishUpload', { uploadId });
    }
    const section = (await openCaseFromList(page, lang, 'İsmail Yılmaz')).documents;
    await section.scrollIntoViewIfNeeded();
    await expect(section.getByTestId('document-row')).toHaveCount(2);
    await saveScreen(page, 'documents-01-section', lang);

    const viewer = page.getByTestId('viewer-dialog');
    await section
      .getByTestId('document-row')
      .filter({ hasText: 'Pasaport' })
      .getByRole('button', { name: t.documents.actions.view, exact: true })
      .click();
    await expect
      .poll(() => viewer.getByTestId('image-view').evaluate((el: HTMLImageElement) => el.naturalWidth))
      .toBe(1);
    await saveScreen(page, 'documents-02-image-viewer', lang);
    await page.keyboard.press('Escape');

    const pdfRow = section.getByTestId('document-row').filter({ hasText: 'Tahliye' });
    await pdfRow.getByRole('button', { name: t.documents.actions.view, exact: true }).click();
    await expect(viewer.locator('canvas[data-rendered="true"]')).toBeVisible();
    await saveScreen(page, 'documents-03-pdf-viewer', lang);
    await page.keyboard.press('Escape');

    await (await documentMenuItem(pdfRow, t.documents.actions.export)).click();
    await expect(page.getByTestId('export-warning')).toBeVisible();
    await saveScreen(page, 'documents-04-export-warning', lang);
    await page.keyboard.press('Escape');

    // Progress: a large file, captured mid-upload, then stopped.
    const scan = await largeFile(pickDir, 'dosya-taramasi.pdf', LARGE_UPLOAD_BYTES);
    await pickFile(page, section.getByRole('button', { name: t.documents.add, exact: true }), scan);
    const dialog = page.getByTestId('upload-dialog');
    await saveScreen(page, 'documents-05-upload-form', lang);
    await dialog.getByRole('button', { name: t.documents.upload.submit, exact: true }).click();
    await expect(dialog.getByTestId('doc-progress')).toBeVisible();
    await saveScreen(page, 'documents-06-upload-progress', lang);
    await dialog.getByRole('button', { name: t.documents.upload.stop, exact: true }).click();
    await expect(dialog).toHaveCount(0);
  });
}
