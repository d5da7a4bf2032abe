import { test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../src-main/shared/schemas/vault';
import { SCREENS_DIR } from './paths';

/**
 * Saves a full-page screenshot to test-results/screens/<lang>/<name>.jpg for human review
 * (that folder survives Playwright's own output cleaning) and attaches it to the test report.
 * JPEG, not PNG: Chromium's PNG encoder was a fifth of the CPU time of the screenshot specs
 * (measured: 56 vs 44 CPU-seconds for three of them), and these pictures are for reading, not
 * for pixel comparison.
 * `name` is a file stem like `01-first-run` (letters, digits, `-`, `_`, `.`).
 */
export async function saveScreen(page: Page, name: string, lang: Language): Promise<string> {
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) throw new Error(`saveScreen: bad name ${JSON.stringify(name)}`);
  if (!/^[a-z]{2}$/.test(lang)) throw new Error(`saveScreen: bad lang ${JSON.stringify(lang)}`);
  const dir = path.join(SCREENS_DIR, lang);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.jpg`);
  await page.screenshot({
    path: file,
    type: 'jpeg',
    quality: 80,
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
  try {
    await test.info().attach(`${lang}/${name}.jpg`, { path: file, contentType: 'image/jpeg' });
  } catch {
    // Called outside a test (e.g. from a script): the file is written, nothing to attach to.
  }
  return file;
}
