import { chromium, type BrowserContext, type LaunchOptions, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import playwrightConfig from '../../playwright.config';
import { createBackend, type Backend, type SenderInfo } from '../../src-main/backend';
import { silentLogger } from '../../src-main/services/logger';
import { BRIDGE_KEY } from '../../src-main/shared/bridge';
import type { Channel, ChannelInput, ChannelOutput } from '../../src-main/shared/contract';
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { manyPagePdf } from '../e2e/documents-files';
import buildRenderer from '../e2e/global-setup';
import { RENDERER_OUT } from '../e2e/paths';
import { startStaticServer } from '../e2e/static-server';
import { STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';
import { startCpuLoad } from './cpu-load';
import { armFirstPageProbe, waitForFirstPage } from './viewer-probe';

/**
 * Issue 18: time to the first page of a 50-page PDF in the in-app viewer (goal: under 300 ms
 * warm). The real backend on a temp vault, the BUILT renderer (as the e2e tests build and serve
 * it) in the system Chromium with the e2e launch flags, `window.emanet.invoke` wired to the
 * backend like the e2e harness does it (a Playwright binding standing in for Electron's IPC).
 * Measured in the page: from the click on "View" to the first animation frame whose canvas has
 * ink (tests/bench/viewer-probe.ts). Cold is the first opening in a freshly loaded page (pdf.js
 * and its worker not loaded yet), warm the same PDF opened again; once on an otherwise idle
 * process, once with a second process spinning on one core.
 */
export const VIEWER_GOAL_WARM_MS = 300;
const PAGES = 50;
const MiB = 1024 * 1024;
const TITLE = 'Elli sayfalik karar';

export interface ViewerBenchPhase {
  label: string;
  coldMs: number;
  warmMs: number[];
  /** Medians of the viewer's own performance marks in the warm openings, ms after the click. */
  marks: Array<[string, number]>;
}

export interface ViewerBenchResult {
  pdfBytes: number;
  phases: ViewerBenchPhase[];
}

const median = (values: number[]): number => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The e2e project's Chromium launch options (system Chromium, headless, no network): one source. */
function launchOptions(): LaunchOptions {
  const project = playwrightConfig.projects?.find((p) => p.name === 'chromium');
  const options = project?.use?.launchOptions;
  if (!options) throw new Error('playwright.config.ts has no chromium launchOptions');
  return options;
}

async function call<C extends Channel>(
  backend: Backend,
  sender: SenderInfo,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await backend.invoke(channel, input, sender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as ChannelOutput<C>;
}

/** A vault with one case and the 50-page PDF in it, its text already read (not part of the figure). */
async function seed(backend: Backend, sender: SenderInfo, pdf: Buffer): Promise<void> {
  await call(backend, sender, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  const { caseId } = await call(backend, sender, 'intake:create', {
    client: { givenName: 'İsmail', familyName: 'Yılmaz', nationality: 'SY' },
    case: { type: 'removal-appeal', status: 'active', openedOn: new Date().toISOString().slice(0, 10) },
    otherClientIds: [],
  });
  const { uploadId } = await call(backend, sender, 'documents:beginUpload', {
    caseId,
    title: TITLE,
    category: 'decision',
    originalName: 'elli-sayfa.pdf',
    mediaType: 'application/pdf',
    size: pdf.length,
  });
  for (let at = 0, index = 0; at < pdf.length; at += MiB, index++)
    await call(backend, sender, 'documents:uploadChunk', {
      uploadId,
      index,
      bytes: pdf.subarray(at, at + MiB).toString('base64'),
    });
  await call(backend, sender, 'documents:finishUpload', { uploadId });
  for (;;) {
    const { pending } = await call(backend, sender, 'documents:textStatus', { caseId });
    if (pending.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `window.emanet.invoke` as the preload gives it, over a Playwright binding (as tests/e2e/fixtures.ts). */
async function wireBridge(context: BrowserContext, backend: Backend): Promise<void> {
  const binding = `__${BRIDGE_KEY}Invoke`;
  // tsx (esbuild, keepNames) wraps named functions in `__name(fn, "name")`; functions this file
  // hands to the page are serialized without that helper, so the page gets a no-op one first.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.exposeBinding(binding, (source, channel: unknown, input: unknown) =>
    backend.invoke(channel, input, { origin: new URL(source.frame.url()).origin, trusted: true }),
  );
  await context.addInitScript(
    ({ name, key }: { name: string; key: string }) => {
      const w = globalThis as unknown as Record<string, (c: unknown, i: unknown) => Promise<unknown>>;
      const api = Object.freeze({ invoke: (channel: unknown, input: unknown) => w[name]!(channel, input) });
      Object.defineProperty(globalThis, key, { value: api, enumerable: true, configurable: false, writable: false });
    },
    { name: binding, key: BRIDGE_KEY },
  );
}

/** The app from its start to the case page (in Turkish, as in the e2e tests). */
async function openCase(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: tr.nav.cases, exact: true }).click();
  const row = page.getByTestId('case-row').filter({ hasText: 'İsmail Yılmaz' });
  await row.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('documents-section').getByTestId('document-row').filter({ hasText: TITLE }).waitFor();
}

/** One opening: click "View", wait for the inked first page, check the page count, close. */
async function openOnce(page: Page): Promise<{ ms: number; marks: Array<[string, number]> }> {
  const row = page.getByTestId('documents-section').getByTestId('document-row').filter({ hasText: TITLE });
  const viewer = page.getByTestId('viewer-dialog');
  await page.evaluate(() => performance.clearMarks());
  await armFirstPageProbe(page);
  await row.getByRole('button', { name: tr.documents.actions.view, exact: true }).click();
  const ms = await waitForFirstPage(page, 120_000);
  const clickAt = await page.evaluate(
    () => (globalThis as unknown as { __firstPage: { clickAt: number } }).__firstPage.clickAt,
  );
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('viewer:'))
      .map((m) => [m.name, m.startTime] as [string, number]),
  );
  await viewer.locator('canvas[data-rendered="true"]').waitFor();
  const shown = await viewer.getByTestId('pdf-page').textContent();
  const expected = tr.documents.viewer.page.replace('{{page}}', '1').replace('{{pages}}', String(PAGES));
  if (shown !== expected) throw new Error(`viewer shows "${shown}", expected 50 pages`);
  await page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'detached' });
  return { ms, marks: marks.map(([name, at]) => [name, at - clickAt]) };
}

