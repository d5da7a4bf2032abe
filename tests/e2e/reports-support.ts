/**
 * A browser window per vault for the report specs: lawyer A, lawyer B and the supervisor each
 * get their own backend (reports-seed.ts) and their own context, wired to it exactly as
 * fixtures.ts wires the default one (the preload's single frozen `invoke`).
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { SenderInfo } from '../../src-main/backend';
import { BRIDGE_KEY } from '../../src-main/shared/bridge';
import type { ReportBackend } from './reports-seed';

export interface AppWindow {
  page: Page;
  context: BrowserContext;
  /** Console messages about the Content Security Policy (inline styles from charts, say). */
  cspViolations: string[];
  pageErrors: string[];
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

export async function openWindow(browser: Browser, appOrigin: string, b: ReportBackend): Promise<AppWindow> {
  const context = await browser.newContext({
    baseURL: `${appOrigin}/`,
    locale: 'tr-TR',
    viewport: { width: 1280, height: 800 },
  });
  const binding = `__${BRIDGE_KEY}Invoke`;
  await context.exposeBinding(binding, (source, channel: unknown, input: unknown) => {
    const sender: SenderInfo = {
      origin: originOf(source.frame.url()),
      trusted: source.frame === source.page.mainFrame(),
    };
    return b.backend.invoke(channel, input, sender);
  });
  await context.addInitScript(
    ({ name, key }: { name: string; key: string }) => {
      const w = window as unknown as Record<string, (c: unknown, i: unknown) => Promise<unknown>>;
      const api = Object.freeze({ invoke: (channel: unknown, input: unknown) => w[name]!(channel, input) });
      Object.defineProperty(window, key, { value: api, enumerable: true, configurable: false, writable: false });
    },
    { name: binding, key: BRIDGE_KEY },
  );
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  context.on('weberror', (e) => pageErrors.push(e.error().stack ?? e.error().message));
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  return { page, context, cspViolations, pageErrors };
}
