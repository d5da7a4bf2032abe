/**
 * Issues 5 and 18: time to the first page of a 50-page PDF in the viewer — the functional check
 * (the page count reads 50); the figure itself is `npm run bench -- viewer` (median of several
 * openings, idle and loaded), with the same in-page probe (tests/bench/viewer-probe.ts). The PDF is generated
 * (documents-files.ts manyPagePdf) and seeded through the upload channels from Node, as the
 * renderer would send it; what is measured is the viewer only: from the click on "view"
 * (the click event, in the page) to the first animation frame where the viewer's canvas has
 * dark pixels — reading the encrypted file, decrypting, handing it to pdf.js, parsing, drawing.
 * Reported as a test annotation and on the console, never asserted: a timing bound would make the
 * test depend on the machine (issue 18's goal, under 300 ms warm, is checked by reading the
 * figure). Measured twice: cold (the document's first opening, what a lawyer sees first; pdf.js
 * and its worker were started while the case page was shown) and warm (the same PDF opened again).
 */
import { createHash } from 'node:crypto';
import { armFirstPageProbe, waitForFirstPage } from '../bench/viewer-probe';
import { fmt, messages, openCaseFromList, seedFamilyCase } from './cases-seed';
import { manyPagePdf } from './documents-files';
import { expect, test } from './fixtures';
import { scaled } from '../helpers/timing';

const m = messages.tr;
const PAGES = 50;
const MiB = 1024 * 1024;

test('time to first page of a 50-page PDF in the viewer (reported), page count shows 50', async ({
  page,
  vault,
}, testInfo) => {
  // Generous: nothing here is timed against a bound, and the CI machine's cores are shared.
  test.setTimeout(120_000);
  const pdf = manyPagePdf(PAGES);
  const { caseId } = await seedFamilyCase(vault);
  const { uploadId } = await vault.call('documents:beginUpload', {
    caseId,
    title: 'Elli sayfalik karar',
    category: 'decision',
    originalName: 'elli-sayfa.pdf',
    mediaType: 'application/pdf',
    size: pdf.length,
  });
  for (let at = 0, index = 0; at < pdf.length; at += MiB, index++)
    await vault.call('documents:uploadChunk', {
      uploadId,
      index,
      bytes: pdf.subarray(at, at + MiB).toString('base64'),
    });
  await vault.call('documents:finishUpload', { uploadId });
  const [stored] = (await vault.call('documents:list', { caseId })).documents;
  expect(stored?.latest.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  // The viewer alone is measured: the PDF's text, read for search behind the upload, is done first.
  await expect
    .poll(async () => (await vault.call('documents:textStatus', { caseId })).pending, { timeout: 60_000 })
    .toEqual([]);

  // A case with a PDF starts pdf.js's worker while the lawyer reads the page (useWarmPdfViewer),
  // so the first opening does not wait for it: the worker exists before any click on "view".
  const pdfWorker = page.waitForEvent('worker', {
    predicate: (w) => w.url().includes('pdf.worker'),
    timeout: scaled(20_000),
  });
  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  await pdfWorker;
  await expect(page.getByTestId('viewer-dialog')).toHaveCount(0);
  const row = page.getByTestId('documents-section').getByTestId('document-row').filter({ hasText: 'Elli sayfalik' });
  const viewButton = row.getByRole('button', { name: m.documents.actions.view, exact: true });
  const viewer = page.getByTestId('viewer-dialog');

  const timings: Record<'cold' | 'warm', number> = { cold: NaN, warm: NaN };
  for (const run of ['cold', 'warm'] as const) {
    await armFirstPageProbe(page);
    const start = performance.now();
    await viewButton.click();
    timings[run] = await waitForFirstPage(page, scaled(15_000));
    const wall = performance.now() - start;
    await expect(viewer.getByTestId('pdf-page')).toHaveText(fmt(m.documents.viewer.page, { page: 1, pages: PAGES }));
    await expect(viewer.locator('canvas[data-rendered="true"]')).toBeVisible();
    const line =
      `50-page PDF (${(pdf.length / 1024).toFixed(0)} KiB), time to first page, ${run}: ` +
      `${timings[run].toFixed(0)} ms in the page (click → inked canvas), ${wall.toFixed(0)} ms as Playwright saw it`;
    console.log(line);
    testInfo.annotations.push({ type: `pdf-first-page-ms-${run}`, description: line });
    await page.keyboard.press('Escape');
    await expect(viewer).toHaveCount(0);
  }
});