export async function runViewerBench(options: {
  progress: (line: string) => void;
  warm?: number;
}): Promise<ViewerBenchResult> {
  const { progress } = options;
  const warm = options.warm ?? 9;
  buildRenderer();
  const server = await startStaticServer(RENDERER_OUT);
  const dir = await mkdtemp(join(tmpdir(), 'emanet-bench-viewer-'));
  const sender: SenderInfo = { origin: server.origin, trusted: true };
  const backend = createBackend({
    vaultDir: dir,
    kdf: TEST_KDF,
    allowedOrigins: [server.origin],
    logger: silentLogger,
  });
  const browser = await chromium.launch(launchOptions());
  try {
    const pdf = manyPagePdf(PAGES);
    await seed(backend, sender, pdf);
    const context = await browser.newContext({
      baseURL: `${server.origin}/`,
      locale: 'tr-TR',
      viewport: { width: 1280, height: 800 },
    });
    await wireBridge(context, backend);
    const phases: ViewerBenchPhase[] = [];
    for (const label of ['idle', 'with a second process spinning on one core'] as const) {
      const load = label === 'idle' ? null : await startCpuLoad();
      try {
        progress(`viewer: ${label}: cold, then ${warm} warm openings…`);
        const page = await context.newPage();
        await openCase(page);
        const cold = await openOnce(page);
        const warmRuns: Array<Awaited<ReturnType<typeof openOnce>>> = [];
        for (let i = 0; i < warm; i++) warmRuns.push(await openOnce(page));
        await page.close();
        const names = [...new Set(warmRuns.flatMap((r) => r.marks.map(([name]) => name)))];
        phases.push({
          label,
          coldMs: cold.ms,
          warmMs: warmRuns.map((r) => r.ms),
          marks: names.map((name) => [
            name,
            median(warmRuns.map((r) => r.marks.find(([n]) => n === name)?.[1] ?? NaN)),
          ]),
        });
      } finally {
        await load?.stop();
      }
    }
    await context.close();
    return { pdfBytes: pdf.length, phases };
  } finally {
    await browser.close();
    await backend.dispose();
    await server.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

export function formatViewerBench(result: ViewerBenchResult): string {
  const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
  const lines = [
    `\nViewer: time to the first page of a ${PAGES}-page PDF (${(result.pdfBytes / 1024).toFixed(0)} KiB), click → first ` +
      'inked canvas frame (page clock);',
    'built renderer in system Chromium, real backend on a temp vault; cold = first opening after the page loaded\n',
  ];
  for (const phase of result.phases) {
    const warm = median(phase.warmMs);
    const mark = warm < VIEWER_GOAL_WARM_MS ? '✓' : '✗';
    lines.push(
      `${mark} ${phase.label}: cold ${ms(phase.coldMs)}, warm median ${ms(warm)} ` +
        `(min ${Math.min(...phase.warmMs).toFixed(0)}, max ${Math.max(...phase.warmMs).toFixed(0)}, n=${phase.warmMs.length})` +
        `  goal: warm < ${VIEWER_GOAL_WARM_MS} ms`,
    );
    if (phase.marks.length > 0)
      lines.push(
        `    warm, median ms after the click: ${phase.marks.map(([n, at]) => `${n} ${at.toFixed(0)}`).join(', ')}`,
      );
  }
  return lines.join('\n');
}
