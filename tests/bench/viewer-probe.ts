/**
 * The in-page probe for the viewer's time to first page (issue 18), shared by `npm run bench --
 * viewer` and the e2e check tests/e2e/documents-pdf-timing.spec.ts. Armed before a click: the next
 * click anywhere on the page stamps `performance.now()`, then every animation frame looks at the
 * viewer's canvas until it has dark pixels and stamps that time. Both stamps come from the page's
 * clock, so the driver's own round trips are not counted.
 *
 * The page code is typed through the few DOM members it uses (declared below), so this file
 * compiles in the Node project (tests/bench, no DOM lib) as well as in the e2e one.
 */
import type { Page } from '@playwright/test';

interface Probe {
  clickAt?: number;
  inkedAt?: number;
}

interface PageGlobals {
  __firstPage?: Probe;
  performance: { now(): number };
  requestAnimationFrame(callback: () => void): number;
  document: {
    addEventListener(type: 'click', listener: () => void, options: { capture: boolean; once: boolean }): void;
    querySelector(selector: string): {
      width: number;
      height: number;
      getContext(kind: '2d'): {
        getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
      } | null;
    } | null;
  };
}

/** Arms the probe for the next click (replaces a previous one). */
export async function armFirstPageProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const probe: Probe = {};
    w.__firstPage = probe;
    w.document.addEventListener('click', () => (probe.clickAt ??= w.performance.now()), { capture: true, once: true });
    const check = () => {
      const canvas = w.document.querySelector('[data-testid="viewer-dialog"] canvas');
      if (canvas && canvas.width > 0 && canvas.height > 0) {
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        for (let i = 0; data && i < data.length && dark <= 50; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
        if (dark > 50) {
          probe.inkedAt = w.performance.now();
          return;
        }
      }
      w.requestAnimationFrame(check);
    };
    w.requestAnimationFrame(check);
  });
}

/** Milliseconds from the click to the first inked frame, or null while the page is not drawn yet. */
export async function firstPageResult(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const probe = (globalThis as unknown as PageGlobals).__firstPage;
    return probe?.clickAt !== undefined && probe.inkedAt !== undefined ? probe.inkedAt - probe.clickAt : null;
  });
}

/** Resolves once the armed probe has seen the first inked frame; the milliseconds it measured. */
export async function waitForFirstPage(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction(
    () => {
      const probe = (globalThis as unknown as PageGlobals).__firstPage;
      return probe?.inkedAt !== undefined && probe.clickAt !== undefined;
    },
    undefined,
    { timeout: timeoutMs, polling: 25 },
  );
  const ms = await firstPageResult(page);
  if (ms === null) throw new Error('first-page probe: no result');
  return ms;
}
