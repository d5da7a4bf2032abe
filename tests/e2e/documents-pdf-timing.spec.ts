/**
 * Issues 5 and 18: time to the first page of a 50-page PDF in the viewer. The PDF is generated
 * (documents-files.ts manyPagePdf) and seeded through the upload channels from Node, as the
 * renderer would send it; what is measured is the viewer only: from the click on "view"
 * (the click event, in the page) to the first animation frame where the viewer's canvas has
 * dark pixels — reading the encrypted file, decrypting, handing it to pdf.js, parsing, drawing.
 * Reported as a test annotation and on the console, never asserted: a timing bound would make the
 * test depend on the machine (issue 18's goal, under 300 ms warm, is checked by reading the
 * figure). Measured twice: cold (pdf.js and its worker loaded for the first time, what a lawyer
 * sees first) and warm (the same PDF opened again).
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { fmt, messages, openCaseFromList, seedFamilyCase } from './cases-seed';
import { manyPagePdf } from './documents-files';
import { expect, test } from './fixtures';
import { scaled } from '../helpers/timing';

const m = messages.tr;
const PAGES = 50;
const MiB = 1024 * 1024;

/**
 * Arms an in-page probe: the next click on the page stamps `performance.now()`, then every
 * animation frame looks at the viewer's canvas until it has dark pixels and stamps that time.
 * Both stamps come from the page's clock, so Playwright's own round trips are not counted.
 */
async function armProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __firstPage?: { clickAt?: number; inkedAt?: number } };
    const probe: { clickAt?: number; inkedAt?: number } = {};
    w.__firstPage = probe;
    document.addEventListener('click', () => (probe.clickAt ??= performance.now()), { capture: true, once: true });
    const check = () => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="viewer-dialog"] canvas');
      if (canvas && canvas.width > 0 && canvas.height > 0) {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        for (let i = 0; i < data.length && dark <= 50; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
        if (dark > 50) {
          probe.inkedAt = performance.now();
          return;
        }
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

async function probeResult(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __firstPage?: { clickAt?: number; inkedAt?: number } }).__firstPage;
    return probe?.clickAt !== undefined && probe.inkedAt !== undefined ? probe.inkedAt - probe.clickAt : null;
  });
}

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

  await openCaseFromList(page, 'tr', 'İsmail Yılmaz');
  const row = page.getByTestId('documents-section').getByTestId('document-row').filter({ hasText: 'Elli sayfalik' });
  const viewButton = row.getByRole('button', { name: m.documents.actions.view, exact: true });
  const viewer = page.getByTestId('viewer-dialog');

  const timings: Record<'cold' | 'warm', number> = { cold: NaN, warm: NaN };
  for (const run of ['cold', 'warm'] as const) {
    await armProbe(page);
    const start = performance.now();
    await viewButton.click();
    await expect.poll(() => probeResult(page), { timeout: scaled(15_000), intervals: [25] }).not.toBeNull();
    const wall = performance.now() - start;
    timings[run] = (await probeResult(page))!;
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
