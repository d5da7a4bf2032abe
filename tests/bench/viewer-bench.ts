import { chromium, type BrowserContext, type LaunchOptions, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
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
import { armFirstPageProbe, probeClickAt, waitForFirstPage } from './viewer-probe';

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
  /** CPU ms per opening: the Chromium processes, and this process (backend + driver client). */
  coldCpu: { browser: number; backend: number };
  warmCpu: { browser: number; backend: number };
  /** The viewer's own performance marks (`viewer:*`) in the cold opening, ms after the click. */
  coldMarks: Array<[string, number]>;
  /** Medians of the same marks in the warm openings. */
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

/**
 * CPU time (ms, user + system) used so far by the Chromium processes this process started —
 * browser, renderer (with pdf.js's worker), GPU and utility processes — read from /proc (NaN
 * where there is none). Unlike the wall clock it hardly moves with the machine's load, so it
 * says whether a change made the viewer do less work even when the timing is noisy.
 */
function chromiumCpuMs(): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return NaN;
  }
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  const chromium = new Set<number>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid … utime(14) stime(15); comm may hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const pid = Number(name);
      parent.set(pid, Number(fields[1]));
      cpu.set(pid, Number(fields[11]) + Number(fields[12]));
      if (/chrom/i.test(comm)) chromium.add(pid);
    } catch {
      // The process ended meanwhile.
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const pid of chromium) if (descends(pid)) ticks += cpu.get(pid) ?? 0;
  // Linux reports in clock ticks of 10 ms (USER_HZ = 100).
  return ticks * 10;
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
async function seed(backend: Backend, sender: SenderInfo, pdf: Buffer): Promise<{ versionId: string }> {
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
  const { versionId } = await call(backend, sender, 'documents:finishUpload', { uploadId });
  for (;;) {
    const { pending } = await call(backend, sender, 'documents:textStatus', { caseId });
    if (pending.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { versionId };
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
interface Opening {
  ms: number;
  /** CPU ms of the Chromium processes, and of this process (the backend), click to drawn page. */
  browserCpuMs: number;
  backendCpuMs: number;
  marks: Array<[string, number]>;
}

async function openOnce(page: Page): Promise<Opening> {
  const row = page.getByTestId('documents-section').getByTestId('document-row').filter({ hasText: TITLE });
  const viewer = page.getByTestId('viewer-dialog');
  await page.evaluate(() => performance.clearMarks());
  await armFirstPageProbe(page);
  const browserCpu = chromiumCpuMs();
  const ownCpu = process.cpuUsage();
  await row.getByRole('button', { name: tr.documents.actions.view, exact: true }).click();
  const ms = await waitForFirstPage(page, 120_000);
  await viewer.locator('canvas[data-rendered="true"]').waitFor();
  const browserCpuMs = chromiumCpuMs() - browserCpu;
  const own = process.cpuUsage(ownCpu);
  const clickAt = await probeClickAt(page);
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('viewer:'))
      .map((m) => [m.name, m.startTime] as [string, number]),
  );
  const shown = await viewer.getByTestId('pdf-page').textContent();
  const expected = tr.documents.viewer.page.replace('{{page}}', '1').replace('{{pages}}', String(PAGES));
  if (shown !== expected) throw new Error(`viewer shows "${shown}", expected 50 pages`);
  await page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'detached' });
  return {
    ms,
    browserCpuMs,
    backendCpuMs: (own.user + own.system) / 1000,
    marks: marks.map(([name, at]) => [name, at - clickAt]),
  };
}

export async function runViewerBench(options: {
  progress: (line: string) => void;
  warm?: number;
}): Promise<ViewerBenchResult> {
  const { progress } = options;
  const warm = options.warm ?? (Number(process.env.EMANET_BENCH_VIEWER_WARM) || 9);
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
        const warmRuns: Opening[] = [];
        for (let i = 0; i < warm; i++) warmRuns.push(await openOnce(page));
        await page.close();
        const names = [...new Set(warmRuns.flatMap((r) => r.marks.map(([name]) => name)))];
        phases.push({
          label,
          coldMs: cold.ms,
          coldMarks: cold.marks,
          coldCpu: { browser: cold.browserCpuMs, backend: cold.backendCpuMs },
          warmCpu: {
            browser: median(warmRuns.map((r) => r.browserCpuMs)),
            backend: median(warmRuns.map((r) => r.backendCpuMs)),
          },
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
    lines.push(
      `    CPU per opening (ms): Chromium processes cold ${phase.coldCpu.browser.toFixed(0)}, warm median ` +
        `${phase.warmCpu.browser.toFixed(0)}; this process (backend, driver) cold ${phase.coldCpu.backend.toFixed(0)}, ` +
        `warm median ${phase.warmCpu.backend.toFixed(0)}`,
    );
    const marks = (list: Array<[string, number]>) => list.map(([n, at]) => `${n} ${at.toFixed(0)}`).join(', ');
    if (phase.coldMarks.length > 0) lines.push(`    cold, ms after the click: ${marks(phase.coldMarks)}`);
    if (phase.marks.length > 0) lines.push(`    warm, median ms after the click: ${marks(phase.marks)}`);
  }
  return lines.join('\n');
}
