/**
 * The in-page probe for the viewer's time to first page (issue 18), shared by `npm run bench --
 * viewer` and the e2e check tests/e2e/documents-pdf-timing.spec.ts. Armed before a click: the next
 * click anywhere on the page stamps `performance.now()`, then every animation frame looks at the
 * viewer's canvas until it has ink and stamps that time. Both stamps come from the page's clock,
 * so the driver's own round trips are not counted.
 *
 * The probe must not slow down what it measures (on a loaded machine the first version — every
 * pixel of a ~1000×1400 canvas read back and scanned in every frame, plus a page.evaluate poll
 * every 25 ms — took 150–230 ms of the page's main thread per opening, as much as the viewer):
 * each frame it copies the canvas onto a canvas 4× smaller in each direction without smoothing
 * (every 4th pixel of every 4th row, unblended) and counts dark pixels there; "ink" is more than
 * 12 of them, i.e. about 200 dark pixels of the page, a word or two of text. The driver does not
 * poll: it awaits a promise the probe resolves.
 *
 * The page code is typed through the few DOM members it uses (declared below), so this file
 * compiles in the Node project (tests/bench, no DOM lib) as well as in the e2e one.
 */
import type { Page } from '@playwright/test';

interface Probe {
  clickAt?: number;
  inkedAt?: number;
  done: Promise<number>;
}

interface Canvas2D {
  imageSmoothingEnabled: boolean;
  clearRect(x: number, y: number, w: number, h: number): void;
  drawImage(source: CanvasLike, x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
}

interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d', options?: { willReadFrequently: boolean }): Canvas2D | null;
}

interface PageGlobals {
  __firstPage?: Probe;
  performance: { now(): number };
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
  document: {
    addEventListener(type: 'click', listener: () => void, options: { capture: boolean; once: boolean }): void;
    querySelector(selector: string): CanvasLike | null;
    createElement(tag: 'canvas'): CanvasLike;
  };
}

/** Arms the probe for the next click (replaces a previous one). */
export async function armFirstPageProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const STRIDE = 4;
    const INK = 12;
    const w = globalThis as unknown as PageGlobals;
    const sample = w.document.createElement('canvas');
    const sampleContext = sample.getContext('2d', { willReadFrequently: true });
    let resolve: (ms: number) => void = () => undefined;
    const probe: Probe = { done: new Promise<number>((r) => (resolve = r)) };
    w.__firstPage = probe;
    w.document.addEventListener('click', () => (probe.clickAt ??= w.performance.now()), { capture: true, once: true });
    const inked = (canvas: CanvasLike): boolean => {
      if (!sampleContext) return false;
      const width = Math.ceil(canvas.width / STRIDE);
      const height = Math.ceil(canvas.height / STRIDE);
      if (sample.width !== width || sample.height !== height) {
        sample.width = width;
        sample.height = height;
      }
      sampleContext.imageSmoothingEnabled = false;
      sampleContext.clearRect(0, 0, width, height);
      sampleContext.drawImage(canvas, 0, 0, width, height);
      const data = sampleContext.getImageData(0, 0, width, height).data;
      let dark = 0;
      for (let i = 0; i < data.length && dark <= INK; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
      return dark > INK;
    };
    const check = () => {
      const canvas = w.document.querySelector('[data-testid="viewer-dialog"] canvas');
      if (probe.clickAt !== undefined && canvas && canvas.width > 0 && canvas.height > 0 && inked(canvas)) {
        probe.inkedAt = w.performance.now();
        resolve(probe.inkedAt - probe.clickAt);
        return;
      }
      w.requestAnimationFrame(check);
    };
    w.requestAnimationFrame(check);
  });
}

/** Resolves once the armed probe has seen the first inked frame: the milliseconds from the click. */
export async function waitForFirstPage(page: Page, timeoutMs: number): Promise<number> {
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve, reject) => {
        const w = globalThis as unknown as PageGlobals;
        const probe = w.__firstPage;
        if (!probe) return reject(new Error('first-page probe: not armed'));
        w.setTimeout(() => reject(new Error(`first-page probe: no inked page after ${ms} ms`)), ms);
        void probe.done.then(resolve);
      }),
    timeoutMs,
  );
}

/** The page-clock time of the click the probe saw (to place the viewer's performance marks). */
export async function probeClickAt(page: Page): Promise<number> {
  const at = await page.evaluate(() => (globalThis as unknown as PageGlobals).__firstPage?.clickAt);
  if (at === undefined) throw new Error('first-page probe: no click');
  return at;
}
